import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * State modules whose logic is unit-tested in Node with Svelte's client runtime (they create no effect while
 * constructed, so a component rendering them on the server still works), and the tests that do it.
 */
export const RUNES_IN_NODE =
	/(\/src\/lib\/state\/storyline-player\.svelte\.ts|\/src\/lib\/present\/step-session\.svelte\.ts|\.svelte\.test\.ts)$/;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Svelte 5 runes everywhere: no legacy reactivity in this codebase.
		runes: true
	},
	vitePlugin: {
		// Under Vitest, the state classes unit-tested in Node with their runes running are compiled for the
		// client (see RUNES_IN_NODE): the server build renders once and never re-runs a derived or an effect.
		dynamicCompileOptions({ filename }) {
			if (process.env.VITEST && RUNES_IN_NODE.test(filename)) return { generate: 'client' };
		}
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
					'../bench/**/*.ts',
					'../bench/**/*.svelte'
				);
			}
		},
		prerender: { handleHttpError: 'fail' },
		// A strict Content Security Policy. Every page is prerendered, so `hash` mode puts the policy in a
		// <meta http-equiv> tag and allows SvelteKit's one inline bootstrap script by its SHA-256 hash: no
		// 'unsafe-inline', no 'unsafe-eval' and no wildcard in script-src. Styles do allow 'unsafe-inline': the
		// prerendered HTML carries style="" attributes (Svelte's style: directives, the diagram's sizes), the web
		// component puts its CSS in a <style> inside its shadow root, and a hash cannot allow an attribute
		// without 'unsafe-hashes'. Injected CSS cannot run script, so this keeps the XSS protection that matters.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				// data: for fonts and images an export embeds; blob: for the PNG export's rasterising <img>.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				// The layout engine's Web Worker is a same-origin module file.
				'worker-src': ['self'],
				// The examples page shows the embed route in an iframe.
				'frame-src': ['self'],
				'media-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
