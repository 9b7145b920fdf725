import { expect, type Page } from '@playwright/test';
import { stacks } from '../../../src/lib/stacks/index.js';

/** Every bundled stack, in teaching order. */
export const STACK_IDS = Object.keys(stacks);

export const LANGS = ['en', 'ko'] as const;

/** Waits until the page's storyline shows `stepId`, is not animating, and its fonts are in and painted. */
export async function settled(page: Page, stepId: string): Promise<void> {
	const diagram = page.locator('.sm-storyline');
	await expect(diagram).toHaveAttribute('data-step', stepId);
	await expect(diagram).not.toHaveAttribute('data-animating', 'true');
	await page.evaluate(
		() =>
			new Promise<void>((done) =>
				document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done())))
			)
	);
}
