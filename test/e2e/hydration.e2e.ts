import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type ConsoleMessage } from '@playwright/test';
import { stacks } from '../../src/lib/stacks/index.js';

// Every prerendered page of the deck hydrates cleanly: no console error, no page error and no Svelte hydration
// warning (hydration_mismatch, hydration_attribute_changed, hydration_html_changed …). The page list is read
// from the build itself, so a new route is covered as soon as it is prerendered.

const PAGES_DIRECTORY = fileURLToPath(
	new URL('../../.svelte-kit/output/prerendered/pages/', import.meta.url)
);

function prerenderedPages(directory = PAGES_DIRECTORY, prefix = ''): string[] {
	return readdirSync(directory).flatMap((entry) => {
		const path = `${directory}${entry}`;
		if (statSync(path).isDirectory()) return prerenderedPages(`${path}/`, `${prefix}/${entry}`);
		if (!entry.endsWith('.html')) return [];
		const name = entry.replace(/\.html$/, '');
		return [name === 'index' ? prefix || '/' : `${prefix}/${name}`];
	});
}

const pages = prerenderedPages().sort();
const STACK_IDS = Object.keys(stacks).sort();

/** Requests a page makes on purpose to show an error in place (the web component's broken `src` examples). */
const DELIBERATE_FAILURES = [/\/layouts\/no-such-stack\.json$/];

function isProblem(message: ConsoleMessage): boolean {
	const text = message.text();
	if (message.type() === 'error') {
		const url = message.location().url;
		return !(
			/Failed to load resource/.test(text) && DELIBERATE_FAILURES.some((pattern) => pattern.test(url))
		);
	}
	// Svelte's hydration warnings (and any other warning of Svelte's) are console warnings in production too.
	return message.type() === 'warning' && /hydrat|svelte/i.test(text);
}

test('the build has every deck page to check', () => {
	expect(STACK_IDS).toHaveLength(9);
	expect(pages).toContain('/');
	for (const id of STACK_IDS) {
		for (const route of ['stacks', 'present', 'speaker', 'embed']) expect(pages).toContain(`/${route}/${id}`);
	}
});

for (const path of pages) {
	test(`${path} hydrates without errors or hydration warnings`, async ({ page }) => {
		const problems: string[] = [];
		page.on('console', (message) => {
			if (isProblem(message)) problems.push(`${message.type()}: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		await page.goto(path);
		// Not 'networkidle': a page with an embedded iframe and web components may keep the network busy for
		// longer than a test on a loaded machine allows. Instead: loaded, fonts in, the page hydrated (the site
		// marks <html data-hydrated> once its root layout has mounted, after every hydration check), every web
		// component settled on its diagram or its error, and every same-origin iframe hydrated the same way.
		await page.waitForLoadState('load');
		await page.evaluate(() => document.fonts.ready);
		await page.waitForFunction(() => {
			const settled = (doc: Document): boolean =>
				doc.readyState === 'complete' &&
				doc.documentElement.hasAttribute('data-hydrated') &&
				[...doc.querySelectorAll<HTMLElement>('stackmotion-diagram')].every(
					(element) => element.dataset.state === 'ready' || element.dataset.state === 'error'
				);
			const frames = [...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument);
			return settled(document) && frames.every((doc) => doc !== null && settled(doc));
		});
		expect(problems).toEqual([]);
	});
}

test('the listener catches a hydration warning (the test can fail)', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (isProblem(message)) problems.push(message.text());
	});
	await page.goto('/');
	await page.evaluate(() =>
		console.warn(
			'[svelte] hydration_mismatch\nFailed to hydrate the application https://svelte.dev/e/hydration_mismatch'
		)
	);
	await expect.poll(() => problems.length).toBe(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	// viewer.e2e.ts and embed.e2e.ts check kubernetes-cri closely; here every stack's first step is drawn.
	for (const id of STACK_IDS) {
		test(`${id}: the viewer, presenter and embed show the first step`, async ({ page }) => {
			for (const route of ['stacks', 'present', 'embed']) {
				await page.goto(`/${route}/${id}`);
				const diagram = page.locator('.sm-root[data-step]').first();
				await expect(diagram, route).toHaveAttribute('data-step', stacks[id]?.steps[0]?.id ?? '');
				await expect(diagram.locator('svg .sm-node').first(), route).toBeVisible();
			}
		});
	}
});
