// Where the system Chromium lives and how to start it here: the tests never download a browser.
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** The Chromium binary: $CHROMIUM_PATH, else the distribution's /usr/bin/chromium. */
export function chromiumPath() {
	return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function hasChromium() {
	return existsSync(chromiumPath());
}

/** Launch options shared by Vitest browser mode, Storybook tests and Playwright e2e. */
export function chromiumLaunchOptions() {
	return { executablePath: chromiumPath(), args: CHROMIUM_FLAGS };
}
