import { flushSync } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { layoutStoryline } from '../../layout/index.js';
import type { StorylineLayout } from '../../layout/types.js';
import { validateStoryline } from '../../model/validate.js';
import { kubernetesCri } from '../../stacks/kubernetes-cri.js';
import Presenter from './Presenter.svelte';

let layout: StorylineLayout;

beforeAll(async () => {
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error('kubernetes-cri does not validate');
	layout = await layoutStoryline(result.storyline);
}, 120_000);

const press = (target: EventTarget, key: string) =>
	target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

/** Resolves when `dialog` next fires `close` (the browser queues it a task after `close()`). */
const nextClose = (dialog: HTMLDialogElement) =>
	new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));

describe('Presenter: the keyboard help', () => {
	it('opened again before the last close event arrives, stays open (the late event is not a new close)', async () => {
		const screen = await render(Presenter, { layout, step: 0, hash: false, sync: false, motion: 'reduce' });
		const presenter = screen.container.querySelector<HTMLElement>('.sm-presenter')!;
		const dialog = presenter.querySelector('dialog')!;
		const helpButton = [...presenter.querySelectorAll('button')].find((b) => b.ariaHasPopup === 'dialog')!;
		const stage = presenter.querySelector<HTMLElement>('.sm-stage')!;
		stage.focus();

		press(stage, '?');
		flushSync();
		expect(dialog.open).toBe(true);

		// `?` closes it; the browser queues the dialog's `close` event. The help button is pressed in the same
		// task (a fast presenter, or a busy machine that runs the click before that event).
		const lateClose = nextClose(dialog);
		press(document.activeElement ?? stage, '?');
		flushSync();
		expect(dialog.open).toBe(false);
		// A real click focuses the button first.
		helpButton.focus();
		helpButton.click();
		flushSync();
		expect(dialog.open).toBe(true);

		// The late event arrives with the help open again: it must not close it.
		await lateClose;
		flushSync();
		expect(dialog.open).toBe(true);
		expect(dialog.contains(document.activeElement)).toBe(true);

		// And it still closes when asked, with focus back on the button that opened it.
		const closing = nextClose(dialog);
		press(document.activeElement!, '?');
		flushSync();
		await closing;
		flushSync();
		expect(dialog.open).toBe(false);
		expect(document.activeElement).toBe(helpButton);
		screen.unmount();
	});
});
