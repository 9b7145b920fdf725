#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --trace] [-- --only=layout,stability]`: measures layout, stability, frames, cold start and weight in one
// run, writes bench/results.json and prints every target as met / not met. Needs the built site (`npm run
// build`) for the cold-start page and the web component, and the system Chromium (never a downloaded one).
// Exits non-zero when a measurement turns out not to be real (nothing moved, Mermaid drew too little, …).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, runnerImport } from 'vite';
import { chromiumLaunchOptions, hasChromium } from '../scripts/chromium.js';
import { measureColdStart, measureFrames, startServer } from './browser.mjs';
import { measureExports } from './export-bench.mjs';
import { printTable, targetsOf } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Scratch space for a run (baked layouts, built pages, traces): under node_modules/.cache, never committed.
const work = `${root}node_modules/.cache/stackmotion-bench/`;
const quick = process.argv.includes('--quick');
const trace = process.argv.includes('--trace');
const only = process.argv
	.find((a) => a.startsWith('--only='))
	?.slice(7)
	.split(',');
const wants = (part) => !only || only.includes(part);
// Layout and stability run in Node alone: `--only=layout` (or `layout,stability`) needs no browser and no build.
const browserParts = ['frames', 'coldStart', 'bundle'];
const needsBrowser = !only || only.some((part) => browserParts.includes(part));
// For working on the browser half: reuse the layouts a previous run wrote instead of laying out again.
const reuse = process.argv.includes('--reuse-layouts');
process.env.BENCH_WORK_DIR = work;

const RUNS = quick
	? { layout: 3, synthetic200: 2, synthetic1000: 1, frames: 2, coldStart: 3 }
	: { layout: 10, synthetic200: 5, synthetic1000: 1, frames: 5, coldStart: 10 };
// Synthetic storyline sizes; `--sizes=200` trims a development run (results then go to the scratch folder, not results.json).
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
// A quick run leaves out the 1000-node storyline: its joint layout alone takes many minutes.
const SIZES = sizesArg ? sizesArg.slice(8).split(',').map(Number) : quick ? [200] : [200, 1000];

