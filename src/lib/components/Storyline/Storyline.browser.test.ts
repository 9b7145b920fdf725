import { gsap } from 'gsap/gsap-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { layoutStoryline } from '../../layout/index.js';
import type { StepLayout, StorylineLayout } from '../../layout/types.js';
import { validateStoryline } from '../../model/validate.js';
import { cameraFrame, type CameraOptions } from '../../motion/camera.js';
import { sampleTransition } from '../../motion/frame.js';
import { planTransition } from '../../motion/plan.js';
import { pathFromPoints } from '../../render/path.js';
import { kubernetesCri } from '../../stacks/kubernetes-cri.js';
import Diagram from '../Diagram/Diagram.svelte';
import { DEFAULT_MIN_NAME_SIZE } from '../Diagram/types.js';
import Storyline from './Storyline.svelte';

let layout: StorylineLayout;

beforeAll(async () => {
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	layout = await layoutStoryline(result.storyline);
});

const indexOf = (id: string) => layout.steps.findIndex((s) => s.stepId === id);

/** Node positions, sizes and edge paths as drawn, read from the DOM attributes. */
function drawn(container: Element) {
	const nodes = new Map<string, { x: number; y: number; width: number; height: number }>();
	for (const g of container.querySelectorAll<SVGGElement>('svg [data-node-id]')) {
		const [x, y] = (g.getAttribute('transform') ?? '').match(/-?[\d.]+/g)!.map(Number) as [number, number];
		const rect = g.querySelector(':scope > rect')!;
		nodes.set(g.dataset.nodeId!, {
			x,
			y,
			width: Number(rect.getAttribute('width')),
			height: Number(rect.getAttribute('height'))
		});
	}
	const edges = new Map<string, string>();
	for (const g of container.querySelectorAll<SVGGElement>('svg [data-edge-id]')) {
		edges.set(g.dataset.edgeId!, g.querySelector('path')!.getAttribute('d')!);
	}
	return { nodes, edges };
}

/** Numbers of two path strings equal within `tolerance` px. */
function samePath(a: string, b: string, tolerance = 0.5): boolean {
	const na = a.match(/-?[\d.]+/g)?.map(Number) ?? [];
	const nb = b.match(/-?[\d.]+/g)?.map(Number) ?? [];
	return na.length === nb.length && na.every((n, i) => Math.abs(n - (nb[i] as number)) <= tolerance);
}

function expectDrawnLike(actual: ReturnType<typeof drawn>, step: StepLayout) {
	expect([...actual.nodes.keys()].sort()).toEqual(step.nodes.map((n) => n.id).sort());
	for (const box of step.nodes) {
		const got = actual.nodes.get(box.id)!;
		for (const key of ['x', 'y', 'width', 'height'] as const) {
			expect(Math.abs(got[key] - box[key]), `${box.id}.${key}`).toBeLessThanOrEqual(0.5);
		}
	}
	expect([...actual.edges.keys()].sort()).toEqual(step.edges.map((e) => e.id).sort());
	for (const route of step.edges) {
		const d = actual.edges.get(route.id)!;
		expect(samePath(d, pathFromPoints(route.points)), `${route.id}: ${d}`).toBe(true);
	}
}

/** The camera options the Storyline uses for its box (the stage's size, the default floor). */
function cameraOf(container: Element): CameraOptions {
	const stage = container.querySelector<HTMLElement>('.sm-stage')!;
	const { clientWidth: width, clientHeight: height } = stage;
	return {
		mode: 'step',
		fit: 'floor',
		minNameSize: DEFAULT_MIN_NAME_SIZE,
		aspect: width / height,
		boxHeight: height
	};
}

/**
 * The region of the drawing on screen: the SVG's viewBox at rest; during a camera move (the SVG element
 * transformed over one viewBox holding both ends), the drawing's coordinates at the corners of the stage,
 * read back from the screen's own transform.
 */
