/**
 * Containers given no height never grow taller than the viewport: the `/embed` page, the
 * `<stackmotion-diagram>` element on a plain page with no CSS of its own, and the element inside reveal.js's
 * CSS-scaled slide. Each at landscape, wide-and-short and portrait windows, on the built site with reduced
 * motion, first and last step. (`<Storyline>` in a new app with no CSS is bare-app.e2e.ts; `<Diagram>` is
 * Diagram.browser.test.ts.)
 */
import { expect, test, type Page } from '@playwright/test';

const WINDOWS = [
	[1920, 1080],
	[1920, 700],
	[1024, 768],
	[768, 1024],
	[3840, 2160]
] as const;

/** A page with the element and nothing else: what a plain HTML page that adds the script gets. */
const PLAIN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>plain</title>
<script type="module" src="/element/stackmotion-element.js"></script></head>
<body><stackmotion-diagram stack="kubernetes-cri"></stackmotion-diagram></body></html>`;

interface Boxes {
	viewport: { width: number; height: number };
	diagram: { top: number; bottom: number; left: number; right: number };
	page: { width: number; height: number };
}

/** The drawing's box on screen (inside the element's shadow root when there is one) and the page's size. */
async function boxes(page: Page, host?: string): Promise<Boxes> {
	return page.evaluate((hostSelector) => {
		const root = hostSelector ? document.querySelector(hostSelector)?.shadowRoot : document;
		const svg = root?.querySelector('svg.sm-svg');
		if (!svg) throw new Error('no drawing on the page');
		const r = svg.getBoundingClientRect();
		return {
			viewport: { width: innerWidth, height: innerHeight },
			diagram: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
			page: {
				width: document.documentElement.scrollWidth,
				height: document.documentElement.scrollHeight
			}
		};
	}, host);
}

function expectOnScreen(b: Boxes, where: string) {
	expect.soft(b.diagram.top, `${where}: top`).toBeGreaterThanOrEqual(-0.5);
	expect.soft(b.diagram.left, `${where}: left`).toBeGreaterThanOrEqual(-0.5);
	expect
		.soft(b.diagram.bottom, `${where}: drawing taller than the window`)
		.toBeLessThanOrEqual(b.viewport.height + 0.5);
	expect
		.soft(b.diagram.right, `${where}: drawing wider than the window`)
		.toBeLessThanOrEqual(b.viewport.width + 0.5);
	expect.soft(b.page.width, `${where}: page wider than the window`).toBeLessThanOrEqual(b.viewport.width);
}

/** Waits until the drawing's box stops changing (the element measures its box, then the camera reframes). */
async function steady(page: Page, host?: string) {
	let last = '';
	await expect
		.poll(async () => {
			const now = JSON.stringify(await boxes(page, host));
			const same = now === last;
			last = now;
			return same;
		})
		.toBe(true);
}

test.use({ reducedMotion: 'reduce' });

test('the embed fits every window, first and last step, with its controls and narration', async ({
	page
}) => {
	for (const [width, height] of WINDOWS) {
		await page.setViewportSize({ width, height });
		for (const step of ['1.0', '1.31']) {
			await page.goto(`/embed/kubernetes-cri?step=${step}`);
			await expect(page.locator('[data-embed]')).toHaveAttribute('data-ready', '');
			await expect(page.locator('.sm-storyline')).toHaveAttribute('data-step', step);
			await steady(page);
			const b = await boxes(page);
			expectOnScreen(b, `embed ${width}×${height} ${step}`);
			expect
				.soft(b.page.height, `embed ${width}×${height} ${step}: page taller than the window`)
				.toBeLessThanOrEqual(height);
		}
	}
});

test('the element on a plain page, no CSS of its own, is never taller than the window', async ({ page }) => {
	await page.route('**/plain-element.html', (route) =>
		route.fulfill({ status: 200, contentType: 'text/html', body: PLAIN_PAGE })
	);
	for (const [width, height] of WINDOWS) {
		await page.setViewportSize({ width, height });
		await page.goto('/plain-element.html');
		await expect(page.locator('stackmotion-diagram')).toHaveAttribute('data-step', '1.0');
		await steady(page, 'stackmotion-diagram');
		expectOnScreen(await boxes(page, 'stackmotion-diagram'), `element ${width}×${height}`);
		await page.evaluate(() =>
			(document.querySelector('stackmotion-diagram') as HTMLElement & { next(): void }).next()
		);
		await expect(page.locator('stackmotion-diagram')).toHaveAttribute('data-step', '1.5');
		await steady(page, 'stackmotion-diagram');
		expectOnScreen(await boxes(page, 'stackmotion-diagram'), `element ${width}×${height} 1.5`);
	}
});

test('the element in a CSS-scaled reveal.js slide stays inside the slide and the window', async ({
	page
}) => {
	for (const [width, height] of WINDOWS) {
		await page.setViewportSize({ width, height });
		await page.goto('/examples/reveal#/1');
		await expect(page.locator('.reveal-page')).toHaveAttribute('data-ready', '');
		const slide = page.locator('section[data-diagram-slide]');
		await expect(slide).toHaveClass(/present/);
		await expect(page.locator('#reveal-diagram')).toHaveAttribute('data-step', '1.0');
		await steady(page, '#reveal-diagram');
		const b = await boxes(page, '#reveal-diagram');
		const where = `reveal ${width}×${height}`;
		expectOnScreen(b, where);
		const s = await slide.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
		});
		expect.soft(b.diagram.bottom, `${where}: drawing below the slide`).toBeLessThanOrEqual(s.bottom + 0.5);
		expect.soft(b.diagram.right, `${where}: drawing right of the slide`).toBeLessThanOrEqual(s.right + 0.5);
	}
});
