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
	allSteps: boolean;
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
		allSteps: false
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
		allSteps: {
			description:
				'Pass the `layout`, which adds buttons that save every step: PowerPoint, and MP4, WebM or GIF rendered frame by frame.',
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
					'Buttons that save the diagram as shown: SVG, PNG at 1×, 2× and 4×, and — given the `layout` — every step as a PowerPoint deck and as MP4, WebM or GIF rendered frame by frame (progress and a cancel button while it runs). `target` returns the diagram: its SVG, an element containing it, or a `<stackmotion-diagram>`.'
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

/** With the `layout`: PowerPoint, the animated SVG, and MP4, WebM and GIF where the browser has the encoders (WebCodecs). */
export const WithVideo: Story = {
	args: { allSteps: true },
	play: async ({ canvasElement }) => {
		await findElement(canvasElement, '.sm-storyline svg');
		const menu = within(canvasElement).getByRole('group', { name: 'Export' });
		expect(within(menu).getByRole('button', { name: 'PowerPoint (all steps)' })).toBeEnabled();
		const encoders = typeof VideoEncoder !== 'undefined';
		for (const name of ['MP4 (all steps)', 'WebM (all steps)']) {
			const button = within(menu).queryByRole('button', { name });
			if (encoders) expect(button).toBeEnabled();
			else expect(button).toBeNull();
		}
		expect(within(menu).getByRole('button', { name: 'GIF (all steps)' })).toBeEnabled();
		expect(within(menu).getByRole('button', { name: 'Animated SVG (all steps)' })).toBeEnabled();
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
