/**
 * Orthogonal routes in a canonical form the morph can align: every segment tagged horizontal or vertical, the
 * tags strictly alternating. Zero-length segments are allowed (they are how a bend can appear from nothing).
 */
import type { Point } from '../layout/types.js';

export type Axis = 'h' | 'v';

export interface OrthogonalRoute {
	/** Start, corners, end. Consecutive points may coincide (a zero-length segment). */
	points: Point[];
	/** `axes[i]` is the orientation of `points[i] → points[i + 1]`; neighbours always differ. */
	axes: Axis[];
}

/** Two coordinates closer than this are treated as equal when reading a layout's route (sub-pixel). */
export const SNAP_TOLERANCE = 0.01;

export const perpendicular = (axis: Axis): Axis => (axis === 'h' ? 'v' : 'h');

/**
 * Brings a route into canonical form: drops repeated points, snaps almost-straight segments exactly straight,
 * turns a diagonal segment into an elbow (horizontal first; layouts should never produce one), merges collinear
 * runs, and keeps a reversal (a spike) by putting a zero-length perpendicular segment at its tip.
 */
export function normalizeRoute(route: readonly Point[], tolerance = SNAP_TOLERANCE): OrthogonalRoute {
	const first = route[0];
	if (!first) throw new RangeError('A route needs at least one point.');
	const points: Point[] = [{ x: first.x, y: first.y }];
	const axes: Axis[] = [];
	const push = (axis: Axis, to: Point) => {
		const from = points[points.length - 1] as Point;
		const previous = axes[axes.length - 1];
		if (previous === axis) {
			const before = points[points.length - 2] as Point;
			const sameDirection =
				axis === 'h'
					? Math.sign(from.x - before.x) === Math.sign(to.x - from.x)
					: Math.sign(from.y - before.y) === Math.sign(to.y - from.y);
			if (sameDirection) {
				points[points.length - 1] = to;
				return;
			}
			// A reversal: a zero-length perpendicular segment at the tip keeps the axes alternating.
			points.push({ x: from.x, y: from.y });
			axes.push(perpendicular(axis));
		}
		points.push(to);
		axes.push(axis);
	};
	for (const raw of route.slice(1)) {
		const from = points[points.length - 1] as Point;
		const dx = Math.abs(raw.x - from.x);
		const dy = Math.abs(raw.y - from.y);
		if (dx <= tolerance && dy <= tolerance) continue;
		if (dy <= tolerance) push('h', { x: raw.x, y: from.y });
		else if (dx <= tolerance) push('v', { x: from.x, y: raw.y });
		else {
			push('h', { x: raw.x, y: from.y });
			push('v', { x: raw.x, y: raw.y });
		}
	}
	if (axes.length === 0) {
		points.push({ x: first.x, y: first.y });
		axes.push('v');
	}
	return { points, axes };
}

/**
 * Removes what a viewer cannot see: repeated points and corners that do not turn (collinear, same direction).
 * Reversals are kept. Always returns at least two points for a non-empty route.
 */
export function simplifyRoute(route: readonly Point[], tolerance = 1e-6): Point[] {
	const out: Point[] = [];
	for (const p of route) {
		const last = out[out.length - 1];
		if (last && Math.abs(last.x - p.x) <= tolerance && Math.abs(last.y - p.y) <= tolerance) continue;
		const before = out[out.length - 2];
		if (last && before && continuesStraight(before, last, p, tolerance)) out[out.length - 1] = p;
		else out.push(p);
	}
	const only = out[0];
	if (out.length === 1 && only) out.push({ x: only.x, y: only.y });
	return out;
}

function continuesStraight(a: Point, b: Point, c: Point, tolerance: number): boolean {
	const horizontal = Math.abs(a.y - b.y) <= tolerance && Math.abs(b.y - c.y) <= tolerance;
	const vertical = Math.abs(a.x - b.x) <= tolerance && Math.abs(b.x - c.x) <= tolerance;
	if (horizontal) return Math.sign(b.x - a.x) === Math.sign(c.x - b.x);
	if (vertical) return Math.sign(b.y - a.y) === Math.sign(c.y - b.y);
	return false;
}