function viewOf(container: Element) {
	const svg = container.querySelector<SVGSVGElement>('svg.sm-svg')!;
	const [x, y, width, height] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number);
	if (!svg.style.transform) return { x: x!, y: y!, width: width!, height: height! };
	const stage = container.querySelector('.sm-stage')!.getBoundingClientRect();
	const toDrawing = svg.getScreenCTM()!.inverse();
	const topLeft = new DOMPoint(stage.left, stage.top).matrixTransform(toDrawing);
	const bottomRight = new DOMPoint(stage.right, stage.bottom).matrixTransform(toDrawing);
	return {
		x: topLeft.x,
		y: topLeft.y,
		width: bottomRight.x - topLeft.x,
		height: bottomRight.y - topLeft.y
	};
}

function expectView(
	actual: ReturnType<typeof viewOf>,
	expected: { x: number; y: number; width: number; height: number },
	what: string
) {
	for (const key of ['x', 'y', 'width', 'height'] as const) {
		expect(Math.abs(actual[key] - expected[key]), `${what}: viewBox ${key}`).toBeLessThanOrEqual(0.5);
	}
}

function activeTweens(): number {
	return gsap.globalTimeline.getChildren(true, true, true).filter((t) => t.isActive()).length;
}

const press = (target: Element, key: string) =>
	target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('Storyline transitions', () => {
	it('does not animate the first render', async () => {
		const screen = await render(Storyline, { layout, step: '1.24', motion: 'full' });
		const root = screen.container.querySelector('.sm-storyline')!;
		expect(root.getAttribute('data-step')).toBe('1.24');
		expect(root.hasAttribute('data-animating')).toBe(false);
		expect(activeTweens()).toBe(0);
		expectDrawnLike(drawn(screen.container), layout.steps[indexOf('1.24')]!);
		screen.unmount();
	});

	it('shows the transition plan exactly when scrubbed to 0, 0.5 and 1', async () => {
		const to = indexOf('1.24');
		const from = to - 1;
		const screen = await render(Storyline, { layout, step: to, motion: 'full' });
		const scrubber = screen.container.querySelector<HTMLInputElement>('.sm-scrubber')!;
		const camera = cameraOf(screen.container);
		const plan = planTransition(layout.steps[from]!, layout.steps[to]!, {
			camera: { from: cameraFrame(layout, from, camera), to: cameraFrame(layout, to, camera) }
		});
		const frameAt = sampleTransition(plan);
		await expect
			.poll(() => screen.container.querySelector('.sm-storyline')!.hasAttribute('data-motion-ready'), {
				timeout: 10_000
			})
			.toBe(true);

		for (const p of [0, 0.5, 1]) {
			scrubber.value = String(p);
			scrubber.dispatchEvent(new Event('input', { bubbles: true }));
			await expect
				.poll(() => screen.container.querySelector('.sm-storyline')!.hasAttribute('data-animating'))
				.toBe(true);
			await nextFrame();
			const expected = frameAt(p * plan.totalDuration);
			const actual = drawn(screen.container);
			// The camera moves as a transform of the SVG element (a compositor layer) while the transition runs.
			const svg = screen.container.querySelector<SVGSVGElement>('svg.sm-svg')!;
			expect(svg.style.transform, `camera transform at ${p}`).toMatch(/^translate\(.+px\) scale\(.+\)$/);
			expect(svg.style.willChange).toBe('transform');
			expectView(viewOf(screen.container), expected.view!, `at ${p}`);
			for (const node of expected.nodes) {
				const got = actual.nodes.get(node.id)!;
				expect(got, node.id).toBeDefined();
				expect(Math.abs(got.x - node.box.x), `${node.id}.x at ${p}`).toBeLessThanOrEqual(0.5);
				expect(Math.abs(got.y - node.box.y), `${node.id}.y at ${p}`).toBeLessThanOrEqual(0.5);
				expect(Math.abs(got.width - node.box.width), `${node.id}.width at ${p}`).toBeLessThanOrEqual(0.5);
			}
			for (const edge of expected.edges) {
				expect(samePath(actual.edges.get(edge.id)!, pathFromPoints(edge.points)), `${edge.id} at ${p}`).toBe(
					true
				);
			}
		}
		// At 0.5 something really is in between: the camera, or a node that moves or resizes, is at neither end.
		const half = frameAt(0.5 * plan.totalDuration);
		const apart = (a: { x: number; y: number; width: number }, b: typeof a) =>
			Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + Math.abs(a.width - b.width) > 1;
		const cameraBetween = apart(half.view!, plan.camera!.from) && apart(half.view!, plan.camera!.to);
		const nodeBetween = plan.nodes.some((n) => {
			const box = half.nodes.find((m) => m.id === n.id)?.box;
			return n.from && n.to && box && apart(box, n.from) && apart(box, n.to);
		});
		expect(cameraBetween || nodeBetween, 'something in between at 0.5').toBe(true);
		screen.unmount();
	});

	for (const renderer of ['svg', 'canvas'] as const)
		it(`ends exactly on the last of 200 rapid requests, with nothing left animating (${renderer})`, async () => {
			const screen = await render(Storyline, { layout, step: 0, motion: 'full', speed: 4, renderer });
			const stage = screen.container.querySelector('.sm-stage')!;
			const keys = [
				'ArrowRight',
				'ArrowRight',
				'ArrowLeft',
				'End',
				'ArrowLeft',
				'Home',
				'PageDown',
				'ArrowRight'
			];
			let expected = 0;
			const last = layout.steps.length - 1;
			for (let i = 0; i < 200; i++) {
				const key = keys[(i * 7 + (i >> 3)) % keys.length]!;
				press(stage, key);
				if (key === 'ArrowRight' || key === 'PageDown') expected = Math.min(last, expected + 1);
				else if (key === 'ArrowLeft') expected = Math.max(0, expected - 1);
				else if (key === 'Home') expected = 0;
				else expected = last;
				// Every tenth request lands mid-transition on a painted frame, the rest in the same task.
				if (i % 10 === 9) await nextFrame();
			}
			const root = screen.container.querySelector('.sm-storyline')!;
			await expect.poll(() => root.hasAttribute('data-animating'), { timeout: 15000 }).toBe(false);
			expect(root.getAttribute('data-step')).toBe(layout.steps[expected]!.stepId);
			// At rest the still picture is drawn as `Diagram` draws it: its viewBox, no transform, no layer.
			const svg = screen.container.querySelector<SVGSVGElement>('svg.sm-svg')!;
			expect(svg.style.transform).toBe('');
			expect(svg.style.willChange).toBe('');
			expect(svg.style.visibility).toBe('');
			const canvas = screen.container.querySelector<HTMLCanvasElement>('canvas.sm-motion-canvas');
			if (renderer === 'canvas') expect(canvas).not.toBeNull();
			if (canvas) expect(canvas.style.visibility).toBe('hidden');
			expect(activeTweens()).toBe(0);
			expect(gsap.globalTimeline.getChildren().length).toBe(0);

			const fresh = await render(Diagram, { layout, step: expected });
			const reference = drawn(fresh.container);
			const actual = drawn(screen.container);
			expectDrawnLike(actual, layout.steps[expected]!);
			expectView(
				viewOf(screen.container),
				cameraFrame(layout, expected, cameraOf(screen.container)),
				'after 200'
			);
			const freshStorylineScreen = await render(Storyline, { layout, step: expected, motion: 'full' });
			expectView(viewOf(screen.container), viewOf(freshStorylineScreen.container), 'against a fresh render');
			freshStorylineScreen.unmount();
			expect([...actual.nodes.keys()].sort()).toEqual([...reference.nodes.keys()].sort());
			for (const [id, d] of reference.edges) expect(samePath(actual.edges.get(id)!, d), id).toBe(true);
			screen.unmount();
			fresh.unmount();
		});

	it('plays the same plan backward when going back one step', async () => {
		const screen = await render(Storyline, { layout, step: 2, motion: 'full' });
		const stage = screen.container.querySelector('.sm-stage')!;
		const root = screen.container.querySelector('.sm-storyline')!;
		const camera = cameraOf(screen.container);
		// The plan that brought 1 → 2, with its camera: going back plays it from its end to its start.
		const plan = planTransition(layout.steps[1]!, layout.steps[2]!, {
			camera: { from: cameraFrame(layout, 1, camera), to: cameraFrame(layout, 2, camera) }
		});
		const frameAt = sampleTransition(plan);
		const seen: { view: ReturnType<typeof viewOf>; nodes: ReturnType<typeof drawn>['nodes'] }[] = [];
		press(stage, 'ArrowLeft');
		await expect.poll(() => root.hasAttribute('data-animating')).toBe(true);
		expect(root.getAttribute('data-step')).toBe(layout.steps[1]!.stepId);
		while (root.hasAttribute('data-animating')) {
			seen.push({ view: viewOf(screen.container), nodes: drawn(screen.container).nodes });
			await nextFrame();
		}
		expectDrawnLike(drawn(screen.container), layout.steps[1]!);
		expectView(viewOf(screen.container), cameraFrame(layout, 1, camera), 'back at 1');
		// Every frame painted on the way back is a frame of that plan (viewBox and every node at one time of it),
		// found by searching the plan's time (the painter rounds to 0.01 px; ±0.5 px is allowed).
		const grid = Array.from({ length: 401 }, (_, i) => frameAt((i / 400) * plan.totalDuration));
		const errorAgainst = (seenFrame: (typeof seen)[number], frame: (typeof grid)[number]) => {
			let worst = 0;
			for (const k of ['x', 'y', 'width', 'height'] as const) {
				worst = Math.max(worst, Math.abs(seenFrame.view[k] - frame.view![k]));
			}
			for (const n of frame.nodes) {
				const got = seenFrame.nodes.get(n.id);
				if (got) worst = Math.max(worst, Math.abs(got.x - n.box.x), Math.abs(got.y - n.box.y));
			}
			return worst;
		};
		let inBetween = 0;
		for (const frame of seen) {
			const errors = grid.map((g) => errorAgainst(frame, g));
			const at = errors.indexOf(Math.min(...errors));
			// Refine around the nearest grid time: 1/20 of a grid step.
			let best = errors[at]!;
			for (let k = -20; k <= 20; k++) {
				const time = ((at + k / 20) / 400) * plan.totalDuration;
				if (time >= 0 && time <= plan.totalDuration)
					best = Math.min(best, errorAgainst(frame, frameAt(time)));
			}
			expect(best, 'a painted frame is a frame of the plan (px)').toBeLessThanOrEqual(0.5);
			if (errorAgainst(frame, grid[0]!) > 1 && errorAgainst(frame, grid[400]!) > 1) inBetween++;
		}
		expect(inBetween, 'frames painted between the two steps').toBeGreaterThan(0);
		screen.unmount();
	});

	it('kills its timeline when destroyed mid-transition', async () => {
		const screen = await render(Storyline, { layout, step: 0, motion: 'full' });
		press(screen.container.querySelector('.sm-stage')!, 'End');
		await expect.poll(() => activeTweens()).toBeGreaterThan(0);
		screen.unmount();
		expect(activeTweens()).toBe(0);
		expect(gsap.globalTimeline.getChildren().length).toBe(0);
	});
});

