/**
 * Compaction of a step drawn on a larger layout (the union of a run of steps): the step's nodes, labels and edge
 * routes start where the union layout put them and slide, one axis at a time, as close together as the house
 * spacing allows. One step at a time: solving the steps of a run as one system with shared positions was measured
 * and lost (see the layout README), so the joint layout links steps through `reference` and `stillness` instead.
 *
 * What compaction keeps, as difference constraints solved for their least solution (see `constraints.ts`):
 * - sizes: a box never shrinks below its text nor stretches past its input size; groups keep their padding;
 * - routes: every segment keeps its axis and direction, every edge end stays on its node's border, every label
 *   stays centred on its segment: ELK's routing stays valid without routing again;
 * - room: two pieces of one step that face each other (overlap on the other axis) keep the house spacing, or
 *   what they had if that was less;
 * - order: of two nodes of a step (not nested in each other), the one whose centre was left of (above) the
 *   other's stays so or draws level (two that were level keep a fixed tie-break): nodes never swap sides.
 * Pieces that do not face each other may pass: that is how a row left half-empty by a removed node closes up.
 *
 * Only the constraints that say something are written down, so a step of n nodes costs about n log n of them
 * rather than n² (each kind says below why what it leaves out still holds): room only between a piece and the
 * nearest pieces it faces (`addSeparations`), order only between a node and the nearest nodes after it in the
 * sweep (`addOrder`), containment and edge-label clearance as before (one or two per child, per label).
 */
import type { Direction } from '../model/types.js';
import { DifferenceSystem } from './constraints.js';
import {
	centreOn,
	coordinateOn,
	endOn,
	lengthOn,
	otherAxis,
	segmentBox,
	startOn,
	withSpan,
	type Axis,
	type Box,
	type Point
} from './geometry.js';
import { GROUP_STYLE, SPACING } from './style.js';

export interface CompactNode {
	id: string;
	parent?: string;
	isGroup: boolean;
	box: Box;
	/** The least width and height (text, group label). */
	min: { width: number; height: number };
}

export interface CompactEdge {
	id: string;
	from: string;
	to: string;
	points: Point[];
	label?: Box;
}

export interface CompactStep {
	nodes: CompactNode[];
	edges: CompactEdge[];
	/**
	 * Where each node should stay (top-left), with `stillness`: 0 packs the step as tight as it goes, 1 keeps
	 * every node at least as far right and down as here (if the constraints allow it).
	 */
	reference?: Map<string, Point>;
	stillness?: number;
}

export interface CompactInput {
	step: CompactStep;
	direction: Direction;
	/** Room kept around everything. */
	margin: number;
	/** Scales the house spacing between pieces (1 by default); a last resort for a step over its area budget. */
	spacingScale?: number;
}

export interface CompactedStep {
	nodes: Map<string, Box>;
	edges: Map<string, { points: Point[]; label?: Box }>;
	width: number;
	height: number;
}

/** Coordinates this close are the same coordinate (ELK puts edge ends exactly on borders). */
const SAME = 0.01;
/** An edge end keeps this far from its node's corners, or as far as it was if less. */
const CORNER = 6;

/** A piece of one step's drawing on one axis: its extent, and the variables holding its two ends. */
interface Piece {
	kind: 'leaf' | 'group' | 'label' | 'segment';
	box: Box;
	loVar: number;
	hiVar: number;
	/** Node id, or edge id for labels and segments. */
	owner: string;
	/** For segments and labels: the index of the (label's) segment in its route. */
	index?: number;
	/** The least `hiVar − loVar` the constraints allow: what room through this piece is sure to add. */
	minLength: number;
}

function isNodePiece(p: Piece): boolean {
	return p.kind === 'leaf' || p.kind === 'group';
}

function spacing(a: Piece, b: Piece, axis: Axis, flowAxis: Axis): number {
	if (isNodePiece(a) && isNodePiece(b)) return axis === flowAxis ? SPACING.betweenLayers : SPACING.nodeNode;
	if (isNodePiece(a) || isNodePiece(b)) return SPACING.edgeNode;
	return SPACING.edgeEdge;
}

/** The settings one axis is compacted with. */
interface AxisSettings {
	axis: Axis;
	flowAxis: Axis;
	margin: number;
	spacingScale: number;
}

