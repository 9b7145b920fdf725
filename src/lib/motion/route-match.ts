/**
 * Aligns two orthogonal routes so they can be interpolated point by point and stay orthogonal in between.
 *
 * Interpolating two polylines with the same number of points keeps segment k straight (horizontal, say) only if
 * segment k is horizontal in *both*. So the two routes are expanded to one common sequence of alternating axes:
 * - a bend that only one route has is grown out of a straight segment of the other: that segment is split at
 *   the point facing the bend and a zero-length perpendicular segment is put there (a "split");
 * - when the routes leave (or arrive) along different axes, one gets a zero-length segment at its end point
 *   (a "lead" / "trail").
 * Among all such alignments the cheapest is chosen by a shortest-path search: the cost is how far the matched
 * corners travel (Manhattan distance) plus a small charge per inserted segment, so bends map to bends where
 * they can and new bends grow where they appear.
 */
import { otherAxis, type Axis, type Point } from '../layout/geometry.js';
import { normalizeRoute, type OrthogonalRoute } from './route-normalize.js';

export interface MatchedRoutes {
	/** Same length as `to`; `from[k] → from[k + 1]` and `to[k] → to[k + 1]` are both along `axes[k]`. */
	from: Point[];
	to: Point[];
	axes: Axis[];
}

/** Charge per inserted zero-length segment, in px: small, but enough to prefer fewer bends on ties. */
const INSERT_COST = 1;

/** What one route contributes to one segment of the common sequence. */
type Part =
	| { kind: 'piece'; index: number }
	| { kind: 'split'; index: number }
	| { kind: 'lead' }
	| { kind: 'trail' }
	| { kind: 'init' };

/** States of one route's expansion, numbered: init 0, lead 1, piece i → 2 + 2i, split i → 3 + 2i, trail 2 + 2n. */
function partOf(state: number, segments: number): Part {
	if (state === 0) return { kind: 'init' };
	if (state === 1) return { kind: 'lead' };
	if (state === 2 + 2 * segments) return { kind: 'trail' };
	return state % 2 === 0
		? { kind: 'piece', index: (state - 2) / 2 }
		: { kind: 'split', index: (state - 3) / 2 };
}

const pieceState = (index: number) => 2 + 2 * index;
const splitState = (index: number) => 3 + 2 * index;

function successors(state: number, segments: number): number[] {
	const part = partOf(state, segments);
	switch (part.kind) {
		case 'init':
			return [pieceState(0), 1];
		case 'lead':
			return [pieceState(0)];
		case 'split':
			return [pieceState(part.index)];
		case 'trail':
			return [];
		case 'piece': {
			const next = [splitState(part.index)];
			if (part.index + 1 < segments) next.push(pieceState(part.index + 1));
			else next.push(2 + 2 * segments);
			return next;
		}
	}
}

function axisOf(part: Part, route: OrthogonalRoute): Axis {
	const axes = route.axes;
	switch (part.kind) {
		case 'piece':
			return axes[part.index] as Axis;
		case 'split':
			return otherAxis(axes[part.index] as Axis);
		case 'lead':
			return otherAxis(axes[0] as Axis);
		case 'trail':
			return otherAxis(axes[axes.length - 1] as Axis);
		case 'init':
			throw new Error('init has no axis');
	}
}

const isZeroLength = (part: Part) => part.kind === 'split' || part.kind === 'lead' || part.kind === 'trail';
const isFinal = (part: Part, segments: number) =>
	part.kind === 'trail' || (part.kind === 'piece' && part.index === segments - 1);

/**
 * Where a split of `route`'s segment `index` sits: on that segment, facing the other route's segment that the
 * zero-length piece is matched with (that segment is perpendicular, so one coordinate locates it).
 */
function splitPoint(route: OrthogonalRoute, index: number, other: OrthogonalRoute, otherPart: Part): Point {
	if (otherPart.kind !== 'piece') throw new Error('a split must face a real segment');
	const a = route.points[index] as Point;
	const b = route.points[index + 1] as Point;
	const facing = other.points[otherPart.index] as Point;
	if (route.axes[index] === 'x') {
		return { x: Math.min(Math.max(facing.x, Math.min(a.x, b.x)), Math.max(a.x, b.x)), y: a.y };
	}
	return { x: a.x, y: Math.min(Math.max(facing.y, Math.min(a.y, b.y)), Math.max(a.y, b.y)) };
}

/** The corner between two consecutive parts of one route (`otherBefore`/`otherAfter` face them). */
function cornerBetween(
	route: OrthogonalRoute,
	before: Part,
	after: Part,
	other: OrthogonalRoute,
	otherBefore: Part,
	otherAfter: Part
): Point {
	const points = route.points;
	if (after.kind === 'split') return splitPoint(route, after.index, other, otherAfter);
	if (before.kind === 'split') return splitPoint(route, before.index, other, otherBefore);
	if (before.kind === 'lead') return points[0] as Point;
	if (after.kind === 'trail') return points[points.length - 1] as Point;
	if (after.kind === 'piece') return points[after.index] as Point;
	throw new Error(`no corner between ${before.kind} and ${after.kind}`);
}

