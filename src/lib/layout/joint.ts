/**
 * Joint layout: every step of a storyline laid out together, so that nodes present in consecutive steps keep
 * their place and their order, and a version change glides instead of jumping.
 *
 * How (see `union.ts` and `compact.ts` for the pieces):
 * 1. Split the steps into runs whose nesting agrees (a node that changes parent starts a new run).
 * 2. Lay out the union of each run once with ELK: every node and edge of the run, at their largest sizes.
 * 3. Draw each step on that union layout and compact it (nodes slide together; ELK's routes slide with them and
 *    stay orthogonal and attached; no two nodes swap sides), step by step:
 *    - forward: a step never moves a node up or left of where the previous step had it;
 *    - room ahead: the first step keeps room for the nodes and edges that arrive in later steps, as many as its
 *      area budget allows, and later steps keep what is left of that room, so arrivals drop into empty space;
 *    - backward: from the last step back, a step moves toward where the next step put its nodes;
 *    each within the area budget (`AREA_BUDGET`); over budget, a step gives up its room ahead, then its
 *    stillness, then (last resort) some of the house spacing.
 * 4. Keep ELK's own per-step layouts for the run instead when they are already as stable (no pair out of order and
 *    no more movement), or when the joint layouts could not keep within budget: ELK alone is sometimes stable
 *    already (a timeline that only grows to the right), and then it is the better drawing.
 *
 * Why these choices, what they measure on the bundled stacks, and the candidates that lost: README.md here.
 */
import type { DiagramEdge, DiagramNode, Scene, Storyline } from '../model/types.js';
import {
	compact,
	type CompactEdge,
	type CompactNode,
	type CompactStep,
	type CompactedStep
} from './compact.js';
import { roundSolved, roundSolvedBox, simplifyRoute } from './geometry.js';
import { checkStep, hardViolations } from './invariants.js';
import { stabilityReport } from './stability.js';
import { measureScene, nodeBoxOf, type MeasuredScene } from './measure-scene.js';
import { SPACING } from './style.js';
import type { EdgeRoute, NodeBox, Point, StepLayout } from './types.js';
import { consistentRuns, unionScene } from './union.js';

/** A jointly laid-out step may take at most this many times the area of the same step laid out alone. */
export const AREA_BUDGET = 1.3;

/** Spacing scales tried, in order, when a step cannot meet its area budget at the house spacing. */
const SPACING_SCALES = [1, 0.85, 0.7, 0.55];

/** Binary-search rounds for the stillness of a step over its budget, at most (see `Bracket` for the stop). */
const STILLNESS_ROUNDS = 7;

/** A bisection whose two ends differ by less than this mean movement (px) toward their target stops. */
const MIN_GAIN_PX = 1;

/**
 * Above this many nodes in one step, a run gets one compaction per step instead of the full search (horizons,
 * spacing scales, stillness rounds and the backward pass). Compaction now costs about n log n constraints (see
 * `compact.ts`), but one at 1000 nodes still takes about a second, near a fifth of ELK's own time on those graphs:
 * the full search (five or more compactions for three steps) would take the joint layout past twice ELK's time,
 * while the short path keeps it under. A large step that does not fit its budget at once is drawn as laid out
 * alone.
 */
export const LARGE_STEP_NODES = 300;

/** ELK, as the joint layout needs it: one scene laid out on its own (with extra options for the union). */
export type SceneLayouter = (measured: MeasuredScene) => Promise<StepLayout>;

/**
 * `spacing` scales the house spacing compaction keeps between pieces: the same scale ELK laid the union out
 * with (the composition's), or compaction would push the pieces back apart.
 */
export async function jointLayout(
	storyline: Storyline,
	layoutAlone: SceneLayouter,
	spacing = 1
): Promise<StepLayout[]> {
	const steps: StepLayout[] = [];
	for (const run of consistentRuns(storyline.steps)) {
		steps.push(...(await layoutRun(run, storyline, layoutAlone, spacing)));
	}
	return steps;
}

interface Planned {
	layout: StepLayout;
	budget: number;
	/** How many steps ahead this step keeps room for. */
	horizon: number;
}