/** The segment of a route a label sits on: the one nearest the label's centre (ELK centres it on one). */
function labelSegment(edge: CompactEdge): number {
	const label = edge.label;
	if (!label) return -1;
	const cx = label.x + label.width / 2;
	const cy = label.y + label.height / 2;
	let best = 0;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (let i = 1; i < edge.points.length; i++) {
		const s = segmentBox(edge.points[i - 1] as Point, edge.points[i] as Point);
		const distance = Math.hypot(
			Math.max(s.x - cx, 0, cx - (s.x + s.width)),
			Math.max(s.y - cy, 0, cy - (s.y + s.height))
		);
		if (distance < bestDistance) {
			bestDistance = distance;
			best = i - 1;
		}
	}
	return best;
}

/** Where a node's walk starts and ends in a depth-first walk of the nesting: see `nestingOf`. */
interface Span {
	enter: number;
	exit: number;
}

/**
 * Nesting as the spans of a depth-first walk: a node lies inside a group exactly when its span lies inside the
 * group's, so "nested in each other?" is two comparisons, not a walk up the parents.
 */
function nestingOf(nodes: Map<string, CompactNode>): Map<string, Span> {
	const children = new Map<string, CompactNode[]>();
	const roots: CompactNode[] = [];
	for (const node of nodes.values()) {
		if (node.parent !== undefined && nodes.has(node.parent)) {
			const list = children.get(node.parent) ?? [];
			list.push(node);
			children.set(node.parent, list);
		} else roots.push(node);
	}
	const spans = new Map<string, Span>();
	let clock = 0;
	const walk = (node: CompactNode) => {
		if (spans.has(node.id)) return;
		const span = { enter: clock++, exit: 0 };
		spans.set(node.id, span);
		for (const child of children.get(node.id) ?? []) walk(child);
		span.exit = clock++;
	};
	for (const root of roots) walk(root);
	return spans;
}

/** One step while it is being compacted: its current geometry (updated after each axis) and its variables. */
interface StepState {
	nodes: Map<string, CompactNode>;
	edges: CompactEdge[];
	reference?: Map<string, Point>;
	stillness: number;
	nesting: Map<string, Span>;
	nodeVars: Map<string, { lo: number; hi: number }>;
	pointVars: Map<string, number[]>;
	labelVars: Map<string, { lo: number; hi: number }>;
	extent: number;
	pieces: Piece[];
	/** The step's nodes in their order on the axis being compacted (see `sweepOrder`). */
	order: CompactNode[];
}

/**
 * Where the compaction's constraints go. They are handed straight to the solver: a pair asked for twice costs a
 * second row, which is cheaper than looking every pair up (the solver takes the larger gap either way).
 */
class Constraints {
	constructor(private readonly system: DifferenceSystem) {}
	atLeast(from: number, to: number, gap: number): void {
		this.system.atLeast(from, to, gap);
	}
	equal(a: number, b: number, offset: number): void {
		this.atLeast(b, a, offset);
		this.atLeast(a, b, -offset);
	}
}

