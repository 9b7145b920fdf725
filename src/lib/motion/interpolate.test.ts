import { gsap } from 'gsap';
import { describe, expect, test } from 'vitest';
import { boxDistance, ease, EASE_NAMES, EASES, interpolateBox, lerp } from './interpolate.js';

describe('eases', () => {
	// The driver animates with GSAP; frames computed here must match what it paints.
	test.each(EASE_NAMES)('%s matches GSAP', (name) => {
		const gsapEase = gsap.parseEase(name);
		for (let i = 0; i <= 100; i++) {
			const p = i / 100;
			expect(EASES[name](p)).toBeCloseTo(gsapEase(p), 12);
		}
	});

	test('ease clamps progress to [0, 1]', () => {
		expect([ease('power2.inOut', -1), ease('power2.inOut', 2)]).toEqual([0, 1]);
	});
});

describe('interpolation', () => {
	test('lerp returns the exact ends at 0 and 1', () => {
		expect([lerp(0.1, 0.7, 0), lerp(0.1, 0.7, 1), lerp(10, 20, 0.25)]).toEqual([0.1, 0.7, 12.5]);
	});

	test('interpolateBox moves and resizes linearly', () => {
		const a = { x: 0, y: 0, width: 100, height: 50 };
		const b = { x: 100, y: 40, width: 200, height: 50 };
		expect(interpolateBox(a, b, 0.5)).toEqual({ x: 50, y: 20, width: 150, height: 50 });
		expect(interpolateBox(a, b, 1)).toEqual(b);
	});

	test('boxDistance is how far the farthest corner travels', () => {
		const a = { x: 0, y: 0, width: 100, height: 50 };
		expect(boxDistance(a, { ...a, x: 30, y: 40 })).toBe(50);
		expect(boxDistance(a, { ...a, width: 160 })).toBe(60);
		expect(boxDistance(a, a)).toBe(0);
	});
});
