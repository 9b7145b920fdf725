import { Presenter, type PresenterProps } from '$lib/index.js';
import type { Meta, StoryObj } from '@storybook/sveltekit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { expectNarrationOf, expectStorylineAt, findElement } from '../support/assertions.js';
import {
	langControl,
	motionControl,
	noControl,
	stackControl,
	stepControl,
	themeControl
} from '../support/controls.js';
import { show } from '../support/render.js';
import { layoutOf, storylineOf } from '../support/stacks.js';

type Args = PresenterProps & { stack: string };

const meta = {
	title: 'Components/Presenter',
	component: Presenter,
	args: {
		stack: 'kubernetes-cri',
		step: 0,
		lang: 'en',
		theme: 'light',
		motion: 'reduce',
		speed: 1,
		// The story's frame is not the talk's page: leave its URL alone and talk to no other window (stories
		// running side by side would otherwise steer each other through the shared channel).
		hash: false,
		sync: false,
		onstepchange: fn()
	},
	argTypes: {
		stack: stackControl,
		step: stepControl,
		lang: langControl,
		theme: themeControl,
		motion: motionControl,
		speed: { control: { type: 'range', min: 0.25, max: 4, step: 0.25 } },
		hash: { description: 'Keep the step in the URL hash, one history entry per step.' },
		sync: { description: 'Follow and announce steps on the storyline’s BroadcastChannel.' },
		speakerHref: { control: 'text', description: 'The speaker window’s page; without it, S does nothing.' },
		layout: noControl,
		class: noControl
	},
	loaders: [async ({ args }) => ({ layout: await layoutOf(args.stack) })],
	render: ({ stack: _stack, ...props }, { loaded }) => show(Presenter, { ...props, layout: loaded.layout }),
	parameters: {
		docs: {
			// A full-screen component: each story gets a frame of its own rather than the height of the docs page.
			story: { inline: false, height: '560px' },
			description: {
				component:
					'A storyline as a full-screen talk: the diagram as large as the screen allows, the narration beside it and a progress bar. → Space PageDown next · ← PageUp previous · Home End · B black screen · F full screen · L language · S speaker window · ? help. The step lives in the URL hash (`hash`), and a `SpeakerView` in another window follows it (`sync`). Window-level key and channel listeners are removed when it is destroyed.'
			}
		}
	}
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** → on the presenter: the diagram, the narration and the progress move to the next step. */
export const Default: Story = {
	play: async ({ canvasElement, args }) => {
		const [first, second] = storylineOf(args.stack).steps;
		const count = storylineOf(args.stack).steps.length;
		const presenter = await findElement(canvasElement, '.sm-presenter[data-ready]');
		const storyline = await findElement(presenter, '.sm-storyline');
		const progress = presenter.querySelector('[data-presenter-count]');
		await expectStorylineAt(storyline, first!);
		expect(progress).toHaveTextContent(`Step 1 of ${count}`);

		presenter.querySelector<HTMLElement>('.sm-stage')!.focus();
		await userEvent.keyboard('{ArrowRight}');
		await expectStorylineAt(storyline, second!);
		await waitFor(() => expect(progress).toHaveTextContent(`Step 2 of ${count}`));
		expect(progress).toHaveTextContent(second!.label.en);
		expectNarrationOf(presenter, second!, 'en');
		expect(args.onstepchange).toHaveBeenLastCalledWith({ index: 1, id: second!.id });

		await userEvent.keyboard('{ArrowLeft}');
		await expectStorylineAt(storyline, first!);
		await waitFor(() => expect(progress).toHaveTextContent(`Step 1 of ${count}`));
	}
};

export const Korean: Story = {
	args: { lang: 'ko', step: 2 },
	play: async ({ canvasElement, args }) => {
		const steps = storylineOf(args.stack).steps;
		const presenter = await findElement(canvasElement, '.sm-presenter[data-ready]');
		await expectStorylineAt(await findElement(presenter, '.sm-storyline'), steps[2]!);
		expect(presenter.querySelector('[data-presenter-count]')).toHaveTextContent(
			`${steps.length}단계 중 3단계`
		);
		expectNarrationOf(presenter, steps[2]!, 'ko');
	}
};

export const Dark: Story = { args: { theme: 'dark', step: 3 } };

/** `?` opens the keyboard help as a modal dialog; `?` again (or Esc, or Close) closes it and focus returns. */
export const KeyboardHelp: Story = {
	args: { speakerHref: '#speaker' },
	play: async ({ canvasElement, step }) => {
		const presenter = await findElement(canvasElement, '.sm-presenter[data-ready]');
		const stage = await findElement(presenter, '.sm-stage');
		const dialog = presenter.querySelector('dialog')!;
		// Each step waits for the state it needs (focus, the dialog's `open`), however long a loaded machine takes.
		const until = { timeout: 10_000 };

		await step('? opens the help', async () => {
			stage.focus();
			await waitFor(() => expect(stage).toHaveFocus(), until);
			await userEvent.keyboard('?');
			await waitFor(() => expect(dialog).toHaveAttribute('open'), until);
			const help = within(dialog);
			expect(help.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
			// The speaker key is listed only because the story gives the presenter a speaker window.
			expect(help.getByText('Open the speaker notes window')).toBeVisible();
			expect(help.getByRole('button', { name: 'Close' })).toHaveFocus();
		});

		await step('? again closes it; focus goes back to the diagram', async () => {
			await userEvent.keyboard('?');
			await waitFor(() => expect(dialog).not.toHaveAttribute('open'), until);
			await waitFor(() => expect(stage).toHaveFocus(), until);
		});

		// Esc is the browser's own dialog behaviour, which a synthetic key press does not trigger.
		await step('the help button opens it too, its Close button closes it', async () => {
			const helpButton = within(presenter).getByRole('button', { name: 'Keyboard shortcuts' });
			await userEvent.click(helpButton);
			await waitFor(() => expect(dialog).toHaveAttribute('open'), until);
			await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
			await waitFor(() => expect(dialog).not.toHaveAttribute('open'), until);
			await waitFor(() => expect(helpButton).toHaveFocus(), until);
		});
	}
};

/** B blacks the screen out; a step key then brings the picture back instead of moving on unseen. */
export const Blackout: Story = {
	play: async ({ canvasElement, args }) => {
		const first = storylineOf(args.stack).steps[0]!;
		const presenter = await findElement(canvasElement, '.sm-presenter[data-ready]');
		const storyline = await findElement(presenter, '.sm-storyline');
		presenter.querySelector<HTMLElement>('.sm-stage')!.focus();
		await userEvent.keyboard('b');
		await waitFor(() => expect(presenter).toHaveAttribute('data-blackout'));
		expect(presenter.querySelector(':scope > [role="status"]')).toHaveTextContent('Screen blacked out');
		await userEvent.keyboard('{ArrowRight}');
		await waitFor(() => expect(presenter).not.toHaveAttribute('data-blackout'));
		await expectStorylineAt(storyline, first);
	}
};
