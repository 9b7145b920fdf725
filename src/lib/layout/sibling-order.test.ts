import ElkBundled from 'elkjs/lib/elk.bundled.js';
import { describe, expect, test, vi } from 'vitest';
import type { DiagramNode, Direction } from '../model/types.js';
import { createLayoutEngine } from './engine.js';
import { edge, node, scene, storyline } from './fixtures/scene-builder.js';
import { checkLayout, hardViolations } from './invariants.js';
import { keepAuthoredOrder } from './sibling-order.js';
import type { NodeBox, StepLayout } from './types.js';

vi.setConfig({ testTimeout: 60_000 });

const engine = createLayoutEngine(new ElkBundled.default());

// Labels of different lengths, so the restacked slots differ in size. Without the reordering, elkjs 0.12 stacks
// these five in the order 2, 0, 1, 3, 4 (checked when this test was written).
const LABELS = ['first', 'second event, longer', 'third', 'the fourth one', 'fifth'];

function events(parent: string): DiagramNode[] {
	return LABELS.map((label, i) => node(`${parent}-${i}`, 'event', label, { parent }));
}

const along = (direction: Direction) => (box: NodeBox) => (direction === 'right' ? box.y : box.x);

describe.each<Direction>(['right', 'down'])('unconnected siblings laid out %s', (direction) => {
	const input = storyline('ordered', direction, [
		scene(
			'only',
			0,
			[
				node('early', 'group', 'early'),
				...events('early'),
				node('late', 'group', 'late'),
				...events('late'),
				node('outside', 'client', 'outside')
			],
			[edge('early', 'late', { kind: 'derives' }), edge('outside', 'late-4')]
		)
	]);
	const layoutPromise = engine.layoutStoryline(input, { mode: 'independent' });

	test('keep their authored order along the layer', async () => {
		const step = (await layoutPromise).steps[0] as StepLayout;
		const early = step.nodes.filter((n) => n.parent === 'early');
		expect(early.map((n) => n.id)).toHaveLength(LABELS.length);
		const position = along(direction);
		const drawn = [...early].sort((a, b) => position(a) - position(b)).map((n) => n.id);
		expect(drawn).toEqual(LABELS.map((_, i) => `early-${i}`));
	});

	test('the layout stays valid (an edge reaches one of the late group), every hard invariant holds', async () => {
		const layout = await layoutPromise;
		expect(hardViolations(checkLayout(layout))).toEqual([]);
	});
});

describe('keepAuthoredOrder', () => {
	const box = (id: string, x: number, y: number, width: number, height: number, parent = 'g'): NodeBox => ({
		id,
		x,
		y,
		width,
		height,
		parent,
		isGroup: false,
		depth: 1,
		label: { en: [id], ko: [id] }
	});
	const groupBox: NodeBox = { ...box('g', 0, 0, 200, 300), isGroup: true, depth: 0 };
	delete groupBox.parent;
	const sceneOf = (ids: string[]) =>
		scene('s', 0, [node('g', 'group', 'g'), ...ids.map((id) => node(id, 'event', id, { parent: 'g' }))], []);

	test('restacks from the same start with the same gaps, in authored order', () => {
		const step: StepLayout = {
			stepId: 's',
			width: 200,
			height: 300,
			nodes: [groupBox, box('a', 10, 110, 100, 40), box('b', 20, 170, 80, 60), box('c', 30, 40, 60, 50)],
			edges: []
		};
		const out = keepAuthoredOrder(step, sceneOf(['a', 'b', 'c']), 'right');
		const y = Object.fromEntries(out.nodes.map((n) => [n.id, n.y]));
		// Drawn c(40–90) gap 20 a(110–150) gap 20 b(170–230) → authored a, b, c from 40 with gaps 20 and 20.
		expect(y).toEqual({ g: 0, a: 40, b: 100, c: 180 });
		// Across the layer nothing moves.
		expect(out.nodes.map((n) => n.x)).toEqual(step.nodes.map((n) => n.x));
	});

	test('leaves a stack alone when a route runs through it', () => {
		const step: StepLayout = {
			stepId: 's',
			width: 200,
			height: 300,
			nodes: [groupBox, box('a', 10, 110, 100, 40), box('c', 30, 40, 60, 50)],
			edges: [
				{
					id: 'x',
					from: 'p',
					to: 'q',
					points: [
						{ x: 0, y: 100 },
						{ x: 200, y: 100 }
					]
				}
			]
		};
		expect(keepAuthoredOrder(step, sceneOf(['a', 'c']), 'right')).toBe(step);
	});
});