function buildStep(step: StepState, settings: AxisSettings, system: DifferenceSystem, c: Constraints): void {
	const { axis, margin } = settings;
	// Each variable with where it lies in the input: the solver visits them in that order.
	const variable = (at: number) => system.variable(at);
	step.extent = variable(Number.POSITIVE_INFINITY);
	step.pieces = [];
	step.nodeVars = new Map();
	step.pointVars = new Map();
	step.labelVars = new Map();

	for (const node of step.nodes.values()) {
		const nv = { lo: variable(startOn(node.box, axis)), hi: variable(endOn(node.box, axis)) };
		step.nodeVars.set(node.id, nv);
		const minLength = Math.min(axis === 'x' ? node.min.width : node.min.height, lengthOn(node.box, axis));
		c.atLeast(nv.lo, nv.hi, minLength);
		// A leaf never stretches past its input size: its box is its text, not a reach toward an edge.
		if (!node.isGroup) c.atLeast(nv.hi, nv.lo, -lengthOn(node.box, axis));
		c.atLeast(0, nv.lo, Math.min(margin, startOn(node.box, axis)));
		c.atLeast(nv.hi, step.extent, margin);
		step.pieces.push({
			kind: node.isGroup ? 'group' : 'leaf',
			box: node.box,
			loVar: nv.lo,
			hiVar: nv.hi,
			owner: node.id,
			minLength
		});
	}
	for (const node of step.nodes.values()) {
		const parent = node.parent === undefined ? undefined : step.nodes.get(node.parent);
		if (!parent) continue;
		const p = step.nodeVars.get(parent.id) as { lo: number; hi: number };
		const ch = step.nodeVars.get(node.id) as { lo: number; hi: number };
		const padLo = axis === 'x' ? GROUP_STYLE.paddingSide : GROUP_STYLE.paddingTop;
		const padHi = axis === 'x' ? GROUP_STYLE.paddingSide : GROUP_STYLE.paddingBottom;
		c.atLeast(p.lo, ch.lo, Math.min(padLo, startOn(node.box, axis) - startOn(parent.box, axis)));
		c.atLeast(ch.hi, p.hi, Math.min(padHi, endOn(parent.box, axis) - endOn(node.box, axis)));
	}

	for (const edge of step.edges) {
		const pv = edge.points.map((p) => variable(coordinateOn(p, axis)));
		step.pointVars.set(edge.id, pv);
		const last = edge.points.length - 1;
		for (let i = 0; i <= last; i++) {
			const v = pv[i] as number;
			c.atLeast(v, step.extent, margin);
			c.atLeast(0, v, Math.min(margin, coordinateOn(edge.points[i] as Point, axis)));
			if (i === 0) continue;
			const a = edge.points[i - 1] as Point;
			const b = edge.points[i] as Point;
			const u = pv[i - 1] as number;
			const delta = coordinateOn(b, axis) - coordinateOn(a, axis);
			if (Math.abs(delta) <= SAME) {
				c.equal(v, u, delta);
				continue;
			}
			// The end segments keep a stub, so an edge never runs along its node's border.
			const stub = i === 1 || i === last ? SPACING.edgeNode : 0;
			const minLength = Math.min(stub, Math.abs(delta));
			if (delta > 0) c.atLeast(u, v, minLength);
			else c.atLeast(v, u, minLength);
			const forward = delta > 0;
			step.pieces.push({
				kind: 'segment',
				box: segmentBox(a, b),
				loVar: forward ? u : v,
				hiVar: forward ? v : u,
				owner: edge.id,
				index: i - 1,
				minLength
			});
		}
		for (let i = 1; i <= last; i++) {
			const a = edge.points[i - 1] as Point;
			const b = edge.points[i] as Point;
			if (Math.abs(coordinateOn(b, axis) - coordinateOn(a, axis)) > SAME) continue;
			const v = pv[i] as number;
			step.pieces.push({
				kind: 'segment',
				box: segmentBox(a, b),
				loVar: v,
				hiVar: v,
				owner: edge.id,
				index: i - 1,
				minLength: 0
			});
		}
		attach(
			c,
			axis,
			edge.points[0] as Point,
			pv[0] as number,
			step.nodes.get(edge.from),
			step.nodeVars.get(edge.from)
		);
		attach(
			c,
			axis,
			edge.points[last] as Point,
			pv[last] as number,
			step.nodes.get(edge.to),
			step.nodeVars.get(edge.to)
		);

		const label = edge.label;
		if (!label) continue;
		const index = labelSegment(edge);
		const a = edge.points[index] as Point;
		const b = edge.points[index + 1] as Point;
		const lv = { lo: variable(startOn(label, axis)), hi: variable(endOn(label, axis)) };
		step.labelVars.set(edge.id, lv);
		c.equal(lv.hi, lv.lo, lengthOn(label, axis));
		c.atLeast(lv.hi, step.extent, margin);
		c.atLeast(0, lv.lo, Math.min(margin, startOn(label, axis)));
		if (Math.abs(coordinateOn(a, axis) - coordinateOn(b, axis)) <= SAME) {
			// Across its segment: centred on it, as ELK placed it.
			c.equal(lv.lo, pv[index] as number, startOn(label, axis) - coordinateOn(a, axis));
		} else {
			// Along its segment: between the segment's two ends.
			const forward = coordinateOn(a, axis) < coordinateOn(b, axis);
			const first = (forward ? pv[index] : pv[index + 1]) as number;
			const second = (forward ? pv[index + 1] : pv[index]) as number;
			c.atLeast(
				first,
				lv.lo,
				Math.min(0, startOn(label, axis) - Math.min(coordinateOn(a, axis), coordinateOn(b, axis)))
			);
			c.atLeast(
				lv.hi,
				second,
				Math.min(0, Math.max(coordinateOn(a, axis), coordinateOn(b, axis)) - endOn(label, axis))
			);
		}
		step.pieces.push({
			kind: 'label',
			box: label,
			loVar: lv.lo,
			hiVar: lv.hi,
			owner: edge.id,
			index,
			minLength: lengthOn(label, axis)
		});
	}

	addSeparations(c, step, settings);
	step.order = sweepOrder(step, axis);
	addOrder(c, step, axis);
}

