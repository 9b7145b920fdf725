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
import { envelope, extentsMeet, otherAxis, round2, segmentBox, sizeKey, type Axis } from './geometry.js';
import type { NodeBox, StepLayout } from './types.js';

/** Which coordinate runs across layers (`layer`) and which along one layer (`along`), with its size. */
interface Axes {
	layer: { start: Axis; size: 'width' | 'height' };
	along: { start: Axis; size: 'width' | 'height' };
}

function axesFor(direction: Direction): Axes {
	const layer: Axis = direction === 'right' ? 'x' : 'y';
	const along = otherAxis(layer);
	return { layer: { start: layer, size: sizeKey(layer) }, along: { start: along, size: sizeKey(along) } };
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
	if (others.some((box) => extentsMeet(strip, box))) return false;
	for (const edge of step.edges) {
		if (edge.label && extentsMeet(strip, edge.label)) return false;
		for (let i = 1; i < edge.points.length; i++) {
			const a = edge.points[i - 1];
			const b = edge.points[i];
			if (a && b && extentsMeet(strip, segmentBox(a, b))) return false;
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
	box[axes.along.start] = round2(box[axes.along.start] + delta);
	for (const child of childrenOf.get(id) ?? []) shiftSubtree(child.id, delta, axes, boxes, childrenOf);
}
