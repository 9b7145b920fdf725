import { describe, expect, test } from 'vitest';
import type { Box, Point } from '../layout/types.js';
import {
	diagonalSegments,
	distanceToBorder,
	maxPointDifference,
	randomBox,
	randomRoute,
	seededRandom,
	type RouteCase
} from './fixtures/routes.js';
import { interpolateBox } from './interpolate.js';
import { attachRoute } from './route-attach.js';
import { matchRoutes } from './route-match.js';
import { morphRoutes, pathFromPoints } from './route-morph.js';
import { simplifyRoute } from '../layout/geometry.js';
import { normalizeRoute } from './route-normalize.js';

const TIMES = [0, 0.25, 0.5, 0.75, 1];
const p = (x: number, y: number): Point => ({ x, y });
const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });

/** Checks every property the morph promises, at every sampled time; returns the first failure as text. */
function morphProblems(a: RouteCase, b: RouteCase): string[] {
	const problems: string[] = [];
	const morph = morphRoutes(a.points, b.points, {
		from: { source: a.source, target: a.target },
		to: { source: b.source, target: b.target }
	});
	for (const t of TIMES) {
		const route = morph(t);
		const source = interpolateBox(a.source, b.source, t);
		const target = interpolateBox(a.target, b.target, t);
		if (diagonalSegments(route).length > 0)
			problems.push(`t=${t}: diagonal segment in ${JSON.stringify(route)}`);
		const first = route[0] as Point;
		const last = route[route.length - 1] as Point;
		if (distanceToBorder(first, source) > 0.5)
			problems.push(`t=${t}: start ${JSON.stringify(first)} off source`);
		if (distanceToBorder(last, target) > 0.5) problems.push(`t=${t}: end ${JSON.stringify(last)} off target`);
		if (t === 0 && maxPointDifference(route, simplifyRoute(a.points)) > 1e-6)
			problems.push('t=0 is not route a');
		if (t === 1 && maxPointDifference(route, simplifyRoute(b.points)) > 1e-6)
			problems.push('t=1 is not route b');
	}
	return problems;
}

const caseOf = (points: Point[], source: Box, target: Box): RouteCase => ({
	points,
	source,
	target,
	bends: points.length - 2
});

describe('matchRoutes', () => {
	test('identical routes align point for point, with nothing inserted', () => {
		const route = [p(50, 40), p(50, 100), p(150, 100), p(150, 200)];
		const matched = matchRoutes(route, route);
		expect(matched.from).toEqual(route);
		expect(matched.to).toEqual(route);
		expect(matched.axes).toEqual(['y', 'x', 'y']);
	});

	test('a new jog grows out of the straight route at the height of the jog', () => {
		const straight = [p(50, 40), p(50, 200)];
		const jog = [p(50, 40), p(50, 100), p(150, 100), p(150, 200)];
		const matched = matchRoutes(straight, jog);
		expect(matched.from).toEqual([p(50, 40), p(50, 100), p(50, 100), p(50, 200)]);
		expect(matched.to).toEqual(jog);
		const halfway = morphRoutes(straight, jog)(0.5);
		expect(halfway).toEqual([p(50, 40), p(50, 100), p(100, 100), p(100, 200)]);
	});

	test('bends map to bends when both routes have the same shape', () => {
		const a = [p(0, 0), p(0, 50), p(100, 50), p(100, 120)];
		const b = [p(10, 0), p(10, 80), p(60, 80), p(60, 120)];
		const matched = matchRoutes(a, b);
		expect(matched.from).toEqual(a);
		expect(matched.to).toEqual(b);
	});

	test('routes leaving along different axes get a zero-length first segment on one side', () => {
		const down = [p(100, 40), p(100, 120), p(300, 120)];
		const right = [p(120, 20), p(300, 20), p(300, 100)];
		const matched = matchRoutes(down, right);
		expect(matched.from).toHaveLength(matched.to.length);
		expect(matched.axes[0]).toBe('y');
		expect(matched.to[0]).toEqual(matched.to[1]);
	});

	test.each([
		[
			'0 vs 4 bends',
			[p(0, 0), p(0, 300)],
			[p(0, 0), p(0, 40), p(80, 40), p(80, 120), p(-30, 120), p(-30, 300)]
		],
		['spike', [p(0, 0), p(100, 0), p(60, 0), p(60, 90)], [p(0, 0), p(60, 0), p(60, 90)]],
		['diagonal input becomes an elbow', [p(0, 0), p(100, 50)], [p(0, 0), p(0, 50), p(100, 50)]]
	])('%s: both lists are as long and every segment has the same axis in both', (_name, a, b) => {
		const matched = matchRoutes(a, b);
		expect(matched.from).toHaveLength(matched.axes.length + 1);
		expect(matched.to).toHaveLength(matched.axes.length + 1);
		matched.axes.forEach((axis, k) => {
			for (const list of [matched.from, matched.to]) {
				const u = list[k] as Point;
				const v = list[k + 1] as Point;
				expect(axis === 'x' ? u.y : u.x).toBe(axis === 'x' ? v.y : v.x);
			}
		});
	});
});

