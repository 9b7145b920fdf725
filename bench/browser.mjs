// The browser half of the benchmark: a static server for the built site and the bench pages, frame timing of a
// transition (rAF intervals, main-thread time from the DevTools protocol, proof that nodes moved) and cold start.
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { summarize, round } from './stats.mjs';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.png': 'image/png'
};

/** Serves `mounts` (URL prefix → folder), longest prefix first; `/a/b` also finds `a/b.html` and `a/b/index.html`. */
export function startServer(mounts) {
	const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const prefix = prefixes.find((p) => path.startsWith(p));
		const base = `${mounts[prefix]}${path.slice(prefix.length)}`;
		const file = [base, `${base}.html`, `${base.replace(/\/$/, '')}/index.html`].find(
			(f) => !f.includes('..') && existsSync(f) && statSync(f).isFile()
		);
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-store'
		});
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
		});
	});
}

/**
 * Runs in the page: requests `target`, records every rAF until the transition ends, the probe's transform, and
 * the first frame where the node the plan changes first (`first`) looks different (opacity or position).
 */
function recordTransition({ target, probe, first }) {
	return new Promise((resolve, reject) => {
		const stamps = [];
		const seen = [];
		const animating = () => document.querySelector('[data-animating="true"]') !== null;
		// A large transition is drawn on a canvas over the SVG: what it draws is read from its scene, else the SVG.
		let onCanvas = false;
		const attribute = (id, name) => {
			const scene = document.querySelector('canvas.sm-motion-canvas')?.stackmotionScene;
			if (scene?.showing) onCanvas = true;
			return scene?.showing
				? scene.attribute(id, name)
				: document.querySelector(`[data-node-id="${CSS.escape(id)}"]`)?.getAttribute(name);
		};
		const where = () => attribute(probe, 'transform');
		// Opacity and translation as numbers, changed by what a screen shows (one 8-bit level, half a pixel).
		const looks = () => {
			const t = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)/.exec(attribute(first, 'transform') ?? '');
			return [Number(attribute(first, 'opacity') ?? 1), Number(t?.[1] ?? 0), Number(t?.[2] ?? 0)];
		};
		const initial = where();
		const initialLook = looks();
		const requested = performance.now();
		let began = false;
		let shown;
		let firstMove;
		const tick = (now) => {
			const transform = where();
			if (transform) seen.push(transform);
			// The start latency: request → first frame that shows the transition (the union of both steps rendered,
			// the plan made or taken from those prepared, the first frame painted).
			if (
				shown === undefined &&
				looks().some((v, i) => Math.abs(v - initialLook[i]) > (i === 0 ? 1 / 255 : 0.5))
			) {
				// The clock when the frame is made, not the frame's timestamp: that is its vsync, which can be
				// earlier than a long task before it ended.
				shown = performance.now() - requested;
			}
			// Intervals are counted from the first frame that shows the probe moved (after the plan's exit stage).
			if (!began && animating() && transform !== initial) {
				began = true;
				firstMove = performance.now() - requested;
				performance.mark('bench-motion-start');
			}
			if (began) stamps.push(now);
			if (began && !animating()) performance.mark('bench-motion-end');
			if (began && !animating()) resolve({ stamps, seen, latency: shown ?? Infinity, firstMove, onCanvas });
			else if (now - requested > 30_000) reject(new Error(`transition to ${target} never ended`));
			else requestAnimationFrame(tick);
		};
		window.benchGo(target);
		requestAnimationFrame(tick);
	});
}

const settle = (page) =>
	page.waitForFunction(() => document.querySelector('[data-animating="true"]') === null, null, {
		timeout: 30_000
	});

/** Positions of the probe strictly between its two ends: the nodes really travelled, frame by frame. */
function intermediatePositions(seen, probe) {
	const between = (v, a, b) => v > Math.min(a, b) + 0.5 && v < Math.max(a, b) - 0.5;
	const moving = Math.abs(probe.to.x - probe.from.x) > 1 ? 'x' : 'y';
	const positions = new Set();
	for (const t of seen) {
		const m = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)/.exec(t);
		if (!m) continue;
		const p = { x: Number(m[1]), y: Number(m[2]) };
		if (between(p[moving], probe.from[moving], probe.to[moving])) positions.add(`${p.x},${p.y}`);
	}
	return positions.size;
}

