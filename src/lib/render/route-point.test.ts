import { describe, expect, it } from 'vitest';
import { pointAlong } from './route-point.js';

describe('pointAlong', () => {
	const route = [
		{ x: 0, y: 0 },
		{ x: 0, y: 100 },
		{ x: 100, y: 100 }
	];
	it.each([
		[0, { x: 0, y: 0 }],
		[0.25, { x: 0, y: 50 }],
		[0.5, { x: 0, y: 100 }],
		[0.75, { x: 50, y: 100 }],
		[1, { x: 100, y: 100 }],
		[2, { x: 100, y: 100 }]
	])('at %s of the length', (fraction, expected) => {
		expect(pointAlong(route, fraction)).toEqual(expected);
	});
	it('handles a route of one point and no points', () => {
		expect(pointAlong([{ x: 3, y: 4 }], 0.5)).toEqual({ x: 3, y: 4 });
		expect(pointAlong([], 0.5)).toEqual({ x: 0, y: 0 });
	});
});
