import { describe, expect, test } from 'vitest';
import {
	boxContains,
	boxesOverlap,
	envelope,
	extentsMeet,
	overlapArea,
	overlapOn,
	placeOfPoint,
	round2,
	roundSolved,
	roundSolvedBox,
	segmentBox,
	simplifyRoute,
	straighten,
	withoutRepeats,
	withSpan
} from './geometry.js';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('rounding', () => {
	test.each([
		[1.005, 1],
		[607.616, 607.62],
		[-0.001, 0],
		[12, 12]
	])('round2(%s) is %s', (value, rounded) => {
		expect(Object.is(round2(value), rounded)).toBe(true);
	});

	test('solver noise rounds the same way as the exact value', () => {
		expect(roundSolved(607.6149999999)).toBe(roundSolved(607.615));
		expect(round2(607.6149999999)).not.toBe(round2(607.615));
	});

	test('a solved box is rounded by its edges, so two boxes sharing an edge still share it', () => {
		const left = roundSolvedBox(box(0.004, 0, 10.003, 5));
		const right = roundSolvedBox(box(10.007, 0, 4.996, 5));
		expect(left.x + left.width).toBe(right.x);
	});
});

describe('overlap and containment', () => {
	test.each([
		['apart', box(0, 0, 10, 10), box(20, 0, 10, 10), -10, false, 0],
		['touching', box(0, 0, 10, 10), box(10, 0, 10, 10), 0, false, 0],
		['overlapping', box(0, 0, 10, 10), box(6, 2, 10, 10), 4, true, 32]
	])('%s boxes', (_, a, b, onX, overlap, area) => {
		expect(overlapOn(a, b, 'x')).toBe(onX);
		expect(boxesOverlap(a, b)).toBe(overlap);
		expect(overlapArea(a, b)).toBe(area);
	});

	test('a tolerance lets boxes overlap by that much without counting', () => {
		expect(boxesOverlap(box(0, 0, 10, 10), box(9.6, 0, 10, 10), 0.5)).toBe(false);
		expect(boxesOverlap(box(0, 0, 10, 10), box(9.4, 0, 10, 10), 0.5)).toBe(true);
	});

	test('a segment through a box meets its extents but shares no area with it', () => {
		const strip = box(0, 0, 100, 40);
		const through = segmentBox({ x: 50, y: -10 }, { x: 50, y: 60 });
		const alongBorder = segmentBox({ x: 0, y: -10 }, { x: 0, y: 60 });
		expect(extentsMeet(strip, through)).toBe(true);
		expect(boxesOverlap(strip, through)).toBe(false);
		expect(extentsMeet(strip, alongBorder)).toBe(false);
	});

	test('containment, with and without tolerance', () => {
		const outer = box(0, 0, 100, 100);
		expect(boxContains(outer, box(0, 0, 100, 100))).toBe(true);
		expect(boxContains(outer, box(-0.3, 10, 20, 20))).toBe(false);
		expect(boxContains(outer, box(-0.3, 10, 20, 20), 0.5)).toBe(true);
	});

	test.each([
		[{ x: 50, y: 50 }, 'inside'],
		[{ x: 0, y: 50 }, 'border'],
		[{ x: 100.004, y: 30 }, 'border'],
		[{ x: 100.02, y: 30 }, 'outside']
	] as const)('%o is %s a box (tolerance 0.01)', (point, place) => {
		expect(placeOfPoint(point, box(0, 0, 100, 100), 0.01)).toBe(place);
	});

	test('envelope and spans', () => {
		expect(envelope([box(10, 20, 5, 5), box(0, 30, 4, 10)])).toEqual(box(0, 20, 15, 20));
		expect(withSpan(box(1, 2, 3, 4), 'y', 10, 20)).toEqual(box(1, 10, 3, 20));
	});
});

describe('route cleanup', () => {
	test('repeats within the tolerance of the point kept before them go', () => {
		const route = [
			{ x: 0, y: 0 },
			{ x: 0, y: 0.004 },
			{ x: 0, y: 0.008 },
			{ x: 0, y: 20 }
		];
		expect(withoutRepeats(route)).toHaveLength(4);
		expect(withoutRepeats(route, 0.005)).toEqual([route[0], route[2], route[3]]);
	});

	test('corners that do not turn go, a reversal stays, a single point is doubled', () => {
		expect(
			simplifyRoute([
				{ x: 0, y: 0 },
				{ x: 0, y: 10 },
				{ x: 0, y: 10 },
				{ x: 0, y: 30 },
				{ x: 40, y: 30 }
			])
		).toEqual([
			{ x: 0, y: 0 },
			{ x: 0, y: 30 },
			{ x: 40, y: 30 }
		]);
		const spike = [
			{ x: 0, y: 0 },
			{ x: 0, y: 30 },
			{ x: 0, y: 10 }
		];
		expect(simplifyRoute(spike)).toEqual(spike);
		expect(simplifyRoute([{ x: 3, y: 4 }])).toEqual([
			{ x: 3, y: 4 },
			{ x: 3, y: 4 }
		]);
	});

	test('a segment a fraction of a pixel off its axis is snapped onto it by moving its far end', () => {
		const route = [
			{ x: 10, y: 0 },
			{ x: 10.4, y: 50 },
			{ x: 80, y: 50 }
		];
		expect(straighten(route)).toEqual([
			{ x: 10, y: 0 },
			{ x: 10, y: 50 },
			{ x: 80, y: 50 }
		]);
		expect(route[1]).toEqual({ x: 10.4, y: 50 });
	});
});
