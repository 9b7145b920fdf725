/**
 * Keeps a route's ends on its nodes' borders while the nodes move, without breaking orthogonality.
 *
 * For each end, in order:
 * - the end point is on the box border → kept;
 * - it is inside the box → the route is cut where it first leaves the box (a prefix of an orthogonal polyline
 *   is orthogonal, so nothing bends). This is what happens when an edge changes the side it leaves from: the
 *   interpolated start slides inside the node and the visible route starts where it comes out;
 * - it is outside the box (the node and the route run on different clocks) → a connector of one or two
 *   orthogonal segments runs from the nearest border point to it;
 * - the route never leaves the box (an edge from a group to its own child) → a connector from the nearest
 *   border point, pointing inwards.
 */
import { placeOfPoint, simplifyRoute, type Box, type Point } from '../layout/geometry.js';

/** Closer than this to a border counts as on it (sub-pixel, so layouts' rounding noise never adds a stub). */
export const BORDER_TOLERANCE = 0.01;

function whereIs(p: Point, box: Box) {
	return placeOfPoint(p, box, BORDER_TOLERANCE);
}

/** The border point nearest to `p` (for a point inside, the nearest side's projection). */
export function nearestBorderPoint(p: Point, box: Box): Point {
	const right = box.x + box.width;
	const bottom = box.y + box.height;
	const x = Math.min(Math.max(p.x, box.x), right);
	const y = Math.min(Math.max(p.y, box.y), bottom);
	if (x !== p.x || y !== p.y) return { x, y };
	const distances = [p.x - box.x, right - p.x, p.y - box.y, bottom - p.y];
	const nearest = distances.indexOf(Math.min(...distances));
	if (nearest === 0) return { x: box.x, y };
	if (nearest === 1) return { x: right, y };
	if (nearest === 2) return { x, y: box.y };
	return { x, y: bottom };
}

/**
 * Points to put before `target` so that the route starts on `border` and reaches `target` orthogonally. The
 * elbow (if one is needed) is placed so the connector's last segment runs along the route's first segment.
 */
function connector(border: Point, target: Point, next: Point | undefined): Point[] {
	if (border.x === target.x || border.y === target.y) return [border];
	const routeIsHorizontal = next !== undefined && next.y === target.y && next.x !== target.x;
	const elbow = routeIsHorizontal ? { x: border.x, y: target.y } : { x: target.x, y: border.y };
	return [border, elbow];
}

/** Where an axis-aligned segment that starts inside the box first reaches its border. */
function exitPoint(from: Point, to: Point, box: Box): Point {
	if (from.y === to.y) {
		const x = to.x > from.x ? Math.min(to.x, box.x + box.width) : Math.max(to.x, box.x);
		return { x, y: from.y };
	}
	const y = to.y > from.y ? Math.min(to.y, box.y + box.height) : Math.max(to.y, box.y);
	return { x: from.x, y };
}

/** Makes the route start on the box's border (see the module comment for the cases). */
export function attachStart(points: readonly Point[], box: Box): Point[] {
	const start = points[0];
	if (!start) return [];
	const where = whereIs(start, box);
	if (where === 'border') return [...points];
	if (where === 'outside') return [...connector(nearestBorderPoint(start, box), start, points[1]), ...points];
	for (let k = 0; k + 1 < points.length; k++) {
		const next = points[k + 1] as Point;
		if (whereIs(next, box) !== 'inside') {
			return [exitPoint(points[k] as Point, next, box), ...points.slice(k + 1)];
		}
	}
	return [...connector(nearestBorderPoint(start, box), start, points[1]), ...points];
}

/** Makes the route end on the box's border. */
export function attachEnd(points: readonly Point[], box: Box): Point[] {
	return attachStart([...points].reverse(), box).reverse();
}

/** Attaches both ends and drops what no one can see (repeated points, corners that do not turn). */
export function attachRoute(points: readonly Point[], source: Box, target: Box): Point[] {
	return simplifyRoute(attachEnd(attachStart(points, source), target));
}
