/**
 * Interaction under stress, in Chromium: a diagram destroyed mid-transition leaves nothing behind (no GSAP
 * tween, listener, ResizeObserver, BroadcastChannel or interval; no error), rapid keys and clicker keys settle
 * on the last requested step, and a window resize during a transition still ends on the right drawing.
 */
import { gsap } from 'gsap/gsap-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Presenter from '../../src/lib/components/Presenter/Presenter.svelte';
import Storyline from '../../src/lib/components/Storyline/Storyline.svelte';
import { layoutStoryline } from '../../src/lib/layout/index.js';
import type { StepLayout, StorylineLayout } from '../../src/lib/layout/types.js';
import { validateStoryline } from '../../src/lib/model/index.js';
import { kubernetesCri } from '../../src/lib/stacks/kubernetes-cri.js';
import { instrument, NOTHING_LEFT, type Instrumentation } from './instrument.js';

let layout: StorylineLayout;
let tracker: Instrumentation | undefined;

beforeAll(async () => {
	await page.viewport(1280, 900);
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	layout = await layoutStoryline(result.storyline);
	// Warm up: one mount and unmount of each component, so one-time module setup is not counted as a leak.
	(await render(Storyline, { layout, step: 0 })).unmount();
	(await render(Presenter, { layout, step: 0, hash: false })).unmount();
});

afterEach(() => {
	tracker?.uninstall();
	tracker = undefined;
});

const press = (target: EventTarget, key: string) =>
	target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const tweens = () => gsap.globalTimeline.getChildren(true, true, true);

/** Waits until the transition is on screen and a few frames into it. */
async function midTransition(root: Element) {
	await expect.poll(() => root.getAttribute('data-animating')).toBe('true');
	await expect.poll(() => tweens().filter((t) => t.isActive()).length).toBeGreaterThan(0);
	await frame();
	expect(root.getAttribute('data-animating'), 'still animating').toBe('true');
}

async function settled(root: Element) {
	await expect.poll(() => root.hasAttribute('data-animating'), { timeout: 20_000 }).toBe(false);
}