/**
 * The area a step may take. A storyline is shown at one drawing size for all its steps (the largest width by the
 * largest height), so what the audience sees growing is that drawing, not a step's own bounding box: by default a
 * step may use up to `AREA_BUDGET` × the drawing of the steps laid out alone, which lets an early, small step keep
 * room for what arrives later. `step` budgets each step against itself alone (the stricter, older rule), used when
 * the drawing budget would still make the whole drawing too large.
 */
export type BudgetRule = 'drawing' | 'step';

/** Width × height of the smallest box that holds every step (the size a storyline is drawn at). */
export function drawingArea(steps: readonly StepLayout[]): number {
	return Math.max(0, ...steps.map((s) => s.width)) * Math.max(0, ...steps.map((s) => s.height));
}

async function layoutRun(
	run: Scene[],
	storyline: Storyline,
	layoutAlone: SceneLayouter,
	spacing: number
): Promise<StepLayout[]> {
	const union = await layoutAlone(unionScene(run));
	const measured = run.map(measureScene);
	const alone = await Promise.all(measured.map(layoutAlone));
	const byDrawing = planRun(run, storyline, union, measured, alone, 'drawing', spacing);
	// The drawing rule bounds each step by the same area; steps that grow in different directions could still
	// make the whole drawing too large, and then each step keeps to its own budget.
	if (drawingArea(byDrawing) <= AREA_BUDGET * drawingArea(alone) + 1e-6) return byDrawing;
	return planRun(run, storyline, union, measured, alone, 'step', spacing);
}

function planRun(
	run: Scene[],
	storyline: Storyline,
	union: StepLayout,
	measured: MeasuredScene[],
	alone: StepLayout[],
	rule: BudgetRule,
	spacing: number
): StepLayout[] {
	const draw = (i: number, options: DrawOptions) =>
		drawStep(union, measured, i, storyline, {
			...options,
			spacingScale: (options.spacingScale ?? 1) * spacing
		});
	const drawingBudget = AREA_BUDGET * drawingArea(alone);
	if (measured.some((m) => m.scene.nodes.length > LARGE_STEP_NODES)) {
		return planLargeRun(run, alone, draw, rule, drawingBudget);
	}

	// Forward: each step from where the previous one left its nodes, keeping room for arrivals ahead.
	const planned: Planned[] = [];
	let roomUntil = run.length - 1;
	for (let i = 0; i < run.length; i++) {
		const own = alone[i] as StepLayout;
		const budget = rule === 'drawing' ? drawingBudget : AREA_BUDGET * own.width * own.height;
		const previous = planned[i - 1]?.layout;
		const reference = previous ? positions(previous) : undefined;
		const fits = (layout: StepLayout | undefined): layout is StepLayout =>
			layout !== undefined && area(layout) <= budget;

		let horizon = Math.max(0, roomUntil - i);
		let layout = draw(i, { horizon, reference, stillness: 1 });
		while (!fits(layout) && horizon > 0) layout = draw(i, { horizon: --horizon, reference, stillness: 1 });
		if (!fits(layout)) layout = relieve(i, budget, reference, draw);
		roomUntil = i === 0 ? horizon : Math.min(roomUntil, i + horizon);
		planned.push({ layout: layout ?? own, budget, horizon });
	}

	// Backward: each step moves toward where the next one put its nodes, as far as its budget allows.
	for (let i = run.length - 2; i >= 0; i--) {
		const here = planned[i] as Planned;
		const next = positions((planned[i + 1] as Planned).layout);
		const toward = (share: number) =>
			new Map(
				here.layout.nodes.map((n) => {
					const later = next.get(n.id) ?? n;
					return [
						n.id,
						{ x: n.x + share * Math.max(0, later.x - n.x), y: n.y + share * Math.max(0, later.y - n.y) }
					];
				})
			);
		const attempt = (share: number) =>
			draw(i, { horizon: here.horizon, reference: toward(share), stillness: 1 });
		const full = attempt(1);
		if (full && area(full) <= here.budget) {
			here.layout = full;
			continue;
		}
		let low = 0;
		let high = 1;
		const bracket = new Bracket(next, here.layout, full);
		for (let round = 0; round < STILLNESS_ROUNDS && bracket.worthSplitting(); round++) {
			const mid = (low + high) / 2;
			const candidate = attempt(mid);
			if (candidate && area(candidate) <= here.budget) {
				low = mid;
				here.layout = candidate;
				bracket.low = candidate;
			} else {
				high = mid;
				bracket.high = candidate;
			}
		}
	}

	// A compacted step that breaks an invariant (never seen, but the renderer must not get one) is drawn alone.
	const joint = planned.map(({ layout }, i) =>
		hardViolations(checkStep(layout, run[i] as Scene)).length === 0 ? layout : (alone[i] as StepLayout)
	);
	return preferStable(
		joint,
		alone,
		planned.map((p) => p.budget)
	);
}

