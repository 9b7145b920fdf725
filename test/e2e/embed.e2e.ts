import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { drawOneToOne } from './support/one-to-one.js';

test('the embed works in an iframe: requested step and language, chrome-less, keys step it', async ({
	page
}) => {
	await page.goto('/examples/html');
	const frame = page.frameLocator('iframe[title^="Kubernetes CRI"]');
	const embed = frame.locator('[data-embed="kubernetes-cri"]');
	await expect(embed).toHaveAttribute('data-ready', '');
	const diagram = embed.locator('.sm-storyline');
	await expect(diagram).toHaveAttribute('data-step', '1.24');
	await expect(diagram).toHaveAttribute('lang', 'ko');
	await expect(frame.locator('.site-header')).toBeHidden();

	// Keys reach the embed once the iframe has focus, wherever in it the focus is.
	await frame.locator('.sm-svg').click();
	await page.keyboard.press('ArrowLeft');
	await expect(diagram).toHaveAttribute('data-step', '1.20');
	await page.keyboard.press('ArrowLeft');
	await expect(diagram).toHaveAttribute('data-step', 'containerd-1.1');
	await page.keyboard.press('ArrowRight');
	await expect(diagram).toHaveAttribute('data-step', '1.20');
	await frame.locator('body').focus();
	await page.keyboard.press('Home');
	await expect(diagram).toHaveAttribute('data-step', '1.0');
});

test('the embed opens the requested step without animating into it, and fits the window', async ({
	page
}) => {
	await page.addInitScript(() => {
		const seen = window as unknown as { sawAnimating: boolean };
		seen.sawAnimating = false;
		new MutationObserver(() => {
			if (document.querySelector('[data-animating]')) seen.sawAnimating = true;
		}).observe(document, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['data-animating']
		});
	});
	await page.setViewportSize({ width: 800, height: 500 });
	await page.goto('/embed/kubernetes-cri?step=1.24&lang=ko&theme=dark&controls=0');
	const embed = page.locator('[data-embed="kubernetes-cri"]');
	await expect(embed).toHaveAttribute('data-ready', '');
	await expect(embed.locator('.sm-storyline')).toHaveAttribute('data-step', '1.24');
	await expect(embed.locator('.sm-storyline')).toHaveAttribute('data-theme', 'dark');
	await expect(embed.locator('.sm-controls')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { sawAnimating: boolean }).sawAnimating)).toBe(
		false
	);
	const box = await embed.locator('.sm-svg').boundingBox();
	expect(box && box.width <= 800 && box.height <= 500).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the prerendered embed paints the first step', async ({ page }) => {
		await page.goto('/embed/kubernetes-cri?step=1.24');
		// A static drawing of the first step: the requested one needs the query, read by the page's script.
		await expect(page.locator('[data-embed] .sm-diagram')).toHaveAttribute('data-step', '1.0');
		await expect(page.locator('.sm-svg .sm-node').first()).toBeVisible();
	});
});

test('reveal.js: fragments step the diagram forward, and back again', async ({ page }) => {
	await page.goto('/examples/reveal');
	await expect(page.locator('.reveal-page')).toHaveAttribute('data-ready', '');
	await page.evaluate(() => customElements.whenDefined('stackmotion-diagram'));
	const diagram = page.locator('#reveal-diagram');

	await page.keyboard.press('ArrowRight');
	await expect(page.locator('section[data-diagram-slide]')).toHaveClass(/present/);
	await expect(diagram.locator('svg.sm-svg')).toBeVisible();
	await expect(diagram).toHaveAttribute('data-step', '1.0');

	const forward = ['1.5', 'containerd-1.1', '1.20', '1.24'];
	for (const step of forward) {
		await page.keyboard.press('ArrowRight');
		await expect(diagram, `→ to ${step}`).toHaveAttribute('data-step', step);
	}
	for (const step of ['1.20', 'containerd-1.1', '1.5', '1.0']) {
		await page.keyboard.press('ArrowLeft');
		await expect(diagram, `← to ${step}`).toHaveAttribute('data-step', step);
	}
	// Back to the title slide, then in again: the diagram starts from its first step.
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('section[data-diagram-slide]')).not.toHaveClass(/present/);
	await page.keyboard.press('ArrowRight');
	await expect(diagram).toHaveAttribute('data-step', '1.0');
});