/** `entry` and every file it imports statically (`import … from "./x.js"`, not `import("./x.js")`), entry first. */
function staticClosure(dir, entry) {
	const found = [entry];
	for (let i = 0; i < found.length; i++) {
		const code = readFileSync(`${dir}${found[i]}`, 'utf8');
		for (const m of code.matchAll(
			/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([^"']+\.js)["']/g
		)) {
			if (!found.includes(m[1])) found.push(m[1]);
		}
	}
	return found;
}

function fail(message) {
	console.error(`\nBENCHMARK FAILED: ${message}`);
	process.exit(1);
}

const log = (message) => console.error(`· ${message}`);

if (needsBrowser && !hasChromium())
	fail('no Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH');
if (
	needsBrowser &&
	(!existsSync(`${root}build/embed/kubernetes-cri.html`) ||
		!existsSync(`${root}build/element/stackmotion-element.js`))
)
	fail('the built site is missing: run `npm run build` first');

const startedAt = performance.now();
const results = {
	date: new Date().toISOString(),
	mode: quick ? 'quick' : 'full',
	machine: {
		cpu: cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		memoryGb: Math.round(totalmem() / 2 ** 30),
		node: process.version,
		// Filled in when the run starts the browser.
		chromium: 'not used',
		gpu: 'none (headless, --disable-gpu: software rasterisation)',
		// The machine may be shared: its load (1-minute average, runnable jobs) when the run started and ended.
		loadAtStart: Math.round(loadavg()[0] * 10) / 10,
		loadAtEnd: 0
	},
	/** How long the whole run took, in seconds. */
	durationS: 0,
	layout: {},
	stability: {},
	frames: {},
	/** The synthetic cases again with the display's rate limit off (`--disable-frame-rate-limit`). */
	framesUncapped: {},
	coldStart: {},
	bundle: {},
	export: {}
};

// ---- Node: layout and stability -------------------------------------------------------------------------
const { module: nb } = await runnerImport(`${root}bench/node-bench.ts`, {
	configFile: false,
	logLevel: 'warn'
});
// The layouts the browser pages draw: kubernetes-cri for cold start and weight, the synthetic ones for frames.
const pageIds = [
	...(needsBrowser ? ['kubernetes-cri'] : []),
	...(wants('frames') ? SIZES.map((n) => `synthetic-${n}`) : [])
];
// Timing the layouts needs every storyline; a run for the browser half alone lays out only what its pages draw.
const timesLayouts = wants('layout') || wants('stability');
const storylines = reuse
	? []
	: nb.benchStorylines(SIZES).filter((s) => timesLayouts || pageIds.includes(s.id));
const layouts = new Map();
if (reuse) {
	for (const id of pageIds) layouts.set(id, JSON.parse(readFileSync(`${work}data/${id}.json`, 'utf8')));
}
try {
	for (const storyline of storylines) {
		const runs = !timesLayouts
			? 1
			: storyline.id === 'synthetic-1000'
				? RUNS.synthetic1000
				: storyline.id === 'synthetic-200'
					? RUNS.synthetic200
					: RUNS.layout;
		const huge = storyline.id === 'synthetic-1000';
		log(`layout ${storyline.id} × ${runs}`);
		const { figures, layout } = await nb.benchLayout(storyline, runs, !huge);
		layouts.set(storyline.id, layout);
		if (wants('layout')) results.layout[storyline.id] = figures;
		const framesUseIt = wants('frames') && storyline.id.startsWith('synthetic-');
		if (storyline.steps.length > 1 && (wants('stability') || framesUseIt)) {
			log(`stability ${storyline.id}`);
			const independent = await nb.independentLayout(storyline);
			if (wants('stability')) results.stability[storyline.id] = nb.benchStability(layout, independent);
			// The joint layout keeps the synthetic storylines' persisting nodes still (only arrivals and exits):
			// their frame test uses the independent layouts, where every persisting node moves — the worst case.
			if (storyline.id.startsWith('synthetic-')) layouts.set(storyline.id, independent);
		}
	}
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}

if (needsBrowser) {
	// ---- Data for the pages, then build them ------------------------------------------------------------------
	for (const id of pageIds) nb.writeJson(`${work}data`, `${id}.json`, layouts.get(id));
	const mermaid = nb.mermaidDefinition(layouts.get('kubernetes-cri'), '1.0');
	writeFileSync(`${work}mermaid.mmd`, mermaid.text);
	const cases = wants('frames')
		? [
				nb.transitionCase('kubernetes-cri', layouts.get('kubernetes-cri'), '1.5', '1.24'),
				...SIZES.map((n) => nb.transitionCase(`synthetic-${n}`, layouts.get(`synthetic-${n}`), 's1', 's2'))
			]
		: [];
	log('building the bench pages and the slide bundle');
	// Vite's module runner (used for the Node half above) set NODE_ENV to development, which would build Svelte's
	// dev runtime into the bundle: the pages and the bundle are measured as they ship.
	process.env.NODE_ENV = 'production';
	await build({ configFile: `${root}bench/app/vite.config.ts`, logLevel: 'warn' });
	await build({ configFile: `${root}bench/slide.config.ts`, logLevel: 'warn' });

	// ---- Weight ------------------------------------------------------------------------------------------------
	const ELK_MARKERS = ['org.eclipse.elk', 'elkjs', 'ElkNode', 'layered.crossingMinimization'];
	const gzipKb = (buffer) => Math.round((gzipSync(buffer, { level: 9 }).length / 1024) * 10) / 10;
	const hasElk = (buffer) => ELK_MARKERS.some((m) => buffer.toString('utf8').includes(m));
	// GSAP's core names its per-target cache `_gsap`, which no other code in the bundle does.
	const hasGsap = (buffer) => buffer.toString('utf8').includes('_gsap');
	{
		// What a slide loads before it can draw: the entry and every chunk it imports statically, each gzipped
		// on its own (as each is served). Chunks reached only through `import()` (the layout engine, the
		// validator) are loaded for a spec, never for a baked layout, and are counted apart.
		const staticChunks = staticClosure(`${work}slide/`, 'slide.js');
		const chunks = readdirSync(`${work}slide`).filter((f) => f.endsWith('.js'));
		const css = readdirSync(`${work}slide`).filter((f) => f.endsWith('.css'));
		const element = readFileSync(`${root}build/element/stackmotion-element.js`);
		const loaded = staticChunks.map((f) => readFileSync(`${work}slide/${f}`));
		// The motion code (GSAP, planner, sampler, painter): one chunk the player loads in its first idle period,
		// after the first paint, with whatever it imports that the first paint did not load already.
		const kit = chunks.find((f) => /^kit-.*\.js$/.test(f));
		if (!kit) fail('the slide bundle has no motion chunk (kit-*.js): is the motion code loaded on demand?');
		const motion = staticClosure(`${work}slide/`, kit).filter((f) => !staticChunks.includes(f));
		const firstPaintKb = loaded.reduce((kb, b) => kb + gzipKb(b), 0);
		const motionGzipKb = motion.reduce((kb, f) => kb + gzipKb(readFileSync(`${work}slide/${f}`)), 0);
		results.bundle = {
			slideGzipKb: Math.round(firstPaintKb * 10) / 10,
			// The entry file alone, and how many chunks it loads with it.
			slideEntryGzipKb: gzipKb(loaded[0]),
			slideStaticChunks: staticChunks.length - 1,
			// Loaded once the page is idle, before the first key press: what moves the diagram. The slide has
			// both before anything moves (`slideWithMotionGzipKb`).
			slideMotionGzipKb: Math.round(motionGzipKb * 10) / 10,
			slideWithMotionGzipKb: Math.round((firstPaintKb + motionGzipKb) * 10) / 10,
			firstPaintHasGsap: loaded.some(hasGsap),
			slideCssGzipKb: css.reduce((kb, f) => kb + gzipKb(readFileSync(`${work}slide/${f}`)), 0),
			// The on-demand chunks: the motion code, and those only loaded for a spec laid out in the browser.
			slideLazyChunks: chunks.length - staticChunks.length,
			elementGzipKb: gzipKb(element),
			// The baked kubernetes-cri file the slide compiles in: plain JSON, and the compact format `stackmotion bake` writes.
			bakedLayout: nb.bakedSizes(layouts.get('kubernetes-cri')),
			containsElk: loaded.some(hasElk) || hasElk(element)
		};
		if (results.bundle.slideGzipKb < 10) fail('the slide bundle is implausibly small: did the entry build?');
		if (!motion.some((f) => hasGsap(readFileSync(`${work}slide/${f}`))))
			fail('GSAP is not in the motion chunk: the weight rows would not count it');
	}

	// ---- Browser: frames and cold start --------------------------------------------------------------------------
	const server = await startServer({
		'/bench/': `${work}app/`,
		'/data/': `${work}data/`,
		'/': `${root}build/`
	});
	const browser = await chromium.launch(chromiumLaunchOptions());
	results.machine.chromium = browser.version();
	try {
		if (wants('frames')) {
			for (const c of cases) {
				log(`frames ${c.id} × ${RUNS.frames}`);
				results.frames[c.id] = await measureFrames(browser, server.url, c, RUNS.frames, trace && work);
			}
			for (const c of cases.filter((k) => k.id.startsWith('synthetic-'))) {
				const id = c.id.replace('synthetic-', 'naive-');
				log(`frames ${id} × ${RUNS.frames}`);
				results.frames[id] = await measureFrames(
					browser,
					server.url,
					{ ...c, id, naive: true },
					RUNS.frames,
					trace && work
				);
			}
		}
		if (wants('frames')) {
			// The same transitions with no display rate to wait for: how many frames each page can make in a
			// second. At 60 Hz both pages of a case can reach the cap, which hides which one costs less a frame;
			// the ratios to the naive loop are read here (`report.mjs`).
			const uncapped = await chromium.launch({
				...chromiumLaunchOptions(),
				args: [...chromiumLaunchOptions().args, '--disable-frame-rate-limit', '--disable-gpu-vsync']
			});
			try {
				for (const c of cases.filter((k) => k.id.startsWith('synthetic-'))) {
					for (const naive of [false, true]) {
						const id = naive ? c.id.replace('synthetic-', 'naive-') : c.id;
						log(`frames ${id}, uncapped × ${RUNS.frames}`);
						const f = await measureFrames(uncapped, server.url, { ...c, id, naive }, RUNS.frames);
						results.framesUncapped[id] = {
							fps: f.fps,
							mainThreadMsPerFrame: f.mainThreadMsPerFrame,
							renderer: f.renderer,
							frames: f.frames,
							runs: f.runs
						};
					}
				}
			} finally {
				await uncapped.close();
			}
		}
		if (wants('coldStart')) {
			log(`cold start × ${RUNS.coldStart}`);
			results.coldStart = await measureColdStart(browser, server.url, {
				runs: RUNS.coldStart,
				nodes: layouts.get('kubernetes-cri').steps[0].nodes.length,
				mermaid
			});
		}
	} catch (error) {
		await browser.close();
		server.close();
		fail(error instanceof Error ? error.message : String(error));
	}
	await browser.close();
	server.close();
}

// ---- Export speed: the built CLI writing video, GIF and animated SVG, against the animation's own length --------
if (wants('export')) {
	try {
		results.export = await measureExports(root, work, { log });
	} catch (error) {
		fail(error instanceof Error ? error.message : String(error));
	}
}

results.targets = targetsOf(results);
results.machine.loadAtEnd = Math.round(loadavg()[0] * 10) / 10;
results.durationS = Math.round((performance.now() - startedAt) / 1000);
mkdirSync(work, { recursive: true });
const out = only || reuse || sizesArg ? `${work}results.partial.json` : `${root}bench/results.json`;
writeFileSync(out, `${JSON.stringify(results, null, '\t')}\n`);
printTable(results);
console.log(`\nwritten to ${out.slice(root.length)}`);
