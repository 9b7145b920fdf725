/**
 * The system Chromium, started headless through playwright-core for what Node cannot do (WebCodecs). Nothing
 * is downloaded: the binary is $CHROMIUM_PATH or the distribution's /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { UsageError } from '../io.js';

const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export async function launchChromium() {
	const executablePath = chromiumPath();
	if (!existsSync(executablePath))
		throw new UsageError(
			`${executablePath}: no Chromium there. WebM is encoded by a headless Chromium (WebCodecs): install it (e.g. apt-get install chromium) or set CHROMIUM_PATH.`
		);
	const { chromium } = await import('playwright-core');
	return chromium.launch({ executablePath, args: FLAGS, headless: true });
}
