import { DiffView, type Lang, type StorylineLayout, type Theme } from '$lib/index.js';
import { diffScenes } from '$lib/model/index.js';
import type { Meta, StoryObj } from '@storybook/sveltekit';
import { expect } from 'storybook/test';
import { findElement } from '../support/assertions.js';
import { langControl, noControl, stackControl, stepControl, themeControl } from '../support/controls.js';
import { forDocs, show } from '../support/render.js';
import { layoutOf, storylineOf } from '../support/stacks.js';

interface Args {
	stack: string;
	from: number | string;
	to: number | string;
	lang: Lang;
	theme: Theme;
	/** DiffView's own prop, shown in the docs; the story lays out the chosen stack. */
	layout?: StorylineLayout;
}

const FLAGSHIP = 'kubernetes-cri';
const stepCount = storylineOf(FLAGSHIP).steps.length;

const meta = {
	title: 'Components/DiffView',
	component: forDocs(DiffView),
	args: { stack: FLAGSHIP, from: stepCount - 2, to: stepCount - 1, lang: 'en', theme: 'light' },
	argTypes: {
		stack: stackControl,
		from: { ...stepControl, description: 'The earlier step (index or id).' },
		to: { ...stepControl, description: 'The later step (index or id).' },
		lang: langControl,
		theme: themeControl,
		layout: noControl
	},
	loaders: [async ({ args }) => ({ layout: await layoutOf(args.stack) })],
	render: ({ stack: _stack, ...props }, { loaded }) => show(DiffView, { ...props, layout: loaded.layout }),
	parameters: {
		docs: {
			description: {
				component:
					'Two steps side by side, what changed marked in words as well as colour: removed on the left, new and changed on the right. Static, so it prints.'
			}
		}
	}
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
	play: async ({ canvasElement, args }) => {
		const steps = storylineOf(args.stack).steps;
		const before = steps[Number(args.from)]!;
		const after = steps[Number(args.to)]!;
		const diff = diffScenes(before, after).nodes;
		const left = await findElement(canvasElement, `figure[data-step="${CSS.escape(before.id)}"]`);
		const right = await findElement(canvasElement, `figure[data-step="${CSS.escape(after.id)}"]`);
		const marked = (panel: Element, kind: string) =>
			[...panel.querySelectorAll(`[data-node-id][data-change="${kind}"]`)]
				.map((el) => el.getAttribute('data-node-id'))
				.sort();

		expect(marked(left, 'removed')).toEqual([...diff.removed].sort());
		expect(marked(right, 'added')).toEqual([...diff.added].sort());
		expect(marked(right, 'changed')).toEqual([...diff.changed].sort());
		expect(canvasElement.querySelector('[data-diff-summary]')?.textContent?.trim()).not.toBe('');
	}
};

export const Korean: Story = { args: { lang: 'ko' } };

export const Dark: Story = { args: { theme: 'dark' } };
