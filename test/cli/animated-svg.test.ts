import { beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { exportAnimatedSvg } from '../../src/cli/render/animated-svg.js';
import { loadAssets } from '../../src/cli/render/assets.js';
import { launchChromium } from '../../src/cli/render/chromium.js';
import { bakeStoryline } from '../../src/lib/bake/index.js';
import { buildTimeline, type Timeline, type TransitionSegment } from '../../src/lib/export/video/timeline.js';
import type { StorylineLayout } from '../../src/lib/layout/types.js';
import { stacks } from '../../src/lib/stacks/index.js';

/** A persisting component whose position (not only its size) changes by more than 10 px (the joint layout keeps most still). */
const travels = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.hypot(b.x - a.x, b.y - a.y) > 10;

let layout: StorylineLayout;
let timeline: Timeline;
let svg: string;

beforeAll(async () => {
	const baked = await bakeStoryline(stacks['kubernetes-cri']);
	if (!baked.ok) throw new Error(baked.errors.map((e) => e.message).join('\n'));
	layout = baked.layout;
	timeline = buildTimeline(layout);
	svg = await exportAnimatedSvg(layout, await loadAssets(), { lang: 'en', theme: 'light' });
}, 120_000);

async function withPage<T>(use: (page: Page, browser: Browser) => Promise<T>): Promise<T> {
	const browser = await launchChromium();
	try {
		return await use(await browser.newPage(), browser);
	} finally {
		await browser.close();
	}
}

const size = () => ({
	width: Math.ceil(Number(/width="([\d.]+)"/.exec(svg)?.[1])),
	height: Math.ceil(Number(/height="([\d.]+)"/.exec(svg)?.[1]))
});

/** The svg inlined in a page, every CSS animation paused at `time` seconds of the loop. */
async function inlineAt(page: Page, time: number) {
	await page.evaluate((ms) => {
		for (const animation of document.getAnimations()) {
			animation.pause();
			animation.currentTime = ms;
		}
	}, time * 1000);
}

/** Share of pixels that differ noticeably, for each screenshot against each reference (decoded in the page). */
async function differences(page: Page, shots: Buffer[], references: Buffer[]): Promise<number[][]> {
	return page.evaluate(
		async ([shots, references]) => {
			const pixels = async (base64: string) => {
				const image = new Image();
				image.src = `data:image/png;base64,${base64}`;
				await image.decode();
				const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
				const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
				context.drawImage(image, 0, 0);
				return context.getImageData(0, 0, canvas.width, canvas.height).data;
			};
			const refs = await Promise.all(references.map(pixels));
			const out: number[][] = [];
			for (const shot of shots) {
				const a = await pixels(shot);
				out.push(
					refs.map((b) => {
						let differing = 0;
						for (let i = 0; i < a.length; i += 4) {
							const delta = Math.max(
								Math.abs((a[i] ?? 0) - (b[i] ?? 0)),
								Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)),
								Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0))
							);
							if (delta > 48) differing++;
						}
						return differing / (a.length / 4);
					})
				);
			}
			return out;
		},
		[shots.map((s) => s.toString('base64')), references.map((s) => s.toString('base64'))] as const
	);
}

/** Screenshots of each resting step, from the inlined SVG paused in the middle of each hold. */
async function holdPictures(page: Page): Promise<Buffer[]> {
	const { width, height } = size();
	await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
	await page.evaluate(() => document.fonts.ready);
	const pictures: Buffer[] = [];
	for (const segment of timeline.segments.filter((s) => s.kind === 'hold')) {
		await inlineAt(page, segment.start + segment.duration / 2);
		pictures.push(await page.screenshot({ clip: { x: 0, y: 0, width, height } }));
	}
	return pictures;
}

