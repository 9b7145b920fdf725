// The benchmark's targets (goals for the code, not test assertions) and the table it prints.

/**
 * Joint layout time ÷ raw elkjs time allowed for a storyline: a bundled stack pays little for its stability; the
 * synthetic ones (hundreds of nodes, where compaction is a real share of the work) a little more.
 * @param {string} id
 */
export function layoutRatioGoal(id) {
	if (id === 'synthetic-1000') return 2;
	if (id === 'synthetic-200') return 1.3;
	return 1.15;
}

/**
 * Every target, checked against the results: `{ name, value, goal, met }`.
 * @param {any} r the results object
 */
export function targetsOf(r) {
	/** @type {{ name: string; value: number | boolean; goal: string; met: boolean }[]} */
	const targets = [];
	const add = (name, value, goal, met) => targets.push({ name, value, goal, met: Boolean(met) });
	for (const [id, f] of Object.entries(r.layout)) {
		const goal = layoutRatioGoal(id);
		add(`layout.${id}.ratio`, f.ratio, `≤ ${goal}`, f.ratio <= goal);
	}
	for (const [id, s] of Object.entries(r.stability)) {
		add(`stability.${id}.displacementRatio`, s.displacementRatio, '≤ 0.2', s.displacementRatio <= 0.2);
		add(`stability.${id}.orderKept`, s.orderKept, '= 1 (100 %)', s.orderKept >= 1);
	}
	const fpsGoals = { 'kubernetes-cri': 58, 'synthetic-200': 58, 'synthetic-1000': 40 };
	for (const [id, goal] of Object.entries(fpsGoals)) {
		const f = r.frames[id];
		if (f) add(`frames.${id}.fps`, f.fps, `≥ ${goal}`, f.fps >= goal);
	}
	// Ahead of the naive GSAP loop drawing the same boxes: by 10 % at 200 components, by half at 1000. Read
	// with the display's rate limit off when the run has it: at 60 Hz both pages can reach the cap, and a
	// lead would not show (the capped figures stay in `frames` and the table).
	const ahead = Object.keys(r.framesUncapped ?? {}).length ? 'framesUncapped' : 'frames';
	for (const [n, factor] of [
		[200, 1.1],
		[1000, 1.5]
	]) {
		const ours = r[ahead][`synthetic-${n}`];
		const naive = r[ahead][`naive-${n}`];
		if (ours && naive) {
			const goal = Math.round(factor * naive.fps * 10) / 10;
			add(
				`${ahead}.synthetic-${n}.fps vs naive-${n}`,
				ours.fps,
				`≥ ${factor} × ${naive.fps} = ${goal}`,
				ours.fps >= goal
			);
		}
	}
	// Key press to the first moved frame.
	for (const [id, goal] of Object.entries({ 'kubernetes-cri': 50, 'synthetic-200': 100 })) {
		const latency = r.frames[id]?.startLatencyMs?.median;
		if (latency !== undefined)
			add(`frames.${id}.startLatencyMs.median`, latency, `≤ ${goal}`, latency <= goal);
	}
	if (r.coldStart.ratio !== undefined)
		add('coldStart.ratio', r.coldStart.ratio, '≤ 0.15', r.coldStart.ratio <= 0.15);
	if (r.bundle.slideGzipKb !== undefined) {
		add('bundle.slideGzipKb', r.bundle.slideGzipKb, '≤ 70', r.bundle.slideGzipKb <= 70);
		add('bundle.containsElk', r.bundle.containsElk, 'false', !r.bundle.containsElk);
		if (r.bundle.firstPaintHasGsap !== undefined)
			add(
				'bundle.firstPaintHasGsap',
				r.bundle.firstPaintHasGsap,
				'false (loaded after the first paint)',
				!r.bundle.firstPaintHasGsap
			);
	}
	for (const [format, e] of Object.entries(r.export ?? {}))
		add(
			`export.${format}.realtimeRatio`,
			e.realtimeRatio,
			'< 1 (faster than real time)',
			e.realtimeRatio < 1
		);
	return targets;
}

const pad = (s, n) => String(s).padEnd(n);