describe('normalizeRoute', () => {
	test('merges collinear points, snaps sub-pixel noise and keeps a reversal as a zero-length segment', () => {
		const route = normalizeRoute([p(0, 0), p(0, 10), p(0.004, 20), p(50, 20), p(30, 20)]);
		expect(route.points).toEqual([p(0, 0), p(0, 20), p(50, 20), p(50, 20), p(30, 20)]);
		expect(route.axes).toEqual(['y', 'x', 'y', 'x']);
	});

	test('a route of one repeated point becomes one zero-length segment', () => {
		expect(normalizeRoute([p(5, 5), p(5, 5)]).points).toEqual([p(5, 5), p(5, 5)]);
		expect(() => normalizeRoute([])).toThrow(RangeError);
	});
});

describe('morphRoutes keeps routes orthogonal and attached', () => {
	const source = box(0, 0, 120, 40);
	const target = box(260, 100, 80, 50);

	test.each<[string, RouteCase, RouteCase]>([
		[
			'side change: leaves the bottom, then the right',
			caseOf([p(100, 40), p(100, 125), p(260, 125)], source, target),
			caseOf([p(120, 20), p(300, 20), p(300, 100)], source, box(270, 100, 60, 50))
		],
		[
			'opposite sides: leaves the bottom, then the top',
			caseOf([p(60, 40), p(60, 70), p(300, 70), p(300, 100)], source, target),
			caseOf([p(60, 0), p(60, -30), p(400, -30), p(400, 125), p(340, 125)], source, target)
		],
		[
			'the source node moves across the target',
			caseOf([p(60, 40), p(60, 125), p(260, 125)], source, target),
			caseOf([p(420, 60), p(420, 125), p(340, 125)], box(360, 20, 120, 40), target)
		],
		[
			'straight to four bends while both nodes move',
			caseOf([p(300, 40), p(300, 100)], box(240, 0, 120, 40), box(260, 100, 80, 50)),
			caseOf(
				[p(60, 40), p(60, 60), p(200, 60), p(200, 300), p(500, 300), p(500, 250)],
				source,
				box(450, 200, 100, 50)
			)
		],
		[
			'edge from a group to its own child changes the side it leaves from',
			caseOf([p(140, 0), p(140, 80)], box(0, 0, 300, 200), box(100, 80, 80, 40)),
			caseOf([p(0, 100), p(100, 100)], box(0, 0, 300, 200), box(100, 80, 80, 40))
		]
	])('%s', (_name, a, b) => {
		expect(morphProblems(a, b)).toEqual([]);
	});

	test('while leaving the bottom turns into leaving the right, the start slides along the border', () => {
		const a = caseOf([p(100, 40), p(100, 125), p(260, 125)], source, target);
		const b = caseOf([p(120, 20), p(300, 20), p(300, 100)], source, target);
		const morph = morphRoutes(a.points, b.points, {
			from: { source, target },
			to: { source, target }
		});
		const starts = TIMES.map((t) => morph(t)[0] as Point);
		expect(starts[0]).toEqual(p(100, 40));
		expect(starts[4]).toEqual(p(120, 20));
		// Every start is on the bottom side or the right side, never inside the node.
		for (const start of starts) expect(start.y === 40 || start.x === 120).toBe(true);
	});

	test('many random pairs of routes with 0–4 bends (seeded)', () => {
		const random = seededRandom(20240607);
		const failures: string[] = [];
		for (let i = 0; i < 300; i++) {
			const sourceA = randomBox(random);
			const targetA = randomBox(random);
			const moves = random() < 0.5;
			const sourceB = moves ? randomBox(random) : sourceA;
			const targetB = moves ? randomBox(random) : targetA;
			const a = randomRoute(random, sourceA, targetA, Math.floor(random() * 5));
			const b = randomRoute(random, sourceB, targetB, Math.floor(random() * 5));
			const problems = morphProblems(a, b);
			if (problems.length > 0) failures.push(`case ${i}: ${problems[0]}`);
		}
		expect(failures).toEqual([]);
	});

	test('stays attached when the boxes on screen run on a different clock than the route', () => {
		const random = seededRandom(7);
		const failures: string[] = [];
		for (let i = 0; i < 200; i++) {
			const a = randomRoute(random, randomBox(random), randomBox(random), Math.floor(random() * 5));
			const b = randomRoute(random, randomBox(random), randomBox(random), Math.floor(random() * 5));
			const morph = morphRoutes(a.points, b.points);
			for (const t of TIMES) {
				const ends = {
					source: interpolateBox(a.source, b.source, t * t),
					target: interpolateBox(a.target, b.target, Math.sqrt(t))
				};
				const route = morph(t, ends);
				const first = route[0] as Point;
				const last = route[route.length - 1] as Point;
				if (diagonalSegments(route).length > 0) failures.push(`case ${i} t=${t}: diagonal`);
				if (distanceToBorder(first, ends.source) > 0.5) failures.push(`case ${i} t=${t}: start detached`);
				if (distanceToBorder(last, ends.target) > 0.5) failures.push(`case ${i} t=${t}: end detached`);
			}
		}
		expect(failures).toEqual([]);
	});

	test('the random generator makes the routes it promises', () => {
		const random = seededRandom(1);
		for (let i = 0; i < 50; i++) {
			const route = randomRoute(random, randomBox(random), randomBox(random), i % 5);
			expect(diagonalSegments(route.points)).toEqual([]);
			expect(distanceToBorder(route.points[0] as Point, route.source)).toBe(0);
			expect(distanceToBorder(route.points[route.points.length - 1] as Point, route.target)).toBe(0);
		}
	});
});

