/**
 * Consistency of one resolved scene: parents exist and are groups, nesting has no cycles, edges join nodes.
 *
 * What this step stated is checked in full and reported at its own path. What it carried over from the previous
 * step is only checked against this step's changes: a removed group or edge end is reported at the `remove`
 * entry, a group turned into another kind at the update's `kind`. Anything else about carried items was
 * already reported in an earlier step.
 */
import {
	danglingAfterRemoval,
	danglingEdge,
	nestingCycle,
	orphanedByRemoval,
	parentNoLongerGroup,
	parentNotGroup,
	selfLoop,
	unknownParent
} from './errors.js';
import { parentsFirst } from './order.js';
import type { PathKey } from './paths.js';
import type { WorkScene } from './scene.js';
import type { StepRef } from './subjects.js';
import type { DiagramError } from './types.js';

/** Where a patch removed something, and the kind it had (undefined when its entry was malformed). */
export interface Removal {
	keys: PathKey[];
	kind: string | undefined;
}

export interface SceneContext {
	step: StepRef;
	/** Node id → the `remove` entry that removed it in this step. */
	removedNodes: ReadonlyMap<string, Removal>;
}

/** Reports problems and reorders `scene.nodes` parents-first, ignoring parent links it reported. */
export function checkScene(scene: WorkScene, ctx: SceneContext): DiagramError[] {
	const errors: DiagramError[] = [];
	const cut = checkParents(scene, ctx, errors);
	checkCycles(scene, ctx, cut, errors);
	checkEdges(scene, ctx, errors);
	reorder(scene, cut);
	return errors;
}

/** Returns the ids whose parent link is invalid (not to be followed for cycles or ordering). */
function checkParents(scene: WorkScene, ctx: SceneContext, errors: DiagramError[]): Set<string> {
	const cut = new Set<string>();
	for (const [id, w] of scene.nodes) {
		const parentId = w.node.parent;
		if (parentId === undefined || parentId === id) continue; // self-nesting is a cycle, reported below
		const parent = scene.nodes.get(parentId);
		if (parent?.node.kind === 'group') continue;
		cut.add(id);
		if (w.parentPath !== undefined) {
			if (!parent) {
				if (!scene.brokenNodes.has(parentId) && !scene.unknownNodes)
					errors.push(unknownParent(w.parentPath, id, parentId, ctx.step));
			} else {
				errors.push(parentNotGroup(w.parentPath, id, parentId, parent.node.kind, ctx.step));
			}
		} else if (!parent) {
			// A parent that was never a group was reported where the link was written, not again at its removal.
			const removal = ctx.removedNodes.get(parentId);
			if (removal !== undefined && (removal.kind === undefined || removal.kind === 'group'))
				errors.push(orphanedByRemoval(removal.keys, ctx.step, parentId, id));
		} else if (parent.kindPath !== undefined) {
			errors.push(parentNoLongerGroup(parent.kindPath, ctx.step, parentId, parent.node.kind, id));
		}
	}
	return cut;
}

/**
 * One error per cycle, at the `parent` of its first member (in scene order) that this step stated; the cycle is
 * listed from that member. That link is then cut so ordering terminates.
 */
function checkCycles(scene: WorkScene, ctx: SceneContext, cut: Set<string>, errors: DiagramError[]): void {
	const linkOf = (id: string): string | undefined => {
		const parent = scene.nodes.get(id)?.node.parent;
		return parent !== undefined && !cut.has(id) && scene.nodes.has(parent) ? parent : undefined;
	};
	const position = new Map([...scene.nodes.keys()].map((id, i) => [id, i]));
	const done = new Set<string>();
	for (const start of scene.nodes.keys()) {
		const chain: string[] = [];
		const onChain = new Set<string>();
		let current: string | undefined = start;
		while (current !== undefined && !done.has(current) && !onChain.has(current)) {
			chain.push(current);
			onChain.add(current);
			current = linkOf(current);
		}
		if (current !== undefined && onChain.has(current)) {
			const members = chain.slice(chain.indexOf(current));
			const stated = members
				.filter((id) => scene.nodes.get(id)?.parentPath !== undefined)
				.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
			const first = stated[0];
			if (first !== undefined) {
				const at = scene.nodes.get(first)?.parentPath ?? [];
				errors.push(nestingCycle(at, ctx.step, cycleFrom(first, linkOf)));
				cut.add(first);
			} else {
				cut.add(current);
			}
		}
		for (const id of chain) done.add(id);
	}
}

/** `a → b → … → a`, following parent links from `first` until it comes back. */
function cycleFrom(first: string, linkOf: (id: string) => string | undefined): string[] {
	const cycle = [first];
	for (let next = linkOf(first); next !== undefined && next !== first; next = linkOf(next)) cycle.push(next);
	cycle.push(first);
	return cycle;
}

function checkEdges(scene: WorkScene, ctx: SceneContext, errors: DiagramError[]): void {
	for (const [id, w] of scene.edges) {
		for (const end of ['from', 'to'] as const) {
			const nodeId = w.edge[end];
			if (scene.nodes.has(nodeId)) continue;
			const statedAt = end === 'from' ? w.fromPath : w.toPath;
			if (statedAt !== undefined) {
				if (!scene.brokenNodes.has(nodeId) && !scene.unknownNodes)
					errors.push(danglingEdge(statedAt, id, end, nodeId, ctx.step));
			} else {
				const removal = ctx.removedNodes.get(nodeId);
				if (removal !== undefined) errors.push(danglingAfterRemoval(removal.keys, ctx.step, nodeId, id));
			}
		}
		// Only where this step states the ends, and only between real nodes (a missing one is reported above).
		const { from, to } = w.edge;
		if (from === to && w.toPath !== undefined && scene.nodes.has(to)) errors.push(selfLoop(w.toPath, id, to));
	}
}

function reorder(scene: WorkScene, cut: ReadonlySet<string>): void {
	const order = parentsFirst([...scene.nodes.keys()], (id) =>
		cut.has(id) ? undefined : scene.nodes.get(id)?.node.parent
	);
	const entries = order.flatMap((id) => {
		const w = scene.nodes.get(id);
		return w ? [[id, w] as const] : [];
	});
	scene.nodes = new Map(entries);
}
