import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.js';
import { stackmotion } from './src/lib/vite/index.js';

const svelteClient = (file: string) =>
	fileURLToPath(new URL(`./node_modules/svelte/src/${file}`, import.meta.url));
const svelteClientEntries = [
	{ find: /^svelte$/, replacement: svelteClient('index-client.js') },
	{ find: /^svelte\/reactivity$/, replacement: svelteClient('reactivity/index-client.js') },
	{ find: /^svelte\/store$/, replacement: svelteClient('store/index-client.js') }
];

export default defineConfig({
	// stackmotion(): `*.stackmotion.yaml` imports are baked layouts (the /examples/authoring page).
	plugins: [stackmotion(), sveltekit()],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				// State modules are compiled for the client under Vitest (see svelte.config.js): their imports of
				// `svelte` must reach the client runtime too, whose `tick` and `flushSync` really run effects.
				resolve: { alias: svelteClientEntries },
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
