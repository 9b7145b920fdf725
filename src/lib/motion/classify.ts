/**
 * Matches two steps' nodes and edges by id and says what changed for each (Sprotty's update model: match by
 * id; fade in, fade out, move, morph). No timing here; `stage.ts` adds it.
 */
import type { Box, EdgeRoute, LinesByLang, NodeBox, Point, StepLayout } from '../layout/types.js';
import { boxDistance } from './interpolate.js';
import { matchRoutes } from './route-match.js';
import type { EdgeTransition, NodeTransition, Timed } from './types.js';

export type NodeChangeItem = Omit<NodeTransition, keyof Timed>;
export type EdgeChangeItem = Omit<EdgeTransition, keyof Timed>;

/** Geometry closer than this is the same (sub-pixel: layouts repeat exactly, but be lenient with rounding). */
const SAME = 0.01;

const near = (a: number, b: number) => Math.abs(a - b) <= SAME;
const samePosition = (a: Box, b: Box) => near(a.x, b.x) && near(a.y, b.y);
const sameSize = (a: Box, b: Box) => near(a.width, b.width) && near(a.height, b.height);
const sameBox = (a: Box, b: Box) => samePosition(a, b) && sameSize(a, b);

function sameLines(a: LinesByLang, b: LinesByLang): boolean {
	const same = (x: string[], y: string[]) => x.length === y.length && x.every((line, i) => line === y[i]);
	return same(a.en, b.en) && same(a.ko, b.ko);
}

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
	return (
		a.length === b.length && a.every((p, i) => near(p.x, (b[i] as Point).x) && near(p.y, (b[i] as Point).y))
	);
}

/**
 * The union of two id-ordered lists: `to`'s order, with each item only in `from` placed right after the item
 * it followed in `from`, so leaving things keep their place in the drawing order.
 */
export function mergeOrder(from: readonly string[], to: readonly string[]): string[] {
	const merged = [...to];
	const inTo = new Set(to);
	from.forEach((id, i) => {
		if (inTo.has(id)) return;
		const before = i > 0 ? merged.indexOf(from[i - 1] as string) : -1;
		merged.splice(before + 1, 0, id);
	});
	return merged;
}

/**
 * Nesting depth over both steps: one more than the deepest parent a node has in either step, so a node that
 * changes group is drawn above both groups while it travels. A parent cycle across the two steps (a contains
 * b, then b contains a) is cut where it closes.
 */
function mergedDepths(from: readonly NodeBox[], to: readonly NodeBox[]): Map<string, number> {
	const parents = new Map<string, string[]>();
	for (const node of [...from, ...to]) {
		const list = parents.get(node.id) ?? [];
		if (node.parent !== undefined && !list.includes(node.parent)) list.push(node.parent);
		parents.set(node.id, list);
	}
	const depths = new Map<string, number>();
	const visiting = new Set<string>();
	const depthOf = (id: string): number => {
		const known = depths.get(id);
		if (known !== undefined) return known;
		if (visiting.has(id) || !parents.has(id)) return -1;
		visiting.add(id);
		const depth = 1 + Math.max(-1, ...(parents.get(id) ?? []).map(depthOf));
		visiting.delete(id);
		depths.set(id, depth);
		return depth;
	};
	for (const id of parents.keys()) depthOf(id);
	return depths;
}

/** Every node and group of both steps, classified, in a draw order valid for the whole transition. */
export function classifyNodes(from: StepLayout, to: StepLayout): NodeChangeItem[] {
	const before = new Map(from.nodes.map((n) => [n.id, n]));
	const after = new Map(to.nodes.map((n) => [n.id, n]));
	const depths = mergedDepths(from.nodes, to.nodes);
	const order = mergeOrder(
		from.nodes.map((n) => n.id),
		to.nodes.map((n) => n.id)
	);
	const position = new Map(order.map((id, i) => [id, i]));
	const depth = (id: string) => depths.get(id) ?? 0;
	order.sort((a, b) => depth(a) - depth(b) || (position.get(a) as number) - (position.get(b) as number));
	return order.map((id) => classifyNode(id, before.get(id), after.get(id)));
}

function classifyNode(id: string, from: NodeBox | undefined, to: NodeBox | undefined): NodeChangeItem {
	const base = { id, isGroup: (to ?? from)?.isGroup ?? false };
	if (!to)
		return {
			...base,
			kind: 'exit',
			moved: false,
			resized: false,
			relabelled: false,
			from: from as NodeBox,
			distance: 0
		};
	if (!from)
		return { ...base, kind: 'enter', moved: false, resized: false, relabelled: false, to, distance: 0 };
	const moved = !samePosition(from, to);
	const resized = !sameSize(from, to);
	const relabelled = !sameLines(from.label, to.label);
	const kind = resized ? 'resize' : moved ? 'move' : relabelled ? 'relabel' : 'stay';
	const distance = moved || resized ? boxDistance(from, to) : 0;
	return { ...base, kind, moved, resized, relabelled, from, to, distance };
}

/** Every edge of both steps, classified, in `to`'s order with leaving edges kept in place. */
export function classifyEdges(from: StepLayout, to: StepLayout): EdgeChangeItem[] {
	const before = new Map(from.edges.map((e) => [e.id, e]));
	const after = new Map(to.edges.map((e) => [e.id, e]));
	const order = mergeOrder(
		from.edges.map((e) => e.id),
		to.edges.map((e) => e.id)
	);
	return order.map((id) => classifyEdge(id, before.get(id), after.get(id)));
}

function classifyEdge(id: string, from: EdgeRoute | undefined, to: EdgeRoute | undefined): EdgeChangeItem {
	if (!to)
		return { id, kind: 'exit', rerouted: false, relabelled: false, from: from as EdgeRoute, distance: 0 };
	if (!from) return { id, kind: 'enter', rerouted: false, relabelled: false, to, distance: 0 };
	const rerouted = from.from !== to.from || from.to !== to.to || !samePoints(from.points, to.points);
	// A label that appears or disappears fades (relabel); only a label present in both can move.
	const labelMoved = from.label !== undefined && to.label !== undefined && !sameBox(from.label, to.label);
	const relabelled =
		from.label !== undefined && to.label !== undefined
			? !sameLines(from.label.lines, to.label.lines)
			: from.label !== to.label;
	const kind = rerouted || labelMoved ? 'morph' : relabelled ? 'relabel' : 'stay';
	const distance = kind === 'morph' ? edgeDistance(from, to) : 0;
	return { id, kind, rerouted, relabelled, from, to, distance };
}

/** How far the route's matched points (and the label box) travel during the morph. */
function edgeDistance(from: EdgeRoute, to: EdgeRoute): number {
	let distance = 0;
	if (from.points.length > 0 && to.points.length > 0) {
		const matched = matchRoutes(from.points, to.points);
		matched.from.forEach((p, k) => {
			const q = matched.to[k] as Point;
			distance = Math.max(distance, Math.hypot(q.x - p.x, q.y - p.y));
		});
	}
	if (from.label && to.label) distance = Math.max(distance, boxDistance(from.label, to.label));
	return distance;
}
