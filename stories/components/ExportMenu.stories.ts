import { ExportMenu, type Lang, type Theme } from '$lib/index.js';
import type { Meta, StoryObj } from '@storybook/sveltekit';
import { expect, within } from 'storybook/test';
import { findElement } from '../support/assertions.js';
import { langControl, stackControl, stepControl, themeControl } from '../support/controls.js';
import ExportMenuDemo from '../support/ExportMenuDemo.svelte';
import { forDocs, show } from '../support/render.js';
import { layoutOf } from '../support/stacks.js';

interface Args {
	stack: string;
	step: number;
	lang: Lang;
	theme: Theme;
	/** ExportMenu's `theme`: the colours of the exported file (by default those shown). */
	exportTheme?: 'light' | 'dark';
	filename: string;
	record: boolean;
}

const meta = {
	title: 'Components/ExportMenu',
	component: forDocs(ExportMenu),
	args: {
		stack: 'kubernetes-cri',
		step: 0,
		lang: 'en',
		theme: 'light',
		filename: 'kubernetes-cri',
		record: false
	},
	argTypes: {
		stack: stackControl,
		step: stepControl,
		lang: langControl,
		theme: { ...themeControl, description: 'The theme of the diagram shown beside the menu.' },
		exportTheme: {
			description: 'ExportMenu’s `theme`: export in these colours instead of the ones shown.',
			control: 'inline-radio',
			options: ['light', 'dark']
		},
		filename: { description: 'File name without extension.', control: 'text' },
		record: {
			description:
				'Pass `onrecord` (here: step forward), which adds a button that records the next transition as WebM where the browser can.',
			control: 'boolean'
		}
	},
	loaders: [async ({ args }) => ({ layout: await layoutOf(args.stack) })],
	render: ({ stack: _stack, ...props }, { loaded }) =>
		show(ExportMenuDemo, { ...props, layout: loaded.layout }),
	parameters: {
		docs: {
			description: {
				component:
					'Buttons that save the diagram as shown: SVG, PNG at 1×, 2× and 4×, and — given `onrecord`, in a browser that can record — the transition into the next step as WebM video. `target` returns the diagram: its SVG, an element containing it, or a `<stackmotion-diagram>`.'
			}
		}
	}
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const PNG_SCALES = ['1×', '2×', '4×'];

/** A labelled group of export buttons, all enabled, nothing in progress. (The story does not download.) */
export const Default: Story = {
	play: async ({ canvasElement }) => {
		await findElement(canvasElement, '.sm-storyline svg');
		const menu = within(canvasElement).getByRole('group', { name: 'Export' });
		const buttons = within(menu).getAllByRole('button');
		expect(buttons.map((b) => b.textContent?.trim())).toEqual(['SVG', ...PNG_SCALES.map((s) => `PNG ${s}`)]);
		for (const button of buttons) expect(button).toBeEnabled();
		expect(menu).toHaveAttribute('aria-busy', 'false');
		expect(within(menu).getByRole('status')).toHaveTextContent('');
	}
};

/** With `onrecord`: a fifth button records the next transition, where the browser can record WebM. */
export const WithVideo: Story = {
	args: { record: true },
	play: async ({ canvasElement }) => {
		await findElement(canvasElement, '.sm-storyline svg');
		const menu = within(canvasElement).getByRole('group', { name: 'Export' });
		const canRecord = typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm');
		const video = within(menu).queryByRole('button', { name: 'Next transition as WebM' });
		if (canRecord) expect(video).toBeEnabled();
		else expect(video).toBeNull();
	}
};

export const Korean: Story = {
	args: { lang: 'ko' },
	play: async ({ canvasElement }) => {
		await findElement(canvasElement, '.sm-storyline svg');
		const menu = within(canvasElement).getByRole('group', { name: '내보내기' });
		expect(within(menu).getByRole('button', { name: 'SVG' })).toBeEnabled();
		expect(within(menu).getAllByRole('button', { name: /^PNG/ })).toHaveLength(3);
	}
};

export const Dark: Story = { args: { theme: 'dark', exportTheme: 'dark' } };
