/**
 * The playground on the built site: an error typed into the editor gets a marker on its line while the last good
 * diagram stays; fixing it updates the diagram (laid out in the worker); the share link, opened in a fresh
 * browser context, shows the same diagram.
 */
import { expect, test, type Page } from '@playwright/test';

const nodes = (page: Page) => page.locator('[data-testid="preview"] svg [data-node-id]');

/**
 * Node ids with where they are drawn, once the preview is at rest: an edit animates from the old layout to the
 * new one (old and new labels cross-fade), so a digest taken mid-transition would mix both.
 */
async function drawing(page: Page): Promise<string[]> {
	await expect(page.locator('[data-testid="preview"] .sm-storyline')).not.toHaveAttribute(
		'data-animating',
		'true'
	);
	return nodes(page).evaluateAll((gs) =>
		gs
			.map((g) => `${g.getAttribute('data-node-id')} ${g.getAttribute('transform')} ${g.textContent?.trim()}`)
			.sort()
	);
}

/** Puts the cursor at the end of the editor line whose text is exactly `text` (trimmed). */
async function endOfLine(page: Page, text: string): Promise<void> {
	const line = page.locator('.cm-line').filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) });
	await expect(line).toHaveCount(1);
	await line.click();
	await page.keyboard.press('End');
}

test('errors are marked at their line, the last good diagram stays, a fix updates it, a link shares it', async ({
	page,
	browser
}) => {
	await page.goto('/playground');
	await expect(page.locator('.cm-content')).toBeVisible();
	await expect(nodes(page)).toHaveCount(3); // the starter's first step: host, cli, daemon
	const good = await drawing(page);

	// An unknown node kind on the cli node (line 18).
	await endOfLine(page, 'kind: client');
	await page.keyboard.type('x');
	const problem = page.locator('.pg-problems [data-code="invalid-value"]');
	await expect(problem).toBeVisible();
	await expect(problem.locator('.pg-problem-place')).toHaveText(/^18:\d+$/);
	const marked = page.locator('.cm-line', { has: page.locator('.cm-lintRange-error') });
	await expect(marked).toHaveCount(1);
	await expect(marked).toHaveText(/kind: clientx/);
	// The gutter marks the same line: its marker sits level with the marked text.
	const marker = page.locator('.cm-gutter-lint .cm-lint-marker-error');
	await expect(marker).toHaveCount(1);
	const [markerBox, lineBox] = await Promise.all([marker.boundingBox(), marked.boundingBox()]);
	expect(Math.abs(markerBox!.y + markerBox!.height / 2 - (lineBox!.y + lineBox!.height / 2))).toBeLessThan(4);
	// The last good diagram is still there.
	expect(await drawing(page)).toEqual(good);

	// Fix the kind and rename the node: the diagram updates.
	await page.keyboard.press('Backspace');
	await endOfLine(page, 'label: cli');
	for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
	await page.keyboard.type('docker');
	await expect(page.locator('.pg-status')).toHaveAttribute('data-status', 'ready');
	await expect(page.locator('.pg-problems [data-code]')).toHaveCount(0);
	await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
	await expect(page.locator('[data-testid="preview"] svg [data-node-id="cli"]')).toContainText('docker');
	await expect(page).toHaveURL(/#yaml=/);
	const fixed = await drawing(page);
	expect(fixed).not.toEqual(good);

	// The address is the share link: a fresh browser (no storage, no history) shows the same diagram.
	const shared = page.url();
	const fresh = await browser.newContext();
	try {
		const other = await fresh.newPage();
		await other.goto(shared);
		await expect(other.locator('.cm-content')).toContainText('label: docker');
		await expect(other.locator('[data-testid="preview"] svg [data-node-id="cli"]')).toContainText('docker');
		await expect.poll(() => drawing(other)).toEqual(fixed);
	} finally {
		await fresh.close();
	}
});

test('start from a bundled stack loads its spec as YAML and draws it', async ({ page }) => {
	await page.goto('/playground');
	await expect(nodes(page)).toHaveCount(3);
	await page.getByTestId('start-from').selectOption('kubernetes-cri');
	await expect(page.locator('.cm-content')).toContainText('id: kubernetes-cri');
	await expect(page.locator('[data-testid="preview"] .sm-storyline')).toHaveAttribute(
		'data-storyline',
		'kubernetes-cri',
		{ timeout: 20_000 }
	);
	await expect(page.locator('.pg-problems [data-code]')).toHaveCount(0);
});
