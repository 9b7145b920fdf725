/**
 * Legibility on the projected slide, measured on the built site as the audience sees it: every step of every
 * bundled stack in the presenter (1920×1080 and 1280×720) and the first and last step in the embed (960×540),
 * English and Korean, reduced motion, each step deep-linked.
 *
 * A component's "name" is its label text (the largest text of a non-group component); its size on screen is the
 * font size × the element's screen scale (`getScreenCTM`). A name counts as shown when its text box lies inside
 * the diagram's box on screen. The floors are shares of the viewport height: on a 1080p slide 24 px (2.2 %) for
 * the names the step is about (its focus, or every name when it has none), 16 px (1.5 %) for every shown name,
 * and a median of 26 px (2.4 %); in a 960×540 embed, focus names at 12 px. The camera frames whole components:
 * no component's box, group title or name is cut at the frame's edge.
 *
 * Each test prints one row of the record, `legibility | view | stack | lang | steps | median | smallest shown |
 * smallest focus | components cut by the frame` (px on screen): grep the output for `legibility |` to get the table;
 * `legibility step |` rows give each step's smallest focus name (px and share of the height).
 */
import { expect, test } from '@playwright/test';
import { expandLayout } from '../../src/lib/bake/unpack.js';
import type { StorylineLayout } from '../../src/lib/layout/types.js';
import { LANGS, settled, STACK_IDS } from './support/presenter.js';
import { measureScreen, type ScreenMeasure } from './support/on-screen.js';

const STACKS = STACK_IDS;

interface View {
	name: string;
	width: number;
	height: number;
	kind: 'presenter' | 'embed';
	/** Shares of the viewport height. */
	focusFloor: number;
	shownFloor: number;
	medianFloor: number;
}

const VIEWS: View[] = [
	{
		name: 'presenter 1920×1080',
		width: 1920,
		height: 1080,
		kind: 'presenter',
		focusFloor: 24 / 1080,
		shownFloor: 16 / 1080,
		medianFloor: 26 / 1080
	},
	{
		name: 'presenter 1280×720',
		width: 1280,
		height: 720,
		kind: 'presenter',
		focusFloor: 24 / 1080,
		shownFloor: 16 / 1080,
		medianFloor: 26 / 1080
	},
	{
		name: 'embed 960×540',
		width: 960,
		height: 540,
		kind: 'embed',
		focusFloor: 12 / 540,
		shownFloor: 0,
		medianFloor: 0
	}
];

/** What one step measures on screen: the names, and the slide (see `measureScreen`). */
interface StepMeasure extends ScreenMeasure {
	names: NameMeasure[];
}

interface NameMeasure {
	id: string;
	size: number;
	/** Its text box lies inside the diagram's box. */
	shown: boolean;
	/** Its text box is partly inside the diagram's box: the frame cuts the name. */
	cut: boolean;
}

/** Runs in the page: each component's name, its size on screen and whether the frame shows or cuts it. */
function measureNames(): NameMeasure[] {
	const svg = document.querySelector<SVGSVGElement>('.sm-storyline .sm-svg');
	if (!svg) throw new Error('no diagram on the page');
	const frame = svg.getBoundingClientRect();
	const inside = (r: DOMRect) =>
		r.left >= frame.left - 0.5 &&
		r.top >= frame.top - 0.5 &&
		r.right <= frame.right + 0.5 &&
		r.bottom <= frame.bottom + 0.5;
	const intersects = (r: DOMRect) =>
		r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom;
	return [...svg.querySelectorAll<SVGGElement>('.sm-node[data-node-id]')].flatMap((node) => {
		const text = node.querySelector<SVGTextElement>(
			'.sm-node-content:not(.sm-node-content-previous) .sm-node-label'
		);
		const ctm = text?.getScreenCTM();
		if (!text || !ctm || text.textContent?.trim() === '') return [];
		const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
		const r = text.getBoundingClientRect();
		const shown = inside(r);
		return [{ id: node.dataset.nodeId as string, size, shown, cut: !shown && intersects(r) }];
	});
}

/**
 * Leaf ids a step is about: focused components, the components inside a focused group, and both ends of a
 * focused edge.
 */
