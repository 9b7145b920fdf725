import { expect, test } from '@playwright/test';

// The stack viewer (/stacks/<id>): a deep link opens its step, and stepping from there moves on (and updates the
// hash) instead of snapping back to the linked step.
test('a deep-linked viewer steps forward from the linked step and keeps the hash in step', async ({
	page
}) => {
	await page.goto('/stacks/kubernetes-cri#1.5');
	const diagram = page.locator('.sm-storyline');
	await expect(diagram).toHaveAttribute('data-step', '1.5');
	const stage = page.locator('.sm-stage');

	await stage.focus();
	await page.keyboard.press('ArrowRight');
	await expect(diagram).toHaveAttribute('data-step', 'containerd-1.1');
	await expect(page).toHaveURL(/#containerd-1\.1$/);
	await expect(diagram).not.toHaveAttribute('data-animating', 'true');

	await stage.focus();
	await page.keyboard.press('End');
	await expect(diagram).toHaveAttribute('data-step', '1.31');
	await expect(page).toHaveURL(/#1\.31$/);
	await expect(diagram).not.toHaveAttribute('data-animating', 'true');

	await stage.focus();
	await page.keyboard.press('ArrowLeft');
	await expect(diagram).toHaveAttribute('data-step', '1.27');
	await expect(page).toHaveURL(/#1\.27$/);
});

test('the viewer steps with the timeline buttons from a plain URL', async ({ page }) => {
	await page.goto('/stacks/kubernetes-cri');
	const diagram = page.locator('.sm-storyline');
	await expect(diagram).toHaveAttribute('data-step', '1.0');
	await page.locator('.sm-timeline-step[data-step-id="1.20"]').click();
	await expect(diagram).toHaveAttribute('data-step', '1.20');
	await page.locator('.sm-timeline-step[data-step-id="1.24"]').click();
	await expect(diagram).toHaveAttribute('data-step', '1.24');
	await expect(page).toHaveURL(/#1\.24$/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered viewer and presenter show the first step', async ({ page }) => {
		for (const path of ['/stacks/kubernetes-cri', '/present/kubernetes-cri']) {
			await page.goto(path);
			const diagram = page.locator('.sm-storyline');
			await expect(diagram).toHaveAttribute('data-step', '1.0');
			await expect(diagram.locator('svg [data-node-id="kubelet"]')).toBeVisible();
		}
	});
});
