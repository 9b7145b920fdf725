import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

// Export from the stack viewer: the buttons are there, and the SVG a speaker saves draws, opened on its own, the
// same picture as the page (compared pixel by pixel).

async function openViewer(page: Page, hash: string): Promise<Locator> {
	await page.goto(`/stacks/kubernetes-cri#${hash}`);
	const diagram = page.locator('.sm-storyline');
	await expect(diagram).toHaveAttribute('data-step', hash);
	await expect(diagram).not.toHaveAttribute('data-animating', 'true');
	await page.evaluate(() => document.fonts.ready);
	return page.locator('.stage svg.sm-svg');
}

/** Share of pixels whose colour differs noticeably between two PNG screenshots of the same size. */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
	return page.evaluate(
		async ([first, second]) => {
			const load = async (base64: string) => {
				const image = new Image();
				image.src = `data:image/png;base64,${base64}`;
				await image.decode();
				const canvas = document.createElement('canvas');
				canvas.width = image.naturalWidth;
				canvas.height = image.naturalHeight;
				const context = canvas.getContext('2d');
				if (!context) throw new Error('no 2d context');
				context.drawImage(image, 0, 0);
				return context.getImageData(0, 0, canvas.width, canvas.height);
			};
			const [x, y] = await Promise.all([load(first), load(second)]);
			if (x.width !== y.width || x.height !== y.height) return 1;
			let differing = 0;
			for (let i = 0; i < x.data.length; i += 4) {
				const delta = Math.max(
					Math.abs(x.data[i]! - y.data[i]!),
					Math.abs(x.data[i + 1]! - y.data[i + 1]!),
					Math.abs(x.data[i + 2]! - y.data[i + 2]!)
				);
				if (delta > 48) differing++;
			}
			return differing / (x.width * y.height);
		},
		[a.toString('base64'), b.toString('base64')] as const
	);
}

test('the viewer offers SVG, PNG 1×/2×/4×, and every step as PowerPoint, MP4, WebM and GIF', async ({
	page
}) => {
	await openViewer(page, '1.20');
	const menu = page.getByRole('group', { name: 'Export' });
	await expect(menu.getByRole('button', { name: 'SVG', exact: true })).toBeVisible();
	for (const scale of [1, 2, 4])
		await expect(menu.getByRole('button', { name: `PNG ${scale}×` })).toBeVisible();
	for (const name of ['PowerPoint', 'MP4', 'WebM', 'GIF', 'Animated SVG'])
		await expect(menu.getByRole('button', { name: `${name} (all steps)` })).toBeVisible();

	const [png] = await Promise.all([
		page.waitForEvent('download'),
		menu.getByRole('button', { name: 'PNG 2×' }).click()
	]);
	expect(png.suggestedFilename()).toBe('kubernetes-cri-1.20@2x.png');
	const bytes = readFileSync(await png.path());
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('a video export shows its progress and can be cancelled; a GIF export downloads the whole storyline', async ({
	page
}) => {
	test.setTimeout(240_000);
	await openViewer(page, '1.24');
	const menu = page.getByRole('group', { name: 'Export' });
	await menu.getByRole('button', { name: 'WebM (all steps)' }).click();
	await expect(menu.getByText(/^Frame \d+ of \d+$/)).toBeVisible();
	await menu.getByRole('button', { name: 'Cancel' }).click();
	await expect(menu.getByRole('status')).toHaveText('Export cancelled.');
	await expect(menu.getByRole('button', { name: 'Cancel' })).toHaveCount(0);

	const [gif] = await Promise.all([
		page.waitForEvent('download', { timeout: 200_000 }),
		menu.getByRole('button', { name: 'GIF (all steps)' }).click()
	]);
	expect(gif.suggestedFilename()).toBe('kubernetes-cri-en.gif');
	const bytes = readFileSync(await gif.path());
	expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
});

test('the exported SVG of a step, opened on its own, draws the same as the page', async ({
	page,
	browser
}) => {
	const svg = await openViewer(page, '1.24');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'SVG', exact: true }).click()
	]);
	expect(download.suggestedFilename()).toBe('kubernetes-cri-1.24.svg');
	const file = readFileSync(await download.path(), 'utf8');
	expect(file).toContain('<svg');
	expect(file).toContain('@font-face');

	const box = await svg.boundingBox();
	if (!box) throw new Error('the diagram is not on screen');
	// One clip for both pages: the drawing's area, in whole pixels.
	const clip = {
		x: Math.floor(box.x),
		y: Math.floor(box.y),
		width: Math.floor(box.width),
		height: Math.floor(box.height)
	};
	const onPage = await page.screenshot({ clip });

	// The file alone, drawn where and as large as the page draws it, on a page that has nothing else.
	const alone = await browser.newPage({ viewport: page.viewportSize() ?? { width: 1600, height: 900 } });
	await alone.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${file}</body></html>`);
	const standalone = alone.locator('body > svg');
	await standalone.evaluate((element, at) => {
		Object.assign(element.style, {
			position: 'absolute',
			left: `${at.x}px`,
			top: `${at.y}px`,
			width: `${at.width}px`,
			height: `${at.height}px`
		});
	}, box);
	await alone.evaluate(() => document.fonts.ready);
	const fileShot = await alone.screenshot({ clip });

	const share = await differingShare(page, onPage, fileShot);
	expect(share).toBeLessThan(0.01);
	// The measure sees a difference when there is one: the same frame with the drawing hidden is far off.
	await standalone.evaluate((element) => (element.style.visibility = 'hidden'));
	expect(await differingShare(page, onPage, await alone.screenshot({ clip }))).toBeGreaterThan(0.02);
	await alone.close();
});
