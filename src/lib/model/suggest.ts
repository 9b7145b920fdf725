/** "Did you mean" suggestions for misspelt field names, enum values and ids. */

/** Optimal string alignment distance: Levenshtein plus adjacent swaps, so `lable` is one edit from `label`. */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) =>
		Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, at(i - 2, j - 2) + 1);
			const row = d[i];
			if (row) row[j] = best;
		}
	}
	return at(a.length, b.length);
}

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo: up to one edit for short words,
 * two from five characters, three from nine. Case is ignored. Ties keep the earlier candidate.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
	const needle = input.toLowerCase();
	const limit = needle.length < 5 ? 1 : needle.length < 9 ? 2 : 3;
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(needle, candidate.toLowerCase());
		if (distance <= limit && distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}
