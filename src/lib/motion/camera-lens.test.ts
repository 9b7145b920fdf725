import { describe, expect, it } from 'vitest';
import { boxUnion, lensTransform, lensView } from './camera-lens.js';

const box = { width: 800, height: 450 };

describe('the camera as a compositor transform', () => {
	it('holds both ends of a camera move in one box', () => {
		expect(
			boxUnion({ x: 10, y: 20, width: 100, height: 50 }, { x: 0, y: 40, width: 60, height: 60 })
		).toEqual({
			x: 0,
			y: 20,
			width: 110,
			height: 80
		});
	});

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

	it('reads the view back from the transform (letterboxed base included)', () => {
		const base = { x: -50, y: 0, width: 1000, height: 1000 };
		const view = { x: 100, y: 200, width: 640, height: 360 };
		const seen = lensView(box, base, lensTransform(box, base, view));
		for (const key of ['x', 'y', 'width', 'height'] as const) expect(seen[key]).toBeCloseTo(view[key], 9);
	});
});
