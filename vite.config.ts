import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { RUNES_IN_NODE } from './svelte.config.js';
import { chromiumLaunchOptions } from './scripts/chromium.js';
import { stackmotion } from './src/lib/vite/index.js';

const svelteClient = (file: string) =>
	fileURLToPath(new URL(`./node_modules/svelte/src/${file}`, import.meta.url));
const SVELTE_CLIENT_ENTRIES: Record<string, string> = {
	svelte: svelteClient('index-client.js'),
	'svelte/reactivity': svelteClient('reactivity/index-client.js'),
	'svelte/store': svelteClient('store/index-client.js')
};

/**
 * The modules compiled for the client in the Node project (see `RUNES_IN_NODE` in svelte.config.js) import
 * `svelte` from its client runtime, whose `tick` and `flushSync` really run effects; everything else in Node
 * (server rendering included) keeps the server runtime.
 */
const svelteClientForRunesInNode: Plugin = {
	name: 'svelte-client-runtime-for-runes-in-node',
	enforce: 'pre',
	resolveId(source, importer) {
		const entry = SVELTE_CLIENT_ENTRIES[source];
		if (entry && importer && RUNES_IN_NODE.test(importer.split('?')[0] ?? '')) return entry;
	}
};

export default defineConfig({
	// stackmotion(): `*.stackmotion.yaml` imports are baked layouts (the /examples/authoring page).
	plugins: [stackmotion(), sveltekit()],
	// Found only once a component imports it, GSAP's core would be optimised mid-run, and Vite reloads the page of
	// a browser test that is running (Vitest warns of flaky runs): optimise it up front.
	optimizeDeps: { include: ['gsap/gsap-core'] },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				plugins: [svelteClientForRunesInNode],
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'browser',
					include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({ launchOptions: chromiumLaunchOptions() }),
						instances: [{ browser: 'chromium' }]
					}
				}
			},
			{
				// Every story in stories/ runs as a test in Chromium: it renders, its `play` passes, axe finds nothing.
				extends: './vite.config.ts',
				// Only under Vitest: the plugin loads the whole Storybook config, which a site build does not need.
				plugins: process.env.VITEST
					? [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })]
					: [],
				test: {
					name: 'storybook',
					// A story's loader lays its stack out in the browser (elkjs, every step): seconds on a busy machine.
					testTimeout: 60_000,
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({ launchOptions: chromiumLaunchOptions() }),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
