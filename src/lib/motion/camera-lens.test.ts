import { describe, expect, it } from 'vitest';
import { lensTransform } from './camera-lens.js';

const box = { width: 800, height: 450 };

describe('the camera as a compositor transform', () => {
	it('is the identity when the view is the viewBox drawn', () => {
		const base = { x: 40, y: 10, width: 1600, height: 900 };
		expect(lensTransform(box, base, base)).toEqual({ x: 0, y: 0, scale: 1 });
	});

	it('zooms into a quarter of the drawing by scaling 2× about the box corner', () => {
		const base = { x: 0, y: 0, width: 1600, height: 900 };
		// The lower right quarter: a point at (800, 450) of the drawing must land on the box corner (0, 0).
		const t = lensTransform(box, base, { x: 800, y: 450, width: 800, height: 450 });
		expect(t.scale).toBeCloseTo(2, 12);
		expect(t.x).toBeCloseTo(-800, 9);
		expect(t.y).toBeCloseTo(-450, 9);
	});

	it('centres a view of another shape as the viewBox would (xMidYMid meet)', () => {
		const base = { x: 0, y: 0, width: 1600, height: 900 };
		// A square view in a wide box: scale 450/400, drawing x 1200 shown at the box centre.
		const view = { x: 1000, y: 500, width: 400, height: 400 };
		const t = lensTransform(box, base, view);
		const drawnScale = 0.5;
		const screenOf = (px: number, py: number) => ({
			x: t.x + t.scale * (px * drawnScale),
			y: t.y + t.scale * (py * drawnScale)
		});
		expect(screenOf(1200, 700).x).toBeCloseTo(400, 9);
		expect(screenOf(1200, 700).y).toBeCloseTo(225, 9);
		expect(screenOf(1000, 500).y).toBeCloseTo(0, 9);
	});

	it('zooms out of the first frame by scaling below 1 (the SVG draws beyond its box)', () => {
		const base = { x: 400, y: 225, width: 800, height: 450 };
		const t = lensTransform(box, base, { x: 0, y: 0, width: 1600, height: 900 });
		expect(t.scale).toBeCloseTo(0.5, 12);
		// Drawing (400, 225), the first frame's corner, is now a quarter of the way into the box.
		expect(t.x + t.scale * 0).toBeCloseTo(200, 9);
		expect(t.y + t.scale * 0).toBeCloseTo(112.5, 9);
	});
});
