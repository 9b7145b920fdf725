import { expect, test, type Locator, type Page } from '@playwright/test';
import { expandLayout } from '../../src/lib/bake/unpack.js';

// The presenter under stress, in the built site: a tab hidden (frozen, requestAnimationFrame paused) in the
// middle of a transition, the window resized in the middle of one, and a burst of real clicker and keyboard
// input. Each time it must settle on the last requested step, drawn exactly as that step opens on its own,
// with no page error.

async function openPresenter(page: Page, path = '/present/kubernetes-cri') {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await page.goto(path);
	const presenter = page.locator('[data-presenter="kubernetes-cri"]');
	await expect(presenter).toHaveAttribute('data-ready', '');
	await page.evaluate(() => document.fonts.ready);
	return { diagram: presenter.locator('.sm-storyline'), errors };
}

/** Every node's transform and size, and every edge's path, as drawn. */
async function drawing(diagram: Locator) {
	return diagram.locator('svg.sm-svg').evaluate((svg) => ({
		nodes: Object.fromEntries(
			[...svg.querySelectorAll<SVGGElement>('[data-node-id]')].map((g) => {
				const rect = g.querySelector(':scope > rect');
				return [
					g.dataset.nodeId,
					`${g.getAttribute('transform')} ${rect?.getAttribute('width')}×${rect?.getAttribute('height')}`
				];
			})
		),
		edges: Object.fromEntries(
			[...svg.querySelectorAll<SVGGElement>('[data-edge-id]')].map((g) => [
				g.dataset.edgeId,
				g.querySelector('path')?.getAttribute('d')
			])
		)
	}));
}

/** The drawing of a step opened directly by its link (never animated into). */
async function reference(page: Page, step: string) {
	const other = await page.context().newPage();
	const { diagram } = await openPresenter(other, `/present/kubernetes-cri#${step}`);
	await expect(diagram).toHaveAttribute('data-step', step);
	const drawn = await drawing(diagram);
	await other.close();
	return drawn;
}

