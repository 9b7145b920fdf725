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
		prerender: { handleHttpError: 'fail' }
	}
};

export default config;
