import type { Preview } from '@storybook/sveltekit';
import '$lib/fonts/pretendard.css';
import '$lib/styles/diagram.css';
import ThemeFrame from '../stories/support/ThemeFrame.svelte';

const preview: Preview = {
	tags: ['autodocs'],
	parameters: {
		// Every story is also an accessibility test: a violation fails it, in the test run as in the UI.
		a11y: { test: 'error' },
		// The frame paints the theme's background edge to edge.
		layout: 'fullscreen',
		controls: { expanded: true, sort: 'requiredFirst' },
		options: {
			storySort: {
				order: [
					'Guides',
					['Getting started', 'Embed in slides', 'Write your own storyline', 'How transitions work'],
					'Components',
					['Storyline', 'Diagram', 'StepControls', 'Narration', 'DiffView', 'ErrorPanel'],
					'Stacks'
				]
			}
		}
	},
	decorators: [
		(_story, { args }) => ({
			Component: ThemeFrame,
			props: { theme: args.theme, lang: args.lang }
		})
	]
};

export default preview;