/**
 * An edge end on a node: on the border it sat on; along that border, where ELK put it on a node whose size is
 * fixed (so edges stay centred and straight), or anywhere clear of the corners on a node that may shrink.
 */
function attach(
	c: Constraints,
	axis: Axis,
	point: Point,
	pointVar: number,
	node: CompactNode | undefined,
	vars: { lo: number; hi: number } | undefined
): void {
	if (!node || !vars) return;
	const value = coordinateOn(point, axis);
	const fromLo = value - startOn(node.box, axis);
	const fromHi = value - endOn(node.box, axis);
	// Offsets are the exact input differences (a rounding hair at most), so the input satisfies them.
	if (Math.abs(fromLo) <= SAME) c.equal(pointVar, vars.lo, fromLo);
	else if (Math.abs(fromHi) <= SAME) c.equal(pointVar, vars.hi, fromHi);
	else if (rigid(node, axis)) c.equal(pointVar, vars.lo, fromLo);
	else {
		c.atLeast(vars.lo, pointVar, Math.min(CORNER, fromLo));
		c.atLeast(pointVar, vars.hi, Math.min(CORNER, -fromHi));
	}
}

/** Room between pieces that face each other on this axis; pieces inside a group keep clear of its sides. */
function addSeparations(c: Constraints, step: StepState, settings: AxisSettings): void {
	const { axis, flowAxis, spacingScale } = settings;
	const other = otherAxis(axis);
	const pieces = step.pieces;
	const count = pieces.length;
	// Numbers up front: these loops visit every pair of pieces.
	const lo0 = pieces.map((p) => startOn(p.box, axis));
	const hi0 = pieces.map((p) => endOn(p.box, axis));
	const lo1 = pieces.map((p) => startOn(p.box, other));
	const hi1 = pieces.map((p) => endOn(p.box, other));
	const ends = new Map(step.edges.map((e) => [e.id, [e.from, e.to]]));
	// Each route piece's two end nodes, looked up once rather than once per pair.
	const endsOf = pieces.map((p) => (p.kind === 'segment' ? ends.get(p.owner) : undefined));
	const touchesAt = (segment: number, node: number) => {
		const e = endsOf[segment];
		const owner = (pieces[node] as Piece).owner;
		return e !== undefined && (e[0] === owner || e[1] === owner);
	};
	const touches = (segment: Piece, node: Piece) => ends.get(segment.owner)?.includes(node.owner) ?? false;
	// Each node piece's nesting span (-1 for routes and labels): "nested in?" is then two comparisons.
	const enter = new Int32Array(count).fill(-1);
	const exit = new Int32Array(count).fill(-1);
	pieces.forEach((p, i) => {
		const span = isNodePiece(p) ? step.nesting.get(p.owner) : undefined;
		if (!span) return;
		enter[i] = span.enter;
		exit[i] = span.exit;
	});
	const nestedAt = (i: number, g: number) =>
		(enter[i] as number) >= 0 &&
		(enter[g] as number) >= 0 &&
		(enter[i] as number) > (enter[g] as number) &&
		(exit[i] as number) < (exit[g] as number);
	const within = (i: number, j: number) =>
		(lo0[i] as number) >= (lo0[j] as number) - SAME &&
		(hi0[i] as number) <= (hi0[j] as number) + SAME &&
		(lo1[i] as number) >= (lo1[j] as number) - SAME &&
		(hi1[i] as number) <= (hi1[j] as number) + SAME;

	// The pieces in the order they start on the axis, for the group pass and the sweep below.
	const order = [...pieces.keys()].sort((i, j) => (lo0[i] as number) - (lo0[j] as number));
	const rank = new Int32Array(count);
	order.forEach((piece, r) => (rank[piece] = r));
	/** The first position in `order` whose piece starts at or after `value`. */
	const firstFrom = (value: number) => {
		let first = 0;
		let end = count;
		while (first < end) {
			const mid = (first + end) >> 1;
			if ((lo0[order[mid] as number] as number) < value) first = mid + 1;
			else end = mid;
		}
		return first;
	};

	// Inside a group (or crossing its border): clear of its sides. Children are held by the padding instead.
	// Both need the piece within the group's extent on this axis, so only the pieces starting there are looked at.
	const insideGroup = new Set<number>();
	for (let g = 0; g < count; g++) {
		const group = pieces[g] as Piece;
		if (group.kind !== 'group') continue;
		const groupEnd = (hi0[g] as number) + SAME;
		for (let at = firstFrom((lo0[g] as number) - SAME); at < count; at++) {
			const i = order[at] as number;
			if ((lo0[i] as number) > groupEnd) break;
			const piece = pieces[i] as Piece;
			if (i === g || piece.owner === group.owner || nestedAt(i, g)) continue;
			const contained = within(i, g);
			if (contained) insideGroup.add(i * count + g);
			const crossing =
				piece.kind === 'segment' &&
				(lo0[i] as number) >= (lo0[g] as number) - SAME &&
				(hi0[i] as number) <= (hi0[g] as number) + SAME &&
				!touches(piece, group);
			if (!contained && !crossing) continue;
			c.atLeast(
				group.loVar,
				piece.loVar,
				Math.min(SPACING.edgeNode, (lo0[i] as number) - (lo0[g] as number))
			);
			c.atLeast(
				piece.hiVar,
				group.hiVar,
				Math.min(SPACING.edgeNode, (hi0[g] as number) - (hi0[i] as number))
			);
		}
	}

	/**
	 * The room b keeps after a, if a and b face each other (b starts after a ends on this axis and they overlap
	 * on the other) and nothing else already holds them apart; undefined otherwise.
	 */
	const roomBetween = (i: number, j: number): number | undefined => {
		if (i === j || (lo0[j] as number) < (hi0[i] as number) - SAME) return undefined;
		if ((lo1[i] as number) >= (hi1[j] as number) + SAME || (lo1[j] as number) >= (hi1[i] as number) + SAME)
			return undefined;
		const a = pieces[i] as Piece;
		const b = pieces[j] as Piece;
		if (nestedAt(j, i) || nestedAt(i, j)) return undefined;
		if (b.kind === 'group' && insideGroup.has(i * count + j)) return undefined;
		if (a.kind === 'group' && insideGroup.has(j * count + i)) return undefined;
		if (a.owner === b.owner && !isNodePiece(a)) {
			// One edge's pieces: neighbouring segments share a point; a label rides its own segment.
			if (a.kind === 'segment' && b.kind === 'segment' && Math.abs((a.index ?? 0) - (b.index ?? 0)) <= 1)
				return undefined;
			if ((a.kind === 'label' || b.kind === 'label') && a.index === b.index) return undefined;
		}
		if (a.kind === 'segment' && isNodePiece(b) && touchesAt(i, j)) return undefined;
		if (b.kind === 'segment' && isNodePiece(a) && touchesAt(j, i)) return undefined;
		const room = spacing(a, b, axis, flowAxis) * spacingScale;
		return Math.min(room, (lo0[j] as number) - (hi0[i] as number));
	};

	/*
	 * Facing pairs, swept along the axis: each piece a meets the pieces after it in the order they start. A piece
	 * b already held far enough from a through a nearer piece k (a → k and k → b are both kept or implied, and
	 * room(a, k) + k's least length + room(k, b) covers room(a, b)) needs no constraint of its own: the sum of
	 * those constraints is the room. So a piece keeps constraints only to the nearest pieces it faces, the
	 * first row of them, not to everything behind that row: about n log n in a drawing of rows and columns
	 * instead of n². What is left out is implied, so the least solution is the same.
	 */
	// Bands across the axis, each listing (in sweep order) the pieces that reach into it: a piece can only face
	// the pieces of its own bands, so it never looks at the rest of the drawing.
	const bands = new Bands(lo1, hi1, order);
	const seen = new Int32Array(count).fill(-1);
	const kept: { j: number; room: number }[] = [];
	for (let i = 0; i < count; i++) {
		const a = pieces[i] as Piece;
		const first = firstFrom((hi0[i] as number) - SAME);
		kept.length = 0;
		// Once a kept leaf spans all of a's extent across the axis, every piece behind it that faces a faces that
		// leaf too and is held off by it (leaf → piece is a constraint of the leaf's own, and the leaf cannot
		// shrink below its text): the sweep for a can stop after the pieces beside that leaf.
		let closedAt = Number.POSITIVE_INFINITY;
		for (const j of bands.sweep(lo1[i] as number, hi1[i] as number, first, rank, seen, i)) {
			if ((lo0[j] as number) >= closedAt) break;
			const room = roomBetween(i, j);
			if (room === undefined) continue;
			let shadowed = false;
			// The latest few kept are the nearest row; a constraint that a farther one would have implied is
			// written down anyway, which costs a constraint, not a different solution.
			for (let k = kept.length - 1; k >= Math.max(0, kept.length - SHADOW_LOOKBACK) && !shadowed; k--) {
				const near = kept[k] as { j: number; room: number };
				if ((lo0[j] as number) < (hi0[near.j] as number) - SAME) continue;
				const onward = roomBetween(near.j, j);
				shadowed =
					onward !== undefined && near.room + (pieces[near.j] as Piece).minLength + onward >= room - 1e-9;
			}
			if (shadowed) continue;
			kept.push({ j, room });
			c.atLeast(a.hiVar, (pieces[j] as Piece).loVar, room);
			const b = pieces[j] as Piece;
			if (
				b.kind === 'leaf' &&
				(lo1[j] as number) <= (lo1[i] as number) + SAME &&
				(hi1[j] as number) >= (hi1[i] as number) - SAME
			)
				closedAt = Math.min(closedAt, (hi0[j] as number) - SAME);
		}
	}
}

