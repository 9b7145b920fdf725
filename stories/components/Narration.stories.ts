import { Narration, type Lang, type Scene, type Theme } from '$lib/index.js';
import type { Meta, StoryObj } from '@storybook/sveltekit';
import { expect } from 'storybook/test';
import { expectNarrationOf } from '../support/assertions.js';
import { langControl, noControl, stackControl, stepControl, themeControl } from '../support/controls.js';
import { forDocs, show } from '../support/render.js';
import { storylineOf } from '../support/stacks.js';

interface Args {
	stack: string;
	step: number;
	lang: Lang;
	theme: Theme;
	/** Narration's own prop, shown in the docs; the story picks it with stack and step. */
	scene?: Scene;
}

/** The scene for the story's stack and step index; past the last step it shows the last one. */
const sceneFor = (args: Args) => {
	const steps = storylineOf(args.stack).steps;
	return steps[Math.min(Math.max(0, Math.trunc(args.step)), steps.length - 1)]!;
};

const meta = {
	title: 'Components/Narration',
	component: forDocs(Narration),
	args: { stack: 'kubernetes-cri', step: 0, lang: 'en', theme: 'light' },
	argTypes: {
		stack: stackControl,
		step: {
			...stepControl,
			description: 'Index of the step whose narration is shown.',
			table: { category: 'story' }
		},
		lang: langControl,
		theme: themeControl,
		scene: noControl
	},
	render: (args) => show(Narration, { scene: sceneFor(args), lang: args.lang }),
	parameters: {
		docs: {
			description: {
				component:
					'The current step’s title and narration in a polite live region (`aria-live="polite"`, atomic), so a screen reader reads each new step once. `Storyline` shows it under the diagram; use it on its own to place the narration elsewhere on a slide.'
			}
		}
	}
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
	play: async ({ canvasElement, args }) => {
		const scene = sceneFor(args);
		expectNarrationOf(canvasElement, scene, args.lang);
		expect(canvasElement.querySelector('.sm-narration')).toHaveAttribute('aria-atomic', 'true');
	}
};

export const Korean: Story = {
	args: { lang: 'ko', step: 4 },
	play: async ({ canvasElement, args }) => expectNarrationOf(canvasElement, sceneFor(args), 'ko')
};

export const Dark: Story = { args: { theme: 'dark', step: 2 } };
