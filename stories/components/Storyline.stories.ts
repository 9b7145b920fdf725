import { Storyline, type StorylineProps } from '$lib/index.js';
import { diffScenes } from '$lib/model/index.js';
import type { Meta, StoryObj } from '@storybook/sveltekit';
import { expect, fn, userEvent, within } from 'storybook/test';
import { STEP_BUTTONS, expectNarrationOf, expectStorylineAt, findElement } from '../support/assertions.js';
import {
	langControl,
	motionControl,
	noControl,
	stackControl,
	stepControl,
	themeControl
} from '../support/controls.js';
import LanguageSwitch from '../support/LanguageSwitch.svelte';
import { show } from '../support/render.js';
import { layoutOf, storylineOf } from '../support/stacks.js';

type Args = StorylineProps & { stack: string };

const meta = {
	title: 'Components/Storyline',
	component: Storyline,
	args: {
		stack: 'kubernetes-cri',
		step: 0,
		lang: 'en',
		theme: 'light',
		motion: 'auto',
		speed: 1,
		narration: true,
		controls: true,
		changes: true,
		onstepchange: fn()
	},
	argTypes: {
		stack: stackControl,
		step: stepControl,
		lang: langControl,
		theme: themeControl,
		motion: motionControl,
		speed: { control: { type: 'range', min: 0.25, max: 4, step: 0.25 } },
		layout: noControl,
		spec: noControl,
		errors: noControl
	},
	loaders: [async ({ args }) => ({ layout: await layoutOf(args.stack) })],
	render: ({ stack: _stack, ...props }, { loaded }) => show(Storyline, { ...props, layout: loaded.layout }),
	parameters: {
		docs: {
			description: {
				component:
					'A storyline that animates between its steps: what persists glides, what is removed leaves, what is new arrives. Focus the diagram and use ← →, PageUp/PageDown (clickers), Home/End. `step` is bindable.'
			}
		}
	}
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const Korean: Story = { args: { lang: 'ko', step: 2 } };

export const Dark: Story = { args: { theme: 'dark', step: 2 } };

/** Steps swap instantly; the change is highlighted and said in words instead. */
export const ReducedMotion: Story = {
	args: { motion: 'reduce' },
	play: async ({ canvasElement, args }) => {
		const [first, second] = storylineOf(args.stack).steps;
		const root = await findElement(canvasElement, '.sm-storyline');
		expect(root).toHaveAttribute('data-highlight-changes');
		await expectStorylineAt(root, first!);
		await userEvent.click(within(canvasElement).getByRole('button', { name: STEP_BUTTONS.en.next }));
		await expectStorylineAt(root, second!);
		const summary = root.querySelector('[data-change-summary]');
		expect(summary).toHaveAttribute('aria-live', 'polite');
		expect(summary).not.toHaveClass('sm-visually-hidden');
		expect(summary?.textContent?.trim()).not.toBe('');
	}
};

/** Forward with the Next button, back with ← on the focused diagram, then End and Home. */
export const StepForwardAndBack: Story = {
	args: { motion: 'reduce' },
	play: async ({ canvasElement, args, step }) => {
		const steps = storylineOf(args.stack).steps;
		const [first, second] = steps as [(typeof steps)[0], (typeof steps)[0]];
		const last = steps[steps.length - 1]!;
		const { added, removed } = diffScenes(first, second).nodes;
		expect(added.length + removed.length, 'the first two steps differ in their nodes').toBeGreaterThan(0);
		const root = await findElement(canvasElement, '.sm-storyline');
		const node = (id: string) => root.querySelector(`svg [data-node-id="${CSS.escape(id)}"]`);
		await expectStorylineAt(root, first);
		for (const id of added) expect(node(id), id).toBeNull();

		await step('Next button', async () => {
			await userEvent.click(within(canvasElement).getByRole('button', { name: STEP_BUTTONS.en.next }));
			await expectStorylineAt(root, second);
			for (const id of added) expect(node(id), `${id} arrives`).not.toBeNull();
			for (const id of removed) expect(node(id), `${id} leaves`).toBeNull();
			expectNarrationOf(root, second, 'en');
			expect(args.onstepchange).toHaveBeenLastCalledWith({ index: 1, id: second.id });
		});

		await step('← on the focused diagram', async () => {
			root.querySelector<HTMLElement>('.sm-stage')!.focus();
			await userEvent.keyboard('{ArrowLeft}');
			await expectStorylineAt(root, first);
			for (const id of added) expect(node(id), `${id} leaves again`).toBeNull();
			for (const id of removed) expect(node(id), `${id} comes back`).not.toBeNull();
			expectNarrationOf(root, first, 'en');
		});

		await step('End, then Home', async () => {
			await userEvent.keyboard('{End}');
			await expectStorylineAt(root, last);
			expect(within(canvasElement).getByRole('button', { name: STEP_BUTTONS.en.next })).toBeDisabled();
			await userEvent.keyboard('{Home}');
			await expectStorylineAt(root, first);
			expect(within(canvasElement).getByRole('button', { name: STEP_BUTTONS.en.prev })).toBeDisabled();
		});
	}
};

/** Animated at four times the speed: two quick presses land on the second step after, and back again. */
export const Animated: Story = {
	args: { motion: 'full', speed: 4 },
	play: async ({ canvasElement, args }) => {
		const steps = storylineOf(args.stack).steps;
		const root = await findElement(canvasElement, '.sm-storyline');
		const stage = root.querySelector<HTMLElement>('.sm-stage')!;
		stage.focus();
		// The second press arrives mid-transition: the last request wins.
		await userEvent.keyboard('{ArrowRight}{ArrowRight}');
		await expectStorylineAt(root, steps[2]!);
		await userEvent.keyboard('{PageUp}{PageUp}');
		await expectStorylineAt(root, steps[0]!);
	}
};

/** A language switch beside the storyline: the step stays, every word changes language. */
export const SwitchLanguage: Story = {
	args: { motion: 'reduce' },
	render: ({ stack: _stack, ...props }, { loaded }) =>
		show(LanguageSwitch, { ...props, layout: loaded.layout }),
	play: async ({ canvasElement, args }) => {
		const second = storylineOf(args.stack).steps[1]!;
		const canvas = within(canvasElement);
		const root = await findElement(canvasElement, '.sm-storyline');
		await userEvent.click(canvas.getByRole('button', { name: STEP_BUTTONS.en.next }));
		await expectStorylineAt(root, second);
		const nodesInEnglish = root.querySelectorAll('svg [data-node-id]').length;

		await userEvent.click(canvas.getByRole('button', { name: '한국어' }));
		expect(root).toHaveAttribute('lang', 'ko');
		await expectStorylineAt(root, second);
		expect(root.querySelectorAll('svg [data-node-id]')).toHaveLength(nodesInEnglish);
		expectNarrationOf(root, second, 'ko');
		expect(canvas.getByRole('button', { name: STEP_BUTTONS.ko.next })).toBeEnabled();

		await userEvent.click(canvas.getByRole('button', { name: 'English' }));
		expect(root).toHaveAttribute('lang', 'en');
		expectNarrationOf(root, second, 'en');
	}
};