interface Step {
	a: number;
	b: number;
}

/** Aligns two routes (any point lists; they are normalised first). */
export function matchRoutes(fromPoints: readonly Point[], toPoints: readonly Point[]): MatchedRoutes {
	const a = normalizeRoute(fromPoints);
	const b = normalizeRoute(toPoints);
	const n = a.axes.length;
	const m = b.axes.length;
	const statesA = 3 + 2 * n;
	const statesB = 3 + 2 * m;
	const key = (s: Step) => s.a * statesB + s.b;
	const cost = new Array<number>(statesA * statesB).fill(Infinity);
	const previous = new Array<number>(statesA * statesB).fill(-1);
	const done = new Array<boolean>(statesA * statesB).fill(false);
	cost[0] = 0;
	let goal = -1;
	// Dijkstra over joint states; the graph is tiny (a few hundred states for routes with a handful of bends).
	for (;;) {
		let current = -1;
		let best = Infinity;
		for (let k = 0; k < cost.length; k++) {
			const c = cost[k] as number;
			if (!done[k] && c < best) {
				best = c;
				current = k;
			}
		}
		if (current < 0) break;
		done[current] = true;
		const state: Step = { a: Math.floor(current / statesB), b: current % statesB };
		const partA = partOf(state.a, n);
		const partB = partOf(state.b, m);
		if (isFinal(partA, n) && isFinal(partB, m)) {
			goal = current;
			break;
		}
		for (const nextA of successors(state.a, n)) {
			const nextPartA = partOf(nextA, n);
			for (const nextB of successors(state.b, m)) {
				const nextPartB = partOf(nextB, m);
				if (isZeroLength(nextPartA) && isZeroLength(nextPartB)) continue;
				if (axisOf(nextPartA, a) !== axisOf(nextPartB, b)) continue;
				let step = (isZeroLength(nextPartA) ? INSERT_COST : 0) + (isZeroLength(nextPartB) ? INSERT_COST : 0);
				if (partA.kind !== 'init') {
					const cornerA = cornerBetween(a, partA, nextPartA, b, partB, nextPartB);
					const cornerB = cornerBetween(b, partB, nextPartB, a, partA, nextPartA);
					step += Math.abs(cornerA.x - cornerB.x) + Math.abs(cornerA.y - cornerB.y);
				}
				const nextKey = key({ a: nextA, b: nextB });
				if ((cost[current] as number) + step < (cost[nextKey] as number)) {
					cost[nextKey] = (cost[current] as number) + step;
					previous[nextKey] = current;
				}
			}
		}
	}
	if (goal < 0) throw new Error('no alignment found (unreachable for orthogonal routes)');
	const path: Step[] = [];
	for (let k = goal; k > 0; k = previous[k] as number)
		path.unshift({ a: Math.floor(k / statesB), b: k % statesB });
	return assemble(a, b, path);
}

function assemble(a: OrthogonalRoute, b: OrthogonalRoute, path: Step[]): MatchedRoutes {
	const n = a.axes.length;
	const m = b.axes.length;
	const from: Point[] = [a.points[0] as Point];
	const to: Point[] = [b.points[0] as Point];
	const axes: Axis[] = [];
	path.forEach((step, k) => {
		const partA = partOf(step.a, n);
		const partB = partOf(step.b, m);
		axes.push(axisOf(partA, a));
		const next = path[k + 1];
		if (!next) return;
		const nextA = partOf(next.a, n);
		const nextB = partOf(next.b, m);
		from.push(monotone(a, partA, nextA, from, cornerBetween(a, partA, nextA, b, partB, nextB)));
		to.push(monotone(b, partB, nextB, to, cornerBetween(b, partB, nextB, a, partA, nextA)));
	});
	from.push(a.points[a.points.length - 1] as Point);
	to.push(b.points[b.points.length - 1] as Point);
	return { from, to, axes };
}

/**
 * Split points along one segment must not run backwards (the other route may zigzag across it): each is kept
 * between the previous corner on that segment and the segment's end, so the segment still draws as one line.
 */
function monotone(route: OrthogonalRoute, before: Part, after: Part, placed: Point[], corner: Point): Point {
	const split = after.kind === 'split' ? after : before.kind === 'split' ? before : undefined;
	if (!split) return corner;
	const previous = placed[placed.length - 1] as Point;
	const end = route.points[split.index + 1] as Point;
	const within = (value: number, a: number, b: number) =>
		Math.min(Math.max(value, Math.min(a, b)), Math.max(a, b));
	return route.axes[split.index] === 'x'
		? { x: within(corner.x, previous.x, end.x), y: corner.y }
		: { x: corner.x, y: within(corner.y, previous.y, end.y) };
}
