import { round2 } from '../layout/geometry.js';
import type { Point } from '../layout/types.js';

/** An SVG path `d` for a polyline: "M x y L x y …". Cheap enough to build on every animation frame. */
export function pathFromPoints(points: readonly Point[]): string {
	let d = '';
	for (let i = 0; i < points.length; i++) {
		const p = points[i] as Point;
		d += (i === 0 ? 'M' : ' L') + round2(p.x) + ' ' + round2(p.y);
	}
	return d;
}
