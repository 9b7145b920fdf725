import { ErrorPanel, type DiagramError, type Lang, type Theme } from '$lib/index.js';
import { validateStoryline } from '$lib/model/index.js';
import type { Meta, StoryObj } from '@storybook/sveltekit';
import { expect, within } from 'storybook/test';
import { langControl, themeControl } from '../support/controls.js';
import { brokenSpec } from '../support/broken-spec.js';
import { forDocs, show } from '../support/render.js';

interface Args {
	errors: readonly DiagramError[];
	lang: Lang;
	subject?: string;
	theme: Theme;
}

const validation = validateStoryline(brokenSpec);
const specErrors: readonly DiagramError[] = validation.ok ? [] : validation.errors;

const meta = {
	title: 'Components/ErrorPanel',
	component: forDocs(ErrorPanel),
	args: { errors: specErrors, lang: 'en', subject: 'broken-storyline', theme: 'light' },
	argTypes: {
		lang: langControl,
		theme: { ...themeControl, description: 'Theme of the page around the panel (the panel follows it).' }
	},
	render: ({ theme: _theme, ...props }) => show(ErrorPanel, props),
	parameters: {
		docs: {
			description: {
				component:
					'Shown in place of a diagram whose spec is invalid or whose layout failed: every error with its code, where it is (`steps[0].edges[0].to`) and how to fix it. It takes the diagram’s space, so a slide never goes blank. The errors here come from validating a spec with three mistakes.'
			}
		}
	}
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const FromInvalidSpec: Story = {
	play: async ({ canvasElement, args }) => {
		const alert = within(canvasElement).getByRole('alert');
		expect(alert).toHaveAttribute('data-error-count', String(args.errors.length));
		expect(alert).toHaveTextContent(`${args.errors.length} problems`);
		const items = within(alert).getAllByRole('listitem');
		expect(items.map((li) => li.getAttribute('data-code'))).toEqual(args.errors.map((e) => e.code));
		for (const [i, error] of args.errors.entries()) expect(items[i]).toHaveTextContent(error.path);
	}
};

export const Korean: Story = {
	args: { lang: 'ko' },
	play: async ({ canvasElement, args }) => {
		expect(within(canvasElement).getByRole('alert')).toHaveTextContent(`문제 ${args.errors.length}개`);
	}
};

export const Dark: Story = { args: { theme: 'dark' } };

export const LayoutFailed: Story = {
	args: {
		subject: 'kubernetes-cri',
		errors: [
			{
				code: 'layout-failed',
				path: '',
				keys: [],
				message:
					'The layout engine failed: "Port constraint violated". The spec is valid; report this with the spec attached.'
			}
		]
	}
};