/** One compaction per step, from where the previous step left its nodes, keeping room for every later arrival. */
function planLargeRun(
	run: Scene[],
	alone: StepLayout[],
	draw: (i: number, options: DrawOptions) => StepLayout | undefined,
	rule: BudgetRule,
	drawingBudget: number
): StepLayout[] {
	const steps: StepLayout[] = [];
	const budgets: number[] = [];
	for (let i = 0; i < run.length; i++) {
		const own = alone[i] as StepLayout;
		const budget = rule === 'drawing' ? drawingBudget : AREA_BUDGET * own.width * own.height;
		const previous = steps[i - 1];
		const layout = draw(i, {
			horizon: run.length - 1 - i,
			reference: previous ? positions(previous) : undefined,
			stillness: 1
		});
		const usable =
			layout !== undefined &&
			area(layout) <= budget &&
			hardViolations(checkStep(layout, run[i] as Scene)).length === 0;
		steps.push(usable ? layout : own);
		budgets.push(budget);
	}
	return preferStable(steps, alone, budgets);
}

/**
 * ELK alone is sometimes already stable (a timeline whose steps only add to the right). The run keeps its
 * independent layouts when they keep more pairs in order, or as many and either move nodes no more or the joint
 * layouts could not stay within their area budgets: a pair that swaps sides is the change an audience notices
 * most, so less movement never buys a swap.
 */
function preferStable(joint: StepLayout[], alone: StepLayout[], budgets: number[]): StepLayout[] {
	const j = runStability(joint);
	const a = runStability(alone);
	const withinBudget = joint.every((layout, i) => area(layout) <= (budgets[i] as number) + 1e-6);
	const aloneBetter =
		a.orderKept > j.orderKept ||
		(a.orderKept === j.orderKept && (a.displacement <= j.displacement || !withinBudget));
	return aloneBetter ? alone : joint;
}

function runStability(steps: StepLayout[]): { orderKept: number; displacement: number } {
	const report = stabilityReport({ steps });
	return {
		orderKept: report.totals.orderKept,
		displacement: report.totals.meanDisplacement * report.totals.persisting
	};
}

/**
 * A step that is over its budget even without room ahead: the tightest compaction is tried at the house spacing,
 * then at smaller spacings until it fits; then its stillness is raised as far as the budget allows.
 */
function relieve(
	i: number,
	budget: number,
	reference: Map<string, Point> | undefined,
	draw: (i: number, options: DrawOptions) => StepLayout | undefined
): StepLayout | undefined {
	const fits = (layout: StepLayout | undefined): layout is StepLayout =>
		layout !== undefined && area(layout) <= budget;
	let spacingScale = 1;
	let best: StepLayout | undefined;
	for (const scale of SPACING_SCALES) {
		spacingScale = scale;
		best = draw(i, { horizon: 0, reference, stillness: 0, spacingScale });
		if (fits(best)) break;
	}
	if (!fits(best) || !reference) return best;
	let low = 0;
	let high = 1;
	const bracket = new Bracket(reference, best, undefined);
	for (let round = 0; round < STILLNESS_ROUNDS && bracket.worthSplitting(); round++) {
		const mid = (low + high) / 2;
		const candidate = draw(i, { horizon: 0, reference, stillness: mid, spacingScale });
		if (fits(candidate)) {
			low = mid;
			best = candidate;
			bracket.low = candidate;
		} else {
			high = mid;
			bracket.high = candidate;
		}
	}
	return best;
}

