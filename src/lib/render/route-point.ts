import type { Point } from '../layout/types.js';

/** The point at `fraction` (0–1) of a polyline's length: where a travelling message sits. */
export function pointAlong(points: readonly Point[], fraction: number): Point {
	const first = points[0];
	if (!first) return { x: 0, y: 0 };
	const lengths: number[] = [];
	let total = 0;
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1] as Point;
		const b = points[i] as Point;
		const length = Math.hypot(b.x - a.x, b.y - a.y);
		lengths.push(length);
		total += length;
	}
	let remaining = Math.min(1, Math.max(0, fraction)) * total;
	for (let i = 1; i < points.length; i++) {
		const length = lengths[i - 1] as number;
		const a = points[i - 1] as Point;
		const b = points[i] as Point;
		if (remaining <= length && length > 0) {
			const t = remaining / length;
			return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
		}
		remaining -= length;
	}
	return { ...(points[points.length - 1] as Point) };
}