describe('animated SVG of kubernetes-cri', { timeout: 300_000 }, () => {
	test('one self-contained, looping file: no script, nothing external, the used fonts embedded', () => {
		console.log(`animated SVG of kubernetes-cri: ${(svg.length / 1024).toFixed(0)} KB (${svg.length} bytes)`);
		expect(svg).not.toMatch(/<script/i);
		expect(svg).not.toMatch(/(?:href|src)="(?:https?:)?\/\//);
		expect(svg).not.toMatch(/url\((?!#|data:)/);
		expect(svg).toMatch(/@font-face\{font-family:'Pretendard'[^}]*data:font\/woff2;base64,/);
		expect(svg).toMatch(/infinite/);
		expect(svg).toMatch(/@media \(prefers-reduced-motion: reduce\)/);
		// One layer per segment of the timeline: five steps resting, four transitions.
		expect(svg.match(/class="smx-layer"/g)).toHaveLength(timeline.segments.length);
	});

	test('inlined in a page, a persisting component glides through intermediate positions mid-transition', async () => {
		const segmentIndex = timeline.segments.findIndex(
			(s) => s.kind === 'transition' && s.plan.nodes.some((n) => n.from && n.to && travels(n.from, n.to))
		);
		const segment = timeline.segments[segmentIndex] as TransitionSegment;
		const mover = segment.plan.nodes.find((n) => n.from && n.to && travels(n.from, n.to));
		if (!mover?.from || !mover.to) throw new Error('no moving component');
		await withPage(async (page) => {
			await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
			expect(await page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(10);
			const boxAt = async (time: number) => {
				await inlineAt(page, time);
				return page.evaluate(
					([layer, id]) => {
						const rect = document.querySelector(`#smx-layer-${layer} [data-node-id="${id}"] > rect`);
						const box = rect?.getBoundingClientRect();
						const shown = getComputedStyle(document.querySelector(`#smx-layer-${layer}`) as Element).opacity;
						return box ? { x: box.x, y: box.y, shown } : undefined;
					},
					[segmentIndex, mover.id] as const
				);
			};
			const start = await boxAt(segment.start + mover.start + 0.001);
			const middle = await boxAt(segment.start + mover.start + mover.duration / 2);
			const end = await boxAt(segment.start + segment.duration - 0.001);
			expect(start?.shown).toBe('1');
			expect(middle?.shown).toBe('1');
			const between = (v: number, a: number, b: number) => v > Math.min(a, b) + 1 && v < Math.max(a, b) - 1;
			const { from, to } = mover as Required<typeof mover>;
			expect(start?.x).toBeCloseTo(from.x, 0);
			expect(start?.y).toBeCloseTo(from.y, 0);
			expect(end?.x).toBeCloseTo(to.x, 0);
			expect(end?.y).toBeCloseTo(to.y, 0);
			expect(between(middle?.x ?? NaN, from.x, to.x) || between(middle?.y ?? NaN, from.y, to.y)).toBe(true);
		});
	});

	test('as an <img>, Chromium plays it: a picture between two steps appears; with reduced motion the last step shows, still', async () => {
		const { width, height } = size();
		await withPage(async (page) => {
			const holds = await holdPictures(page);
			const imgPage = `<!doctype html><body style="margin:0"><img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`;
			await page.setContent(imgPage);
			await page.evaluate(() => document.querySelector('img')?.decode());
			// Screenshots as fast as the machine takes them, over up to two loops of the animation.
			const shots: Buffer[] = [];
			const until = Date.now() + 2 * timeline.duration * 1000;
			while (Date.now() < until && shots.length < 80)
				shots.push(await page.screenshot({ clip: { x: 0, y: 0, width, height } }));
			const nearest = (await differences(page, shots, holds)).map((row) => Math.min(...row));
			console.log(
				`<img> screenshots: ${shots.length}; nearest resting step differs by ${nearest.map((d) => (d * 100).toFixed(2)).join(' ')} %`
			);
			// Some shots are resting steps (an <img> and the inlined page draw text edges a little differently)…
			expect(nearest.some((d) => d < 0.01)).toBe(true);
			// …and some are none of them: the picture was caught mid-transition.
			expect(nearest.some((d) => d > 0.015)).toBe(true);

			// Reduced motion, checked on the inlined file: Chromium's media emulation does not reach into images.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
			await page.evaluate(() => document.fonts.ready);
			expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
			const still = await page.screenshot({ clip: { x: 0, y: 0, width, height } });
			const [[toLast = 1] = []] = await differences(page, [still], holds.slice(-1));
			expect(toLast).toBeLessThan(0.001);
		});
	});
});
