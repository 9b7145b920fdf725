// Stops `npm test` early, in one line, when no Chromium is installed for the browser tests.
import { chromiumPath, hasChromium } from './chromium.js';

if (!hasChromium()) {
	console.error(
		`No Chromium at ${chromiumPath()}: install it with "sudo apt-get install -y chromium" or set CHROMIUM_PATH.`
	);
	process.exit(1);
}
