/**
 * Visual regression: every step of every bundled stack, in English and Korean, light theme, drawn by the static
 * `Diagram` (no animation) as a whole step at 1:1 (the camera frames the step's own content) and compared with
 * the committed baselines in `__screenshots__/`.
 *
 * A change that moves, resizes or restyles anything shows up here as a failed comparison with a diff image
 * under `.vitest-attachments/`. When the change is intended, update the baselines with
 * `npm run test:visual:update`, look at the new images, and commit them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Diagram from '../../src/lib/components/Diagram/Diagram.svelte';
import { layoutStoryline } from '../../src/lib/layout/index.js';
import type { StorylineLayout } from '../../src/lib/layout/types.js';
import { LANGS, type Lang, type Storyline } from '../../src/lib/model/types.js';
import { validateStoryline } from '../../src/lib/model/validate.js';
import { contentBounds } from '../../src/lib/motion/camera.js';
import { stacks } from '../../src/lib/stacks/index.js';

/**
 * Antialiasing is ignored by the comparator; beyond it, at most 0.05 % of the pixels may differ. Finding two equal
 * screenshots in a row of a large drawing can take longer than the default 5 s while the other test projects
 * share the two cores, so the matcher waits up to 30 s (a real difference still fails, just later).
 */
const TOLERANCE = {
	comparatorName: 'pixelmatch',
	comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.0005 },
	timeout: 30_000
} as const;

/** Laying out every step of a stack takes seconds in the browser on a busy machine. */
const LAYOUT_TIMEOUT = 60_000;

/** A file-name-safe baseline name; dots would be dropped by Vitest and "1.24" collide with "12.4". */
const baselineName = (...parts: string[]) => parts.join('-').replace(/[^A-Za-z0-9-]+/g, '_');

/** The diagram fills the box it is given (the test sizes the box). */
const FILL = '.sm-diagram { height: 100% } .sm-diagram .sm-svg { height: 100%; max-height: none }';

function resolve(id: string): Storyline {
	const result = validateStoryline(stacks[id]);
	if (!result.ok) throw new Error(`${id}: ${result.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
	return result.storyline;
}

/** Loads the shipped font's faces (both weights) for every character a step shows, in one language. */
async function loadFontsFor(container: Element): Promise<void> {
	const text = container.querySelector('svg')?.textContent ?? '';
	await Promise.all(['400', '600'].map((weight) => document.fonts.load(`${weight} 16px Pretendard`, text)));
	await document.fonts.ready;
}

for (const id of Object.keys(stacks)) {
	describe(id, () => {
		const storyline = resolve(id);
		let layout: StorylineLayout;

		beforeAll(async () => {
			if (!document.querySelector('style[data-visual-fill]')) {
				const style = document.createElement('style');
				style.dataset.visualFill = '';
				style.textContent = FILL;
				document.head.append(style);
			}
			layout = await layoutStoryline(storyline);
			const widest = Math.max(...layout.steps.map((s) => s.width));
			const tallest = Math.max(...layout.steps.map((s) => s.height));
			await page.viewport(Math.ceil(widest) + 32, Math.ceil(tallest) + 32);
		}, LAYOUT_TIMEOUT);

		for (const scene of storyline.steps) {
			for (const lang of LANGS as readonly Lang[]) {
				it(`${scene.id} (${lang})`, { timeout: 60_000 }, async () => {
					const frame = layout.steps[scene.index]!;
					// The whole step (fit "all": no closing in on the focus) at 1:1: the box has the size of the step's
					// own content, so the camera's frame is that content, drawn one unit to one pixel.
					const screen = await render(Diagram, { layout, step: scene.id, lang, theme: 'light', fit: 'all' });
					const content = contentBounds(frame);
					screen.container.style.width = `${content.width}px`;
					screen.container.style.height = `${content.height}px`;
					await loadFontsFor(screen.container);
					const svg = screen.container.querySelector('svg')!;
					expect(svg.getAttribute('data-width')).toBe(String(frame.width));
					await expect
						.element(page.elementLocator(svg))
						.toMatchScreenshot(baselineName(id, scene.id, lang), TOLERANCE);
					screen.unmount();
				});
			}
		}
	});
}
