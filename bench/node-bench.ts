/**
 * The Node half of the benchmark (loaded through Vite's module runner by `run.mjs`): layout time against raw
 * elkjs on the very graphs the engine sends it, layout stability, and the data the browser pages need (baked
 * layouts, the Mermaid definition, which node to watch during a transition).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import ElkBundled from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { packLayout } from '../src/lib/bake/pack.js';
import { createLayoutEngine, type ElkLayouter } from '../src/lib/layout/engine.js';
import { checkLayout as layoutViolations, hardViolations } from '../src/lib/layout/invariants.js';
import { stabilityReport } from '../src/lib/layout/stability.js';
import type { NodeBox, StepLayout, StorylineLayout } from '../src/lib/layout/types.js';
import { validateStoryline } from '../src/lib/model/validate.js';
import type { Scene, Storyline, StorylineSpec } from '../src/lib/model/types.js';
import { planTransition } from '../src/lib/motion/plan.js';
import { stacks } from '../src/lib/stacks/index.js';
import { summarize, type Summary } from './stats.mjs';
import { syntheticStoryline } from './synthetic.js';

const ELK = ElkBundled.default;

export interface LayoutFigures {
	ms: Summary;
	rawElkMs: Summary;
	/** Median of the per-run ratios (engine ÷ raw elkjs in the same run), wall-clock. */
	ratio: number;
	/** The same in CPU time of this process: what the work costs, whatever else the machine runs meanwhile. */
	cpuMs: Summary;
	rawElkCpuMs: Summary;
	cpuRatio: number;
	graphs: number;
	nodes: number;
}

export interface StabilityFigures {
	displacementRatio: number;
	maxDisplacementRatio: number;
	orderKept: number;
	areaRatio: number;
}

export class BenchFailure extends Error {}

function check(condition: unknown, message: string): asserts condition {
	if (!condition) throw new BenchFailure(message);
}

function resolve(spec: StorylineSpec): Storyline {
	const result = validateStoryline(spec);
	if (!result.ok) {
		const first = result.errors[0];
		throw new BenchFailure(`${spec.id} does not validate: ${first?.path} ${first?.code} ${first?.message}`);
	}
	return result.storyline;
}

/** Every bundled stack, then the synthetic ones. */
export function benchStorylines(sizes: readonly number[]): Storyline[] {
	return [...Object.values(stacks).map(resolve), ...sizes.map((n) => resolve(syntheticStoryline(n)))];
}

/** The layout is real: every step has nodes with a size and breaks none of the hard layout rules. */
function checkLayout(layout: StorylineLayout) {
	for (const [i, step] of layout.steps.entries()) {
		const scene = layout.storyline.steps[i] as Scene;
		check(step.nodes.length === scene.nodes.length, `${layout.storyline.id} ${step.stepId}: nodes missing`);
		check(
			step.nodes.every((n) => n.width > 0 && n.height > 0),
			`${layout.storyline.id} ${step.stepId}: an empty node box`
		);
	}
	const hard = hardViolations(layoutViolations(layout));
	check(
		hard.length === 0,
		`${layout.storyline.id}: ${hard.length} hard layout violations, e.g. ${hard[0]?.message}`
	);
}

/**
 * Times `layoutStoryline` (joint, the default) and raw elkjs on copies of the graphs the engine passed to ELK,
 * interleaved run by run so both see the same machine load.
 */
/** CPU time (user + system) of this process since `from`, in ms. */
function cpuSince(from: NodeJS.CpuUsage): number {
	const used = process.cpuUsage(from);
	return (used.user + used.system) / 1000;
}

