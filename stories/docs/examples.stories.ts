/**
 * The live examples the guides embed. They are stories like any other, so they run as tests too: an example
 * in the docs that stopped working would fail the build's test run.
 */
import { Storyline, type Lang, type Theme } from '$lib/index.js';
import type { Meta, StoryObj } from '@storybook/sveltekit';
import { expect, userEvent, within } from 'storybook/test';
import { STEP_BUTTONS, expectStorylineAt, findElement } from '../support/assertions.js';
import { langControl, themeControl } from '../support/controls.js';
import { exampleSpec } from '../support/example-spec.js';
import { show } from '../support/render.js';
import { layoutOf, storylineOf } from '../support/stacks.js';
import SlideFrame from './SlideFrame.svelte';
import TransitionPlanView from './TransitionPlanView.svelte';

interface Args {
	lang: Lang;
	theme: Theme;
}

const FLAGSHIP = 'kubernetes-cri';
const flagshipSteps = storylineOf(FLAGSHIP).steps;

const meta = {
	title: 'Guides/Examples',
	tags: ['!autodocs'],
	args: { lang: 'en', theme: 'light' },
	argTypes: { lang: langControl, theme: themeControl },
	loaders: [async () => ({ layout: await layoutOf(FLAGSHIP) })]
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The quick start: a bundled stack, laid out, animated. */
export const QuickStart: Story = {
	render: (args, { loaded }) => show(Storyline, { ...args, layout: loaded.layout })
};

/** The spec from “Write your own storyline”, laid out in the browser from `spec`. */
export const YourFirstStoryline: Story = {
	render: (args) => show(Storyline, { ...args, spec: exampleSpec, motion: 'reduce' }),
	play: async ({ canvasElement, args }) => {
		const root = await findElement(canvasElement, '.sm-storyline[data-step="direct"]');
		expect(root.querySelector('[data-node-id="shim"]')).toBeNull();
		await userEvent.click(within(canvasElement).getByRole('button', { name: STEP_BUTTONS[args.lang].next }));
		await findElement(canvasElement, '.sm-storyline[data-step="shim"]');
		await findElement(root, 'svg [data-node-id="shim"]');
		expect(root.querySelector('[data-edge-id="daemon->runtime"]')).toBeNull();
	}
};

/** The plan of the flagship stack's dockershim removal (1.20 → 1.24), as data. */
const removal = flagshipSteps.findIndex((step) => step.id === '1.24');
export const TransitionPlan: Story = {
	render: (_args, { loaded }) =>
		show(TransitionPlanView, { layout: loaded.layout, from: removal - 1, to: removal }),
	play: async ({ canvasElement }) => {
		const table = within(canvasElement).getByRole('table');
		const kinds = new Set([...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-kind')));
		// The removal of the dockershim removes things and moves things; a plan with neither would not be worth showing.
		expect(kinds).toContain('exit');
		expect([...kinds].some((kind) => kind === 'move' || kind === 'morph' || kind === 'resize')).toBe(true);
	}
};

/** The same transition on screen: drag the slider under the diagram to scrub through it. */
export const ScrubATransition: Story = {
	render: (args, { loaded }) =>
		show(Storyline, { ...args, layout: loaded.layout, step: flagshipSteps.length - 1, motion: 'full' })
};

/** A storyline on a 16:9 slide that the deck has scaled to half size. */
export const OnAScaledSlide: Story = {
	render: (args, { loaded }) =>
		show(SlideFrame, {
			...args,
			layout: loaded.layout,
			step: flagshipSteps.length - 1,
			scale: 0.5,
			motion: 'reduce'
		}),
	play: async ({ canvasElement }) => {
		const svg = await findElement<SVGSVGElement>(canvasElement, '.sm-svg');
		const slide = canvasElement.querySelector('.slide')!.getBoundingClientRect();
		const drawn = svg.getBoundingClientRect();
		// Drawn at the slide's scale: visible, and inside the slide.
		expect(drawn.width).toBeGreaterThan(100);
		expect(drawn.right).toBeLessThanOrEqual(slide.right + 0.5);
		expect(drawn.bottom).toBeLessThanOrEqual(slide.bottom + 0.5);
		await expectStorylineAt(canvasElement.querySelector('.sm-storyline')!, flagshipSteps.at(-1)!);
	}
};