describe('attachRoute', () => {
	const node = box(0, 0, 100, 50);
	const far = box(300, 0, 50, 50);

	test('a start inside the node is cut where the route leaves it', () => {
		expect(attachRoute([p(50, 25), p(50, 80), p(325, 80), p(325, 50)], node, far)).toEqual([
			p(50, 50),
			p(50, 80),
			p(325, 80),
			p(325, 50)
		]);
	});

	test('a start outside the node gets an orthogonal connector from the nearest border point', () => {
		expect(attachRoute([p(50, 70), p(50, 90), p(325, 90), p(325, 50)], node, far)).toEqual([
			p(50, 50),
			p(50, 90),
			p(325, 90),
			p(325, 50)
		]);
		// Diagonally off a corner: an elbow, continuing along the route's first segment.
		expect(attachRoute([p(120, 70), p(200, 70), p(200, 25), p(300, 25)], node, far)).toEqual([
			p(100, 50),
			p(100, 70),
			p(200, 70),
			p(200, 25),
			p(300, 25)
		]);
	});
});

describe('pathFromPoints', () => {
	test('writes a compact path rounded to 0.01', () => {
		expect(pathFromPoints([p(1.234, 5), p(1.234, 7.899), p(-0.001, 7.899)])).toBe('M1.23 5 L1.23 7.9 L0 7.9');
	});
});
