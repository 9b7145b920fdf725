import { describe, expect, test } from 'vitest';
import type { Box, Point, StepLayout } from '../layout/types.js';
import { diagonalSegments, distanceToBorder, maxPointDifference } from './fixtures/routes.js';
import { after, before } from './fixtures/steps.js';
import { sampleTransition, type TransitionFrame } from './frame.js';
import { planTransition, reversePlan } from './plan.js';
import { simplifyRoute } from '../layout/geometry.js';
import { usualBadgeLeft } from '../layout/style.js';
import { layoutFromFrame } from './snapshot.js';
import { changedIds, summarizePlan } from './summary.js';

const plan = planTransition(before, after);
const sample = sampleTransition(plan);
const boxOnly = (b: Box): Box => ({ x: b.x, y: b.y, width: b.width, height: b.height });

/** The frame's visible content, in the shape of a step, to compare with the step it should show. */
function visible(frame: TransitionFrame) {
	return {
		nodes: Object.fromEntries(frame.nodes.filter((n) => n.opacity > 0).map((n) => [n.id, boxOnly(n.box)])),
		edges: Object.fromEntries(frame.edges.filter((e) => e.opacity > 0).map((e) => [e.id, e.points]))
	};
}

function expectFrameShows(frame: TransitionFrame, layout: StepLayout) {
	const shown = visible(frame);
	expect(shown.nodes).toEqual(Object.fromEntries(layout.nodes.map((n) => [n.id, boxOnly(n)])));
	expect(Object.keys(shown.edges).sort()).toEqual(layout.edges.map((e) => e.id).sort());
	for (const edge of layout.edges) {
		expect(maxPointDifference(shown.edges[edge.id] ?? [], simplifyRoute(edge.points))).toBeLessThan(1e-6);
	}
	expect([frame.width, frame.height]).toEqual([layout.width, layout.height]);
}

/** Every edge orthogonal, starting and ending on its nodes' boxes as they are in this frame. */
function detachedEdges(frame: TransitionFrame, edges: Map<string, { from: string; to: string }>): string[] {
	const boxes = new Map(frame.nodes.map((n) => [n.id, n.box]));
	const problems: string[] = [];
	for (const edge of frame.edges) {
		const ends = edges.get(edge.id);
		const source = ends && boxes.get(ends.from);
		const target = ends && boxes.get(ends.to);
		if (!source || !target) continue;
		if (diagonalSegments(edge.points).length > 0) problems.push(`${edge.id} diagonal at ${frame.time}`);
		if (distanceToBorder(edge.points[0] as Point, source) > 0.5)
			problems.push(`${edge.id} start at ${frame.time}`);
		if (distanceToBorder(edge.points[edge.points.length - 1] as Point, target) > 0.5) {
			problems.push(`${edge.id} end at ${frame.time}`);
		}
	}
	return problems;
}

const edgeEnds = (items: typeof plan.edges) =>
	new Map(items.map((e) => [e.id, { from: (e.to ?? e.from)?.from ?? '', to: (e.to ?? e.from)?.to ?? '' }]));
const timesOf = (total: number, count = 40) =>
	Array.from({ length: count + 1 }, (_, i) => (total * i) / count);

describe('sampleTransition', () => {
	test('time 0 shows the first step and the end shows the second', () => {
		expectFrameShows(sample(0), before);
		expectFrameShows(sample(plan.totalDuration), after);
	});

	test('seeking anywhere gives orthogonal edges attached to the boxes on screen', () => {
		const ends = edgeEnds(plan.edges);
		const problems = timesOf(plan.totalDuration).flatMap((time) => detachedEdges(sample(time), ends));
		expect(problems).toEqual([]);
	});

	test('a leaving edge stays attached to its node that already moves (stages overlap)', () => {
		const time = plan.stages.exit.duration * 0.9;
		const frame = sample(time);
		const leaving = frame.edges.find((e) => e.id === 'c->d');
		const c = frame.nodes.find((n) => n.id === 'c');
		expect(leaving?.opacity).toBeGreaterThan(0);
		expect(c?.box.y).toBeGreaterThan(200);
		expect(distanceToBorder(leaving?.points[0] as Point, c?.box as Box)).toBeLessThan(0.5);
	});

	test('leaving things fade out, arriving things fade in, both monotonically', () => {
		const frames = timesOf(plan.totalDuration).map(sample);
		const opacity = (id: string) => frames.map((f) => f.nodes.find((n) => n.id === id)?.opacity ?? NaN);
		const d = opacity('d');
		const e = opacity('e');
		expect([d[0], d[d.length - 1], e[0], e[e.length - 1]]).toEqual([1, 0, 0, 1]);
		d.slice(1).forEach((value, i) => expect(value).toBeLessThanOrEqual(d[i] as number));
		e.slice(1).forEach((value, i) => expect(value).toBeGreaterThanOrEqual(e[i] as number));
	});

	test('labels: a moved label box travels, a new label fades in, changed text cross-fades', () => {
		const middle = plan.stages.change.start + plan.stages.change.duration / 2;
		const frame = sample(middle);
		const moved = frame.edges.find((e) => e.id === 's->t');
		expect(moved?.label?.y).toBeGreaterThan(60);
		expect(moved?.label?.y).toBeLessThan(70);
		const gained = frame.edges.find((e) => e.id === 'g->c');
		expect(gained?.labelOpacity).toBeGreaterThan(0);
		expect(gained?.labelOpacity).toBeLessThan(1);
		const relabelled = frame.edges.find((e) => e.id === 's->b');
		expect(relabelled?.labelMix).toBeGreaterThan(0);
		expect(relabelled?.labelMix).toBeLessThan(1);
		expect(frame.nodes.find((n) => n.id === 'c')?.labelMix).toBeGreaterThan(0);
	});

	test('the diagram size grows during the change stage', () => {
		const middle = sample(plan.size.start + plan.size.duration / 2);
		expect(middle.width).toBeGreaterThan(500);
		expect(middle.width).toBeLessThan(620);
	});

	test('a reduced-motion plan shows the end state from time 0', () => {
		expectFrameShows(sampleTransition(planTransition(before, after, { reducedMotion: true }))(0), after);
	});

	test('the reversed plan runs from the second step back to the first', () => {
		const back = reversePlan(plan);
		const sampleBack = sampleTransition(back);
		expectFrameShows(sampleBack(0), after);
		expectFrameShows(sampleBack(back.totalDuration), before);
		const problems = timesOf(back.totalDuration, 20).flatMap((t) =>
			detachedEdges(sampleBack(t), edgeEnds(back.edges))
		);
		expect(problems).toEqual([]);
	});
});

