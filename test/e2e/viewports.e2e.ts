/**
 * The presenter at every screen it is shown on, from a 1024 px laptop to a 4K projector, 16:9 and 4:3, in both
 * languages, on the built site with reduced motion: a representative set of steps (the first and last step of
 * every stack and every step of kubernetes-cri), each deep-linked with `#N`, in one page per stack and language
 * that is resized to each viewport in turn.
 *
 * At each viewport and step: the page does not overflow, no text leaves the viewport, the caption is wholly on
 * screen and not clipped, the camera cuts no component (a leaf box or a group's title) at the frame's edge, and
 * the diagram's box on screen is the same for every step of a talk. Across viewports of one shape, the caption,
 * the title bar and the controls grow with the screen.
 *
 * Each test prints `viewports | stack | lang | steps | diagram box per viewport | cut` for the record.
 */
import { expect, test } from '@playwright/test';
import { expandLayout } from '../../src/lib/bake/unpack.js';
import { LANGS, settled, STACK_IDS } from './support/presenter.js';
import { measureScreen, type ScreenMeasure } from './support/on-screen.js';

const STACKS = STACK_IDS;
/** Every step of the flagship; the first and the last of the others. */
const EVERY_STEP = new Set(['kubernetes-cri']);
const VIEWPORTS = [
	[1024, 576],
	[1024, 768],
	[1280, 960],
	[1366, 768],
	[1600, 1200],
	[1920, 1080],
	[2560, 1440],
	[3840, 2160]
] as const;

/** Font sizes (px) and the control height of the presenter as shown. */
function sizes() {
	const px = (selector: string) => {
		const el = document.querySelector(selector);
		return el ? parseFloat(getComputedStyle(el).fontSize) : Number.NaN;
	};
	const button = document.querySelector('.sm-presenter-bar .sm-presenter-button');
	return {
		title: px('.sm-presenter-caption .sm-narration-title'),
		bar: px('.sm-presenter-kicker'),
		button: button ? button.getBoundingClientRect().height : Number.NaN,
		/** The caption's own size, before its text is shrunk to fit it. */
		caption: (() => {
			const el = document.querySelector<HTMLElement>('[data-presenter-caption]');
			return el ? el.getBoundingClientRect().height : Number.NaN;
		})()
	};
}

test.use({ reducedMotion: 'reduce' });

for (const stack of STACKS) {
	for (const lang of LANGS) {
		test(`presenter ${stack} · ${lang}: on screen and uncut at every viewport, one diagram box per talk`, async ({
			page,
			request
		}) => {
			test.setTimeout(90_000);
			const layout = expandLayout(await (await request.get(`/layouts/${stack}.json`)).json());
			const count = layout.steps.length;
			const indices = EVERY_STEP.has(stack) ? [...Array(count).keys()] : [...new Set([0, count - 1])];
			const cutAll: string[] = [];
			const rows: string[] = [];
			// One page for the whole test: each viewport is a resize, each step a deep link in the same page
			// (the presenter follows the hash, as back/forward do).
			await page.setViewportSize({ width: VIEWPORTS[0][0], height: VIEWPORTS[0][1] });
			await page.goto(`/present/${stack}?lang=${lang}#${(indices[0] as number) + 1}`);
			await expect(page.locator('[data-presenter]')).toHaveAttribute('data-ready', '');
			for (const [width, height] of VIEWPORTS) {
				await page.setViewportSize({ width, height });
				const boxes: ScreenMeasure['diagram'][] = [];
				for (const index of indices) {
					const stepId = layout.storyline.steps[index]?.id as string;
					await page.evaluate(
						(hash) => {
							if (location.hash !== hash) location.hash = hash;
						},
						`#${index + 1}`
					);
					await settled(page, stepId);
					const m = await page.evaluate(measureScreen);
					const where = `${width}×${height} ${lang} ${stack} step ${index + 1}`;
					expect.soft(m.overflow.width, `${where}: page wider than the viewport`).toBeLessThanOrEqual(0);
					expect.soft(m.overflow.height, `${where}: page taller than the viewport`).toBeLessThanOrEqual(0);
					expect.soft(m.outside, `${where}: text outside the viewport`).toEqual([]);
					expect.soft(m.caption, `${where}: caption`).toEqual({ onScreen: true, clipped: false });
					expect.soft(m.cut, `${where}: components cut by the frame`).toEqual([]);
					cutAll.push(...m.cut.map((id) => `${width}×${height}#${index + 1}:${id}`));
					boxes.push(m.diagram);
				}
				const first = boxes[0] as ScreenMeasure['diagram'];
				for (const [i, b] of boxes.entries()) {
					for (const key of ['x', 'y', 'width', 'height'] as const) {
						expect
							.soft(
								Math.abs(b[key] - first[key]),
								`${width}×${height} ${stack} step ${(indices[i] as number) + 1}: diagram ${key}`
							)
							.toBeLessThanOrEqual(0.5);
					}
				}
				rows.push(`${width}×${height} ${first.width.toFixed(0)}×${first.height.toFixed(0)}`);
			}
			console.log(
				`viewports | ${stack} | ${lang} | ${indices.length} steps | ${rows.join(', ')} | cut ${cutAll.length}${cutAll.length ? ` (${cutAll.join(', ')})` : ''}`
			);
		});
	}
}

for (const lang of LANGS) {
	test(`presenter · ${lang}: caption, title bar and controls grow with the screen`, async ({ page }) => {
		await page.goto(`/present/kubernetes-cri?lang=${lang}#1`);
		await expect(page.locator('[data-presenter]')).toHaveAttribute('data-ready', '');
		for (const shape of [16 / 9, 4 / 3]) {
			const sizesAt: { height: number; s: ReturnType<typeof sizes> }[] = [];
			for (const [width, height] of VIEWPORTS.filter(([w, h]) => Math.abs(w / h - shape) < 0.05)) {
				await page.setViewportSize({ width, height });
				await settled(page, '1.0');
				sizesAt.push({ height, s: await page.evaluate(sizes) });
			}
			expect(sizesAt.length).toBeGreaterThanOrEqual(3);
			for (let i = 1; i < sizesAt.length; i++) {
				const [a, b] = [sizesAt[i - 1], sizesAt[i]] as [(typeof sizesAt)[0], (typeof sizesAt)[0]];
				const at = `${a.height} → ${b.height} px high`;
				for (const key of ['title', 'bar', 'button', 'caption'] as const) {
					expect(b.s[key], `${at}: ${key} grows`).toBeGreaterThan(a.s[key]);
				}
			}
			// At 4K the caption's title is in proportion to the screen, not capped at a laptop size.
			const largest = sizesAt[sizesAt.length - 1] as (typeof sizesAt)[0];
			expect(largest.s.title / largest.height).toBeGreaterThan(0.02);
		}
	});
}