export async function benchLayout(
	storyline: Storyline,
	runs: number,
	warmup = true
): Promise<{ figures: LayoutFigures; layout: StorylineLayout }> {
	const elk = new ELK();
	let captured: ElkNode[] = [];
	// The recorder's own copying is the benchmark's work, not the engine's: it is taken out of the engine's time.
	let copyMs = 0;
	let copyCpuMs = 0;
	// Records what the engine asks ELK to lay out, then lets ELK do it.
	const recorder: ElkLayouter = {
		layout: (graph, options) => {
			const t = performance.now();
			const tCpu = process.cpuUsage();
			captured.push(structuredClone(graph));
			copyMs += performance.now() - t;
			copyCpuMs += cpuSince(tCpu);
			return elk.layout(graph, options);
		}
	};
	const engine = createLayoutEngine(recorder);
	const ms: number[] = [];
	const raw: number[] = [];
	const ratios: number[] = [];
	const cpu: number[] = [];
	const rawCpu: number[] = [];
	const cpuRatios: number[] = [];
	let layout: StorylineLayout | undefined;
	let graphs: ElkNode[] = [];
	// One unmeasured warm-up run: the first elkjs call pays for the JIT (skipped for the huge ones).
	for (let run = warmup ? -1 : 0; run < runs; run++) {
		captured = [];
		copyMs = 0;
		copyCpuMs = 0;
		const start = performance.now();
		const startCpu = process.cpuUsage();
		layout = await engine.layoutStoryline(storyline);
		const engineMs = performance.now() - start - copyMs;
		const engineCpuMs = cpuSince(startCpu) - copyCpuMs;
		graphs = captured;
		let rawMs = 0;
		let rawCpuMs = 0;
		for (const graph of graphs) {
			const copy = structuredClone(graph);
			const t = performance.now();
			const tCpu = process.cpuUsage();
			await elk.layout(copy);
			rawMs += performance.now() - t;
			rawCpuMs += cpuSince(tCpu);
		}
		if (run < 0) continue;
		ms.push(engineMs);
		raw.push(rawMs);
		ratios.push(engineMs / rawMs);
		cpu.push(engineCpuMs);
		rawCpu.push(rawCpuMs);
		cpuRatios.push(engineCpuMs / rawCpuMs);
	}
	check(layout && graphs.length > 0, `${storyline.id}: the engine never called ELK`);
	checkLayout(layout);
	return {
		layout,
		figures: {
			ms: summarize(ms),
			rawElkMs: summarize(raw),
			ratio: summarize(ratios).median,
			cpuMs: summarize(cpu),
			rawElkCpuMs: summarize(rawCpu),
			cpuRatio: summarize(cpuRatios).median,
			graphs: graphs.length,
			nodes: new Set(storyline.steps.flatMap((s) => s.nodes.map((n) => n.id))).size
		}
	};
}

/** Every step laid out alone by ELK, as if no other step existed. */
export function independentLayout(storyline: Storyline): Promise<StorylineLayout> {
	return createLayoutEngine(new ELK()).layoutStoryline(storyline, { mode: 'independent' });
}

/** Joint layout against every step laid out alone by ELK. */
export function benchStability(joint: StorylineLayout, independent: StorylineLayout): StabilityFigures {
	const report = stabilityReport(joint, independent);
	return {
		displacementRatio: report.totals.displacementRatio ?? Number.NaN,
		maxDisplacementRatio: report.totals.maxDisplacementRatio ?? Number.NaN,
		orderKept: report.totals.orderKept,
		areaRatio: report.totals.maxAreaRatio ?? Number.NaN
	};
}

/** What the frame benchmark needs to know about a transition, computed from the plan the player will make. */
export interface TransitionCase {
	id: string;
	layout: string;
	from: string;
	to: string;
	/** Seconds, at speed 1. */
	duration: number;
	nodes: number;
	edges: number;
	/** A node that persists and moves: it must be seen at positions strictly between its two ends. */
	probe: { id: string; from: { x: number; y: number }; to: { x: number; y: number } };
	/**
	 * The node whose change the plan shows first (a leaving node fades from the first frame; persisting nodes
	 * move only after the exit stage): the first frame where it changed is the start latency.
	 */
	first: { id: string; startS: number };
	/** When the probe starts to move in the plan (seconds): the exit stage before it, by design. */
	probeStartS: number;
}

