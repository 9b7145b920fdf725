/**
 * `<Storyline {layout}>` dropped into a new Vite app with no CSS of its own (the README's example): the diagram
 * stays inside the viewport, whatever the window. At 1920×1080 the whole first step of kubernetes-cri is on
 * screen; in smaller windows the readable floor (10 px names) makes the camera frame the step's focus, which is
 * on screen. The app is built by this test (vite build) and served from a temporary folder.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, preview, type PreviewServer } from 'vite';
import { bakeStoryline } from '../../src/lib/bake/index.js';
import type { StorylineLayout } from '../../src/lib/layout/types.js';
import { kubernetesCri } from '../../src/lib/stacks/kubernetes-cri.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

let dir: string;
let server: PreviewServer;
let base: string;
let layout: StorylineLayout;

test.beforeAll(async () => {
	test.setTimeout(180_000);
	dir = await mkdtemp(path.join(tmpdir(), 'stackmotion-bare-app-'));
	const baked = await bakeStoryline(kubernetesCri);
	if (!baked.ok) throw new Error(baked.errors.map((e) => e.message).join('\n'));
	layout = baked.layout;
	await writeFile(path.join(dir, 'layout.json'), JSON.stringify(layout));
	const outDir = path.join(dir, 'dist');
	const config = {
		configFile: false as const,
		root: path.join(REPO, 'test/fixtures/bare-app'),
		cacheDir: path.join(dir, '.vite'),
		logLevel: 'error' as const,
		plugins: [svelte({ configFile: false, compilerOptions: { runes: true } })],
		resolve: { alias: { $lib: path.join(REPO, 'src/lib'), 'bare-layout': dir } }
	};
	// `vite build` sets NODE_ENV=production for the whole process when it is unset; Playwright runs other test
	// files in this worker afterwards (the dev-server test among them), so put it back as it was.
	const nodeEnv = process.env.NODE_ENV;
	try {
		await build({ ...config, build: { outDir, emptyOutDir: true } });
	} finally {
		if (nodeEnv === undefined) delete process.env.NODE_ENV;
		else process.env.NODE_ENV = nodeEnv;
	}
	server = await preview({ ...config, build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
	base = server.resolvedUrls?.local[0] ?? '';
	if (!base) throw new Error('the preview server has no address');
});

test.afterAll(async () => {
	await new Promise<void>((done) => (server ? server.httpServer.close(() => done()) : done()));
	if (dir) await rm(dir, { recursive: true, force: true });
});

/** Screen boxes of the SVG and of each drawn node, and the viewport. */
async function measure(page: import('@playwright/test').Page) {
	return page.evaluate(() => {
		const svg = document.querySelector('.sm-svg')!.getBoundingClientRect();
		const nodes = [...document.querySelectorAll<SVGGElement>('.sm-node[data-node-id]')].map((g) => {
			const r = g.querySelector('rect')!.getBoundingClientRect();
			return { id: g.dataset.nodeId!, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
		});
		return {
			svg: { left: svg.left, top: svg.top, right: svg.right, bottom: svg.bottom },
			nodes,
			viewport: { width: innerWidth, height: innerHeight }
		};
	});
}

const within = (
	r: { left: number; top: number; right: number; bottom: number },
	box: { left: number; top: number; right: number; bottom: number }
) =>
	r.left >= box.left - 0.5 &&
	r.top >= box.top - 0.5 &&
	r.right <= box.right + 0.5 &&
	r.bottom <= box.bottom + 0.5;

for (const [width, height] of [
	[1920, 1080],
	[1280, 720],
	[1024, 768]
] as const) {
	test(`the first step stays inside a ${width}×${height} viewport`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto(base);
		await expect(page.locator('.sm-storyline')).toHaveAttribute('data-step', '1.0');
		await page.evaluate(() => document.fonts.ready);
		const m = await measure(page);
		const viewport = { left: 0, top: 0, right: m.viewport.width, bottom: m.viewport.height };
		expect(within(m.svg, viewport), `diagram ${JSON.stringify(m.svg)} inside the viewport`).toBe(true);
		const first = layout.storyline.steps[0]!;
		const focus = new Set(first.focus);
		const shown = m.nodes.filter((n) => within(n, m.svg));
		for (const id of focus) {
			if (!m.nodes.some((n) => n.id === id)) continue;
			expect(
				shown.some((n) => n.id === id),
				`focus ${id} is on screen`
			).toBe(true);
		}
		if (width === 1920) {
			expect(shown.map((n) => n.id).sort(), 'every component of the first step').toEqual(
				m.nodes.map((n) => n.id).sort()
			);
		}
	});
}
