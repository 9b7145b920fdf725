import { gsap } from 'gsap/gsap-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { layoutStoryline } from '../../layout/index.js';
import type { NodeBox, StepLayout, StorylineLayout } from '../../layout/types.js';
import type { StorylineSpec } from '../../model/types.js';
import { validateStoryline } from '../../model/validate.js';
import Storyline from './Storyline.svelte';

/** Version 1 of an authored storyline, and the same storyline after an edit (a node added, a label longer). */
const before: StorylineSpec = {
	id: 'edited',
	title: 'Edited',
	steps: [
		{
			id: 'one',
			label: 'one',
			title: 'One',
			narration: 'A client and a daemon.',
			nodes: [
				{ id: 'host', label: 'host', kind: 'group' },
				{ id: 'cli', label: 'cli', kind: 'client', parent: 'host' },
				{ id: 'daemon', label: 'daemon', kind: 'daemon', parent: 'host' }
			],
			edges: [{ from: 'cli', to: 'daemon', label: 'REST' }]
		},
		{
			id: 'two',
			label: 'two',
			title: 'Two',
			narration: 'A runtime does the work.',
			add: {
				nodes: [{ id: 'runtime', label: 'runtime', kind: 'runtime', parent: 'host' }],
				edges: [{ from: 'daemon', to: 'runtime', label: 'gRPC' }]
			}
		},
		{
			id: 'three',
			label: 'three',
			title: 'Three',
			narration: 'A shim in between.',
			add: {
				nodes: [{ id: 'shim', label: 'shim', kind: 'shim', parent: 'host' }],
				edges: [{ from: 'runtime', to: 'shim' }]
			}
		}
	]
};

const after: StorylineSpec = {
	...before,
	steps: [
		{
			...(before.steps[0] as StorylineSpec['steps'][number]),
			nodes: [
				{ id: 'host', label: 'host', kind: 'group' },
				{ id: 'cli', label: 'the command-line client', kind: 'client', parent: 'host' },
				{ id: 'daemon', label: 'daemon', kind: 'daemon', parent: 'host' },
				{ id: 'api', label: 'an API gateway in front', kind: 'external' }
			],
			edges: [
				{ from: 'cli', to: 'api', label: 'HTTPS' },
				{ from: 'api', to: 'daemon', label: 'REST' }
			]
		},
		before.steps[1] as StorylineSpec['steps'][number]
	]
};

async function lay(spec: StorylineSpec): Promise<StorylineLayout> {
	const result = validateStoryline(spec);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	return layoutStoryline(result.storyline);
}

let layoutA: StorylineLayout;
let layoutB: StorylineLayout;
let other: StorylineLayout;

beforeAll(async () => {
	[layoutA, layoutB, other] = await Promise.all([lay(before), lay(after), lay({ ...before, id: 'another' })]);
});

function positions(container: Element): Map<string, { x: number; y: number }> {
	const out = new Map<string, { x: number; y: number }>();
	for (const g of container.querySelectorAll<SVGGElement>('svg [data-node-id]')) {
		const [x, y] = (g.getAttribute('transform') ?? '').match(/-?[\d.]+/g)!.map(Number) as [number, number];
		out.set(g.dataset.nodeId!, { x, y });
	}
	return out;
}

const stepOf = (layout: StorylineLayout, id: string) =>
	layout.steps.find((s) => s.stepId === id) as StepLayout;
const box = (step: StepLayout, id: string) => step.nodes.find((n) => n.id === id) as NodeBox;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const activeTweens = () =>
	gsap.globalTimeline.getChildren(true, true, true).filter((t) => t.isActive()).length;

