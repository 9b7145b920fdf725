/**
 * The canvas renderer draws the SVG's own picture: a step painted on the canvas is compared, pixel by pixel, with
 * the same step drawn by the SVG, in both languages; then it must follow the frames, hand the last one back to
 * the SVG at rest, and step aside for markup it cannot draw.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Diagram from '../../src/lib/components/Diagram/Diagram.svelte';
import { layoutStoryline } from '../../src/lib/layout/index.js';
import type { StorylineLayout } from '../../src/lib/layout/types.js';
import type { Lang } from '../../src/lib/model/types.js';
import { validateStoryline } from '../../src/lib/model/validate.js';
import {
	createCanvasPainter,
	MOTION_CANVAS_CLASS,
	prepareCanvas
} from '../../src/lib/motion/canvas-paint.js';
import { sampleTransition } from '../../src/lib/motion/frame.js';
import { createPainter } from '../../src/lib/motion/paint.js';
import { planTransition } from '../../src/lib/motion/plan.js';
import { CLASS, SELECTOR } from '../../src/lib/render/contract.js';
import { kubernetesCri } from '../../src/lib/stacks/kubernetes-cri.js';

/** How alike the canvas and the SVG must be: share of pixels off by more than 64 levels, mean difference. */
const SAME = { share: 0.0033, mean: 0.95 };
/**
 * Around one node (share of its pixels off by more than 64 levels): one drawn shape by shape as the SVG draws it
 * (measured 0.5–1.1 %; at its old size, 16 %), one copied from its picture after a move (4–9 %: its picture
 * lands on whole pixels).
 */
const GROWN = 0.03;
const MOVED = 0.15;
/** The step with the most of everything: groups, captions, badges, edge labels, dashed kinds. */
const STEP = '1.24';

let layout: StorylineLayout;
let cleanup: (() => void) | undefined;

beforeAll(async () => {
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	layout = await layoutStoryline(result.storyline);
	await page.viewport(1700, 1000);
	const style = document.createElement('style');
	style.textContent =
		'.canvas-host { width: 1600px; height: 900px } .canvas-host .sm-diagram { height: 100% } .canvas-host .sm-svg { height: 100%; max-height: none }';
	document.head.append(style);
}, 60_000);

afterEach(() => {
	cleanup?.();
	cleanup = undefined;
});

const stepLayout = (id: string) => layout.steps.find((s) => s.stepId === id)!;

/** One step drawn by `Diagram` in a 1600 × 900 box, fonts loaded; the SVG's parent is positioned. */
async function drawStep(lang: Lang, stepId = STEP, theme: 'light' | 'dark' = 'light') {
	const screen = await render(Diagram, { layout, step: stepId, lang, theme });
	const host = screen.container as HTMLElement;
	host.classList.add('canvas-host');
	cleanup = () => screen.unmount();
	await expect.poll(() => host.querySelector(SELECTOR.svg)).not.toBeNull();
	const svg = host.querySelector<SVGSVGElement>(SELECTOR.svg)!;
	await document.fonts.load('600 16px Pretendard', svg.textContent ?? '');
	await document.fonts.load('400 16px Pretendard', svg.textContent ?? '');
	await document.fonts.ready;
	(svg.parentElement as HTMLElement).style.position = 'relative';
	return { host, svg };
}

