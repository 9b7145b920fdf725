import { Diagram, type DiagramProps } from '$lib/index.js';
import type { Meta, StoryObj } from '@storybook/sveltekit';
import { expect, waitFor, within } from 'storybook/test';
import { expectNodesOf, findElement } from '../support/assertions.js';
import { langControl, noControl, stackControl, stepControl, themeControl } from '../support/controls.js';
import { brokenSpec } from '../support/broken-spec.js';
import { exampleSpec } from '../support/example-spec.js';
import { show } from '../support/render.js';
import { layoutOf, storylineOf } from '../support/stacks.js';

type Args = DiagramProps & { stack: string };

const FLAGSHIP = 'kubernetes-cri';
const lastStep = storylineOf(FLAGSHIP).steps.length - 1;

const meta = {
	title: 'Components/Diagram',
	component: Diagram,
	args: { stack: FLAGSHIP, step: lastStep, lang: 'en', theme: 'light' },
	argTypes: {
		stack: stackControl,
		step: stepControl,
		lang: langControl,
		theme: themeControl,
		layout: noControl,
		spec: noControl,
		errors: noControl
	},
	// A story that passes its own `spec` or `errors` shows what the component does with those instead.
	loaders: [
		async ({ args }) => ({
			layout: args.spec !== undefined || args.errors !== undefined ? undefined : await layoutOf(args.stack)
		})
	],
	render: ({ stack: _stack, ...props }, { loaded }) =>
		show(Diagram, { ...props, layout: props.layout ?? loaded.layout }),
	parameters: {
		docs: {
			description: {
				component:
					'One step of a storyline as a static SVG. Give it a `layout` (baked at build time, or from `layoutStoryline`) or a `spec` to lay out in the browser. The stories lay out the bundled stack chosen with the *stack* control and pass it as `layout`.'
			}
		}
	}
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
	play: async ({ canvasElement, args }) => {
		const scene = storylineOf(args.stack).steps[Number(args.step)]!;
		const diagram = await findElement(canvasElement, '.sm-diagram');
		expect(diagram).toHaveAttribute('data-step', scene.id);
		expectNodesOf(diagram, scene);
		// The picture is one image with a name; the node list beside it is for screen readers.
		expect(within(canvasElement).getByRole('img')).toHaveAccessibleName(
			expect.stringContaining(`${storylineOf(args.stack).title.en} — ${scene.title.en}`)
		);
	}
};

export const Korean: Story = {
	args: { lang: 'ko' },
	play: async ({ canvasElement, args }) => {
		const scene = storylineOf(args.stack).steps[Number(args.step)]!;
		const diagram = await findElement(canvasElement, '.sm-diagram');
		expect(diagram).toHaveAttribute('lang', 'ko');
		expect(within(canvasElement).getByRole('img')).toHaveAccessibleName(
			expect.stringContaining(`${storylineOf(args.stack).title.ko} — ${scene.title.ko}`)
		);
	}
};

export const Dark: Story = { args: { theme: 'dark' } };

/** A spec written by hand, laid out in the browser: see “Write your own storyline”. */
export const FromSpec: Story = {
	args: { spec: exampleSpec, step: 'shim' },
	argTypes: { stack: { table: { disable: true } }, step: { control: 'text' } },
	play: async ({ canvasElement }) => {
		const diagram = await findElement(canvasElement, '.sm-diagram[data-step="shim"]');
		await waitFor(() => expect(diagram.querySelector('[data-node-id="shim"]')).not.toBeNull(), {
			timeout: 10_000
		});
		expect(diagram.querySelector('[data-edge-id="daemon->runtime"]')).toBeNull();
		expect(diagram.querySelector('[data-edge-id="shim->runtime"]')).not.toBeNull();
	}
};

/** An invalid spec never leaves a blank slide: its errors take the diagram’s place. */
export const InvalidSpec: Story = {
	args: { spec: brokenSpec, step: 0 },
	argTypes: { stack: { table: { disable: true } } },
	play: async ({ canvasElement }) => {
		const alert = await within(canvasElement).findByRole('alert');
		expect(
			[...alert.querySelectorAll('[data-code]')].map((el) => el.getAttribute('data-code')).sort()
		).toEqual(['dangling-edge', 'invalid-value', 'parent-not-group']);
		expect(canvasElement.querySelector('svg')).toBeNull();
	}
};

/** Asking for a step the storyline does not have lists the steps it does have. */
export const UnknownStep: Story = {
	args: { step: 'no-such-step' },
	argTypes: { step: { control: 'text' } },
	play: async ({ canvasElement }) => {
		const alert = await within(canvasElement).findByRole('alert');
		expect(alert).toHaveTextContent('"no-such-step"');
		for (const scene of storylineOf(FLAGSHIP).steps) expect(alert).toHaveTextContent(`"${scene.id}"`);
	}
};