describe('layoutFromFrame', () => {
	test('a transition can be re-planned from what is on screen mid-way', () => {
		const frame = sample(plan.stages.change.start + plan.stages.change.duration / 2);
		const onScreen = layoutFromFrame(plan, frame);
		expect(onScreen.nodes.map((n) => n.id)).not.toContain('d');
		expect(onScreen.nodes.find((n) => n.id === 'c')).toMatchObject(
			boxOnly(frame.nodes.find((n) => n.id === 'c')?.box as Box)
		);
		const retarget = planTransition(onScreen, before);
		const sampleRetarget = sampleTransition(retarget);
		expectFrameShows(sampleRetarget(0), onScreen);
		expectFrameShows(sampleRetarget(retarget.totalDuration), before);
	});
});

describe('summaries', () => {
	test('say what changed, by id', () => {
		const summary = summarizePlan(plan);
		const sorted = Object.fromEntries(
			Object.entries(summary.nodes).map(([key, ids]) => [key, [...ids].sort()])
		);
		expect(sorted).toEqual({
			entered: ['e', 'k'],
			exited: ['d', 'h'],
			moved: ['a', 'c'],
			resized: ['g'],
			relabelled: ['b', 'c']
		});
		expect(summary.edges.exited).toEqual(['c->d']);
		expect(summary.edges.rerouted.sort()).toEqual(['a->c', 'b->c', 'g->c']);
		expect(changedIds(plan)).not.toContain('s');
		expect(changedIds(plan)).not.toContain('d');
		expect(changedIds(plan)).toEqual(
			expect.arrayContaining(['a', 'b', 'c', 'e', 'g', 'k', 'c->e', 's->b', 's->t'])
		);
	});
});

describe('badge pills moved clear of an edge', () => {
	test('glide between the places the two steps gave them, with the box; otherwise the frame says nothing', () => {
		const withBadge = (badgeX?: number) => ({
			...(before.nodes.find(
				(n) => !n.isGroup && after.nodes.some((m) => m.id === n.id)
			) as StepLayout['nodes'][number]),
			badgeWidth: 30,
			...(badgeX === undefined ? {} : { badgeX })
		});
		const moved = withBadge(10);
		const from = { ...before, nodes: before.nodes.map((n) => (n.id === moved.id ? withBadge() : n)) };
		const toNode = {
			...(after.nodes.find((n) => n.id === moved.id) as StepLayout['nodes'][number]),
			badgeWidth: 30,
			badgeX: 10
		};
		const to = { ...after, nodes: after.nodes.map((n) => (n.id === moved.id ? toNode : n)) };
		const badged = planTransition(from, to);
		const at = (t: number) => sampleTransition(badged)(t).nodes.find((n) => n.id === moved.id)?.badge;
		const usual = usualBadgeLeft(withBadge().width, 30);
		expect(at(0)).toBeCloseTo(usual, 6);
		expect(at(badged.totalDuration)).toBeCloseTo(10, 6);
		const mid = at(badged.totalDuration / 2) as number;
		expect(Math.min(usual, 10) <= mid && mid <= Math.max(usual, 10)).toBe(true);
		// Steps without moved pills give frames without `badge`, as before.
		expect(sample(plan.totalDuration / 2).nodes.some((n) => 'badge' in n)).toBe(false);
	});
});
