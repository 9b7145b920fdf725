import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { validateStoryline } from '../../src/lib/model/validate.js';
import { stacks } from '../../src/lib/stacks/index.js';
import { hasMorph, readDeck } from '../cli/pptx-reader.js';

// The viewer's export menu saves the whole storyline as PowerPoint, written in the browser: a slide per step,
// Morph on every slide after the first, the components' names as text, in the page's language and theme.

test('the export menu saves a PowerPoint deck of every step, in the colours shown', async ({ page }) => {
	await page.goto('/stacks/kubernetes-cri#1.24');
	const diagram = page.locator('.sm-storyline');
	await expect(diagram).toHaveAttribute('data-step', '1.24');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page
			.getByRole('group', { name: 'Export' })
			.getByRole('button', { name: 'PowerPoint (all steps)' })
			.click()
	]);
	expect(download.suggestedFilename()).toBe('kubernetes-cri-en.pptx');
	const deck = await readDeck(new Uint8Array(readFileSync(await download.path())));
	const validated = validateStoryline(stacks['kubernetes-cri']);
	if (!validated.ok) throw new Error('kubernetes-cri is invalid');
	expect(deck.slides).toHaveLength(validated.storyline.steps.length);
	deck.slides.forEach((slide, i) => expect(hasMorph(slide), `slide ${i + 1}`).toBe(i > 0));
	const last = deck.slides.at(-1);
	expect(last?.shapes.find((s) => s.name === '!!cri-dockerd')?.text).toContain('cri-dockerd');
	expect(last?.pictures).toBe(0);
	// The slide background is the diagram's own, read from the page's tokens (light theme here).
	expect(last?.xml).toContain('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/>');
});
