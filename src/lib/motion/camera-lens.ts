/**
 * The camera as a compositor transform. Animating the SVG's viewBox zooms by changing the scale of every text
 * in the drawing, so each frame restyles and re-lays out all of them (at 200 components that is most of a
 * frame). Instead, a transition keeps one viewBox that holds both of the camera's ends and moves the SVG
 * element itself with a CSS `translate() scale()`, which the compositor applies to the already painted
 * picture. At rest the viewBox is the camera's frame again and the transform is gone, so the still picture is
 * drawn exactly as before.
 *
 * The maths follows SVG's default `preserveAspectRatio` (xMidYMid meet): a viewBox `v` shown in a box of
 * `w × h` px scales by `s = min(w / v.width, h / v.height)` and centres the rest.
 */
import type { Box } from '../layout/types.js';

export interface Size {
	width: number;
	height: number;
}

/** A CSS transform with `transform-origin: 0 0`: screen = scale · point + (x, y). */
export interface LensTransform {
	x: number;
	y: number;
	scale: number;
}

/** The smallest box holding both (the viewBox a camera move is drawn in). */
export function boxUnion(a: Box, b: Box): Box {
	const x = Math.min(a.x, b.x);
	const y = Math.min(a.y, b.y);
	return {
		x,
		y,
		width: Math.max(a.x + a.width, b.x + b.width) - x,
		height: Math.max(a.y + a.height, b.y + b.height) - y
	};
}

function fitOf(box: Size, view: Box) {
	const scale = Math.min(box.width / view.width, box.height / view.height);
	return {
		scale,
		x: (box.width - view.width * scale) / 2,
		y: (box.height - view.height * scale) / 2
	};
}

/**
 * The transform of an SVG element of size `box`, drawn with viewBox `base`, that shows what viewBox `view`
 * would show in the same box.
 */
export function lensTransform(box: Size, base: Box, view: Box): LensTransform {
	const drawn = fitOf(box, base);
	const wanted = fitOf(box, view);
	const scale = wanted.scale / drawn.scale;
	return {
		scale,
		x: wanted.x - scale * drawn.x + (base.x - view.x) * wanted.scale,
		y: wanted.y - scale * drawn.y + (base.y - view.y) * wanted.scale
	};
}

/**
 * The region of the drawing a box of `box` shows when drawn with viewBox `base` and moved by `lens`:
 * the inverse of `lensTransform` (what the audience sees, e.g. for a test reading the screen back).
 */
export function lensView(box: Size, base: Box, lens: LensTransform): Box {
	const drawn = fitOf(box, base);
	const toDrawing = (screenX: number, screenY: number) => ({
		x: base.x + ((screenX - lens.x) / lens.scale - drawn.x) / drawn.scale,
		y: base.y + ((screenY - lens.y) / lens.scale - drawn.y) / drawn.scale
	});
	const topLeft = toDrawing(0, 0);
	const bottomRight = toDrawing(box.width, box.height);
	return {
		x: topLeft.x,
		y: topLeft.y,
		width: bottomRight.x - topLeft.x,
		height: bottomRight.y - topLeft.y
	};
}
