/**
 * Edge morphing: a route changes shape between two steps, bends growing and shrinking rather than jumping,
 * every intermediate frame orthogonal and attached to its (moving) nodes.
 *
 * The two routes are aligned once (`matchRoutes`: same number of points, same axis per segment), so each frame
 * is a plain point-wise interpolation plus re-attaching the ends to the boxes on screen (`attachRoute`).
 */
import { simplifyRoute, type Box, type Point } from '../layout/geometry.js';
import { interpolateBox, lerpPoint } from './interpolate.js';
import { attachRoute } from './route-attach.js';
import { matchRoutes } from './route-match.js';

export { pathFromPoints } from '../render/path.js';

/** The boxes an edge connects. */
export interface RouteEnds {
	source: Box;
	target: Box;
}

/** The boxes an edge connects in the step before and the step after. */
export interface MorphEnds {
	from: RouteEnds;
	to: RouteEnds;
}

/**
 * The route at progress `t` (0 = `from`, 1 = `to`; already eased). `ends` are the boxes on screen now; when
 * omitted they are interpolated from the boxes given to `morphRoutes` at the same `t`.
 */
export type RouteMorph = (t: number, ends?: RouteEnds) => Point[];

/**
 * Prepares a morph between two orthogonal routes. Without any boxes the routes are only interpolated (still
 * orthogonal); with boxes the ends also stay on the node borders.
 */
export function morphRoutes(from: readonly Point[], to: readonly Point[], ends?: MorphEnds): RouteMorph {
	const matched = matchRoutes(from, to);
	return (t, current) => {
		const points = matched.from.map((p, k) => lerpPoint(p, matched.to[k] as Point, t));
		const boxes = current ?? (ends ? interpolateEnds(ends, t) : undefined);
		return boxes ? attachRoute(points, boxes.source, boxes.target) : simplifyRoute(points);
	};
}

export function interpolateEnds(ends: MorphEnds, t: number): RouteEnds {
	return {
		source: interpolateBox(ends.from.source, ends.to.source, t),
		target: interpolateBox(ends.from.target, ends.to.target, t)
	};
}