/** How many of the pieces kept for a piece are tried as the one that holds a farther piece off. */
const SHADOW_LOOKBACK = 8;

/** Equal bands of the axis across, each with the pieces that reach into it (a piece within SAME counts). */
class Bands {
	private readonly width: number;
	private readonly first: number;
	private readonly lists: number[][];
	constructor(lo1: number[], hi1: number[], order: number[]) {
		const low = Math.min(...lo1, 0);
		const high = Math.max(...hi1, 0);
		// About as many bands as pieces, none thinner than a line of text.
		this.width = Math.max(24, (high - low) / Math.max(1, Math.sqrt(order.length) * 4));
		this.first = Math.floor((low - 1) / this.width);
		this.lists = Array.from({ length: this.band(high + 1) + 1 }, () => []);
		for (const piece of order) {
			const last = this.band((hi1[piece] as number) + SAME);
			for (let b = this.band((lo1[piece] as number) - SAME); b <= last; b++) this.lists[b]?.push(piece);
		}
	}
	private band(value: number): number {
		return Math.floor(value / this.width) - this.first;
	}
	/**
	 * The pieces of the bands from `low` to `high`, each once, in sweep order from sweep position `from` on:
	 * lazily, so a sweep that stops early never looks at the rest. `seen` is stamped with `stamp`.
	 */
	*sweep(
		low: number,
		high: number,
		from: number,
		rank: Int32Array,
		seen: Int32Array,
		stamp: number
	): Generator<number> {
		const firstBand = Math.max(0, this.band(low - SAME));
		const lastBand = Math.min(this.lists.length - 1, this.band(high + SAME));
		const lists: number[][] = [];
		const heads: number[] = [];
		for (let b = firstBand; b <= lastBand; b++) {
			const list = this.lists[b] as number[];
			let at = 0;
			let end = list.length;
			while (at < end) {
				const mid = (at + end) >> 1;
				if ((rank[list[mid] as number] as number) < from) at = mid + 1;
				else end = mid;
			}
			if (at < list.length) {
				lists.push(list);
				heads.push(at);
			}
		}
		for (;;) {
			// The band whose next piece comes first in the sweep (few bands per piece: a linear pick is enough).
			let best = -1;
			let bestRank = Number.POSITIVE_INFINITY;
			for (let k = 0; k < lists.length; k++) {
				const list = lists[k] as number[];
				const at = heads[k] as number;
				if (at >= list.length) continue;
				const r = rank[list[at] as number] as number;
				if (r < bestRank) {
					bestRank = r;
					best = k;
				}
			}
			if (best < 0) return;
			const list = lists[best] as number[];
			const piece = list[heads[best] as number] as number;
			heads[best] = (heads[best] as number) + 1;
			if (seen[piece] === stamp) continue;
			seen[piece] = stamp;
			yield piece;
		}
	}
}

