/**
 * The union of several steps' scenes: every node and edge that appears in any of them, each node at the largest
 * size it ever needs, nodes in one consistent order (first appearance, parents first). Laying the union out once
 * gives every step the same map: a node's place is decided by the whole story, not by whichever step is showing.
 */
import type { DiagramEdge, DiagramNode, Scene } from '../model/types.js';
import { measureScene, type MeasuredScene } from './measure-scene.js';

/**
 * Splits steps into runs whose nesting agrees: within a run, every node that appears always has the same parent
 * and is always a group or always not. A run is laid out as one union; a change of nesting starts a new run.
 */
export function consistentRuns(steps: Scene[]): Scene[][] {
	const runs: Scene[][] = [];
	let current: Scene[] = [];
	let shape = new Map<string, string>();
	for (const scene of steps) {
		const conflict = scene.nodes.some((n) => {
			const known = shape.get(n.id);
			return known !== undefined && known !== nodeShape(n);
		});
		if (conflict) {
			runs.push(current);
			current = [];
			shape = new Map();
		}
		current.push(scene);
		for (const n of scene.nodes) shape.set(n.id, nodeShape(n));
	}
	if (current.length > 0) runs.push(current);
	return runs;
}

function nodeShape(node: DiagramNode): string {
	return `${node.parent ?? ''}\u0000${node.kind === 'group'}`;
}

/** The union scene of a run of steps, measured at each element's largest size across the run. */
export function unionScene(steps: Scene[]): MeasuredScene {
	const nodes = new Map<string, DiagramNode>();
	const edges = new Map<string, DiagramEdge>();
	for (const scene of steps) {
		for (const node of scene.nodes) nodes.set(node.id, node);
		for (const edge of scene.edges) edges.set(edge.id, edge);
	}
	const ordered = parentsFirst(firstAppearance(steps.map((s) => s.nodes.map((n) => n.id))), nodes);
	const last = steps.at(-1) as Scene;
	const union: Scene = {
		...last,
		id: `"${steps[0]?.id ?? ''}" to "${last.id}"`,
		nodes: ordered,
		edges: firstAppearance(steps.map((s) => s.edges.map((e) => e.id))).map(
			(id) => edges.get(id) as DiagramEdge
		)
	};
	const measured = measureScene(union);
	for (const scene of steps.map(measureScene)) {
		for (const [id, size] of scene.leaves) {
			const u = measured.leaves.get(id);
			if (u)
				measured.leaves.set(id, {
					...u,
					width: Math.max(u.width, size.width),
					height: Math.max(u.height, size.height)
				});
		}
		for (const [id, size] of scene.groups) {
			const u = measured.groups.get(id);
			if (u) {
				measured.groups.set(id, {
					...u,
					minWidth: Math.max(u.minWidth, size.minWidth),
					minHeight: Math.max(u.minHeight, size.minHeight)
				});
			}
		}
		for (const [id, size] of scene.edgeLabels) {
			const u = measured.edgeLabels.get(id);
			if (u) {
				measured.edgeLabels.set(id, {
					...u,
					width: Math.max(u.width, size.width),
					height: Math.max(u.height, size.height)
				});
			} else measured.edgeLabels.set(id, size);
		}
	}
	return measured;
}

/**
 * One order for ids listed per step: each id where it first appears, and an id that appears later in a step
 * between two known ids slots in after the last known id before it, so authored neighbourhoods stay together.
 */
export function firstAppearance(lists: string[][]): string[] {
	const order: string[] = [];
	for (const list of lists) {
		list.forEach((id, i) => {
			if (order.includes(id)) return;
			const anchor = list
				.slice(0, i)
				.reverse()
				.find((other) => order.includes(other));
			order.splice(anchor === undefined ? 0 : order.indexOf(anchor) + 1, 0, id);
		});
	}
	return order;
}

function parentsFirst(ids: string[], nodes: Map<string, DiagramNode>): DiagramNode[] {
	const placed = new Set<string>();
	const out: DiagramNode[] = [];
	const place = (id: string, trail: Set<string>) => {
		const node = nodes.get(id);
		if (!node || placed.has(id) || trail.has(id)) return;
		if (node.parent !== undefined) place(node.parent, new Set([...trail, id]));
		placed.add(id);
		out.push(node);
	};
	for (const id of ids) place(id, new Set());
	return out;
}
