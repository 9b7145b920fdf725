import { SpeakerView, type SpeakerViewProps } from '$lib/index.js';
import type { Meta, StoryObj } from '@storybook/sveltekit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { findElement } from '../support/assertions.js';
import { langControl, noControl, stackControl, stepControl, themeControl } from '../support/controls.js';
import { show } from '../support/render.js';
import { layoutOf, storylineOf } from '../support/stacks.js';

type Args = SpeakerViewProps & { stack: string };

const meta = {
	title: 'Components/SpeakerView',
	component: SpeakerView,
	args: {
		stack: 'kubernetes-cri',
		step: 0,
		lang: 'en',
		theme: 'light',
		// The story's frame is not the speaker page: leave its URL alone, and keep the timer in memory.
		hash: false,
		timerStorage: null
	},
	argTypes: {
		stack: stackControl,
		step: stepControl,
		lang: langControl,
		theme: themeControl,
		hash: { description: 'Read the first step from the URL hash and keep it there.' },
		timerStorage: noControl,
		layout: noControl,
		class: noControl
	},
	loaders: [async ({ args }) => ({ layout: await layoutOf(args.stack) })],
	render: ({ stack: _stack, ...props }, { loaded }) => show(SpeakerView, { ...props, layout: loaded.layout }),
	parameters: {
		docs: {
			// A full-window component: each story gets a frame of its own.
			story: { inline: false, height: '560px' },
			description: {
				component:
					'The speaker’s second window: the step’s notes in large type, what comes next with a small preview, and a talk timer. It follows a `Presenter` showing the same storyline in another window of the same site (a BroadcastChannel) and steers it: ←/→, PageUp/PageDown, Home/End and its buttons move both. Here no presenter is open, so it says it is waiting.'
			}
		}
	}
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The notes of the step in large type, the next step's title; → moves on and shows that step's notes. */
export const Default: Story = {
	play: async ({ canvasElement, args }) => {
		const [first, second, third] = storylineOf(args.stack).steps;
		const view = await findElement(canvasElement, '.sm-speaker');
		expect(first!.notes, 'the flagship stack has notes on its first steps').toBeDefined();
		expect(view).toHaveAttribute('data-speaker-step', first!.id);
		expect(view.querySelector('[data-speaker-current]')).toHaveTextContent(first!.title.en);
		expect(view.querySelector('[data-speaker-notes]')).toHaveTextContent(first!.notes!.en);
		expect(view.querySelector('[data-speaker-next]')).toHaveTextContent(second!.title.en);
		expect(within(view).getByRole('status')).toHaveTextContent('Waiting for the presentation window');

		await userEvent.keyboard('{ArrowRight}');
		await waitFor(() => expect(view).toHaveAttribute('data-speaker-step', second!.id));
		expect(view.querySelector('[data-speaker-notes]')).toHaveTextContent(second!.notes!.en);
		expect(view.querySelector('[data-speaker-next]')).toHaveTextContent(third!.title.en);

		await userEvent.click(within(view).getByRole('button', { name: '← Previous step' }));
		await waitFor(() => expect(view).toHaveAttribute('data-speaker-step', first!.id));
	}
};

/** The last step: nothing comes next, and the Next button is disabled. */
export const LastStep: Story = {
	args: { step: storylineOf('kubernetes-cri').steps.length - 1 },
	play: async ({ canvasElement, args }) => {
		const steps = storylineOf(args.stack).steps;
		const last = steps[steps.length - 1]!;
		const view = await findElement(canvasElement, '.sm-speaker');
		expect(view).toHaveAttribute('data-speaker-step', last.id);
		expect(view.querySelector('[data-speaker-notes]')).toHaveTextContent(last.notes!.en);
		expect(view.querySelector('[data-speaker-next]')).toHaveTextContent('This is the last step.');
		expect(within(view).getByRole('button', { name: 'Next step →' })).toBeDisabled();
	}
};

export const Korean: Story = {
	args: { lang: 'ko', step: 2 },
	play: async ({ canvasElement, args }) => {
		const scene = storylineOf(args.stack).steps[2]!;
		const view = await findElement(canvasElement, '.sm-speaker');
		expect(view).toHaveAttribute('lang', 'ko');
		expect(view.querySelector('[data-speaker-notes]')).toHaveTextContent(scene.notes!.ko);
	}
};

export const Dark: Story = { args: { theme: 'dark', step: 1 } };