const STAGES = {
	FunctionCall: 'script',
	EvaluateScript: 'script',
	TimerFire: 'script',
	FireAnimationFrame: 'script',
	UpdateLayoutTree: 'style',
	Layout: 'layout',
	PrePaint: 'prePaint',
	Paint: 'paint',
	Layerize: 'layerize',
	// Where a 2D canvas without a GPU is rasterised, on the main thread (an SVG is rasterised off it).
	'LayerTreeHost::DoUpdateLayers': 'updateLayers',
	MajorGC: 'gc',
	MinorGC: 'gc'
};

/**
 * From a Chrome trace: main-thread busy time between the page's `bench-motion-start` and `-end` marks, and how it
 * splits into script, style, layout, paint, layerize and layer updates (outermost events of each kind; script
 * includes what it forces).
 */
function mainThreadTime(trace) {
	const events = JSON.parse(trace).traceEvents;
	const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	const mark = (name) => events.find((e) => e.name === name && e.pid === main?.pid)?.ts;
	const start = mark('bench-motion-start');
	const end = mark('bench-motion-end');
	if (!main || start === undefined || end === undefined)
		throw new Error('the trace lacks the main thread or the marks');
	const inWindow = events
		.filter(
			(e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur && e.ts >= start && e.ts < end
		)
		.sort((a, b) => a.ts - b.ts);
	const outermost = (names) => {
		let total = 0;
		let until = -1;
		for (const e of inWindow) {
			if (!names.includes(e.name) || e.ts < until) continue;
			total += e.dur;
			until = e.ts + e.dur;
		}
		return total / 1000;
	};
	const split = {};
	for (const stage of new Set(Object.values(STAGES))) {
		split[stage] = outermost(Object.keys(STAGES).filter((k) => STAGES[k] === stage));
	}
	return { busyMs: outermost(['RunTask', 'ThreadControllerImpl::RunTask']), split };
}

/**
 * Frame timing of one transition case, `runs` times (there and back, only "there" measured). A `naive` case
 * loads the GSAP baseline page with the same steps instead of the Storyline.
 */
export async function measureFrames(browser, base, c, runs, traceDir) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	const query = c.naive
		? `naive.html?layout=${c.layout}&from=${c.from}&to=${c.to}&duration=${c.duration}`
		: `frames.html?layout=${c.layout}&step=${c.from}`;
	await page.goto(`${base}/bench/${query}`);
	await page.waitForFunction(
		() => window.benchReady === true && document.querySelector('svg [data-node-id]')
	);
	const intervals = [];
	const perRun = [];
	const latencies = [];
	const firstMoves = [];
	let mainMs = 0;
	let frames = 0;
	let minIntermediate = Infinity;
	const renderers = new Set();
	const split = {};
	for (let run = 0; run < runs; run++) {
		await settle(page);
		// A presenter's pause between two presses (the player prepares the next transition while idle), then two
		// frames so the measurement starts from rest. The naive page pauses the same.
		await page.waitForTimeout(1500);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		await browser.startTracing(page, {
			categories: ['devtools.timeline', 'blink.user_timing', 'toplevel', 'cc']
		});
		const { stamps, seen, latency, firstMove, onCanvas } = await page.evaluate(recordTransition, {
			target: c.to,
			probe: c.probe.id,
			first: c.first.id
		});
		if (!Number.isFinite(latency)) throw new Error(`${c.id}: node ${c.first.id} never changed on screen`);
		const trace = (await browser.stopTracing()).toString('utf8');
		if (traceDir && run === 0) writeFileSync(`${traceDir}trace-${c.id}.json`, trace);
		const busy = mainThreadTime(trace);
		const gaps = stamps.slice(1).map((t, i) => t - stamps[i]);
		intervals.push(...gaps);
		perRun.push(gaps.length / ((stamps.at(-1) - stamps[0]) / 1000));
		mainMs += busy.busyMs;
		for (const [stage, ms] of Object.entries(busy.split)) split[stage] = (split[stage] ?? 0) + ms;
		frames += gaps.length;
		latencies.push(latency);
		firstMoves.push(firstMove);
		renderers.add(c.naive ? 'naive' : onCanvas ? 'canvas' : 'svg');
		minIntermediate = Math.min(minIntermediate, intermediatePositions(seen, c.probe));
		// Back to the start, unmeasured (the naive page just reloads its start state).
		if (c.naive) {
			await page.reload();
			await page.waitForFunction(() => window.benchReady === true);
		} else {
			await page.evaluate((step) => window.benchGo(step), c.from);
		}
	}
	await page.close();
	if (minIntermediate < 3)
		throw new Error(
			`${c.id}: node ${c.probe.id} was seen at ${minIntermediate} positions between its ends — nothing animated`
		);
	const s = summarize(intervals);
	const total = intervals.reduce((a, b) => a + b, 0);
	const result = {
		fps: round((1000 * intervals.length) / total, 1),
		medianMs: s.median,
		p95Ms: s.p95,
		over16Pct: round((100 * intervals.filter((g) => g > 16.7).length) / intervals.length, 1),
		over33Pct: round((100 * intervals.filter((g) => g > 33.4).length) / intervals.length, 1),
		mainThreadMsPerFrame: round(mainMs / frames),
		fpsPerRun: summarize(perRun),
		startLatencyMs: summarize(latencies),
		// The probe moves only once the plan's exit stage has run (`probeStartS`): that wait is the design's.
		firstMoveMs: summarize(firstMoves),
		firstNode: c.first.id,
		probeStartS: round(c.probeStartS, 3),
		frames: intervals.length,
		runs,
		nodes: c.nodes,
		edges: c.edges,
		durationS: round(c.duration, 3),
		intermediatePositions: minIntermediate,
		// What drew the frames: the SVG, the canvas over it (see `CANVAS_FROM`), or the naive page.
		renderer: [...renderers].join('+')
	};
	result.mainThreadSplitMsPerFrame = Object.fromEntries(
		Object.entries(split).map(([stage, ms]) => [stage, round(ms / frames)])
	);
	return result;
}

