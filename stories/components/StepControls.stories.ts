import { StepControls, type Lang, type Storyline, type StorylinePlayer, type Theme } from '$lib/index.js';
import type { Meta, StoryObj } from '@storybook/sveltekit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { STEP_BUTTONS, findElement } from '../support/assertions.js';
import { langControl, noControl, stackControl, stepControl, themeControl } from '../support/controls.js';
import { forDocs, show } from '../support/render.js';
import { layoutOf, storylineOf } from '../support/stacks.js';
import StepControlsDemo from '../support/StepControlsDemo.svelte';

interface Args {
	stack: string;
	step: number;
	lang: Lang;
	theme: Theme;
	/** StepControls' own props, shown in the docs; the demo makes them. */
	player?: StorylinePlayer;
	storyline?: Storyline;
}

const meta = {
	title: 'Components/StepControls',
	component: forDocs(StepControls),
	args: { stack: 'kubernetes-cri', step: 0, lang: 'en', theme: 'light' },
	argTypes: {
		stack: stackControl,
		step: {
			...stepControl,
			description: 'The step the player starts on (index).',
			table: { category: 'story' }
		},
		lang: langControl,
		theme: themeControl,
		player: noControl,
		storyline: noControl
	},
	loaders: [async ({ args }) => ({ layout: await layoutOf(args.stack) })],
	render: (args, { loaded }) =>
		show(StepControlsDemo, { layout: loaded.layout, step: args.step, lang: args.lang }),
	parameters: {
		docs: {
			description: {
				component:
					'Previous / next, the version timeline (one button per step, the current one marked `aria-current="step"`) and a scrubber for the transition into the current step. It drives a `StorylinePlayer`; `Storyline` renders it for you. The line under the controls here shows where the player is.'
			}
		}
	}
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const Korean: Story = { args: { lang: 'ko' } };

/** Next, a jump on the timeline, and the ends where a button has nowhere to go. */
export const Stepping: Story = {
	play: async ({ canvasElement, args }) => {
		const steps = storylineOf(args.stack).steps;
		const canvas = within(canvasElement);
		const readout = await findElement(canvasElement, '.readout');
		const current = () => canvas.getByRole('list', { name: 'Steps' }).querySelector('[aria-current="step"]');
		const prev = canvas.getByRole('button', { name: STEP_BUTTONS.en.prev });
		const next = canvas.getByRole('button', { name: STEP_BUTTONS.en.next });

		expect(prev).toBeDisabled();
		expect(canvas.getByRole('slider', { name: 'Transition into this step' })).toBeDisabled();
		expect(current()).toHaveAttribute('data-step-id', steps[0]!.id);

		await userEvent.click(next);
		await waitFor(() => expect(readout).toHaveAttribute('data-current-step', steps[1]!.id));
		expect(current()).toHaveAttribute('data-step-id', steps[1]!.id);
		expect(prev).toBeEnabled();

		const last = steps[steps.length - 1]!;
		await userEvent.click(canvas.getByRole('button', { name: last.label.en }));
		await waitFor(() => expect(readout).toHaveAttribute('data-current-step', last.id));
		expect(next).toBeDisabled();
	}
};
