/**
 * The example Slidev deck (examples/slidev, built by `npm run build` there): its clicks step the
 * <stackmotion-diagram> forward with → and back with ←. The built deck is served by a small static server of
 * this test's own (Slidev routes are paths, so unknown paths get index.html).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const deck = fileURLToPath(new URL('../../examples/slidev/dist', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 4319) + 50;
const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.png': 'image/png'
};

let server: Server | undefined;

test.beforeAll(async () => {
	if (!existsSync(join(deck, 'index.html'))) {
		throw new Error(`No built Slidev deck at ${deck}: run \`npm ci && npm run build\` in examples/slidev.`);
	}
	server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		let file = join(deck, path);
		if (!file.startsWith(deck) || !existsSync(file) || statSync(file).isDirectory())
			file = join(deck, 'index.html');
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		response.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));
});

test.afterAll(async () => {
	await new Promise((resolve) => server?.close(resolve));
});

const STEPS = ['1.0', '1.5', 'containerd-1.1', '1.20', '1.24', '1.27', '1.31'];

test('→ and ← in the built Slidev deck step the diagram forward and back', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`http://127.0.0.1:${port}/2`);
	const diagram = page.locator('stackmotion-diagram');
	await expect(diagram).toHaveAttribute('data-step', STEPS[0] ?? '');
	await expect(diagram.locator('svg.sm-svg')).toHaveCount(1);
	for (let i = 1; i < STEPS.length; i++) {
		await page.keyboard.press('ArrowRight');
		await expect(diagram).toHaveAttribute('data-step', STEPS[i] ?? '');
		// The element's stepchange reached the slide.
		await expect(page.getByTestId('shown')).toHaveText(STEPS[i] ?? '');
	}
	for (let i = STEPS.length - 2; i >= 0; i--) {
		await page.keyboard.press('ArrowLeft');
		await expect(diagram).toHaveAttribute('data-step', STEPS[i] ?? '');
	}
	await expect(page.getByTestId('shown')).toHaveText(STEPS[0] ?? '');
	// ← once more leaves the diagram slide for the title slide.
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\/1$/);
	await expect(page.getByRole('heading', { name: 'The kubelet and its container runtimes' })).toBeVisible();
	expect(errors).toEqual([]);
});
