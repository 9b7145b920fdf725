import { expect, test } from '@playwright/test';

test('the speaker window follows the presenter, and the presenter follows the speaker window', async ({
	page,
	context
}) => {
	await page.goto('/present/kubernetes-cri');
	const presenter = page.locator('[data-presenter="kubernetes-cri"]');
	const diagram = presenter.locator('.sm-storyline');
	await expect(presenter).toHaveAttribute('data-ready', '');

	const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
	const view = speaker.locator('[data-speaker="kubernetes-cri"]');
	await expect(view).toHaveAttribute('data-speaker-step', '1.0');
	// The presenter answered the new window's hello.
	await expect(view).toHaveAttribute('data-connected', '');
	await expect(view.locator('[data-speaker-notes]')).toContainText('dockertools');
	await expect(view.locator('[data-speaker-next]')).toContainText('Kubernetes 1.5');
	await expect(view.locator('.sm-speaker-preview [data-step="1.5"] svg')).toBeVisible();

	await page.keyboard.press('ArrowRight');
	await expect(diagram).toHaveAttribute('data-step', '1.5');
	await expect(view).toHaveAttribute('data-speaker-step', '1.5');
	await expect(view.locator('[data-speaker-current]')).toContainText('Kubernetes 1.5');
	await expect(view.locator('[data-speaker-next]')).toContainText('containerd 1.1');

	await speaker.keyboard.press('ArrowLeft');
	await expect(view).toHaveAttribute('data-speaker-step', '1.0');
	await expect(diagram).toHaveAttribute('data-step', '1.0');
	await expect(page).toHaveURL(/#1\.0$/);

	await view.getByRole('button', { name: /Next step/ }).click();
	await expect(diagram).toHaveAttribute('data-step', '1.5');
	await speaker.keyboard.press('End');
	await expect(diagram).toHaveAttribute('data-step', '1.31');
	await expect(view.locator('[data-speaker-next]')).toContainText('last step');
});

test('the speaker timer counts the talk and resets', async ({ page }) => {
	const start = new Date('2025-06-01T09:00:00Z').getTime();
	await page.clock.install({ time: start });
	await page.goto('/speaker/kubernetes-cri#1.5');
	const view = page.locator('[data-speaker="kubernetes-cri"]');
	const timer = view.getByRole('timer');
	await expect(view).toHaveAttribute('data-speaker-step', '1.5');
	// No presenter window is open.
	await expect(view.getByRole('status')).toContainText('Waiting for the presentation window');
	await expect(timer).toHaveText(/^0:0\d$/);

	// Stop the clock and restart the timer there, so every reading below is exact.
	await page.clock.pauseAt(start + 60_000);
	await view.getByRole('button', { name: 'Reset timer' }).click();
	await expect(timer).toHaveText('0:00');
	await page.clock.runFor('02:05');
	await expect(timer).toHaveText('2:05');
	await page.clock.runFor('01:00:00');
	await expect(timer).toHaveText('1:02:05');
	await view.getByRole('button', { name: 'Reset timer' }).click();
	await expect(timer).toHaveText('0:00');
	await page.clock.runFor('00:07');
	await expect(timer).toHaveText('0:07');
});
