/**
 * The built `stackmotion` command (`dist-cli/stackmotion.js`, made by `npm run build`), spawned as users run it:
 * its PNG of a bundled step, drawn in Node by resvg, against Chromium's drawing of the same step on the page;
 * and `validate` on a broken file.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { drawOneToOne } from './support/one-to-one.js';

const BIN = fileURLToPath(new URL('../../dist-cli/stackmotion.js', import.meta.url));

interface Spawned {
	code: number;
	stdout: string;
	stderr: string;
}

function stackmotion(args: string[], cwd: string): Promise<Spawned> {
	return new Promise((resolve) => {
		execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000 }, (error, stdout, stderr) => {
			const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
			resolve({ code, stdout, stderr });
		});
	});
}

/**
 * Compares two PNGs in a canvas: the share of pixels whose colour differs by more than `threshold` in some
 * channel, at the same position (`strict`) and with no match within one pixel (`near`, which forgives the
 * half-pixel shifts of anti-aliased edges). Sizes must agree within a pixel.
 */
async function mismatch(page: Page, a: Buffer, b: Buffer, threshold = 48) {
	return page.evaluate(
		async ([first, second, limit]) => {
			const load = async (data: string) => {
				const image = new Image();
				image.src = `data:image/png;base64,${data}`;
				await image.decode();
				return image;
			};
			const [x, y] = await Promise.all([load(first), load(second)]);
			// The area both cover, from the top-left corner.
			const width = Math.min(x.naturalWidth, y.naturalWidth);
			const height = Math.min(x.naturalHeight, y.naturalHeight);
			const sizes = [x.naturalWidth, x.naturalHeight, y.naturalWidth, y.naturalHeight];
			const read = (image: HTMLImageElement) => {
				const canvas = document.createElement('canvas');
				canvas.width = width;
				canvas.height = height;
				const context = canvas.getContext('2d');
				if (!context) throw new Error('no 2d context');
				// Transparent areas (the frame's margin around the drawing) are seen over the page's white.
				context.fillStyle = '#ffffff';
				context.fillRect(0, 0, width, height);
				context.drawImage(image, 0, 0);
				return context.getImageData(0, 0, width, height).data;
			};
			const p = read(x);
			const q = read(y);
			const same = (i: number, j: number) =>
				Math.abs((p[i] ?? 0) - (q[j] ?? 0)) <= limit &&
				Math.abs((p[i + 1] ?? 0) - (q[j + 1] ?? 0)) <= limit &&
				Math.abs((p[i + 2] ?? 0) - (q[j + 2] ?? 0)) <= limit;
			let strict = 0;
			let near = 0;
			for (let row = 0; row < height; row++) {
				for (let col = 0; col < width; col++) {
					const i = (row * width + col) * 4;
					if (same(i, i)) continue;
					strict++;
					let matched = false;
					for (let dy = -1; dy <= 1 && !matched; dy++) {
						for (let dx = -1; dx <= 1 && !matched; dx++) {
							const r = row + dy;
							const c = col + dx;
							if (r >= 0 && c >= 0 && r < height && c < width) matched = same(i, (r * width + c) * 4);
						}
					}
					if (!matched) near++;
				}
			}
			const total = width * height;
			return { sizes, strict: strict / total, near: near / total };
		},
		[a.toString('base64'), b.toString('base64'), threshold] as const
	);
}

test.beforeAll(() => {
	if (!existsSync(BIN)) throw new Error('No built CLI: run `npm run build` (it runs `npm run build:cli`).');
});

