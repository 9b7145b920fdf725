/**
 * Authored order for unconnected siblings. ELK orders the nodes of a layer to save edge crossings; nodes without
 * any edge give it nothing to go by, and inside a group it stacks them in an order of its own (the root keeps
 * model order, but elkjs 0.12 throws when a group inside a hierarchical layout asks for it, and its in-layer
 * constraints are not read by the default crossing minimiser). A timeline's events, a kernel's features: the
 * author wrote them in the order they should read, so such a stack is put back in that order afterwards.
 *
 * Only what cannot disturb anything else is touched: siblings in a group (and their whole subtrees) that no
 * edge reaches, sharing one layer, with nothing else inside the strip they occupy. They trade places within the
 * same strip with the same gaps, so the group keeps its size and no route moves.
 */
import type { Direction, Scene } from '../model/types.js';
import type { Box, NodeBox, StepLayout } from './types.js';

/** Which coordinate runs across layers (`layer`) and which along one layer (`along`). */
interface Axes {
	layer: { start: 'x' | 'y'; size: 'width' | 'height' };
	along: { start: 'x' | 'y'; size: 'width' | 'height' };
}

function axesFor(direction: Direction): Axes {
	return direction === 'right'
		? { layer: { start: 'x', size: 'width' }, along: { start: 'y', size: 'height' } }
		: { layer: { start: 'y', size: 'height' }, along: { start: 'x', size: 'width' } };
}

export function keepAuthoredOrder(step: StepLayout, scene: Scene, direction: Direction): StepLayout {
	const axes = axesFor(direction);
	const order = new Map(scene.nodes.map((node, i) => [node.id, i]));
	const parentOf = new Map(scene.nodes.map((node) => [node.id, node.parent]));
	const reached = reachedByEdges(scene, parentOf);
	const boxes = new Map(step.nodes.map((box) => [box.id, { ...box }]));

	const childrenOf = new Map<string, NodeBox[]>();
	for (const box of boxes.values()) {
		if (box.parent === undefined) continue;
		const siblings = childrenOf.get(box.parent) ?? [];
		siblings.push(box);
		childrenOf.set(box.parent, siblings);
	}

	let changed = false;
	for (const siblings of childrenOf.values()) {
		const free = siblings.filter((box) => !reached.has(box.id));
		for (const stack of layersOf(free, axes)) {
			if (stack.length < 2) continue;
			const others = siblings.filter((box) => !stack.includes(box));
			if (!stripIsClear(stack, others, step)) continue;
			const moves = restack(stack, order, axes);
			for (const [id, delta] of moves) {
				if (delta === 0) continue;
				changed = true;
				shiftSubtree(id, delta, axes, boxes, childrenOf);
			}
		}
	}
	if (!changed) return step;
	return { ...step, nodes: step.nodes.map((box) => boxes.get(box.id) ?? box) };
}

/** Ids of nodes an edge ends on, and of every group around them. */
function reachedByEdges(scene: Scene, parentOf: Map<string, string | undefined>): Set<string> {
	const reached = new Set<string>();
	for (const edge of scene.edges) {
		for (
			let id: string | undefined = edge.from;
			id !== undefined && !reached.has(id);
			id = parentOf.get(id)
		) {
			reached.add(id);
		}
		for (let id: string | undefined = edge.to; id !== undefined && !reached.has(id); id = parentOf.get(id)) {
			reached.add(id);
		}
	}
	return reached;
}

/** Siblings whose extents across the layers overlap: the stacks ELK built, one per layer. */
function layersOf(boxes: NodeBox[], axes: Axes): NodeBox[][] {
	const { start, size } = axes.layer;
	const sorted = [...boxes].sort((a, b) => a[start] - b[start]);
	const layers: { end: number; boxes: NodeBox[] }[] = [];
	for (const box of sorted) {
		const last = layers.at(-1);
		if (last && box[start] < last.end) {
			last.boxes.push(box);
			last.end = Math.max(last.end, box[start] + box[size]);
		} else layers.push({ end: box[start] + box[size], boxes: [box] });
	}
	return layers.map((layer) => layer.boxes);
}

/** Nothing but the stack inside the strip it spans: no other sibling, no route, no edge label. */
function stripIsClear(stack: NodeBox[], others: NodeBox[], step: StepLayout): boolean {
	const strip = envelope(stack);
	if (others.some((box) => overlaps(strip, box))) return false;
	for (const edge of step.edges) {
		if (edge.label && overlaps(strip, edge.label)) return false;
		for (let i = 1; i < edge.points.length; i++) {
			const a = edge.points[i - 1];
			const b = edge.points[i];
			if (!a || !b) continue;
			const segment = {
				x: Math.min(a.x, b.x),
				y: Math.min(a.y, b.y),
				width: Math.abs(a.x - b.x),
				height: Math.abs(a.y - b.y)
			};
			if (overlaps(strip, segment)) return false;
		}
	}
	return true;
}

/**
 * New positions along the layer: the same slots from the same start with the same gaps between them, filled in
 * authored order. Returns each node's shift.
 */
function restack(stack: NodeBox[], order: Map<string, number>, axes: Axes): Map<string, number> {
	const { start, size } = axes.along;
	const drawn = [...stack].sort((a, b) => a[start] - b[start]);
	const authored = [...stack].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
	const gaps = drawn.slice(1).map((box, i) => {
		const before = drawn[i] as NodeBox;
		return box[start] - (before[start] + before[size]);
	});
	const moves = new Map<string, number>();
	let cursor = (drawn[0] as NodeBox)[start];
	authored.forEach((box, i) => {
		moves.set(box.id, cursor - box[start]);
		cursor += box[size] + (gaps[i] ?? 0);
	});
	return moves;
}

function shiftSubtree(
	id: string,
	delta: number,
	axes: Axes,
	boxes: Map<string, NodeBox>,
	childrenOf: Map<string, NodeBox[]>
): void {
	const box = boxes.get(id);
	if (!box) return;
	box[axes.along.start] = Math.round((box[axes.along.start] + delta) * 100) / 100;
	for (const child of childrenOf.get(id) ?? []) shiftSubtree(child.id, delta, axes, boxes, childrenOf);
}

function envelope(boxes: Box[]): Box {
	const x = Math.min(...boxes.map((b) => b.x));
	const y = Math.min(...boxes.map((b) => b.y));
	const right = Math.max(...boxes.map((b) => b.x + b.width));
	const bottom = Math.max(...boxes.map((b) => b.y + b.height));
	return { x, y, width: right - x, height: bottom - y };
}

/** Boxes that share interior (or a segment that runs through a box); touching at a border does not count. */
function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
