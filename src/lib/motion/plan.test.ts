import { describe, expect, test } from 'vitest';
import { after, before, node, step } from './fixtures/steps.js';
import { planTransition, reversePlan } from './plan.js';
import { DEFAULT_TIMING } from './stage.js';
import type { NodeTransition, TransitionPlan } from './types.js';

const byId = <T extends { id: string }>(items: T[], id: string): T => {
	const found = items.find((item) => item.id === id);
	if (!found) throw new Error(`no item ${id}`);
	return found;
};
const kinds = (plan: TransitionPlan) => ({
	nodes: Object.fromEntries(plan.nodes.map((n) => [n.id, n.kind])),
	edges: Object.fromEntries(plan.edges.map((e) => [e.id, e.kind]))
});
const box = (x: number, y: number, width = 100, height = 50) => ({ x, y, width, height });

/** A one-node step pair where the node travels `distance` px to the right. */
function travel(distance: number) {
	return planTransition(
		step('1', 800, 100, [node('n', box(0, 0))], []),
		step('2', 800, 100, [node('n', box(distance, 0))], [])
	);
}

describe('classification', () => {
	const plan = planTransition(before, after);

	test('every node and group gets the kind of its most visible change', () => {
		expect(kinds(plan).nodes).toEqual({
			g: 'resize',
			a: 'move',
			b: 'relabel',
			c: 'move',
			d: 'exit',
			h: 'exit',
			k: 'enter',
			e: 'enter',
			s: 'stay',
			t: 'stay'
		});
	});

	test('flags keep every change: c both moves and is relabelled, g resizes without moving', () => {
		expect(byId(plan.nodes, 'c')).toMatchObject({ moved: true, resized: false, relabelled: true });
		expect(byId(plan.nodes, 'g')).toMatchObject({
			moved: false,
			resized: true,
			relabelled: false,
			isGroup: true
		});
		expect(byId(plan.nodes, 'b')).toMatchObject({ moved: false, resized: false, relabelled: true });
		expect(byId(plan.nodes, 'h')).toMatchObject({ kind: 'exit', isGroup: true });
		expect(byId(plan.nodes, 'k')).toMatchObject({ kind: 'enter', isGroup: true });
	});

	test('items carry the boxes they go between; entering items have no `from`, leaving ones no `to`', () => {
		const a = byId(plan.nodes, 'a');
		expect(a.from).toMatchObject({ x: 30, y: 50 });
		expect(a.to).toMatchObject({ x: 60, y: 50 });
		expect(a.distance).toBe(30);
		expect('from' in byId(plan.nodes, 'e')).toBe(false);
		expect('to' in byId(plan.nodes, 'd')).toBe(false);
	});

	test('edges: enter, exit, morph (route or label box changed), relabel (text only), stay', () => {
		expect(kinds(plan).edges).toEqual({
			'b->s': 'stay',
			's->b': 'relabel',
			's->t': 'morph',
			'b->c': 'morph',
			'c->d': 'exit',
			'a->c': 'morph',
			'c->e': 'enter',
			'g->c': 'morph'
		});
		expect(byId(plan.edges, 's->t')).toMatchObject({ rerouted: false, relabelled: false });
		expect(byId(plan.edges, 'a->c')).toMatchObject({ rerouted: true, relabelled: true });
		expect(byId(plan.edges, 'g->c')).toMatchObject({ rerouted: true, relabelled: true });
		const morph = byId(plan.edges, 'b->c');
		expect(morph.from?.points).toEqual(before.edges.find((e) => e.id === 'b->c')?.points);
		expect(morph.to?.points).toEqual(after.edges.find((e) => e.id === 'b->c')?.points);
	});

	test('draw order: parents before children, and a leaving node keeps its place', () => {
		const ids = plan.nodes.map((n) => n.id);
		for (const item of plan.nodes) {
			for (const parent of [item.from?.parent, item.to?.parent]) {
				if (parent !== undefined) expect(ids.indexOf(parent)).toBeLessThan(ids.indexOf(item.id));
			}
		}
		expect(ids.indexOf('d')).toBe(ids.indexOf('c') + 1);
	});

	test('a node that changes group is drawn after both groups', () => {
		const from = step(
			'1',
			400,
			200,
			[
				node('x', box(0, 0, 150, 150), { group: true }),
				node('n', box(10, 40), { parent: 'x' }),
				node('y', box(200, 0, 150, 150), { group: true })
			],
			[]
		);
		const to = step(
			'2',
			400,
			200,
			[
				node('x', box(0, 0, 150, 150), { group: true }),
				node('y', box(200, 0, 150, 150), { group: true }),
				node('n', box(210, 40), { parent: 'y' })
			],
			[]
		);
		const ids = planTransition(from, to).nodes.map((n) => n.id);
		expect(ids.indexOf('n')).toBeGreaterThan(Math.max(ids.indexOf('x'), ids.indexOf('y')));
	});

	test('the plan survives a JSON round trip unchanged', () => {
		expect(JSON.parse(JSON.stringify(plan))).toStrictEqual(plan);
	});

	test('identical steps: everything stays and nothing takes time', () => {
		const same = planTransition(before, before);
		expect(new Set([...same.nodes, ...same.edges].map((item) => item.kind))).toEqual(new Set(['stay']));
		expect(same.totalDuration).toBe(0);
	});
});