/** @param {any} r the results object */
export function printTable(r) {
	const m = r.machine;
	console.log(
		`\nstackmotion bench (${r.mode}) — ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, Chromium ${m.chromium}, load ${m.loadAtStart} → ${m.loadAtEnd}, ${r.durationS} s`
	);
	if (Object.keys(r.layout).length) {
		console.log(
			`\n${pad('layout', 22)}${pad('ms (p95)', 22)}${pad('raw elkjs ms (p95)', 24)}${pad('ratio', 8)}${pad('cpu ms', 10)}${pad('raw cpu ms', 12)}cpu ratio`
		);
		for (const [id, f] of Object.entries(r.layout))
			console.log(
				`${pad(id, 22)}${pad(`${f.ms.median} (${f.ms.p95})`, 22)}${pad(`${f.rawElkMs.median} (${f.rawElkMs.p95})`, 24)}${pad(f.ratio.toFixed(2), 8)}${pad(f.cpuMs?.median ?? '', 10)}${pad(f.rawElkCpuMs?.median ?? '', 12)}${f.cpuRatio?.toFixed(2) ?? ''}`
			);
	}
	if (Object.keys(r.stability).length) {
		console.log(
			`\n${pad('stability', 22)}${pad('displacement ×', 16)}${pad('worst pair ×', 14)}${pad('order kept', 12)}area ×`
		);
		for (const [id, s] of Object.entries(r.stability))
			console.log(
				`${pad(id, 22)}${pad(s.displacementRatio.toFixed(2), 16)}${pad(s.maxDisplacementRatio.toFixed(2), 14)}${pad(`${(s.orderKept * 100).toFixed(1)} %`, 12)}${s.areaRatio.toFixed(2)}`
			);
	}
	if (Object.keys(r.frames).length) {
		console.log(
			`\n${pad('frames', 18)}${pad('fps', 8)}${pad('median ms', 11)}${pad('p95 ms', 9)}${pad('>16.7ms', 9)}${pad('>33ms', 8)}${pad('main ms/frame', 15)}${pad('start ms', 10)}${pad('1st move ms', 13)}${pad('nodes/edges', 13)}drawn by`
		);
		for (const [id, f] of Object.entries(r.frames))
			console.log(
				`${pad(id, 18)}${pad(f.fps, 8)}${pad(f.medianMs, 11)}${pad(f.p95Ms, 9)}${pad(`${f.over16Pct} %`, 9)}${pad(`${f.over33Pct} %`, 8)}${pad(f.mainThreadMsPerFrame, 15)}${pad(f.startLatencyMs.median, 10)}${pad(f.firstMoveMs?.median ?? '—', 13)}${pad(`${f.nodes}/${f.edges}`, 13)}${f.renderer ?? ''}`
			);
	}
	if (Object.keys(r.framesUncapped ?? {}).length) {
		console.log(`\n${pad('uncapped frames', 18)}${pad('fps', 8)}${pad('main ms/frame', 15)}drawn by`);
		for (const [id, f] of Object.entries(r.framesUncapped))
			console.log(`${pad(id, 18)}${pad(f.fps, 8)}${pad(f.mainThreadMsPerFrame, 15)}${f.renderer}`);
	}
	if (r.coldStart.ratio !== undefined)
		console.log(
			`\ncold start: stackmotion ${r.coldStart.stackmotionMs} ms (p95 ${r.coldStart.stackmotionP95Ms}), Mermaid ${r.coldStart.mermaidMs} ms (p95 ${r.coldStart.mermaidP95Ms}), ratio ${r.coldStart.ratio}; floor (one SVG box, nothing else) ${r.coldStart.floorMs} ms, ratio ${r.coldStart.floorRatio}`
		);
	if (r.bundle.slideGzipKb !== undefined)
		console.log(
			`weight: slide bundle ${r.bundle.slideGzipKb} KB gzip before the first paint (entry ${r.bundle.slideEntryGzipKb} KB + ${r.bundle.slideStaticChunks} chunks it imports; ${r.bundle.slideLazyChunks} on-demand chunks; + ${r.bundle.slideCssGzipKb} KB CSS)${r.bundle.slideMotionGzipKb === undefined ? '' : `, + ${r.bundle.slideMotionGzipKb} KB of motion code once idle = ${r.bundle.slideWithMotionGzipKb} KB before the first transition`}, element ${r.bundle.elementGzipKb} KB gzip, elkjs ${r.bundle.containsElk ? 'PRESENT' : 'none'}`
		);
	const baked = r.bundle.bakedLayout;
	if (baked)
		console.log(
			`baked kubernetes-cri: plain ${baked.plain.kb} KB (${baked.plain.gzipKb} KB gzip), compact format ${baked.packed.kb} KB (${baked.packed.gzipKb} KB gzip)`
		);
	if (Object.keys(r.export ?? {}).length) {
		console.log(
			`\n${pad('export', 10)}${pad('seconds', 10)}${pad('cpu s', 9)}${pad('animation s', 13)}${pad('ratio', 8)}${pad('cpu ratio', 11)}KB`
		);
		for (const [format, e] of Object.entries(r.export))
			console.log(
				`${pad(format, 10)}${pad(e.seconds, 10)}${pad(e.cpuSeconds, 9)}${pad(e.animationSeconds, 13)}${pad(e.realtimeRatio, 8)}${pad(e.cpuRealtimeRatio, 11)}${e.fileKb}`
			);
	}
	const show = (v) => (typeof v === 'number' ? String(Math.round(v * 1000) / 1000) : String(v));
	console.log('\ntargets');
	for (const t of r.targets)
		console.log(`  ${t.met ? 'met    ' : 'NOT MET'}  ${pad(t.name, 46)} ${pad(show(t.value), 10)}${t.goal}`);
}
