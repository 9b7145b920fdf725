import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Svelte 5 runes everywhere: no legacy reactivity in this codebase.
		runes: true
	},
	kit: {
		adapter: adapter({ strict: true }),
		// Stories, the Storybook config and the tests outside src/ are type-checked and linted like the library.
		typescript: {
			config: (config) => {
				config.include.push(
					'../stories/**/*.ts',
					'../stories/**/*.svelte',
					'../.storybook/**/*.ts',
					'../test/**/*.ts',
					'../bench/**/*.ts'
				);
			}
		},
		prerender: { handleHttpError: 'fail' }
	}
};

export default config;
