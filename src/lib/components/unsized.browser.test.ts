/**
 * `<Diagram>` and `<Storyline>` in a box of no set height (a page with no CSS of its own) never draw taller
 * than the window, in landscape, wide-and-short and portrait windows; the camera reframes each step to the
 * capped box's shape, so the drawing still fills its box (no letterboxing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { layoutStoryline } from '../layout/index.js';
import type { StorylineLayout } from '../layout/types.js';
import { validateStoryline } from '../model/validate.js';
import { kubernetesCri } from '../stacks/kubernetes-cri.js';
import Diagram from './Diagram/Diagram.svelte';
import Storyline from './Storyline/Storyline.svelte';

const WINDOWS = [
	[1280, 800],
	[1600, 500],
	[600, 900]
] as const;

let layout: StorylineLayout;

beforeAll(async () => {
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	layout = await layoutStoryline(result.storyline);
});

afterAll(async () => {
	await page.viewport(1280, 900);
});

/** Waits until the drawing's box and its frame agree (the box is measured, then the camera reframes). */
async function drawn(container: HTMLElement) {
	const svg = () => container.querySelector<SVGSVGElement>('svg.sm-svg');
	await expect
		.poll(() => {
			const picture = svg();
			if (!picture) return Infinity;
			const r = picture.getBoundingClientRect();
			const view = picture.viewBox.baseVal;
			return Math.abs(r.width / r.height - view.width / view.height);
		})
		.toBeLessThan(0.01);
	return (svg() as SVGSVGElement).getBoundingClientRect();
}

/** Each component as a page would use it, with no size of its own. */
const COMPONENTS = [
	['Diagram', () => render(Diagram, { layout, step: '1.24' })],
	['Storyline', () => render(Storyline, { layout, motion: 'reduce' })]
] as const;

describe('unsized containers never draw taller than the window', () => {
	for (const [width, height] of WINDOWS) {
		for (const [name, mount] of COMPONENTS) {
			it(`${name} in a ${width}×${height} window`, async () => {
				await page.viewport(width, height);
				const screen = await mount();
				const box = await drawn(screen.container);
				expect(box.height).toBeGreaterThan(0);
				expect(box.height).toBeLessThanOrEqual(window.innerHeight);
				expect(box.width).toBeLessThanOrEqual(window.innerWidth);
			});
		}
	}
});