describe('staging', () => {
	const plan = planTransition(before, after);
	const starts = (kind: string) =>
		[...plan.nodes, ...plan.edges].filter((i) => i.kind === kind).map((i) => i.start);
	const ends = (kind: string) =>
		[...plan.nodes, ...plan.edges].filter((i) => i.kind === kind).map((i) => i.start + i.duration);

	test('exit, then move/resize/morph/relabel, then enter, each stage overlapping the previous by 25 %', () => {
		expect(new Set(starts('exit'))).toEqual(new Set([0]));
		const exitLength = DEFAULT_TIMING.fadeOut;
		expect(plan.stages.exit).toEqual({ start: 0, duration: exitLength });
		expect(plan.stages.change.start).toBeCloseTo(exitLength * 0.75, 10);
		for (const kind of ['move', 'resize', 'morph', 'relabel']) {
			for (const start of starts(kind)) expect(start).toBe(plan.stages.change.start);
		}
		expect(plan.stages.enter.start).toBeCloseTo(
			plan.stages.change.start + plan.stages.change.duration * 0.75,
			10
		);
		for (const start of starts('enter')) expect(start).toBe(plan.stages.enter.start);
		expect(Math.min(...starts('move'))).toBeGreaterThan(Math.max(...starts('exit')));
		expect(Math.min(...starts('enter'))).toBeGreaterThan(Math.max(...starts('move')));
	});

	test('totalDuration is when the last item ends', () => {
		const lastEnd = Math.max(...[...plan.nodes, ...plan.edges, plan.size].map((i) => i.start + i.duration));
		expect(plan.totalDuration).toBe(lastEnd);
		expect(Math.max(...ends('enter'))).toBe(plan.totalDuration);
	});

	test('overlap is configurable: 0 runs the stages back to back', () => {
		const sequential = planTransition(before, after, { overlap: 0 });
		const { exit, change, enter } = sequential.stages;
		expect(change.start).toBe(exit.start + exit.duration);
		expect(enter.start).toBe(change.start + change.duration);
		expect(sequential.totalDuration).toBeCloseTo(exit.duration + change.duration + enter.duration, 10);
		expect(planTransition(before, after, { overlap: 1 }).stages.enter.start).toBe(0);
	});

	test('empty stages take no time: without exits the moves start at 0; without moves enter follows exit', () => {
		const keepsEverything = {
			...after,
			nodes: [...after.nodes, ...before.nodes.filter((n) => n.id === 'd' || n.id === 'h')],
			edges: [...after.edges, ...before.edges.filter((e) => e.id === 'c->d')]
		};
		const noExit = planTransition(before, keepsEverything);
		expect(noExit.stages.exit.duration).toBe(0);
		expect(noExit.stages.change.start).toBe(0);

		const from = step('1', 300, 100, [node('a', box(0, 0))], []);
		const to = step('2', 300, 100, [node('b', box(150, 0))], []);
		const swap = planTransition(from, to);
		expect(swap.stages.change).toEqual({ start: DEFAULT_TIMING.fadeOut * 0.75, duration: 0 });
		expect(swap.stages.enter.start).toBe(DEFAULT_TIMING.fadeOut * 0.75);
		expect(swap.totalDuration).toBe(DEFAULT_TIMING.fadeOut * 0.75 + DEFAULT_TIMING.fadeIn);

		const onlyEnter = planTransition(
			step('1', 300, 100, [], []),
			step('2', 300, 100, [node('b', box(0, 0))], [])
		);
		expect(byId(onlyEnter.nodes, 'b').start).toBe(0);
	});

	test('move durations grow with distance and are clamped to 0.35–0.9 s', () => {
		const duration = (distance: number) => byId(travel(distance).nodes, 'n').duration;
		expect(duration(10)).toBe(0.35);
		expect(duration(300)).toBeCloseTo(0.6, 10);
		expect(duration(400)).toBeGreaterThan(duration(300));
		expect(duration(5000)).toBe(0.9);
	});

	test('a morphing edge lasts as long as its slowest moving end', () => {
		const plan = planTransition(before, after);
		const c: NodeTransition = byId(plan.nodes, 'c');
		expect(byId(plan.edges, 'b->c').duration).toBeGreaterThanOrEqual(c.duration);
		expect(byId(plan.edges, 'a->c').duration).toBeGreaterThanOrEqual(byId(plan.nodes, 'a').duration);
	});

	test('the diagram size changes with the moves; an unchanged size does not animate', () => {
		expect(plan.size).toMatchObject({ from: { width: 500, height: 400 }, to: { width: 620, height: 400 } });
		expect(plan.size.start).toBe(plan.stages.change.start);
		expect(plan.size.duration).toBeGreaterThan(0);
		expect(travel(50).size.duration).toBe(0);
	});

	test('speed 2 halves every time', () => {
		const fast = planTransition(before, after, { speed: 2 });
		expect(fast.totalDuration).toBeCloseTo(plan.totalDuration / 2, 10);
		fast.nodes.forEach((item, i) =>
			expect(item.duration).toBeCloseTo((plan.nodes[i] as NodeTransition).duration / 2, 10)
		);
	});

	test('reduced motion: every start and duration is 0 (an instant swap)', () => {
		const instant = planTransition(before, after, { reducedMotion: true });
		expect(instant.totalDuration).toBe(0);
		for (const item of [...instant.nodes, ...instant.edges, instant.size]) {
			expect([item.start, item.duration]).toEqual([0, 0]);
		}
		expect(kinds(instant)).toEqual(kinds(plan));
	});

	test('invalid options are rejected with a message naming the option', () => {
		expect(() => planTransition(before, after, { speed: 0 })).toThrow(/speed/);
		expect(() => planTransition(before, after, { overlap: 1.5 })).toThrow(/overlap/);
		expect(() => planTransition(before, after, { timing: { minMove: 2, maxMove: 1 } })).toThrow(/minMove/);
		expect(() => planTransition(before, after, { timing: { fadeIn: Number.NaN } })).toThrow(/fadeIn/);
	});
});