/**
 * Share of pixels of screenshot `a` with no close match within one pixel in screenshot `b`, computed in the
 * browser. The one-pixel window absorbs the half-pixel offsets of a fractional page position; a wrong colour,
 * a missing shape or a different font still counts.
 */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
	return page.evaluate(
		async ([first, second]) => {
			const load = async (data: string) => {
				const image = new Image();
				image.src = `data:image/png;base64,${data}`;
				await image.decode();
				return image;
			};
			const [x, y] = await Promise.all([load(first), load(second)]);
			const width = Math.min(x.naturalWidth, y.naturalWidth);
			const height = Math.min(x.naturalHeight, y.naturalHeight);
			const pixels = (image: HTMLImageElement) => {
				const canvas = document.createElement('canvas');
				canvas.width = width;
				canvas.height = height;
				const context = canvas.getContext('2d');
				if (!context) throw new Error('no 2d context');
				context.drawImage(image, 0, 0);
				return context.getImageData(0, 0, width, height).data;
			};
			const p = pixels(x);
			const q = pixels(y);
			const close = (i: number, j: number) =>
				Math.max(
					Math.abs((p[i] ?? 0) - (q[j] ?? 0)),
					Math.abs((p[i + 1] ?? 0) - (q[j + 1] ?? 0)),
					Math.abs((p[i + 2] ?? 0) - (q[j + 2] ?? 0))
				) <= 40;
			let differing = 0;
			for (let row = 1; row < height - 1; row++) {
				for (let col = 1; col < width - 1; col++) {
					const i = (row * width + col) * 4;
					let matched = false;
					for (let dy = -1; dy <= 1 && !matched; dy++) {
						for (let dx = -1; dx <= 1 && !matched; dx++)
							matched = close(i, ((row + dy) * width + col + dx) * 4);
					}
					if (!matched) differing++;
				}
			}
			return differing / ((width - 2) * (height - 2));
		},
		[a.toString('base64'), b.toString('base64')] as const
	);
}

for (const theme of ['light', 'dark'] as const) {
	test(`an exported SVG (${theme}) opened on its own looks like the page`, async ({
		page,
		browser
	}, testInfo) => {
		await page.goto('/examples/export');
		await page.locator('[data-export-theme]').selectOption(theme);
		const svg = page.locator('[data-export-stage] svg.sm-svg');
		await expect(page.locator('[data-export-stage] .sm-storyline')).toHaveAttribute('data-theme', theme);
		await expect(page.locator('[data-export-stage] .sm-storyline')).toHaveAttribute('data-step', '1.24');
		// Draw the page's SVG at its own size (1 unit = 1 px), as the file opens on its own. The camera frames the
		// step for the box's shape, so the box is resized until the frame and the box agree.
		const stage = page.locator('[data-export-stage]');
		await drawOneToOne(stage);
		await page.evaluate(() => document.fonts.ready);
		const onPage = await svg.screenshot();
		const box = await svg.boundingBox();
		expect(box).toBeTruthy();
		if (!box) return;

		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="svg"]')]);
		expect(download.suggestedFilename()).toBe('kubernetes-cri-1.24.svg');
		// Saved under its own name: the browser picks how to open a file by its extension.
		const file = testInfo.outputPath(download.suggestedFilename());
		await download.saveAs(file);
		const text = readFileSync(file, 'utf8');
		expect(text).toContain('@font-face');
		expect(text).not.toContain('light-dark(');

		const standalone = await browser.newPage({
			viewport: { width: Math.ceil(box.width), height: Math.ceil(box.height) }
		});
		await standalone.goto(pathToFileURL(file).href);
		await standalone.evaluate(() => document.fonts.ready);
		const alone = await standalone.screenshot({ clip: { x: 0, y: 0, width: box.width, height: box.height } });
		await standalone.close();

		await testInfo.attach('on-page', { body: onPage, contentType: 'image/png' });
		await testInfo.attach('exported-alone', { body: alone, contentType: 'image/png' });
		writeFileSync(testInfo.outputPath('on-page.png'), onPage);
		writeFileSync(testInfo.outputPath('exported-alone.png'), alone);
		const share = await differingShare(page, onPage, alone);
		expect(share).toBeLessThan(0.005);
	});
}
