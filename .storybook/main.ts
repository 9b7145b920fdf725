/**
 * Storybook for stackmotion: every public component, every step of every bundled stack, and the guides.
 *
 * Story format: CSF3 in TypeScript (`*.stories.ts`), not Svelte CSF. The stack stories are generated from
 * `stacks` (see ./stack-stories.ts), and CSF3 is what a generator can emit and Storybook's parser can read
 * without compiling Svelte; writing the component stories the same way keeps one format, and their loaders,
 * `play` functions and args are plain TypeScript, checked against the components' prop types. The few
 * compositions a story needs (a player for `StepControls`, a language switch) are small Svelte components in
 * `stories/support/`.
 */
import type { StorybookConfig } from '@storybook/sveltekit';
import { stackStoriesIndexer, stackStoriesPlugin, stackStorySpecifiers } from './stack-stories.js';

const config: StorybookConfig = {
	stories: [
		'../stories/docs/*.mdx',
		'../stories/components/*.stories.ts',
		'../stories/docs/*.stories.ts',
		...stackStorySpecifiers('../stories/stacks')
	],
	addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
	framework: { name: '@storybook/sveltekit', options: {} },
	core: {
		// Builds and test runs happen offline: nothing should try to reach the network.
		disableTelemetry: true,
		disableWhatsNewNotifications: true
	},
	experimental_indexers: async (existing) => [stackStoriesIndexer, ...(existing ?? [])],
	viteFinal: async (viteConfig) => ({
		...viteConfig,
		plugins: [...(viteConfig.plugins ?? []), stackStoriesPlugin()]
	})
};

export default config;