/**
 * The step's nodes in the order their centres take on this axis in the input (the union of the steps, the same
 * for every step, so consecutive steps agree). Nodes level in the input (within 1 px) are ordered by their
 * start, then by id: any fixed choice works, as a pair that never crosses to the other side never swaps.
 */
function sweepOrder(step: StepState, axis: Axis): CompactNode[] {
	const key = (u: CompactNode, v: CompactNode) => {
		const d = centreOn(u.box, axis) - centreOn(v.box, axis);
		if (Math.abs(d) > 1) return d;
		return startOn(u.box, axis) !== startOn(v.box, axis)
			? startOn(u.box, axis) - startOn(v.box, axis)
			: u.id < v.id
				? -1
				: 1;
	};
	return [...step.nodes.values()].sort(key);
}

/** For each node of `order`, whether it and another are nested in each other, by position in `order`. */
function kinship(step: StepState, order: CompactNode[]): (i: number, j: number) => boolean {
	const enter = new Int32Array(order.length);
	const exit = new Int32Array(order.length);
	order.forEach((node, i) => {
		const span = step.nesting.get(node.id) as Span;
		enter[i] = span.enter;
		exit[i] = span.exit;
	});
	return (i, j) => {
		const ei = enter[i] as number;
		const ej = enter[j] as number;
		return ei < ej ? (exit[j] as number) < (exit[i] as number) : (exit[i] as number) < (exit[j] as number);
	};
}