describe('Storyline and its motion code, loaded after the first paint', () => {
	it('draws its step at once, and a key pressed before the motion code is here still animates and settles', async () => {
		const from = indexOf('1.20');
		const screen = await render(Storyline, { layout, step: from, motion: 'full', speed: 4 });
		const root = screen.container.querySelector('.sm-storyline')!;
		expectDrawnLike(drawn(screen.container), layout.steps[from]!);
		// Pressed in the same task as the mount: whatever has loaded by now, the request must not be lost.
		press(screen.container.querySelector('.sm-stage')!, 'ArrowRight');
		await expect.poll(() => root.getAttribute('data-step')).toBe('1.24');
		await expect.poll(() => activeTweens(), { timeout: 5000 }).toBeGreaterThan(0);
		expect(root.hasAttribute('data-motion-ready')).toBe(true);
		await expect.poll(() => root.hasAttribute('data-animating'), { timeout: 10000 }).toBe(false);
		expectDrawnLike(drawn(screen.container), layout.steps[from + 1]!);
		screen.unmount();
		expect(activeTweens()).toBe(0);
	});
});

describe('Storyline with reduced motion', () => {
	it('swaps at once, outlines what changed and says it in words', async () => {
		const to = indexOf('1.24');
		const screen = await render(Storyline, { layout, step: to - 1, motion: 'reduce', lang: 'en' });
		const root = screen.container.querySelector('.sm-storyline')!;
		expect(root.hasAttribute('data-highlight-changes')).toBe(true);
		const camera = cameraOf(screen.container);
		expectView(viewOf(screen.container), cameraFrame(layout, to - 1, camera), 'before');
		// The motion code loads while idle after the first paint; a key before then waits for it (tested apart).
		await expect.poll(() => root.hasAttribute('data-motion-ready'), { timeout: 10_000 }).toBe(true);
		press(screen.container.querySelector('.sm-stage')!, 'ArrowRight');
		await expect.poll(() => root.getAttribute('data-step')).toBe('1.24');
		// Frame and content swap together: the first painted frame already shows the new step in its frame.
		await nextFrame();
		expectView(viewOf(screen.container), cameraFrame(layout, to, camera), 'right after the key');
		expectDrawnLike(drawn(screen.container), layout.steps[to]!);
		await expect.poll(() => root.hasAttribute('data-animating')).toBe(false);
		expect(activeTweens()).toBe(0);
		expectDrawnLike(drawn(screen.container), layout.steps[to]!);
		const summary = screen.container.querySelector('[data-change-summary]')!;
		expect(summary.getAttribute('aria-live')).toBe('polite');
		expect(summary.textContent).toContain('Removed');
		expect(summary.textContent).toContain('dockershim');
		const added = screen.container.querySelectorAll('.sm-node[data-change="added"]');
		expect(added.length).toBeGreaterThan(0);
		screen.unmount();
	});
});

