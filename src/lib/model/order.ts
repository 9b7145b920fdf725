/**
 * Display order of a scene's nodes: every parent before its children, otherwise the given order.
 * A parent listed after its child is pulled forward to just before it (rather than the child pushed back), so a
 * node that persists from the previous step keeps its place even when it moves into a newly added group.
 */

/**
 * @param ids the nodes in their current order
 * @param parentOf the parent to honour for each id, or undefined (links already known to be invalid left out)
 */
export function parentsFirst(ids: readonly string[], parentOf: (id: string) => string | undefined): string[] {
	const known = new Set(ids);
	const placed = new Set<string>();
	const out: string[] = [];
	const place = (id: string, chain: Set<string>): void => {
		if (placed.has(id)) return;
		const parent = parentOf(id);
		// `chain` guards against cycles the caller did not cut; such a node is placed where it is reached.
		chain.add(id);
		if (parent !== undefined && known.has(parent) && !chain.has(parent)) place(parent, chain);
		if (placed.has(id)) return;
		placed.add(id);
		out.push(id);
	};
	for (const id of ids) place(id, new Set());
	return out;
}
