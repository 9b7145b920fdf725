/**
 * Orthogonal routes in a canonical form the morph can align: every segment tagged horizontal or vertical, the
 * tags strictly alternating. Zero-length segments are allowed (they are how a bend can appear from nothing).
 */
import { otherAxis, type Axis, type Point } from '../layout/geometry.js';

export interface OrthogonalRoute {
	/** Start, corners, end. Consecutive points may coincide (a zero-length segment). */
	points: Point[];
	/** `axes[i]` is the axis of `points[i] → points[i + 1]` (`x`: horizontal); neighbours always differ. */
	axes: Axis[];
}

/** Two coordinates closer than this are treated as equal when reading a layout's route (sub-pixel). */
export const SNAP_TOLERANCE = 0.01;

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
				axis === 'x'
					? Math.sign(from.x - before.x) === Math.sign(to.x - from.x)
					: Math.sign(from.y - before.y) === Math.sign(to.y - from.y);
			if (sameDirection) {
				points[points.length - 1] = to;
				return;
			}
			// A reversal: a zero-length perpendicular segment at the tip keeps the axes alternating.
			points.push({ x: from.x, y: from.y });
			axes.push(otherAxis(axis));
		}
		points.push(to);
		axes.push(axis);
	};
	for (const raw of route.slice(1)) {
		const from = points[points.length - 1] as Point;
		const dx = Math.abs(raw.x - from.x);
		const dy = Math.abs(raw.y - from.y);
		if (dx <= tolerance && dy <= tolerance) continue;
		if (dy <= tolerance) push('x', { x: raw.x, y: from.y });
		else if (dx <= tolerance) push('y', { x: from.x, y: raw.y });
		else {
			push('x', { x: raw.x, y: from.y });
			push('y', { x: raw.x, y: raw.y });
		}
	}
	if (axes.length === 0) {
		points.push({ x: first.x, y: first.y });
		axes.push('y');
	}
	return { points, axes };
}
