import { describe, expect, test } from 'vitest';
import { scene, storyline } from './fixtures/scene-builder.js';
import { compareSteps, STILL_DISPLACEMENT, stabilityReport } from './stability.js';
import type { NodeBox, StepLayout, StorylineLayout } from './types.js';

function box(id: string, x: number, y: number, extra: Partial<NodeBox> = {}): NodeBox {
	return {
		id,
		x,
		y,
		width: 20,
		height: 10,
		isGroup: false,
		depth: 0,
		label: { en: [id], ko: [id] },
		...extra
	};
}

function step(stepId: string, nodes: NodeBox[], width = 300, height = 400): StepLayout {
	return { stepId, width, height, nodes, edges: [] };
}

function layout(steps: StepLayout[]): StorylineLayout {
	return {
		format: 1,
		storyline: storyline(
			's',
			'down',
			steps.map((s, i) => scene(s.stepId, i, [], []))
		),
		steps
	};
}

describe('compareSteps', () => {
	test('nothing moving: no displacement, every order kept', () => {
		const a = step('a', [box('p', 0, 0), box('q', 100, 0), box('r', 0, 100)]);
		const result = compareSteps(a, { ...a, stepId: 'b' });
		expect(result).toMatchObject({
			from: 'a',
			to: 'b',
			persisting: 3,
			meanDisplacement: 0,
			pairs: 3,
			orderKept: 1
		});
	});

	test('displacement is the mean centre movement of persisting nodes over the larger diagonal', () => {
		const a = step('a', [box('p', 0, 0), box('q', 100, 0), box('gone', 200, 200)]);
		const b = step('b', [box('p', 30, 40), box('q', 100, 0), box('new', 0, 300)], 600, 800);
		const result = compareSteps(a, b);
		expect(result.persisting).toBe(2);
		expect(result.meanDisplacement).toBeCloseTo(50 / 2 / 1000, 10);
	});

	test('a pair that swaps sides is a flip; drawing level is not', () => {
		const a = step('a', [box('p', 0, 0), box('q', 100, 0), box('r', 200, 0)]);
		const b = step('b', [box('p', 150, 0), box('q', 100, 0), box('r', 200.5, 0)]);
		const result = compareSteps(a, b);
		expect(result.flipped).toEqual([['p', 'q']]);
		expect(result.orderKept).toBeCloseTo(2 / 3, 10);
	});

	test('pairs level within 1 px on an axis count as kept on that axis', () => {
		const a = step('a', [box('p', 0, 0), box('q', 0.5, 50)]);
		const b = step('b', [box('p', 0.9, 0), box('q', 0, 50)]);
		expect(compareSteps(a, b).orderKept).toBe(1);
	});

	test('a group is placed by its title corner: shrinking on one side is no flip, moving past a node is', () => {
		// g's right side comes in (centre 100 → 80); n, far below, has its centre at 90, between the two.
		const n = box('n', 80, 300);
		const a = step('a', [box('g', 0, 0, { isGroup: true, width: 200, height: 100 }), n]);
		const b = step('b', [box('g', 0, 0, { isGroup: true, width: 160, height: 100 }), n]);
		expect(compareSteps(a, b).orderKept).toBe(1);
		// The whole group moving to the right of n's centre is a flip.
		const c = step('c', [box('g', 120, 0, { isGroup: true, width: 160, height: 100 }), n]);
		expect(compareSteps(a, c).flipped).toEqual([['g', 'n']]);
	});

	test('a node and its own group are not a pair', () => {
		const group = box('g', 0, 0, { isGroup: true, width: 200, height: 200 });
		const a = step('a', [group, box('c', 10, 50, { parent: 'g', depth: 1 })]);
		const b = step('b', [group, box('c', 150, 50, { parent: 'g', depth: 1 })]);
		expect(compareSteps(a, b)).toMatchObject({ pairs: 0, orderKept: 1 });
	});
});

describe('stabilityReport', () => {
	const still = layout([
		step('1', [box('p', 0, 0), box('q', 100, 0)]),
		step('2', [box('p', 0, 0), box('q', 100, 0)]),
		step('3', [box('p', 0, 0), box('q', 100, 0)])
	]);
	const moving = layout([
		step('1', [box('p', 0, 0), box('q', 100, 0)]),
		step('2', [box('p', 200, 0), box('q', 100, 0)], 300, 400),
		step('3', [box('p', 200, 0), box('q', 100, 0)], 600, 400)
	]);

	test('reports every consecutive pair and totals', () => {
		const report = stabilityReport(moving);
		expect(report.pairs.map((p) => [p.from, p.to])).toEqual([
			['1', '2'],
			['2', '3']
		]);
		expect(report.pairs[0]?.meanDisplacement).toBeCloseTo(200 / 2 / 500, 10);
		expect(report.totals.persisting).toBe(4);
		expect(report.totals.meanDisplacement).toBeCloseTo((0.2 * 2 + 0) / 4, 10);
		expect(report.totals.orderKept).toBe(0.5);
		expect(report.totals.displacementRatio).toBeUndefined();
	});

	test('against a reference, reports displacement and area ratios', () => {
		const report = stabilityReport(still, moving);
		expect(report.pairs.map((p) => p.displacementRatio)).toEqual([0, 0]);
		expect(report.totals.displacementRatio).toBe(0);
		expect(report.steps.map((s) => s.areaRatio)).toEqual([1, 1, 0.5]);
		expect(report.totals.maxAreaRatio).toBe(1);
		const reverse = stabilityReport(moving, still);
		expect(reverse.totals.displacementRatio).toBe(Number.POSITIVE_INFINITY);
	});

	test('a still pair (a sliver of movement) counts 0 against a reference, however little that moved', () => {
		// 500 × 0 diagonal: 500. A 0.5-unit move is 0.1 % (still); a 0.4-unit move of the reference would make 1.25.
		const at = (x: number) => [step('1', [box('p', 0, 0)], 500, 0), step('2', [box('p', x, 0)], 500, 0)];
		const report = stabilityReport(layout(at(0.5)), layout(at(0.4)));
		expect(report.pairs[0]?.meanDisplacement).toBeLessThanOrEqual(STILL_DISPLACEMENT);
		expect(report.pairs[0]?.displacementRatio).toBe(0);
		const moved = stabilityReport(layout(at(50)), layout(at(100)));
		expect(moved.pairs[0]?.displacementRatio).toBeCloseTo(0.5, 10);
	});
});
