/**
 * Plane geometry shared by the layout, the motion planner and the renderer: points and boxes, the two axes, the
 * 0.01 px rounding of every laid-out coordinate, overlap and containment of boxes, and route cleanup.
 *
 * This module imports nothing, so every layer may use it without breaking the layering (see the layout README):
 * `model/` imports nothing outside itself but `i18n/`, `layout/` only `model/`, and `motion/` takes from `layout/`
 * only what imports nothing itself: its types, this module and the house style.
 */

export interface Point {
	x: number;
	y: number;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A coordinate axis; a segment's axis is the coordinate that changes along it (`x`: horizontal). */
export type Axis = 'x' | 'y';

export function otherAxis(axis: Axis): Axis {
	return axis === 'x' ? 'y' : 'x';
}

/** The box's size along an axis: `width` for `x`, `height` for `y`. */
export function sizeKey(axis: Axis): 'width' | 'height' {
	return axis === 'x' ? 'width' : 'height';
}

/** Where the box starts on an axis (its left or top). */
export function startOn(box: Box, axis: Axis): number {
	return axis === 'x' ? box.x : box.y;
}

export function lengthOn(box: Box, axis: Axis): number {
	return axis === 'x' ? box.width : box.height;
}

/** Where the box ends on an axis (its right or bottom). */
export function endOn(box: Box, axis: Axis): number {
	return startOn(box, axis) + lengthOn(box, axis);
}

export function centreOn(box: Box, axis: Axis): number {
	return startOn(box, axis) + lengthOn(box, axis) / 2;
}

export function coordinateOn(point: Point, axis: Axis): number {
	return axis === 'x' ? point.x : point.y;
}

/** The box with its extent on one axis replaced. */
export function withSpan(box: Box, axis: Axis, start: number, length: number): Box {
	return axis === 'x' ? { ...box, x: start, width: length } : { ...box, y: start, height: length };
}

/** The box an axis-aligned segment spans (zero wide or zero tall). */
export function segmentBox(a: Point, b: Point): Box {
	return {
		x: Math.min(a.x, b.x),
		y: Math.min(a.y, b.y),
		width: Math.abs(a.x - b.x),
		height: Math.abs(a.y - b.y)
	};
}

/** The smallest box around all of them. */
export function envelope(boxes: readonly Box[]): Box {
	const x = Math.min(...boxes.map((b) => b.x));
	const y = Math.min(...boxes.map((b) => b.y));
	const right = Math.max(...boxes.map((b) => b.x + b.width));
	const bottom = Math.max(...boxes.map((b) => b.y + b.height));
	return { x, y, width: right - x, height: bottom - y };
}

// Rounding. A layout is rounded to 0.01 px: short, stable JSON, far below what any screen shows.

/** Rounds to 0.01 px (and never returns -0, so JSON and snapshots never show it). */
export function round2(value: number): number {
	return Math.round(value * 100) / 100 + 0;
}

export function roundPoint(point: Point): Point {
	return { x: round2(point.x), y: round2(point.y) };
}

/**
 * Rounds a solved coordinate to 0.01 px. A solver's sums carry float noise (607.6149999 in one step, 607.615 in
 * the next): snapping to 1e-6 first makes equal geometry round equally, so a node that does not move between
 * steps has the very same numbers in both.
 */
export function roundSolved(value: number): number {
	return round2(Math.round(value * 1e6) / 1e6);
}

/** A solved box rounded by its edges, so that neighbours sharing an edge keep sharing it. */
export function roundSolvedBox(box: Box): Box {
	const x = roundSolved(box.x);
	const y = roundSolved(box.y);
	return {
		x,
		y,
		width: round2(roundSolved(box.x + box.width) - x),
		height: round2(roundSolved(box.y + box.height) - y)
	};
}

// Overlap and containment.

/** How far two boxes overlap on one axis; zero when they touch, negative for the gap between them. */
export function overlapOn(a: Box, b: Box, axis: Axis): number {
	return Math.min(endOn(a, axis), endOn(b, axis)) - Math.max(startOn(a, axis), startOn(b, axis));
}

/** Interiors overlap by more than the tolerance on both axes. */
export function boxesOverlap(a: Box, b: Box, tolerance = 0): boolean {
	return overlapOn(a, b, 'x') > tolerance && overlapOn(a, b, 'y') > tolerance;
}

/** The area two boxes share (0 when they only touch or are apart). */
export function overlapArea(a: Box, b: Box): number {
	const width = overlapOn(a, b, 'x');
	const height = overlapOn(a, b, 'y');
	return width > 0 && height > 0 ? width * height : 0;
}

/**
 * The open extents meet on both axes: the boxes share interior, or one is a segment (a box zero wide or tall)
 * that runs through the other. Touching at a border does not count. (`boxesOverlap` asks for shared area, which
 * a segment never has.)
 */
export function extentsMeet(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function boxContains(outer: Box, inner: Box, tolerance = 0): boolean {
	return (
		inner.x >= outer.x - tolerance &&
		inner.y >= outer.y - tolerance &&
		inner.x + inner.width <= outer.x + outer.width + tolerance &&
		inner.y + inner.height <= outer.y + outer.height + tolerance
	);
}

export type PointPlace = 'inside' | 'border' | 'outside';

/** Where a point lies against a box; within the tolerance of a side counts as on the border. */
export function placeOfPoint(p: Point, box: Box, tolerance = 0): PointPlace {
	const right = box.x + box.width;
	const bottom = box.y + box.height;
	if (
		p.x < box.x - tolerance ||
		p.x > right + tolerance ||
		p.y < box.y - tolerance ||
		p.y > bottom + tolerance
	) {
		return 'outside';
	}
	const onBorder =
		Math.abs(p.x - box.x) <= tolerance ||
		Math.abs(p.x - right) <= tolerance ||
		Math.abs(p.y - box.y) <= tolerance ||
		Math.abs(p.y - bottom) <= tolerance;
	return onBorder ? 'border' : 'inside';
}

// Route cleanup.

/** Drops each point within the tolerance (on both axes) of the point kept before it. */
export function withoutRepeats(route: readonly Point[], tolerance = 0): Point[] {
	const out: Point[] = [];
	for (const p of route) {
		const last = out[out.length - 1];
		if (last && Math.abs(last.x - p.x) <= tolerance && Math.abs(last.y - p.y) <= tolerance) continue;
		out.push(p);
	}
	return out;
}

/**
 * Removes what a viewer cannot see: repeated points and corners that do not turn (collinear, same direction).
 * Reversals are kept. Always returns at least two points for a non-empty route.
 */
export function simplifyRoute(route: readonly Point[], tolerance = 1e-6): Point[] {
	const out: Point[] = [];
	for (const p of withoutRepeats(route, tolerance)) {
		const last = out[out.length - 1];
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

/**
 * Snaps segments that are a fraction of a pixel off their axis (under 1 px across, at least 1 px along) onto it,
 * by moving the segment's far end by that fraction: the next segment keeps its own axis.
 */
export function straighten(route: readonly Point[]): Point[] {
	const out = route.map((p) => ({ ...p }));
	for (let i = 1; i < out.length; i++) {
		const a = out[i - 1] as Point;
		const b = out[i] as Point;
		const dx = Math.abs(a.x - b.x);
		const dy = Math.abs(a.y - b.y);
		if (dx > 0 && dx < 1 && dy >= 1) b.x = a.x;
		else if (dy > 0 && dy < 1 && dx >= 1) b.y = a.y;
	}
	return out;
}