/** A leaf whose size on this axis cannot change. */
function rigid(node: CompactNode, axis: Axis): boolean {
	return (
		!node.isGroup &&
		Math.abs((axis === 'x' ? node.min.width : node.min.height) - lengthOn(node.box, axis)) <= SAME
	);
}

/**
 * Order as difference constraints where it can be said so: of two nodes u before v (not nested in each other),
 * when u starts (weakly) before v in the input it keeps doing so, and the same for their ends. Centres are
 * checked after solving (`repairOrder`).
 *
 * Written down for the nearest nodes only. Sweeping the nodes after u in order, v needs no constraint of its
 * own when an earlier-kept w (unrelated to v) starts no later than v: u → w and w → v (kept by w's own sweep,
 * or implied the same way) already keep v's start after u's. So u keeps a staircase of successors, each
 * starting before all the ones kept before it: a handful per node, not one per other node.
 */
function addOrder(c: Constraints, step: StepState, axis: Axis): void {
	const order = step.order;
	const vars = order.map((n) => step.nodeVars.get(n.id) as { lo: number; hi: number });
	const starts = order.map((n) => startOn(n.box, axis));
	const ends = order.map((n) => endOn(n.box, axis));
	const related = kinship(step, order);
	const sweep = (at: number[], variable: (v: { lo: number; hi: number }) => number) => {
		const kept: number[] = [];
		for (let i = 0; i < order.length; i++) {
			const from = at[i] as number;
			let lowest = Number.POSITIVE_INFINITY;
			kept.length = 0;
			for (let j = i + 1; j < order.length; j++) {
				const value = at[j] as number;
				const gap = value - from;
				if (gap < -SAME) continue;
				if (related(i, j)) continue;
				// Implied through a kept w that starts no later than v (within the same tolerance) and is not v's kin.
				if (value + SAME >= lowest && kept.some((k) => (at[k] as number) <= value + SAME && !related(k, j)))
					continue;
				kept.push(j);
				lowest = Math.min(lowest, value);
				c.atLeast(
					variable(vars[i] as { lo: number; hi: number }),
					variable(vars[j] as { lo: number; hi: number }),
					Math.min(0, gap)
				);
			}
		}
	};
	sweep(starts, (v) => v.lo);
	sweep(ends, (v) => v.hi);
}

/**
 * Pairs whose order a solution broke (a group's centre moves as its width changes, which constraints on its ends
 * cannot foresee), repaired by a floor that can always be met: the node that fell behind moves forward by the
 * distance it fell behind the furthest of the nodes before it, or, if it is a group, widens forward by twice
 * that. Returns how many nodes were repaired (a tolerance of 1 px, as in the stability measure).
 */
function repairOrder(
	system: DifferenceSystem,
	step: StepState,
	read: (v: number) => number,
	apply: boolean
): { repaired: number; shortfall: number } {
	let repaired = 0;
	let total = 0;
	const order = step.order;
	const vars = order.map((n) => step.nodeVars.get(n.id) as { lo: number; hi: number });
	const centres = vars.map((v) => (read(v.lo) + read(v.hi)) / 2);
	const related = kinship(step, order);
	// The furthest centre so far, kin or not: when even that is not 1 px ahead, no pair ending here broke.
	let furthest = Number.NEGATIVE_INFINITY;
	for (let j = 0; j < order.length; j++) {
		const here = centres[j] as number;
		if (furthest - here > 1) {
			const v = order[j] as CompactNode;
			let shortfall = 0;
			for (let i = 0; i < j; i++) {
				if ((centres[i] as number) - here > shortfall && !related(i, j))
					shortfall = (centres[i] as number) - here;
			}
			if (shortfall > 1) {
				// v fell behind: it moves forward, or, being a group, widens forward.
				const vv = vars[j] as { lo: number; hi: number };
				if (!apply) {
					// Only measuring.
				} else if (v.isGroup) system.floor(vv.hi, read(vv.hi) + 2 * shortfall);
				else system.floor(vv.lo, read(vv.lo) + shortfall);
				repaired++;
				total += shortfall;
			}
		}
		furthest = Math.max(furthest, here);
	}
	return { repaired, shortfall: total };
}