/** Numbers in two drawings equal within half a pixel (GSAP ends on the exact values, rounding aside). */
function expectSameDrawing(actual: Awaited<ReturnType<typeof drawing>>, expected: typeof actual) {
	const numbers = (s: string | null | undefined) => (s ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
	for (const kind of ['nodes', 'edges'] as const) {
		expect(Object.keys(actual[kind]).sort()).toEqual(Object.keys(expected[kind]).sort());
		for (const [id, value] of Object.entries(expected[kind])) {
			const a = numbers(actual[kind][id]);
			const b = numbers(value as string);
			expect(a.length, `${kind} ${id}`).toBe(b.length);
			a.forEach((n, i) =>
				expect(Math.abs(n - (b[i] ?? NaN)), `${kind} ${id}: ${actual[kind][id]}`).toBeLessThan(0.5)
			);
		}
	}
}

/** The storyline's step ids, in order, from the layout the site serves. */
async function stepIds(page: Page): Promise<string[]> {
	const response = await page.request.get('/layouts/kubernetes-cri.json');
	const layout = expandLayout(await response.json());
	return layout.storyline.steps.map((s) => s.id);
}

async function settled(diagram: Locator, step: string) {
	await expect(diagram).toHaveAttribute('data-step', step);
	await expect(diagram).not.toHaveAttribute('data-animating', 'true', { timeout: 20_000 });
}

/**
 * A hidden tab, emulated from before the page's scripts run: while "hidden", `document.visibilityState` says so
 * and requestAnimationFrame callbacks are held back, as a browser does for a background tab; when "shown" they
 * run again, a long time later. (Headless Chromium keeps every page visible, and the DevTools Protocol's
 * `Page.setWebLifecycleState: frozen` is refused for a visible page, so the browser's own switch is not at hand.)
 * GSAP and Svelte keep the requestAnimationFrame they find when they start, so this must be in place first.
 */
function emulateHiddenTab() {
	const realRequest = window.requestAnimationFrame.bind(window);
	const realCancel = window.cancelAnimationFrame.bind(window);
	let hidden = false;
	const held = new Map<number, FrameRequestCallback>();
	let nextHeld = -1;
	const state = { held: 0, hiddenFor: 0 };
	window.requestAnimationFrame = (callback) => {
		if (!hidden) return realRequest(callback);
		held.set(nextHeld, callback);
		state.held++;
		return nextHeld--;
	};
	window.cancelAnimationFrame = (id) => {
		if (id < 0) held.delete(id);
		else realCancel(id);
	};
	const visibility = (value: 'hidden' | 'visible') => {
		hidden = value === 'hidden';
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
		document.dispatchEvent(new Event('visibilitychange'));
	};
	Object.assign(window, {
		hiddenTab: state,
		hideTab: () => visibility('hidden'),
		showTab: () => {
			visibility('visible');
			const callbacks = [...held.values()];
			held.clear();
			realRequest((time) => callbacks.forEach((callback) => callback(time)));
		}
	});
}

test('a tab hidden mid-transition (animation frames paused) settles on the requested step when shown', async ({
	page
}) => {
	await page.addInitScript(emulateHiddenTab);
	const { diagram, errors } = await openPresenter(page);
	const steps = await stepIds(page);
	const last = steps.at(-1) ?? '';
	const expected = await reference(page, last);

	// The key and the hiding in one task: the transition starts, and the tab hides before its next frame.
	await page.evaluate(() => {
		(document.activeElement ?? document.body).dispatchEvent(
			new KeyboardEvent('keydown', { key: 'End', bubbles: true })
		);
		(window as unknown as { hideTab(): void }).hideTab();
	});
	await expect(diagram).toHaveAttribute('data-animating', 'true');
	// A frame requested just before hiding still runs; once the transition asks for the next one (held back),
	// nothing may move while no frame is painted.
	await page.waitForFunction(
		() => (window as unknown as { hiddenTab: { held: number } }).hiddenTab.held > 0,
		null,
		{
			polling: 100
		}
	);
	const before = await drawing(diagram);
	const hiddenAt = await page.evaluate(() => performance.now());
	// What is tested here is time passing while hidden: wait until the page's own clock is past the end of the
	// whole transition (under a second at speed 1), counted from the moment the drawing was read.
	// (Polled on a timer: animation frames are held back while the tab is hidden.)
	await page.waitForFunction((since) => performance.now() - since > 2500, hiddenAt, { polling: 100 });
	await expect(diagram).toHaveAttribute('data-animating', 'true');
	expect(await drawing(diagram)).toEqual(before);
	await page.evaluate(() => (window as unknown as { showTab(): void }).showTab());

	await settled(diagram, last);
	expectSameDrawing(await drawing(diagram), expected);
	// And it goes on working: one step back animates and settles.
	await page.keyboard.press('ArrowLeft');
	await settled(diagram, steps.at(-2) ?? '');
	expect(errors).toEqual([]);
});

test('a window resized mid-transition settles on the requested step, filling the new width', async ({
	page
}) => {
	const { diagram, errors } = await openPresenter(page);
	const beforeLast = (await stepIds(page)).at(-2) ?? '';
	const expected = await reference(page, beforeLast);
	await page.keyboard.press('End');
	await expect(diagram).toHaveAttribute('data-animating', 'true');
	await page.setViewportSize({ width: 900, height: 600 });
	await page.keyboard.press('ArrowLeft');
	await page.setViewportSize({ width: 1280, height: 720 });
	await settled(diagram, beforeLast);
	expectSameDrawing(await drawing(diagram), expected);
	const svg = await diagram.locator('svg.sm-svg').boundingBox();
	expect(svg && svg.width > 0 && svg.width <= 1280 && svg.height <= 720).toBe(true);
	expect(errors).toEqual([]);
});

test('a burst of real clicker and keyboard input ends on the last requested step', async ({ page }) => {
	const { diagram, errors } = await openPresenter(page);
	const steps = await stepIds(page);
	const end = steps.length - 1;
	const keys = [
		'PageDown',
		'PageDown',
		'Space',
		'PageUp',
		'ArrowRight',
		'PageDown',
		'ArrowLeft',
		'End',
		'PageUp'
	];
	let expected = 0;
	for (let i = 0; i < 40; i++) {
		const key = keys[i % keys.length] ?? 'PageDown';
		await page.keyboard.press(key);
		if (key === 'PageDown' || key === 'Space' || key === 'ArrowRight') expected = Math.min(end, expected + 1);
		else if (key === 'PageUp' || key === 'ArrowLeft') expected = Math.max(0, expected - 1);
		else if (key === 'End') expected = end;
	}
	const last = steps[expected] ?? '';
	await settled(diagram, last);
	await expect(page).toHaveURL(new RegExp(`#${last.replace(/\./g, '\\.')}$`));
	expectSameDrawing(await drawing(diagram), await reference(page, last));
	expect(errors).toEqual([]);
});
