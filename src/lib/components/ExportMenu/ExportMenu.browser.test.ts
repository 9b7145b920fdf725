import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { buildTimeline, type TransitionSegment } from '../../export/video/timeline.js';
import { layoutStoryline } from '../../layout/index.js';
import type { StorylineLayout } from '../../layout/types.js';
import { validateStoryline } from '../../model/validate.js';
import { kubernetesCri } from '../../stacks/kubernetes-cri.js';
import Diagram from '../Diagram/Diagram.svelte';
import ExportMenu from './ExportMenu.svelte';

let layout: StorylineLayout;

beforeAll(async () => {
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error('kubernetes-cri does not validate');
	layout = await layoutStoryline(result.storyline);
}, 120_000);

afterEach(() => vi.restoreAllMocks());

/** Clicks an export button and returns the file the menu hands to the browser's download, with its name. */
async function downloadOf(button: HTMLButtonElement): Promise<{ blob: Blob; name: string }> {
	const made = new Promise<Blob>((resolve) => {
		const create = URL.createObjectURL.bind(URL);
		vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
			resolve(blob as Blob);
			return create(blob);
		});
	});
	const named = new Promise<string>((resolve) => {
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			resolve(this.download);
		});
	});
	button.click();
	return { blob: await made, name: await named };
}

/** The picture an `<img>` shows now, as pixels. */
function pixelsOf(image: HTMLImageElement, width: number, height: number): Uint8ClampedArray {
	const canvas = new OffscreenCanvas(width, height);
	const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
	context.drawImage(image, 0, 0, width, height);
	return context.getImageData(0, 0, width, height).data;
}

const differ = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
	let count = 0;
	for (let i = 0; i < a.length; i += 4)
		if (
			Math.abs((a[i] as number) - (b[i] as number)) + Math.abs((a[i + 1] as number) - (b[i + 1] as number)) >
			24
		)
			count++;
	return count / (a.length / 4);
};

describe('ExportMenu: animated SVG', { timeout: 240_000 }, () => {
	it('downloads one self-contained looping SVG whose moving component passes between its two places', async () => {
		const stage = await render(Diagram, { layout, step: 0 });
		// `target` is also a mount option: the props go under `props`.
		const menu = await render(ExportMenu, {
			props: { target: () => stage.container, layout, lang: 'en', theme: 'light' }
		});
		const button = menu.container.querySelector<HTMLButtonElement>('[data-export="animated-svg"]');
		expect(button?.textContent).toBe('Animated SVG (all steps)');
		const { blob, name } = await downloadOf(button as HTMLButtonElement);
		expect(name).toBe('kubernetes-cri-en-animated.svg');
		expect(blob.type).toBe('image/svg+xml');
		const svg = await blob.text();
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toMatch(/@keyframes/);
		expect(svg).toMatch(/@font-face\{[^}]*base64/); // the page's font subsets travel inside
		expect(svg).not.toMatch(/<script|href="http/);
		// Well-formed XML, as an image (unlike an inlined page) needs.
		const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
		expect(parsed.querySelector('parsererror')?.textContent ?? '').toBe('');
		const timeline = buildTimeline(layout);
		expect(svg.match(/class="smx-layer"/g)).toHaveLength(timeline.segments.length);

		// Inlined, every animation paused mid-move: a persisting component that travels is between both ends.
		const travels = (n: TransitionSegment['plan']['nodes'][number]) =>
			!!n.from && !!n.to && Math.hypot(n.to.x - n.from.x, n.to.y - n.from.y) > 10;
		const segmentIndex = timeline.segments.findIndex(
			(s) => s.kind === 'transition' && s.plan.nodes.some(travels)
		);
		const segment = timeline.segments[segmentIndex] as TransitionSegment;
		const mover = segment.plan.nodes.find(travels);
		if (!mover?.from || !mover.to) throw new Error('no moving component');
		// The axis it travels further along.
		const axis = Math.abs(mover.to.x - mover.from.x) > Math.abs(mover.to.y - mover.from.y) ? 'x' : 'y';
		const host = document.createElement('div');
		host.style.cssText = 'position:absolute;left:0;top:0';
		host.innerHTML = svg;
		document.body.append(host);
		const animations = document
			.getAnimations()
			.filter((a) => host.contains((a.effect as KeyframeEffect).target));
		expect(animations.length).toBeGreaterThan(10);
		const at = (time: number) => {
			for (const animation of animations) {
				animation.pause();
				animation.currentTime = time * 1000;
			}
			const rect = host.querySelector(`#smx-layer-${segmentIndex} [data-node-id="${mover.id}"] > rect`);
			return (rect?.getBoundingClientRect()[axis] ?? NaN) - host.getBoundingClientRect()[axis];
		};
		const start = at(segment.start + mover.start + 0.001);
		const middle = at(segment.start + mover.start + mover.duration / 2);
		const end = at(segment.start + segment.duration - 0.001);
		host.remove();
		const [from, to] = [mover.from[axis], mover.to[axis]];
		expect(start).toBeCloseTo(from, 0);
		expect(end).toBeCloseTo(to, 0);
		expect(middle).toBeGreaterThan(Math.min(from, to) + 1);
		expect(middle).toBeLessThan(Math.max(from, to) - 1);

		// As an <img> it plays on its own: over a loop the picture takes many shapes, not one per resting step.
		const image = new Image();
		image.src = URL.createObjectURL(blob);
		// On the page, so its animations run (an image off the page is drawn at its first frame).
		document.body.append(image);
		await image.decode();
		const width = Math.ceil(image.naturalWidth / 2);
		const height = Math.ceil(image.naturalHeight / 2);
		// An image's own animations cannot be seeked from the page: sample it once per drawn frame until it has
		// shown enough distinct pictures, for at most one loop.
		const steps = timeline.segments.filter((s) => s.kind === 'hold').length;
		const pictures: Uint8ClampedArray[] = [];
		const until = performance.now() + timeline.duration * 1000;
		while (pictures.length <= steps + 2 && performance.now() < until) {
			const now = pixelsOf(image, width, height);
			if (!pictures.some((p) => differ(p, now) < 0.001)) pictures.push(now);
			await new Promise((resolve) => requestAnimationFrame(resolve));
		}
		image.remove();
		expect(pictures.length).toBeGreaterThan(steps + 2);
	});
});