/**
 * The two ends of a bisection toward target positions: `low` the drawing that fits, `high` the one that went too
 * far (unknown until a drawing was made there). The search stops when it stops improving: once both ends put the
 * nodes within `MIN_GAIN_PX` (mean) as close to the target as each other, no share between them can gain more
 * than that, and another compaction would buy nothing the audience could see.
 */
class Bracket {
	constructor(
		private readonly target: Map<string, Point>,
		public low: StepLayout,
		public high: StepLayout | undefined
	) {}
	worthSplitting(): boolean {
		if (!this.high) return true;
		return meanDistance(this.low, this.target) - meanDistance(this.high, this.target) >= MIN_GAIN_PX;
	}
}

/** Mean distance from a step's nodes to their target positions (top-left corners), over the nodes it names. */
function meanDistance(layout: StepLayout, target: Map<string, Point>): number {
	let sum = 0;
	let count = 0;
	for (const n of layout.nodes) {
		const t = target.get(n.id);
		if (!t) continue;
		sum += Math.hypot(n.x - t.x, n.y - t.y);
		count++;
	}
	return count === 0 ? 0 : sum / count;
}

function area(layout: StepLayout): number {
	return layout.width * layout.height;
}

function positions(layout: StepLayout): Map<string, Point> {
	return new Map(layout.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
}

interface DrawOptions {
	/** Keep room for what arrives in this many next steps. */
	horizon: number;
	reference: Map<string, Point> | undefined;
	stillness: number;
	spacingScale?: number;
}

/** Step `i` of a run, compacted on the run's union layout. Undefined if compaction finds no solution. */
function drawStep(
	union: StepLayout,
	measured: MeasuredScene[],
	i: number,
	storyline: Storyline,
	options: DrawOptions
): StepLayout | undefined {
	const own = measured[i] as MeasuredScene;
	const input = compactInput(union, own, measured.slice(i + 1, i + 1 + options.horizon));
	const step = compact({
		step: {
			...input,
			...(options.reference ? { reference: options.reference } : {}),
			stillness: options.stillness
		},
		direction: storyline.direction,
		margin: SPACING.diagramPadding,
		...(options.spacingScale === undefined ? {} : { spacingScale: options.spacingScale })
	});
	return step ? toStepLayout(union, own, trim(step)) : undefined;
}

/**
 * The step's part of the union layout, sized for the step's own text, plus the nodes and edges that arrive in
 * the `ahead` steps: laid out (so their room is kept) but not drawn.
 */
export function compactInput(
	union: StepLayout,
	own: MeasuredScene,
	ahead: MeasuredScene[] = []
): CompactStep {
	const unionNodes = new Map(union.nodes.map((n) => [n.id, n]));
	const unionEdges = new Map(union.edges.map((e) => [e.id, e]));
	const present = new Set(own.scene.nodes.map((n) => n.id));
	const presentEdges = new Set(own.scene.edges.map((e) => e.id));
	const source = new Map<string, MeasuredScene>();
	const arrivingNodes: DiagramNode[] = [];
	const arrivingEdges: DiagramEdge[] = [];
	for (const future of ahead) {
		for (const n of future.scene.nodes) {
			if (present.has(n.id) || source.has(`node:${n.id}`)) continue;
			source.set(`node:${n.id}`, future);
			arrivingNodes.push(n);
		}
		for (const e of future.scene.edges) {
			if (presentEdges.has(e.id) || source.has(`edge:${e.id}`)) continue;
			source.set(`edge:${e.id}`, future);
			arrivingEdges.push(e);
		}
	}
	const measuredFor = (kind: 'node' | 'edge', id: string) => source.get(`${kind}:${id}`) ?? own;

	const nodes: CompactNode[] = [...own.scene.nodes, ...arrivingNodes].map((node) => {
		const box = unionNodes.get(node.id);
		if (!box) throw new Error(`node "${node.id}" is missing from the union layout`);
		const m = measuredFor('node', node.id);
		const leaf = m.leaves.get(node.id);
		const group = m.groups.get(node.id);
		return {
			id: node.id,
			...(node.parent === undefined ? {} : { parent: node.parent }),
			isGroup: !leaf,
			box: { x: box.x, y: box.y, width: box.width, height: box.height },
			min: leaf
				? { width: leaf.width, height: leaf.height }
				: { width: group?.minWidth ?? 0, height: group?.minHeight ?? 0 }
		};
	});
	const edges: CompactEdge[] = [...own.scene.edges, ...arrivingEdges].map((edge) => {
		const route = unionEdges.get(edge.id);
		if (!route) throw new Error(`edge "${edge.id}" is missing from the union layout`);
		const size = measuredFor('edge', edge.id).edgeLabels.get(edge.id);
		const u = route.label;
		// The step's own label, centred where the union's (largest) label was.
		const label =
			size && u
				? {
						x: u.x + (u.width - size.width) / 2,
						y: u.y + (u.height - size.height) / 2,
						width: size.width,
						height: size.height
					}
				: undefined;
		return { id: edge.id, from: edge.from, to: edge.to, points: route.points, ...(label ? { label } : {}) };
	});
	return { nodes, edges };
}

/** Moves a step so that its content starts at the diagram padding. */
function trim(step: CompactedStep): CompactedStep {
	let minX = Number.POSITIVE_INFINITY;
	let minY = Number.POSITIVE_INFINITY;
	const see = (x: number, y: number) => {
		minX = Math.min(minX, x);
		minY = Math.min(minY, y);
	};
	for (const b of step.nodes.values()) see(b.x, b.y);
	for (const e of step.edges.values()) {
		for (const p of e.points) see(p.x, p.y);
		if (e.label) see(e.label.x, e.label.y);
	}
	const dx = Number.isFinite(minX) ? Math.min(0, SPACING.diagramPadding - minX) : 0;
	const dy = Number.isFinite(minY) ? Math.min(0, SPACING.diagramPadding - minY) : 0;
	if (dx === 0 && dy === 0) return step;
	return {
		nodes: new Map([...step.nodes].map(([id, b]) => [id, { ...b, x: b.x + dx, y: b.y + dy }])),
		edges: new Map(
			[...step.edges].map(([id, e]) => [
				id,
				{
					points: e.points.map((p) => ({ x: p.x + dx, y: p.y + dy })),
					...(e.label ? { label: { ...e.label, x: e.label.x + dx, y: e.label.y + dy } } : {})
				}
			])
		),
		width: step.width + dx,
		height: step.height + dy
	};
}

/** The compacted geometry as a `StepLayout`: the step's own nodes and edges only, rounded to 0.01 px. */
function toStepLayout(union: StepLayout, measured: MeasuredScene, result: CompactedStep): StepLayout {
	const scene = measured.scene;
	const depthOf = new Map(union.nodes.map((n) => [n.id, n.depth]));
	const nodes: NodeBox[] = scene.nodes.map((node) => {
		const b = result.nodes.get(node.id);
		if (!b) throw new Error(`compaction lost node "${node.id}"`);
		return nodeBoxOf(measured, node, roundSolvedBox(b), depthOf.get(node.id) ?? 0);
	});
	const edges: EdgeRoute[] = scene.edges.map((edge) => {
		const r = result.edges.get(edge.id);
		if (!r) throw new Error(`compaction lost edge "${edge.id}"`);
		// A segment that shrank to nothing leaves a repeated point and a bend that no longer bends: both go.
		const points = simplifyRoute(r.points.map((p) => ({ x: roundSolved(p.x), y: roundSolved(p.y) })));
		const route: EdgeRoute = { id: edge.id, from: edge.from, to: edge.to, points };
		const size = measured.edgeLabels.get(edge.id);
		if (size && r.label) {
			route.label = {
				x: roundSolved(r.label.x),
				y: roundSolved(r.label.y),
				width: size.width,
				height: size.height,
				lines: size.lines
			};
		}
		return route;
	});
	return {
		stepId: scene.id,
		width: roundSolved(result.width),
		height: roundSolved(result.height),
		nodes,
		edges
	};
}