/** The host's pixels as the screen shows them. */
async function pixels(host: HTMLElement): Promise<Uint8ClampedArray> {
	await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	const base64 = await page.screenshot({ element: host, save: false });
	const image = new Image();
	image.src = `data:image/png;base64,${base64}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = image.width;
	canvas.height = image.height;
	const ctx = canvas.getContext('2d')!;
	ctx.drawImage(image, 0, 0);
	return ctx.getImageData(0, 0, image.width, image.height).data;
}

/** Share of pixels whose colour differs by more than `level` in any channel, and the mean difference. */
function difference(a: Uint8ClampedArray, b: Uint8ClampedArray, level: number) {
	expect(a.length).toBe(b.length);
	let off = 0;
	let sum = 0;
	for (let i = 0; i < a.length; i += 4) {
		let most = 0;
		for (let c = 0; c < 3; c++) most = Math.max(most, Math.abs((a[i + c] as number) - (b[i + c] as number)));
		if (most > level) off++;
		sum += most;
	}
	const count = a.length / 4;
	return { share: off / count, mean: sum / count };
}

/** A node's box on the host's screenshot, in its pixels (the screenshot's width over the host's), 4 px around. */
function regionOf(host: HTMLElement, el: Element, bytes: number) {
	const h = host.getBoundingClientRect();
	const r = el.getBoundingClientRect();
	const k = Math.sqrt(bytes / 4 / (h.width * h.height));
	const width = Math.round(h.width * k);
	const clamp = (v: number, max: number) => Math.max(0, Math.min(max, Math.round(v)));
	return {
		width,
		left: clamp((r.left - h.left) * k - 4, width),
		right: clamp((r.right - h.left) * k + 4, width),
		top: clamp((r.top - h.top) * k - 4, bytes / 4 / width),
		bottom: clamp((r.bottom - h.top) * k + 4, bytes / 4 / width)
	};
}

/** The pixels of `area` alone. */
function crop(data: Uint8ClampedArray, area: ReturnType<typeof regionOf>): Uint8ClampedArray {
	const out: number[] = [];
	for (let y = area.top; y < area.bottom; y++)
		for (let x = area.left; x < area.right; x++) {
			const i = (y * area.width + x) * 4;
			out.push(data[i] as number, data[i + 1] as number, data[i + 2] as number, data[i + 3] as number);
		}
	return new Uint8ClampedArray(out);
}

/**
 * The step at rest, and a frame of it where the first leaf grows by 40 × 12 units and the second moves by
 * (30.4, 7.3): one drawn shape by shape, one copied from its picture to a place off the whole pixels.
 */
function growAndMove(svg: SVGSVGElement) {
	const rest = { ...restFrame(), view: viewOf(svg) };
	const leaves = stepLayout(STEP).nodes.filter((n) => !n.isGroup);
	const [grows, moves] = [leaves[0]!.id, leaves[1]!.id];
	const changed = {
		...rest,
		nodes: rest.nodes.map((n) =>
			n.id === grows
				? { ...n, box: { ...n.box, width: n.box.width + 40, height: n.box.height + 12 } }
				: n.id === moves
					? { ...n, box: { ...n.box, x: n.box.x + 30.4, y: n.box.y + 7.3 } }
					: n
		)
	};
	return { rest, grows, moves, changed };
}

/** The step at rest as a frame: a plan from the step to itself, at its start. */
function restFrame(stepId = STEP) {
	const step = stepLayout(stepId);
	return sampleTransition(planTransition(step, step))(0);
}

describe('the canvas renderer', () => {
	for (const [lang, theme] of [
		['en', 'light'],
		['ko', 'dark']
	] as const) {
		it(`draws the picture the SVG draws (${lang}, ${theme})`, async () => {
			const { host, svg } = await drawStep(lang, STEP, theme);
			const fromSvg = await pixels(host);
			const painter = createCanvasPainter(svg, { views: [viewOf(svg)] });
			expect(painter).toBeDefined();
			painter!.paint({ ...restFrame(), view: viewOf(svg) });
			expect(host.querySelector(`canvas.${MOTION_CANVAS_CLASS}`)).not.toBeNull();
			expect(svg.style.visibility).toBe('hidden');
			const fromCanvas = await pixels(host);
			const diff = difference(fromSvg, fromCanvas, 64);
			// Text edges are anti-aliased a little differently (measured: 0.25 % of the pixels, mean 0.8 levels);
			// labels 1.4 px off already differ in 0.41 % (mean 1.06), a wrong colour or a missing shape in far more.
			expect(diff.share).toBeLessThan(SAME.share);
			expect(diff.mean).toBeLessThan(SAME.mean);
			painter!.rest?.();
		});
	}

	it('draws a frame where one node resizes and another moves as the SVG draws that frame', async () => {
		const { host, svg } = await drawStep('en');
		const { rest, grows, moves, changed: frame } = growAndMove(svg);
		const painter = createCanvasPainter(svg, { views: [viewOf(svg)] })!;
		painter.paint(rest);
		painter.paint(frame);
		const fromCanvas = await pixels(host);
		// At rest the SVG is given that last frame: the same picture, drawn by the SVG.
		painter.rest?.();
		const fromSvg = await pixels(host);
		// Around each of the two nodes. The grown one is drawn shape by shape: as the SVG draws it. The moved one
		// is copied from its picture to whole pixels, so its edges and texts may be up to a pixel off.
		for (const [id, most] of [
			[grows, GROWN],
			[moves, MOVED]
		] as const) {
			const area = regionOf(host, svg.querySelector(`[data-node-id="${id}"]`)!, fromSvg.length);
			expect(difference(crop(fromSvg, area), crop(fromCanvas, area), 64).share, id).toBeLessThan(most);
		}
		expect(difference(fromSvg, fromCanvas, 64).mean).toBeLessThan(SAME.mean);
	});

	it('would see a grown node drawn at its old size, or a moved one left in place (the comparison above can fail)', async () => {
		const { host, svg } = await drawStep('en');
		const { rest, grows, moves, changed } = growAndMove(svg);
		const painter = createCanvasPainter(svg, { views: [viewOf(svg)] })!;
		painter.paint(rest);
		const unchanged = await pixels(host);
		painter.paint(changed);
		painter.rest?.();
		const fromSvg = await pixels(host);
		for (const [id, most] of [
			[grows, GROWN],
			[moves, MOVED]
		] as const) {
			const area = regionOf(host, svg.querySelector(`[data-node-id="${id}"]`)!, fromSvg.length);
			const diff = difference(crop(fromSvg, area), crop(unchanged, area), 64);
			expect(diff.share, id).toBeGreaterThan(most);
		}
	});

	it('would see labels 2 units (1.4 px) lower (the comparison above can fail)', async () => {
		const { host, svg } = await drawStep('en');
		const fromSvg = await pixels(host);
		for (const text of svg.querySelectorAll('.sm-node-label tspan')) {
			text.setAttribute('y', String(Number(text.getAttribute('y')) + 2));
		}
		const painter = createCanvasPainter(svg, { views: [viewOf(svg)] })!;
		painter.paint({ ...restFrame(), view: viewOf(svg) });
		const after = await pixels(host);
		const diff = difference(fromSvg, after, 64);
		expect(diff.share > SAME.share || diff.mean > SAME.mean).toBe(true);
		painter.rest?.();
	});

	it('draws each frame, then hands the last one to the SVG and shows it again', async () => {
		const { host, svg } = await drawStep('en', '1.5');
		const plan = planTransition(stepLayout('1.5'), stepLayout('1.5'));
		const moved = stepLayout('1.5').nodes.find((n) => !n.isGroup)!;
		const frame = sampleTransition(plan)(0);
		const painter = createCanvasPainter(svg)!;
		painter.paint(frame);
		const canvas = host.querySelector<HTMLCanvasElement>(`canvas.${MOTION_CANVAS_CLASS}`)!;
		const before = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.slice();
		// The same frame with one node 40 units to the right: the canvas changes, the SVG does not.
		const shifted = {
			...frame,
			nodes: frame.nodes.map((n) => (n.id === moved.id ? { ...n, box: { ...n.box, x: n.box.x + 40 } } : n))
		};
		painter.paint(shifted);
		const after = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
		expect(difference(before, after, 16).share).toBeGreaterThan(0.001);
		const root = svg.querySelector(`[data-node-id="${moved.id}"]`)!;
		expect(root.getAttribute('transform')).toBe(`translate(${moved.x} ${moved.y})`);
		expect(
			(
				canvas as unknown as { stackmotionScene: { attribute(id: string, name: string): string } }
			).stackmotionScene.attribute(moved.id, 'transform')
		).toBe(`translate(${Math.round((moved.x + 40) * 100) / 100} ${moved.y})`);
		painter.rest?.();
		// At rest: the SVG shows the last frame, written as the SVG painter writes it; the canvas is hidden.
		expect(canvas.style.visibility).toBe('hidden');
		expect(svg.style.visibility).toBe('');
		expect(root.getAttribute('transform')).toBe(
			`translate(${Math.round((moved.x + 40) * 100) / 100} ${moved.y})`
		);
		const reference = svg.cloneNode(true) as SVGSVGElement;
		createPainter(reference, { paintSize: false }).paint(shifted);
		expect(svg.querySelector(`.${CLASS.layerNodes}`)?.innerHTML).toBe(
			reference.querySelector(`.${CLASS.layerNodes}`)?.innerHTML
		);
	});

	it('readies itself while idle: the looks are read and the picture drawn once off-screen', async () => {
		const { host, svg } = await drawStep('ko');
		expect(prepareCanvas(svg)).toBe(true);
		// Beside the SVG, hidden until a transition paints.
		const canvas = host.querySelector<HTMLCanvasElement>(`canvas.${MOTION_CANVAS_CLASS}`)!;
		expect(canvas.previousElementSibling).toBe(svg);
		expect(canvas.style.visibility).toBe('hidden');
		expect(svg.style.visibility).toBe('');
		const painter = createCanvasPainter(svg)!;
		painter.paint(restFrame());
		expect(host.querySelector(`canvas.${MOTION_CANVAS_CLASS}`)).toBe(canvas);
		expect(canvas.style.visibility).toBe('visible');
		painter.rest?.();
		expect(canvas.style.visibility).toBe('hidden');
	});

	it('steps aside for markup it cannot draw, and for a parent it cannot lay a canvas in', async () => {
		const { svg } = await drawStep('en');
		const circle = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
		svg.querySelector(`.${CLASS.layerNodes}`)?.append(circle);
		expect(createCanvasPainter(svg)).toBeUndefined();
		expect(prepareCanvas(svg)).toBe(false);
		circle.remove();
		expect(prepareCanvas(svg)).toBe(true);
		(svg.parentElement as HTMLElement).style.position = 'static';
		expect(prepareCanvas(svg)).toBe(false);
		expect(createCanvasPainter(svg)).toBeUndefined();
	});
});

/** The SVG's viewBox as a box. */
function viewOf(svg: SVGSVGElement) {
	const [x = 0, y = 0, width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
	return { x, y, width, height };
}