describe('reversePlan', () => {
	const plan = planTransition(before, after);
	const reversed = reversePlan(plan);

	test('reversing twice gives the original plan', () => {
		expect(reversePlan(reversed)).toStrictEqual(plan);
		const custom = planTransition(before, after, { speed: 1.5, overlap: 0.1 });
		expect(reversePlan(reversePlan(custom))).toStrictEqual(custom);
	});

	test('enter and exit swap, boxes and routes swap, steps and sizes swap', () => {
		expect(byId(reversed.nodes, 'd').kind).toBe('enter');
		expect(byId(reversed.nodes, 'k').kind).toBe('exit');
		expect(byId(reversed.edges, 'c->e').kind).toBe('exit');
		expect(byId(reversed.nodes, 'a').from).toEqual(byId(plan.nodes, 'a').to);
		expect(byId(reversed.edges, 'b->c').to?.points).toEqual(byId(plan.edges, 'b->c').from?.points);
		expect([reversed.fromStep, reversed.toStep]).toEqual(['after', 'before']);
		expect(reversed.size.from).toEqual(plan.size.to);
	});

	test('the reversed plan is staged exit first again, like a plan made the other way', () => {
		expect(byId(reversed.nodes, 'k').start).toBe(0);
		expect(byId(reversed.nodes, 'd').start).toBe(reversed.stages.enter.start);
		const direct = planTransition(after, before);
		expect(kinds(reversed)).toEqual(kinds(direct));
		expect(reversed.stages).toEqual(direct.stages);
		expect(reversed.totalDuration).toBe(direct.totalDuration);
	});
});