test('render --format png draws kubernetes-cri 1.24 as Chromium draws the page', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	const dir = mkdtempSync(join(tmpdir(), 'stackmotion-cli-e2e-'));
	const render = (theme: string, out: string) =>
		stackmotion(
			[
				'render',
				'kubernetes-cri',
				'--step',
				'1.24',
				'--lang',
				'en',
				'--theme',
				theme,
				'--format',
				'png',
				'--scale',
				'1',
				'-o',
				out
			],
			dir
		);
	const [light, dark] = await Promise.all([render('light', 'light.png'), render('dark', 'dark.png')]);
	expect(light, light.stderr).toMatchObject({ code: 0 });
	expect(dark, dark.stderr).toMatchObject({ code: 0 });
	const fromCli = readFileSync(join(dir, 'light.png'));
	const darkFromCli = readFileSync(join(dir, 'dark.png'));

	// The export example shows kubernetes-cri at 1.24 in light, without change marks, at the layout's own size.
	// A window large enough for the whole 16:9 frame at 1:1 (the page caps an unsized diagram at 80 % of its height).
	await page.setViewportSize({ width: 2400, height: 1600 });
	await page.goto('/examples/export');
	const storyline = page.locator('[data-export-stage] .sm-storyline');
	await expect(storyline).toHaveAttribute('data-step', '1.24');
	await expect(storyline).toHaveAttribute('data-theme', 'light');
	// Draw the page's SVG at its own size (1 unit = 1 px), as the CLI does. The camera frames the step for the
	// box's shape, so the box is resized until the frame and the box agree.
	const stage = page.locator('[data-export-stage]');
	await drawOneToOne(stage);
	await page.evaluate(() => document.fonts.ready);
	const onPage = await page.locator('[data-export-stage] svg.sm-svg').screenshot();

	writeFileSync(testInfo.outputPath('cli.png'), fromCli);
	writeFileSync(testInfo.outputPath('page.png'), onPage);
	await testInfo.attach('cli', { body: fromCli, contentType: 'image/png' });
	await testInfo.attach('page', { body: onPage, contentType: 'image/png' });

	const same = await mismatch(page, fromCli, onPage);
	const other = await mismatch(page, darkFromCli, onPage);
	console.log(
		`CLI PNG vs page, kubernetes-cri 1.24 en light, ${same.sizes.slice(0, 2).join('×')}: ` +
			`${(same.strict * 100).toFixed(2)} % of pixels differ (channel > 48), ${(same.near * 100).toFixed(2)} % with no match within 1 px; ` +
			`dark CLI PNG vs light page: ${(other.strict * 100).toFixed(1)} %`
	);
	// Both draw the camera's frame of the step at 1:1; allow a pixel of rounding at the edges.
	const [w1 = 0, h1 = 0, w2 = 0, h2 = 0] = same.sizes;
	expect(w1).toBeGreaterThan(600);
	expect(Math.abs(w2 - w1)).toBeLessThanOrEqual(2);
	expect(Math.abs(h1 - h2)).toBeLessThanOrEqual(1);
	expect(same.strict).toBeLessThan(0.03);
	expect(same.near).toBeLessThan(0.01);
	// The comparison can fail: the other theme is far off.
	expect(other.strict).toBeGreaterThan(0.3);
});

test('validate on a broken file: exit 1 and file:line:col  code  message', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'stackmotion-cli-e2e-'));
	writeFileSync(
		join(dir, 'broken.stackmotion.yaml'),
		[
			'id: broken',
			'title: Broken',
			'steps:',
			'  - id: one',
			'    label: one',
			'    title: One',
			'    narration: An edge to nowhere.',
			'    nodes:',
			'      - { id: a, label: A, kind: process }',
			'    edges:',
			'      - { from: a, to: ghost }',
			''
		].join('\n')
	);
	const result = await stackmotion(['validate', 'broken.stackmotion.yaml'], dir);
	expect(result.code).toBe(1);
	expect(result.stdout).toMatch(/^broken\.stackmotion\.yaml:11:24 {2}dangling-edge {2}.*"ghost"/m);
	const missing = await stackmotion(['validate', 'nowhere.yaml'], dir);
	expect(missing.code).toBe(2);
	expect(missing.stderr).toBe('error: nowhere.yaml: no such file.\n');
});
