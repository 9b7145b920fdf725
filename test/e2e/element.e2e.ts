import { expect, test, type Page } from '@playwright/test';

/** The plain-HTML example page, once the element bundle has registered `<stackmotion-diagram>`. */
async function openExamples(page: Page) {
	await page.goto('/examples/html');
	await page.evaluate(() => customElements.whenDefined('stackmotion-diagram'));
}

test('a diagram created in a display:none container draws at the right size once shown', async ({ page }) => {
	await openExamples(page);
	const diagram = page.locator('#hidden-diagram');
	await expect(diagram).toHaveAttribute('data-state', 'ready');
	// While hidden it has no size, so nothing is drawn yet.
	await expect(diagram).toBeHidden();
	await expect(diagram.locator('svg.sm-svg')).toHaveCount(0);

	await page.getByRole('button', { name: 'Show the diagram' }).click();
	const svg = diagram.locator('svg.sm-svg');
	await expect(svg).toBeVisible();
	await expect(diagram).toHaveAttribute('data-step', '1.24');
	const slide = await page.locator('[data-hidden-slide]').boundingBox();
	const box = await svg.boundingBox();
	const viewBox = await svg.evaluate((el) => {
		const { width, height } = (el as SVGSVGElement).viewBox.baseVal;
		return { width, height };
	});
	expect(viewBox.width).toBeGreaterThan(0);
	expect(slide && box).toBeTruthy();
	if (!slide || !box) return;
	// As wide as its container, as tall as the layout's aspect ratio makes it: not 0, not a default 300×150.
	expect(Math.abs(box.width - slide.width)).toBeLessThan(1);
	expect(Math.abs(box.height - (box.width * viewBox.height) / viewBox.width)).toBeLessThan(1.5);
	await expect(diagram.locator('.sm-storyline')).toHaveAttribute('lang', 'ko');
});

test('a diagram in a transform: scale(0.5) container draws every node of its step', async ({ page }) => {
	await openExamples(page);
	const diagram = page.locator('#scaled-diagram');
	const svg = diagram.locator('svg.sm-svg');
	await expect(svg).toBeVisible();
	await expect(diagram).toHaveAttribute('data-step', '1.24');
	const expected = await diagram.evaluate((el) => {
		const layout = (el as HTMLElement & { layout?: { steps: { nodes: { isGroup?: boolean }[] }[] } }).layout;
		const index = Number((el as HTMLElement).dataset.index);
		return layout?.steps[index]?.nodes.filter((n) => !n.isGroup).length ?? -1;
	});
	expect(expected).toBeGreaterThan(2);
	await expect(svg.locator('.sm-node')).toHaveCount(expected);

	const container = await page.locator('[data-scaled-slide]').boundingBox();
	const svgBox = await svg.boundingBox();
	expect(container && svgBox).toBeTruthy();
	if (!container || !svgBox) return;
	// Drawn at half size, like its container, with every node inside the picture.
	expect(Math.abs(svgBox.width - container.width)).toBeLessThan(1);
	const nodeBoxes = await svg.locator('.sm-node').evaluateAll((nodes) =>
		nodes.map((n) => {
			const r = n.getBoundingClientRect();
			return { x: r.x, y: r.y, width: r.width, height: r.height };
		})
	);
	for (const node of nodeBoxes) {
		expect(node.width).toBeGreaterThan(0);
		expect(node.x).toBeGreaterThanOrEqual(svgBox.x - 1);
		expect(node.y).toBeGreaterThanOrEqual(svgBox.y - 1);
		expect(node.x + node.width).toBeLessThanOrEqual(svgBox.x + svgBox.width + 1);
		expect(node.y + node.height).toBeLessThanOrEqual(svgBox.y + svgBox.height + 1);
	}
});

test('next() and prev() step the diagram and fire stepchange with the index and id', async ({ page }) => {
	await openExamples(page);
	const diagram = page.locator('#live-diagram');
	await expect(diagram.locator('svg.sm-svg')).toBeVisible();
	await expect(diagram).toHaveAttribute('data-step', '1.0');

	const fired = diagram.evaluate(
		(el) =>
			new Promise<{ index: number; id: string }>((resolve) =>
				el.addEventListener('stepchange', (e) => resolve((e as CustomEvent).detail), { once: true })
			)
	);
	await diagram.evaluate((el) => (el as HTMLElement & { next(): void }).next());
	expect(await fired).toEqual({ index: 1, id: '1.5' });
	await expect(diagram).toHaveAttribute('data-step', '1.5');
	await expect(diagram.locator('.sm-storyline')).toHaveAttribute('data-step', '1.5');

	// The page's own buttons call the same methods; the page logs the events it receives.
	await page.getByRole('button', { name: 'next()' }).click();
	await expect(diagram).toHaveAttribute('data-step', 'containerd-1.1');
	await page.getByRole('button', { name: 'prev()' }).click();
	await expect(diagram).toHaveAttribute('data-step', '1.5');
	await expect(page.locator('[data-event-log] li')).toHaveText([
		'stepchange 1 1.5',
		'stepchange 2 containerd-1.1',
		'stepchange 1 1.5'
	]);

	// goTo() and attribute changes apply live.
	await diagram.evaluate((el) => (el as HTMLElement & { goTo(step: string): void }).goTo('1.24'));
	await expect(diagram).toHaveAttribute('data-step', '1.24');
	await diagram.evaluate((el) => el.setAttribute('lang', 'ko'));
	await expect(diagram.locator('.sm-storyline')).toHaveAttribute('lang', 'ko');
	await diagram.evaluate((el) => el.setAttribute('step', '1.0'));
	await expect(diagram).toHaveAttribute('data-step', '1.0');
});

test('a layout that cannot be loaded shows the error panel in place', async ({ page }) => {
	await openExamples(page);
	const missing = page.locator('#missing-diagram');
	await expect(missing).toHaveAttribute('data-state', 'error');
	await expect(missing.getByRole('alert')).toContainText('HTTP 404');
	await expect(missing.getByRole('alert')).toContainText('no-such-stack.json');

	const notJson = page.locator('#not-json-diagram');
	await expect(notJson.getByRole('alert')).toContainText('is not JSON');

	// Pointing an element at a good stack replaces the error with the diagram.
	await notJson.evaluate((el) => {
		el.removeAttribute('src');
		el.setAttribute('stack', 'oci');
	});
	await expect(notJson.locator('svg.sm-svg')).toBeVisible();
	await expect(notJson.getByRole('alert')).toHaveCount(0);
});