describe('Storyline motion renderers', () => {
	/** Plays 1.0 → 1.5 with `renderer`, noting on every frame whether a canvas was shown and the SVG hidden. */
	async function playWith(renderer: 'auto' | 'svg' | 'canvas') {
		const screen = await render(Storyline, { layout, step: 0, motion: 'full', renderer, speed: 2 });
		const root = screen.container.querySelector('.sm-storyline')!;
		await expect.poll(() => root.hasAttribute('data-motion-ready'), { timeout: 10000 }).toBe(true);
		const svg = screen.container.querySelector<SVGSVGElement>('svg.sm-svg')!;
		press(screen.container.querySelector('.sm-stage')!, 'ArrowRight');
		await expect.poll(() => root.hasAttribute('data-animating')).toBe(true);
		let onCanvas = 0;
		let frames = 0;
		while (root.hasAttribute('data-animating')) {
			const canvas = screen.container.querySelector<HTMLCanvasElement>('canvas.sm-motion-canvas');
			if (canvas?.style.visibility === 'visible' && svg.style.visibility === 'hidden') onCanvas++;
			frames++;
			await nextFrame();
		}
		const canvas = screen.container.querySelector<HTMLCanvasElement>('canvas.sm-motion-canvas');
		return { screen, svg, canvas, onCanvas, frames };
	}

	it('draws a transition on a canvas when asked, and rests on the SVG, drawn as the step', async () => {
		const { screen, svg, canvas, onCanvas, frames } = await playWith('canvas');
		expect(onCanvas, 'frames drawn on the canvas').toBeGreaterThan(frames / 2);
		expect(canvas?.style.visibility).toBe('hidden');
		expect(svg.style.visibility).toBe('');
		expect(canvas?.getAttribute('aria-hidden')).toBe('true');
		expectDrawnLike(drawn(screen.container), layout.steps[1]!);
		screen.unmount();
	});

	it('keeps a small storyline on the SVG by default, and any storyline when asked', async () => {
		for (const renderer of ['auto', 'svg'] as const) {
			const { screen, onCanvas, frames } = await playWith(renderer);
			expect(frames).toBeGreaterThan(0);
			expect(onCanvas, renderer).toBe(0);
			expectDrawnLike(drawn(screen.container), layout.steps[1]!);
			screen.unmount();
		}
	});
});
