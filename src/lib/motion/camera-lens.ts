/**
 * The camera as a compositor transform. Animating the SVG's viewBox zooms by changing the scale of every text
 * in the drawing, so each frame restyles and re-lays out all of them (at 200 components that is most of a
 * frame). Instead, a transition keeps the viewBox of its first frame and moves the SVG element itself with a
 * CSS `translate() scale()`, which the compositor applies to the already painted picture (the SVG draws
 * beyond its box meanwhile, and its host clips). At rest the viewBox is the camera's frame again and the
 * transform is gone, so the still picture is drawn exactly as before.
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