/** Node boxes as drawn (layout coordinates, from the transform and rect attributes). */
function drawnNodes(container: Element) {
	const nodes = new Map<string, { x: number; y: number; width: number; height: number }>();
	for (const g of container.querySelectorAll<SVGGElement>('svg [data-node-id]')) {
		const [x = NaN, y = NaN] = (g.getAttribute('transform') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
		const rect = g.querySelector(':scope > rect');
		nodes.set(g.dataset.nodeId ?? '', {
			x,
			y,
			width: Number(rect?.getAttribute('width')),
			height: Number(rect?.getAttribute('height'))
		});
	}
	return nodes;
}

function expectDrawnAs(container: Element, step: StepLayout) {
	const drawn = drawnNodes(container);
	expect([...drawn.keys()].sort()).toEqual(step.nodes.map((n) => n.id).sort());
	for (const box of step.nodes) {
		const got = drawn.get(box.id);
		for (const key of ['x', 'y', 'width', 'height'] as const) {
			expect(Math.abs((got?.[key] ?? NaN) - box[key]), `${box.id}.${key}`).toBeLessThanOrEqual(0.5);
		}
	}
}

describe('destroyed mid-transition', () => {
	it('a Storyline leaves no tween, listener, observer, interval or error behind', async () => {
		tracker = instrument();
		const screen = await render(Storyline, { layout, step: 0, motion: 'full' });
		const root = screen.container.querySelector('.sm-storyline');
		const stage = screen.container.querySelector('.sm-stage');
		if (!root || !stage) throw new Error('no storyline drawn');
		press(stage, 'End');
		await midTransition(root);
		const during = tracker.leaks();
		screen.unmount();
		await frame();
		await frame();

		expect(tweens()).toEqual([]);
		expect(tracker.leaks()).toEqual(NOTHING_LEFT);
		// The counters did see the component's listeners and observers while it was mounted.
		expect(tracker.created().listeners).toBeGreaterThan(0);
		expect(during.listeners.length + during.observers).toBeGreaterThan(0);
	});

	it('a Presenter also closes its BroadcastChannel', async () => {
		tracker = instrument();
		const screen = await render(Presenter, { layout, step: 0, motion: 'full', hash: false });
		const root = screen.container.querySelector('.sm-storyline');
		if (!root) throw new Error('no storyline drawn');
		press(window, 'PageDown');
		await midTransition(root);
		expect(tracker.leaks().channels).toEqual([`stackmotion:${layout.storyline.id}`]);
		screen.unmount();
		await frame();
		await frame();

		expect(tweens()).toEqual([]);
		expect(tracker.leaks()).toEqual(NOTHING_LEFT);
		expect(tracker.created().channels).toBe(1);
	});

	it('the instrumentation does report what is left (the test can fail)', async () => {
		tracker = instrument();
		const target = document.createElement('div');
		document.body.append(target);
		target.addEventListener('click', () => {});
		new ResizeObserver(() => {}).observe(target);
		const channel = new BroadcastChannel('left-open');
		console.error('something broke');
		const left = tracker.leaks();
		expect(left.listeners).toEqual(['click on <div>']);
		expect(left.observers).toBe(1);
		expect(left.channels).toEqual(['left-open']);
		expect(left.errors).toEqual(['console.error: something broke']);
		channel.close();
		target.remove();
	});
});

describe('rapid input', () => {
	it('presenter: 120 keys from a keyboard and a clicker settle on the last requested step', async () => {
		tracker = instrument();
		const screen = await render(Presenter, { layout, step: 0, motion: 'full', speed: 2, hash: false });
		const root = screen.container.querySelector('.sm-storyline');
		if (!root) throw new Error('no storyline drawn');
		const last = layout.steps.length - 1;
		// A clicker sends PageDown/PageUp (and "." for a black screen); a keyboard the arrows, Space, Home, End.
		const keys = ['PageDown', 'PageDown', 'ArrowRight', 'PageUp', ' ', 'End', 'ArrowLeft', 'Home', '.'];
		let expected = 0;
		let black = false;
		for (let i = 0; i < 120; i++) {
			const key = keys[(i * 5 + (i >> 2)) % keys.length] ?? 'PageDown';
			press(window, key);
			// While the screen is black, a step key first brings the picture back without moving.
			if (key === '.') black = !black;
			else if (black) black = false;
			else if (key === 'PageDown' || key === 'ArrowRight' || key === ' ')
				expected = Math.min(last, expected + 1);
			else if (key === 'PageUp' || key === 'ArrowLeft') expected = Math.max(0, expected - 1);
			else if (key === 'Home') expected = 0;
			else if (key === 'End') expected = last;
			// Every seventh key waits for a painted frame, so requests land mid-transition; the rest in one task.
			if (i % 7 === 6) await frame();
		}
		await settled(root);
		expect(root.getAttribute('data-step')).toBe(layout.steps[expected]?.stepId);
		expectDrawnAs(screen.container, layout.steps[expected] as StepLayout);
		expect(tweens()).toEqual([]);
		screen.unmount();
		expect(tracker.leaks()).toEqual(NOTHING_LEFT);
	});
});

describe('a window resize during a transition', () => {
	it('settles on the requested step, drawn at the new size', async () => {
		tracker = instrument();
		const screen = await render(Storyline, { layout, step: 0, motion: 'full' });
		const root = screen.container.querySelector('.sm-storyline');
		const stage = screen.container.querySelector('.sm-stage');
		const svg = screen.container.querySelector('svg.sm-svg');
		if (!root || !stage || !svg) throw new Error('no storyline drawn');
		const wide = svg.getBoundingClientRect().width;
		press(stage, 'End');
		await midTransition(root);
		await page.viewport(640, 700);
		press(stage, 'ArrowLeft');
		await frame();
		await page.viewport(1000, 800);
		await settled(root);

		const target = layout.steps.length - 2;
		expect(root.getAttribute('data-step')).toBe(layout.steps[target]?.stepId);
		expectDrawnAs(screen.container, layout.steps[target] as StepLayout);
		const box = svg.getBoundingClientRect();
		expect(box.width).toBeGreaterThan(0);
		expect(box.width).toBeLessThanOrEqual(1000);
		expect(box.width).not.toBe(wide);
		screen.unmount();
		await page.viewport(1280, 900);
		expect(tracker.leaks()).toEqual(NOTHING_LEFT);
	});
});
