import type { Point } from '../layout/types.js';

/** Rounds to 0.01 px: enough for crisp lines, short strings for the DOM. */
const round = (n: number) => Math.round(n * 100) / 100;

/** An SVG path `d` for a polyline: "M x y L x y …". Cheap enough to build on every animation frame. */
export function pathFromPoints(points: readonly Point[]): string {
	let d = '';
	for (let i = 0; i < points.length; i++) {
		const p = points[i] as Point;
		d += (i === 0 ? 'M' : ' L') + round(p.x) + ' ' + round(p.y);
	}
	return d;
}