describe('Storyline given a new layout of the same storyline', () => {
	it('keeps the step and animates persisting nodes through intermediate positions to the new layout', async () => {
		const from = stepOf(layoutA, 'two');
		const to = stepOf(layoutB, 'two');
		// The edit must really move a node that stays, or this test could not tell animating from jumping.
		const moving = from.nodes.find((n) => {
			const next = to.nodes.find((m) => m.id === n.id);
			return next && Math.abs(next.x - n.x) + Math.abs(next.y - n.y) > 8;
		});
		expect(moving, 'a persisting node that the edit moves').toBeDefined();
		const start = box(from, moving!.id);
		const end = box(to, moving!.id);

		let step: string | number = 'two';
		const screen = await render(Storyline, {
			layout: layoutA,
			step,
			motion: 'full',
			onstepchange: (d) => void (step = d.id)
		});
		const root = screen.container.querySelector('.sm-storyline')!;
		expect(positions(screen.container).get(moving!.id)).toEqual({ x: start.x, y: start.y });

		await screen.rerender({ layout: layoutB });
		await expect.poll(() => root.hasAttribute('data-animating')).toBe(true);
		expect(root.getAttribute('data-step')).toBe('two');

		// Sample the moving node on every painted frame until the transition settles.
		const seen: { x: number; y: number }[] = [];
		while (root.hasAttribute('data-animating')) {
			const p = positions(screen.container).get(moving!.id);
			if (p) seen.push(p);
			await nextFrame();
		}
		const between = seen.filter(
			(p) =>
				Math.abs(p.x - start.x) + Math.abs(p.y - start.y) > 1 &&
				Math.abs(p.x - end.x) + Math.abs(p.y - end.y) > 1
		);
		expect(
			between.length,
			`frames between ${JSON.stringify(start)} and ${JSON.stringify(end)}`
		).toBeGreaterThan(2);

		// Settled on the new layout's version of the same step; what the edit added is drawn, nothing animates.
		expect(root.getAttribute('data-step')).toBe('two');
		expect(step).toBe('two');
		const settled = positions(screen.container);
		expect([...settled.keys()].sort()).toEqual(to.nodes.map((n) => n.id).sort());
		for (const n of to.nodes) {
			expect(Math.abs(settled.get(n.id)!.x - n.x), n.id).toBeLessThanOrEqual(0.5);
			expect(Math.abs(settled.get(n.id)!.y - n.y), n.id).toBeLessThanOrEqual(0.5);
		}
		expect(settled.has('api')).toBe(true);
		expect(activeTweens()).toBe(0);
		screen.unmount();
	});

	it('keeps the nearest step when the edit removed the current one', async () => {
		const screen = await render(Storyline, { layout: layoutA, step: 'three', motion: 'full', speed: 4 });
		const root = screen.container.querySelector('.sm-storyline')!;
		await screen.rerender({ layout: layoutB });
		await expect.poll(() => root.hasAttribute('data-animating'), { timeout: 10000 }).toBe(false);
		expect(root.getAttribute('data-step')).toBe('two');
		expect(screen.container.querySelector('.sm-error-panel, [data-error-code]')).toBeNull();
		screen.unmount();
	});

	it('swaps at once with reduced motion, keeping the step', async () => {
		const screen = await render(Storyline, { layout: layoutA, step: 'two', motion: 'reduce' });
		const root = screen.container.querySelector('.sm-storyline')!;
		await screen.rerender({ layout: layoutB });
		await expect.poll(() => positions(screen.container).has('api')).toBe(true);
		expect(root.getAttribute('data-step')).toBe('two');
		expect(activeTweens()).toBe(0);
		screen.unmount();
	});

	it('starts over, without animating, when the layout is of another storyline', async () => {
		const screen = await render(Storyline, { layout: layoutA, step: 'two', motion: 'full' });
		const root = screen.container.querySelector('.sm-storyline')!;
		await screen.rerender({ layout: other });
		expect(root.getAttribute('data-storyline')).toBe('another');
		expect(root.hasAttribute('data-animating')).toBe(false);
		expect(activeTweens()).toBe(0);
		screen.unmount();
	});
});