/** Runs in the page before anything else: resolves with the time of the first frame after `ready()` holds. */
function watchFirstPaint(kind) {
	const ready =
		kind === 'floor'
			? () => document.querySelector('svg [data-node-id]') !== null
			: kind === 'stackmotion'
				? () => {
						const svg = document.querySelector('.sm-svg');
						return (
							!!svg &&
							svg.querySelector('[data-node-id]') !== null &&
							document.fonts.check('13px Pretendard', 'kubelet')
						);
					}
				: () => document.body?.dataset.rendered === 'true';
	window.benchPainted = new Promise((resolve) => {
		const tick = () => {
			if (ready()) requestAnimationFrame((t) => resolve(t));
			else requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
}

const COLD_PAGES = {
	stackmotion: '/embed/kubernetes-cri',
	mermaid: '/bench/mermaid.html',
	floor: '/bench/floor.html'
};

/**
 * Navigation → first step painted: the built embed page against the Mermaid page, each in a fresh context; and
 * the floor, a page of one SVG box, which shows how much of either is the browser's own navigation and frame.
 */
export async function measureColdStart(browser, base, { runs, nodes, mermaid }) {
	const times = { stackmotion: [], mermaid: [], floor: [] };
	for (let run = 0; run < runs; run++) {
		for (const kind of Object.keys(COLD_PAGES)) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			const page = await context.newPage();
			await page.addInitScript(watchFirstPaint, kind);
			await page.goto(`${base}${COLD_PAGES[kind]}`);
			const ms = await page.evaluate(() => window.benchPainted);
			if (kind === 'stackmotion') {
				const drawn = await page.evaluate(() => ({
					nodes: document.querySelectorAll('.sm-svg [data-node-id]').length,
					step: document.querySelector('[data-step]')?.getAttribute('data-step')
				}));
				if (drawn.nodes !== nodes || drawn.step !== '1.0')
					throw new Error(`the embed page painted ${drawn.nodes} of ${nodes} nodes at step ${drawn.step}`);
			} else if (kind === 'mermaid') {
				const drawn = await page.evaluate(() => ({
					nodes: document.querySelectorAll('svg g.node').length,
					clusters: document.querySelectorAll('svg g.cluster').length
				}));
				if (drawn.nodes !== mermaid.leaves || drawn.clusters !== mermaid.groups)
					throw new Error(
						`Mermaid drew ${drawn.nodes}/${mermaid.leaves} nodes and ${drawn.clusters}/${mermaid.groups} subgraphs`
					);
			}
			times[kind].push(ms);
			await context.close();
		}
	}
	const sm = summarize(times.stackmotion);
	const mm = summarize(times.mermaid);
	const ratioTo = (kind) => round(summarize(times[kind].map((t, i) => t / times.mermaid[i])).median, 3);
	return {
		stackmotionMs: sm.median,
		stackmotionP95Ms: sm.p95,
		mermaidMs: mm.median,
		mermaidP95Ms: mm.p95,
		ratio: ratioTo('stackmotion'),
		floorMs: summarize(times.floor).median,
		// The ratio a page would have if it did nothing at all: no target can be met below it.
		floorRatio: ratioTo('floor'),
		runs
	};
}
