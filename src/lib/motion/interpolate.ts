/**
 * Small pure helpers shared by the plan, the frame sampler and the GSAP driver: interpolation and easing.
 * The ease table mirrors GSAP's curves of the same names, so a frame computed here in Node equals what the
 * driver paints with GSAP at the same progress.
 */
import type { Box, Point } from '../layout/types.js';

/** Ease names the plan may use; each is also a valid GSAP ease string. */
export const EASE_NAMES = ['none', 'power1.inOut', 'power2.inOut', 'power2.in', 'power2.out'] as const;
export type EaseName = (typeof EASE_NAMES)[number];
export type EaseFunction = (progress: number) => number;

// GSAP's powerN curves are polynomials of degree N + 1 (power2 is cubic).
const easeIn =
	(power: number): EaseFunction =>
	(p) =>
		Math.pow(p, power);
const easeOut =
	(power: number): EaseFunction =>
	(p) =>
		1 - Math.pow(1 - p, power);
const easeInOut =
	(power: number): EaseFunction =>
	(p) =>
		p < 0.5 ? Math.pow(p * 2, power) / 2 : 1 - Math.pow((1 - p) * 2, power) / 2;

export const EASES: Readonly<Record<EaseName, EaseFunction>> = {
	none: (p) => p,
	'power1.inOut': easeInOut(2),
	'power2.inOut': easeInOut(3),
	'power2.in': easeIn(3),
	'power2.out': easeOut(3)
};

export function clamp(value: number, min: number, max: number): number {
	return value < min ? min : value > max ? max : value;
}

/** Applies a named ease to a progress that is first clamped to [0, 1]. */
export function ease(name: EaseName, progress: number): number {
	return EASES[name](clamp(progress, 0, 1));
}

/** Written as a weighted sum so that t = 0 gives exactly `a` and t = 1 exactly `b` (no rounding drift). */
export function lerp(a: number, b: number, t: number): number {
	return a * (1 - t) + b * t;
}

export function lerpPoint(a: Point, b: Point, t: number): Point {
	return { x: lerp(a.x, b.x, t), y: lerp(a.y, b.y, t) };
}

/**
 * Interpolates a box's edges linearly. A point inside (or on the border of) `a` interpolated with a point inside
 * `b` stays inside the interpolated box, which is what keeps morphing edge ends attached.
 */
export function interpolateBox(a: Box, b: Box, t: number): Box {
	return {
		x: lerp(a.x, b.x, t),
		y: lerp(a.y, b.y, t),
		width: lerp(a.width, b.width, t),
		height: lerp(a.height, b.height, t)
	};
}

/** Largest distance any corner of the box travels from `a` to `b`: how far the eye has to follow it. */
export function boxDistance(a: Box, b: Box): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const dRight = dx + b.width - a.width;
	const dBottom = dy + b.height - a.height;
	return Math.max(
		Math.hypot(dx, dy),
		Math.hypot(dRight, dy),
		Math.hypot(dx, dBottom),
		Math.hypot(dRight, dBottom)
	);
}
