import ElkBundled from 'elkjs/lib/elk.bundled.js';
import { describe, expect, test, vi } from 'vitest';
import type { Direction } from '../model/types.js';
import { createLayoutEngine, type ElkLayouter } from './engine.js';
import { nestedStoryline } from './fixtures/nested.js';
import { edge, node, scene, storyline } from './fixtures/scene-builder.js';
import { layoutStoryline } from './index.js';
import { checkLayout, hardViolations } from './invariants.js';
import { SPACING } from './style.js';
import type { StorylineLayout } from './types.js';

// Real ELK runs, several per storyline: seconds each on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

const ELK = ElkBundled.default;
const engine = createLayoutEngine(new ELK());

function allNumbers(layout: StorylineLayout): number[] {
	const numbers: number[] = [];
	for (const step of layout.steps) {
		numbers.push(step.width, step.height);
		for (const n of step.nodes) numbers.push(n.x, n.y, n.width, n.height);
		for (const e of step.edges) {
			for (const p of e.points) numbers.push(p.x, p.y);
			if (e.label) numbers.push(e.label.x, e.label.y, e.label.width, e.label.height);
		}
	}
	return numbers;
}

describe.each<Direction>(['down', 'right'])('a three-level nested storyline laid out %s', (direction) => {
	const input = nestedStoryline(direction);
	const layoutPromise = Promise.all(
		(['joint', 'independent'] as const).map((mode) => engine.layoutStoryline(input, { mode }))
	);

	test.each(['joint', 'independent'] as const)(
		'every step satisfies every hard invariant (%s)',
		async (mode) => {
			const layout = (await layoutPromise)[mode === 'joint' ? 0 : 1];
			expect(layout?.steps.map((s) => s.stepId)).toEqual(input.steps.map((s) => s.id));
			expect(hardViolations(checkLayout(layout as StorylineLayout))).toEqual([]);
		}
	);

	test('the result is format 1 JSON that survives a round trip, rounded to 0.01 px', async () => {
		const [layout] = await layoutPromise;
		expect(layout?.format).toBe(1);
		expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
		for (const value of allNumbers(layout as StorylineLayout)) {
			expect(Number.isFinite(value)).toBe(true);
			expect(Math.abs(value * 100 - Math.round(value * 100))).toBeLessThan(1e-6);
		}
	});

	test('nodes carry their depth and parent, and the deepest leaves sit three groups down', async () => {
		const [layout] = await layoutPromise;
		const step = layout?.steps[1];
		const shim = step?.nodes.find((n) => n.id === 'shim-a');
		expect(shim).toMatchObject({ parent: 'shims', depth: 3, isGroup: false });
		expect(step?.nodes.find((n) => n.id === 'runtime')).toMatchObject({
			parent: 'node',
			depth: 1,
			isGroup: true
		});
	});
});

describe('layout engine', () => {
	test('the default entry lays out with the bundled elkjs', async () => {
		const layout = await layoutStoryline(
			storyline('tiny', 'down', [
				scene('only', 0, [node('a', 'client', 'A'), node('b', 'daemon', 'B')], [edge('a', 'b')])
			])
		);
		expect(layout.steps).toHaveLength(1);
		expect(hardViolations(checkLayout(layout))).toEqual([]);
	});

	test('the diagram keeps diagramPadding around its content', async () => {
		const layout = await engine.layoutStoryline(
			storyline('tiny', 'down', [scene('only', 0, [node('a', 'client', 'A')], [])])
		);
		expect(layout.steps[0]?.nodes[0]).toMatchObject({ x: 16, y: 16 });
		expect(layout.steps[0]).toMatchObject({ width: 16 + 96 + 16 });
	});

	test('children of a group get the house spacing too (ELK does not inherit it from the root)', async () => {
		const layout = await engine.layoutStoryline(
			storyline('spaced', 'down', [
				scene(
					'only',
					0,
					[
						node('g', 'group', 'G'),
						node('a', 'daemon', 'a', { parent: 'g' }),
						node('b', 'daemon', 'b', { parent: 'g' })
					],
					[edge('a', 'b')]
				)
			]),
			{ mode: 'independent' }
		);
		const [a, b] = ['a', 'b'].map((id) => layout.steps[0]?.nodes.find((n) => n.id === id));
		expect((b?.y ?? 0) - ((a?.y ?? 0) + (a?.height ?? 0))).toBeGreaterThanOrEqual(SPACING.betweenLayers);
	});

	test('an empty group keeps its minimum size', async () => {
		const layout = await engine.layoutStoryline(
			storyline('empty', 'down', [
				scene('only', 0, [node('g', 'group', 'An empty group with a long name')], [])
			])
		);
		const group = layout.steps[0]?.nodes[0];
		expect(group?.isGroup).toBe(true);
		expect(hardViolations(checkLayout(layout))).toEqual([]);
	});

	test('a group with a label wider than its children grows to fit the label', async () => {
		const layout = await engine.layoutStoryline(
			storyline('wide', 'right', [
				scene(
					'only',
					0,
					[
						node('g', 'group', 'A group whose label is much wider than its only child'),
						node('a', 'daemon', 'a', { parent: 'g' })
					],
					[]
				)
			])
		);
		expect(hardViolations(checkLayout(layout))).toEqual([]);
	});

	test('an ELK failure is rethrown naming the storyline and the step', async () => {
		const failing: ElkLayouter = { layout: () => Promise.reject(new Error('boom')) };
		const broken = createLayoutEngine(failing);
		await expect(broken.layoutStoryline(nestedStoryline('down'), { mode: 'independent' })).rejects.toThrow(
			/storyline "nested-down", step "one-shim" \(#1\).*boom/
		);
		await expect(broken.layoutStoryline(nestedStoryline('down'))).rejects.toThrow(
			/storyline "nested-down", steps "one-shim" to "cri-plugin" laid out together.*boom/
		);
	});

	test('an ELK answer missing a node is reported, not drawn at the origin', async () => {
		const lossy: ElkLayouter = {
			layout: async (graph) => {
				const result = await new ELK().layout(graph);
				return { ...result, children: result.children?.slice(1) };
			}
		};
		await expect(
			createLayoutEngine(lossy).layoutStoryline(nestedStoryline('down'), { mode: 'independent' })
		).rejects.toThrow(/step "one-shim".*no position for node "kubectl"/);
	});
});