/** At most this many rounds of order repairs per solve. */
const REPAIR_ROUNDS = 8;

function compactAxis(step: StepState, axis: Axis, input: CompactInput): boolean {
	const settings: AxisSettings = {
		axis,
		flowAxis: input.direction === 'right' ? 'x' : 'y',
		margin: input.margin,
		spacingScale: input.spacingScale ?? 1
	};
	const system = new DifferenceSystem();
	const c = new Constraints(system);
	buildStep(step, settings, system, c);

	/*
	 * Solves, then repairs broken orders and solves again, while the repairs help: a round that leaves as much
	 * shortfall as the round before (nodes pushing each other along) would only push the drawing further out,
	 * so the search stops there and keeps the solution with the least shortfall.
	 */
	const solveInOrder = () => {
		let solution = system.solve();
		let best = solution;
		let bestShortfall = Number.POSITIVE_INFINITY;
		let previous = Number.POSITIVE_INFINITY;
		for (let round = 0; solution && round <= REPAIR_ROUNDS; round++) {
			const current = solution;
			const read = (v: number) => current[v] as number;
			const shortfall = repairOrder(system, step, read, false).shortfall;
			if (shortfall < bestShortfall) {
				best = solution;
				bestShortfall = shortfall;
			}
			if (shortfall === 0 || round === REPAIR_ROUNDS || (round > 0 && shortfall >= previous - 0.5)) break;
			previous = shortfall;
			repairOrder(system, step, read, true);
			solution = system.solve();
		}
		return solution ? best : undefined;
	};
	const least = solveInOrder();
	if (!least) return false;

	let final = least;
	if (step.stillness > 0) {
		for (const node of step.nodes.values()) {
			const nv = step.nodeVars.get(node.id) as { lo: number; hi: number };
			const packed = least[nv.lo] as number;
			const home = step.reference?.get(node.id);
			if (!home) continue;
			system.floor(nv.lo, packed + step.stillness * (coordinateOn(home, axis) - packed));
		}
		final = solveInOrder() ?? least;
	}
	const read = (v: number) => final[v] as number;

	for (const node of step.nodes.values()) {
		const nv = step.nodeVars.get(node.id) as { lo: number; hi: number };
		node.box = withSpan(node.box, axis, read(nv.lo), read(nv.hi) - read(nv.lo));
	}
	step.edges = step.edges.map((edge) => {
		const pv = step.pointVars.get(edge.id) as number[];
		const lv = step.labelVars.get(edge.id);
		const points = edge.points.map((p, i) =>
			axis === 'x' ? { ...p, x: read(pv[i] as number) } : { ...p, y: read(pv[i] as number) }
		);
		const label =
			edge.label && lv ? withSpan(edge.label, axis, read(lv.lo), read(lv.hi) - read(lv.lo)) : undefined;
		return { ...edge, points, ...(label ? { label } : {}) };
	});
	step.extent = read(step.extent);
	return true;
}

/**
 * Compacts the step, x then y (pieces face each other on y when they overlap on the compacted x). Returns
 * undefined if the constraints cannot be met, which cannot happen for a step that met them to begin with.
 */
export function compact(input: CompactInput): CompactedStep | undefined {
	const { step } = input;
	const nodes = new Map(step.nodes.map((n) => [n.id, { ...n, box: { ...n.box } }]));
	const state: StepState = {
		nodes,
		edges: step.edges.map((e) => ({
			...e,
			points: e.points.map((p) => ({ ...p })),
			...(e.label ? { label: { ...e.label } } : {})
		})),
		...(step.reference ? { reference: step.reference } : {}),
		stillness: step.stillness ?? 0,
		nesting: nestingOf(nodes),
		nodeVars: new Map(),
		pointVars: new Map(),
		labelVars: new Map(),
		extent: 0,
		pieces: [],
		order: []
	};
	if (!compactAxis(state, 'x', input)) return undefined;
	const width = state.extent;
	if (!compactAxis(state, 'y', input)) return undefined;
	return {
		nodes: new Map([...state.nodes.values()].map((n) => [n.id, n.box])),
		edges: new Map(
			state.edges.map((e) => [e.id, { points: e.points, ...(e.label ? { label: e.label } : {}) }])
		),
		width,
		height: state.extent
	};
}