function focusNodes(layout: StorylineLayout, index: number): Set<string> {
	const scene = layout.storyline.steps[index];
	const step = layout.steps[index];
	const focus = new Set(scene?.focus ?? []);
	const nodes = step?.nodes ?? [];
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const inFocus = (id: string | undefined): boolean => {
		for (let at = id; at !== undefined; at = byId.get(at)?.parent) if (focus.has(at)) return true;
		return false;
	};
	const ids = new Set<string>();
	for (const node of nodes) if (!node.isGroup && inFocus(node.id)) ids.add(node.id);
	for (const edge of step?.edges ?? []) {
		if (focus.has(edge.id)) ids.add(edge.from).add(edge.to);
	}
	return ids;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const px = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');

test.use({ reducedMotion: 'reduce' });

for (const view of VIEWS) {
	for (const lang of LANGS) {
		for (const stack of STACKS) {
			test(`${view.name} · ${stack} · ${lang}`, async ({ page, request }) => {
				test.setTimeout(60_000);
				await page.setViewportSize({ width: view.width, height: view.height });
				const layout = expandLayout(await (await request.get(`/layouts/${stack}.json`)).json());
				const count = layout.steps.length;
				const indices = view.kind === 'embed' ? [...new Set([0, count - 1])] : [...Array(count).keys()];
				const measures: { index: number; m: StepMeasure }[] = [];
				for (const index of indices) {
					const stepId = layout.storyline.steps[index]?.id as string;
					if (view.kind === 'presenter') {
						await page.goto(`/present/${stack}?lang=${lang}#${index + 1}`);
						await expect(page.locator('[data-presenter]')).toHaveAttribute('data-ready', '');
					} else {
						await page.goto(`/embed/${stack}?lang=${lang}&step=${encodeURIComponent(stepId)}`);
						await expect(page.locator('[data-embed]')).toHaveAttribute('data-ready', '');
					}
					await settled(page, stepId);
					measures.push({
						index,
						m: { ...(await page.evaluate(measureScreen)), names: await page.evaluate(measureNames) }
					});
				}

				const h = view.height;
				const shownSizes: number[] = [];
				let focusMin = Infinity;
				let cut = 0;
				for (const { index, m } of measures) {
					const where = `${stack} ${lang} step ${index + 1}`;
					const { focusFloor, shownFloor } = view;
					expect.soft(m.overflow.width, `${where}: page wider than the viewport`).toBeLessThanOrEqual(0);
					expect.soft(m.overflow.height, `${where}: page taller than the viewport`).toBeLessThanOrEqual(0);
					expect.soft(m.outside, `${where}: text outside the viewport`).toEqual([]);
					if (view.kind === 'presenter') {
						expect.soft(m.caption, `${where}: caption`).toEqual({ onScreen: true, clipped: false });
					}
					const focus = focusNodes(layout, index);
					const about = focus.size > 0 ? m.names.filter((n) => focus.has(n.id)) : m.names;
					for (const name of about) {
						expect.soft(name.shown, `${where}: focus name ${name.id} is inside the frame`).toBe(true);
						expect
							.soft(name.size, `${where}: focus name ${name.id} (px)`)
							.toBeGreaterThanOrEqual(focusFloor * h - 0.05);
						focusMin = Math.min(focusMin, name.size);
					}
					for (const name of m.names.filter((n) => n.shown)) {
						expect
							.soft(name.size, `${where}: shown name ${name.id} (px)`)
							.toBeGreaterThanOrEqual(shownFloor * h - 0.05);
						shownSizes.push(name.size);
					}
					// The camera frames whole components: no box, group title or name is cut at the frame's edge.
					expect.soft(m.cut, `${where}: components cut by the frame`).toEqual([]);
					const namesCut = m.names.filter((n) => n.cut).map((n) => n.id);
					expect.soft(namesCut, `${where}: names cut by the frame`).toEqual([]);
					cut += new Set([...m.cut, ...namesCut]).size;
					const stepFocus = Math.min(...about.map((n) => n.size));
					console.log(
						`legibility step | ${view.name} | ${stack} | ${lang} | ${index + 1} | ${px(stepFocus)} | ${(stepFocus / h).toFixed(4)}`
					);
				}
				if (view.kind === 'presenter') {
					// The diagram's box on screen is the same for every step of a talk.
					const first = measures[0]?.m.diagram;
					for (const { index, m } of measures) {
						for (const key of ['x', 'y', 'width', 'height'] as const) {
							expect
								.soft(
									Math.abs(m.diagram[key] - (first?.[key] ?? 0)),
									`${stack} step ${index + 1}: diagram ${key}`
								)
								.toBeLessThanOrEqual(0.5);
						}
					}
					// The diagram takes most of the slide.
					const area = (first?.width ?? 0) * (first?.height ?? 0);
					expect
						.soft(area / (view.width * view.height), `${stack}: diagram share of the slide`)
						.toBeGreaterThanOrEqual(0.7);
				}
				const med = shownSizes.length ? median(shownSizes) : Number.NaN;
				if (view.medianFloor > 0) {
					expect
						.soft(med, `${stack} ${lang}: median shown name (px)`)
						.toBeGreaterThanOrEqual(view.medianFloor * h - 0.05);
				}
				const smallest = shownSizes.length ? Math.min(...shownSizes) : Number.NaN;
				console.log(
					`legibility | ${view.name} | ${stack} | ${lang} | ${measures.length} | ${px(med)} | ${px(smallest)} | ${px(focusMin)} | ${cut}`
				);
			});
		}
	}
}
