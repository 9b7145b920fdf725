import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.js';
import { stackmotion } from './src/lib/vite/index.js';

export default defineConfig({
	// stackmotion(): `*.stackmotion.yaml` imports are baked layouts (the /examples/authoring page).
	plugins: [stackmotion(), sveltekit()],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
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