export function transitionCase(
	id: string,
	layout: StorylineLayout,
	from: string,
	to: string
): TransitionCase {
	const a = layout.steps.find((s) => s.stepId === from) as StepLayout;
	const b = layout.steps.find((s) => s.stepId === to) as StepLayout;
	check(a && b, `${id}: no steps ${from} and ${to}`);
	const plan = planTransition(a, b);
	const before = new Map(a.nodes.map((n) => [n.id, n]));
	// The node that travels furthest is the clearest evidence of motion.
	let probe: TransitionCase['probe'] | undefined;
	let longest = 0;
	for (const n of b.nodes) {
		const old = before.get(n.id);
		if (!old) continue;
		const distance = Math.hypot(n.x - old.x, n.y - old.y);
		if (distance > longest) {
			longest = distance;
			probe = { id: n.id, from: { x: old.x, y: old.y }, to: { x: n.x, y: n.y } };
		}
	}
	check(probe && longest > 4, `${id}: no persisting node moves between ${from} and ${to}`);
	const changing = plan.nodes.filter((n) => n.kind !== 'stay' && n.duration > 0);
	const first = changing.reduce((a, b) => (b.start < a.start ? b : a), changing[0]!);
	const probeItem = plan.nodes.find((n) => n.id === probe.id)!;
	return {
		id,
		layout: layout.storyline.id,
		from,
		to,
		duration: plan.totalDuration,
		nodes: plan.nodes.length,
		edges: plan.edges.length,
		probe,
		first: { id: first.id, startS: first.start },
		probeStartS: probeItem.start
	};
}

/** Mermaid flowchart text for one step: groups as subgraphs, leaves as boxes, edges with their labels. */
export function mermaidDefinition(
	layout: StorylineLayout,
	stepId: string
): { text: string; leaves: number; groups: number } {
	const scene = layout.storyline.steps.find((s) => s.id === stepId) as Scene;
	const step = layout.steps.find((s) => s.stepId === stepId) as StepLayout;
	const key = new Map(scene.nodes.map((n, i) => [n.id, `n${i}`]));
	// Mermaid draws a subgraph only around children: a group box that is empty in this step is a plain node there.
	const parents = new Set(scene.nodes.map((n) => n.parent));
	const groups = new Set(step.nodes.filter((n: NodeBox) => n.isGroup && parents.has(n.id)).map((n) => n.id));
	const quote = (s: string) => `"${s.replace(/"/g, '#quot;')}"`;
	const lines = [`flowchart ${layout.storyline.direction === 'right' ? 'LR' : 'TB'}`];
	const write = (parent: string | undefined, indent: string) => {
		for (const n of scene.nodes.filter((m) => m.parent === parent)) {
			if (groups.has(n.id)) {
				lines.push(`${indent}subgraph ${key.get(n.id)}[${quote(n.label.en)}]`);
				write(n.id, `${indent}  `);
				lines.push(`${indent}end`);
			} else lines.push(`${indent}${key.get(n.id)}[${quote(n.label.en)}]`);
		}
	};
	write(undefined, '  ');
	for (const e of scene.edges) {
		const label = e.label ? `|${quote(e.label.en)}|` : '';
		lines.push(`  ${key.get(e.from)} -->${label} ${key.get(e.to)}`);
	}
	return { text: lines.join('\n'), leaves: scene.nodes.length - groups.size, groups: groups.size };
}

export function writeJson(dir: string, name: string, value: unknown) {
	mkdirSync(dir, { recursive: true });
	writeFileSync(`${dir}/${name}`, JSON.stringify(value));
}

/** The baked file's size, plain `StorylineLayout` JSON against the compact format 2, raw and gzipped (KB). */
export function bakedSizes(layout: StorylineLayout) {
	const kb = (text: string) => ({
		kb: Math.round(Buffer.byteLength(text) / 102.4) / 10,
		gzipKb: Math.round(gzipSync(text, { level: 9 }).length / 102.4) / 10
	});
	return { plain: kb(JSON.stringify(layout)), packed: kb(JSON.stringify(packLayout(layout))) };
}
