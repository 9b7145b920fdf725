/**
 * End-to-end tests: real user paths through the built, prerendered site in the system Chromium (never a
 * downloaded browser). Build first (`npm run build`); `npm test` does, then runs these.
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.js';

// A fixed loopback port, away from Vite's defaults so a running dev or preview server is never mistaken for it.
const port = Number(process.env.E2E_PORT ?? 4319);

const builtPresenter = new URL('./.svelte-kit/output/prerendered/pages/present', import.meta.url);
if (!existsSync(builtPresenter)) {
	throw new Error('No built site with the presenter pages: run `npm run build` before `npm run test:e2e`.');
}

export default defineConfig({
	testDir: 'test/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	forbidOnly: Boolean(process.env.CI),
	// No retries: a flaky test is a bug to fix, not to hide.
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list'], ['github']] : 'list',
	use: {
		...devices['Desktop Chrome'],
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1600, height: 900 },
		launchOptions: chromiumLaunchOptions(),
		// Traces cost time on every test; CI keeps them for failures, locally pass `--trace on` when needed.
		trace: process.env.CI ? 'retain-on-failure' : 'off'
	},
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
