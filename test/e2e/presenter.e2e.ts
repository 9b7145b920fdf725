import { expect, test, type Page } from '@playwright/test';

/** The presenter, once hydrated (keys do nothing before that), and its diagram. */
async function openPresenter(page: Page, path = '/present/kubernetes-cri') {
	await page.goto(path);
	const presenter = page.locator('[data-presenter="kubernetes-cri"]');
	await expect(presenter).toHaveAttribute('data-ready', '');
	return { presenter, diagram: presenter.locator('.sm-storyline') };
}

test('keys step forward and backward, and each step is in the URL hash', async ({ page }) => {
	const { presenter, diagram } = await openPresenter(page);
	await expect(diagram).toHaveAttribute('data-step', '1.0');
	await expect(presenter.locator('[data-presenter-count]')).toContainText('Step 1 of 7');

	const steps: [string, string][] = [
		['ArrowRight', '1.5'],
		['PageDown', 'containerd-1.1'],
		['Space', '1.20'],
		['ArrowLeft', 'containerd-1.1'],
		['PageUp', '1.5'],
		['End', '1.31'],
		['Home', '1.0']
	];
	for (const [key, step] of steps) {
		await page.keyboard.press(key);
		await expect(diagram, `after ${key}`).toHaveAttribute('data-step', step);
		await expect(page, `after ${key}`).toHaveURL(new RegExp(`#${step.replace(/\./g, '\\.')}$`));
	}
	await page.keyboard.press('End');
	await expect(presenter.locator('[data-presenter-count]')).toContainText('Step 7 of 7');
	await expect(presenter.getByRole('heading', { level: 3 })).toContainText('the runtimes today');
});

test('a deep link opens its step without animating into it', async ({ page }) => {
	// Record whether any element ever carries data-animating, from before the page's own scripts run.
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
	const sawAnimating = () =>
		page.evaluate(() => (window as unknown as { sawAnimating: boolean }).sawAnimating);

	const { presenter, diagram } = await openPresenter(page, '/present/kubernetes-cri#1.24');
	await expect(diagram).toHaveAttribute('data-step', '1.24');
	await expect(presenter.locator('[data-presenter-count]')).toContainText('Step 5 of 7');
	await page.evaluate(() => document.fonts.ready);
	expect(await sawAnimating()).toBe(false);
	await expect(page).toHaveURL(/#1\.24$/);

	// The recorder does notice an animation: stepping back animates.
	await page.keyboard.press('ArrowLeft');
	await expect(diagram).toHaveAttribute('data-step', '1.20');
	await expect.poll(sawAnimating).toBe(true);
});

test('a 1-based number in the hash opens that step', async ({ page }) => {
	const { diagram } = await openPresenter(page, '/present/kubernetes-cri#3');
	await expect(diagram).toHaveAttribute('data-step', 'containerd-1.1');
});

test("the browser's back and forward buttons step through the talk", async ({ page }) => {
	const { diagram } = await openPresenter(page);
	await page.keyboard.press('ArrowRight');
	await expect(diagram).toHaveAttribute('data-step', '1.5');
	await page.keyboard.press('ArrowRight');
	await expect(diagram).toHaveAttribute('data-step', 'containerd-1.1');

	await page.goBack();
	await expect(diagram).toHaveAttribute('data-step', '1.5');
	await expect(page).toHaveURL(/#1\.5$/);
	await page.goBack();
	await expect(diagram).toHaveAttribute('data-step', '1.0');
	await expect(page).toHaveURL(/\/present\/kubernetes-cri$/);
	await page.goForward();
	await expect(diagram).toHaveAttribute('data-step', '1.5');
	await page.goForward();
	await expect(diagram).toHaveAttribute('data-step', 'containerd-1.1');
	await expect(page).toHaveURL(/#containerd-1\.1$/);
});

test('B and . black the screen out and bring it back; a step key brings it back without stepping', async ({
	page
}) => {
	const { presenter, diagram } = await openPresenter(page);
	const screen = presenter.locator('[data-blackout-screen]');
	const status = presenter.getByRole('status');

	await page.keyboard.press('b');
	await expect(presenter).toHaveAttribute('data-blackout', '');
	await expect(screen).toBeVisible();
	await expect(status).toHaveText(/blacked out/);
	await page.keyboard.press('b');
	await expect(presenter).not.toHaveAttribute('data-blackout');
	await expect(screen).toBeHidden();
	await expect(status).toHaveText('');

	await page.keyboard.press('.');
	await expect(screen).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(screen).toBeHidden();
	await expect(diagram).toHaveAttribute('data-step', '1.0');
	await page.keyboard.press('PageDown');
	await expect(diagram).toHaveAttribute('data-step', '1.5');
});

test('? opens a modal help dialog that lists the keys; Esc closes it and focus returns', async ({ page }) => {
	const { presenter, diagram } = await openPresenter(page);
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog).toBeHidden();

	await page.keyboard.press('?');
	await expect(dialog).toBeVisible();
	await expect(dialog).toHaveAttribute('aria-modal', 'true');
	await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
	await expect(dialog).toContainText('Next step');
	await expect(dialog).toContainText('PageDown');
	// While it is open, the talk does not move.
	await page.keyboard.press('ArrowRight');
	await expect(diagram).toHaveAttribute('data-step', '1.0');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	// Opened from its button, it gives focus back to that button.
	const helpButton = presenter.getByRole('button', { name: 'Keyboard shortcuts' });
	await helpButton.click();
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(helpButton).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(diagram).toHaveAttribute('data-step', '1.5');
});

test('F puts the presenter in full screen and takes it out again', async ({ page }) => {
	const { presenter } = await openPresenter(page);
	const button = presenter.getByRole('button', { name: 'Full screen' });
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await page.keyboard.press('f');
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	expect(await page.evaluate(() => document.fullscreenElement?.hasAttribute('data-presenter'))).toBe(true);
	await page.keyboard.press('F');
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('L switches the language of the diagram and the narration', async ({ page }) => {
	const { presenter, diagram } = await openPresenter(page);
	const title = presenter.getByRole('heading', { level: 3 });
	await expect(title).toContainText('runtimes compiled into the kubelet');
	await page.keyboard.press('l');
	await expect(diagram).toHaveAttribute('lang', 'ko');
	await expect(title).toContainText('내장된 런타임 코드');
	await expect(presenter.locator('[data-presenter-count]')).toContainText('7단계 중 1단계');
	await page.keyboard.press('L');
	await expect(diagram).toHaveAttribute('lang', 'en');
});

test('keys typed into a text field are left alone', async ({ page }) => {
	const { diagram } = await openPresenter(page);
	// A field the page does not have, as a host page or an extension might add.
	await page.evaluate(() =>
		document.body.append(Object.assign(document.createElement('input'), { id: 'typing' }))
	);
	await page.locator('#typing').focus();
	await page.keyboard.type('b .l');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('#typing')).toHaveValue('b .l');
	await expect(diagram).toHaveAttribute('data-step', '1.0');
	await expect(diagram).toHaveAttribute('lang', 'en');
	await page.locator('#typing').blur();
	await page.keyboard.press('ArrowRight');
	await expect(diagram).toHaveAttribute('data-step', '1.5');
});
