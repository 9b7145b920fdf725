/**
 * How much a storyline's layout moves from step to step, measured on the nodes present in both steps of each
 * consecutive pair ("persisting" nodes):
 * - `meanDisplacement`: mean distance their centres move, ÷ the diagonal of the larger of the two diagrams;
 * - `orderKept`: share of pairs of persisting nodes that keep their left/right and their above/below order
 *   (a pair whose places are within 1 px on an axis, in either step, counts as kept on that axis; a leaf's
 *   place is its centre, a group's its title corner, see `orderAnchor`). A node and its own ancestor group are
 *   not a pair: one is inside the other, neither is left of or above the other.
 * Given a reference layout of the same storyline (e.g. every step laid out independently), it also reports each
 * step's area and displacement relative to the reference, which is how the joint layout is judged.
 */
import type { NodeBox, StepLayout, StorylineLayout } from './types.js';

export interface StepPairStability {
	from: string;
	to: string;
	persisting: number;
	/** Mean centre displacement of persisting nodes ÷ the larger diagram's diagonal. */
	meanDisplacement: number;
	/** Pairs of persisting nodes compared for order (ancestor/descendant pairs excluded). */
	pairs: number;
	/** Share of those pairs whose horizontal and vertical order is kept; 1 when there are none. */
	orderKept: number;
	/** Ids of pairs whose order flipped, for diagnosis. */
	flipped: [string, string][];
	/**
	 * meanDisplacement ÷ the reference's meanDisplacement for the same pair (with a reference only); 0 when this
	 * pair is still (`STILL_DISPLACEMENT`), whatever the reference moved: a ratio of two slivers is noise.
	 */
	displacementRatio?: number;
}

export interface StepArea {
	step: string;
	width: number;
	height: number;
	/** This step's area ÷ the reference's area for the same step (with a reference only). */
	areaRatio?: number;
}

export interface StabilityReport {
	pairs: StepPairStability[];
	steps: StepArea[];
	totals: {
		/** Persisting nodes summed over all pairs. */
		persisting: number;
		/** Mean displacement over all persisting nodes of all pairs (each pair normalised by its own diagonal). */
		meanDisplacement: number;
		/** Kept pairs ÷ compared pairs, over all step pairs. */
		orderKept: number;
		/** Total displacement ÷ the reference's total displacement (with a reference only). */
		displacementRatio?: number;
		/** The largest per-pair displacement ratio (with a reference only). */
		maxDisplacementRatio?: number;
		/** The largest per-step area ratio (with a reference only). */
		maxAreaRatio?: number;
	};
}

const SAME_AXIS = 1;

function centre(box: NodeBox): { x: number; y: number } {
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Where a node is, for its order against the others: a leaf by its centre, a group by its title corner (top
 * left). A group's centre moves whenever it grows or shrinks on one side though nothing in it moves, and passes
 * the centre of a node far above or below it: that is no change of order anyone sees.
 */
function orderAnchor(box: NodeBox): { x: number; y: number } {
	return box.isGroup ? { x: box.x, y: box.y } : centre(box);
}

function diagonal(step: StepLayout): number {
	return Math.hypot(step.width, step.height);
}

function ancestors(id: string, byId: Map<string, NodeBox>): Set<string> {
	const result = new Set<string>();
	let parent = byId.get(id)?.parent;
	while (parent !== undefined && !result.has(parent)) {
		result.add(parent);
		parent = byId.get(parent)?.parent;
	}
	return result;
}

/** -1, 0 (within 1 px) or 1: which side b's centre is of a's, on one axis. */
function side(a: number, b: number): number {
	return Math.abs(a - b) <= SAME_AXIS ? 0 : Math.sign(b - a);
}

function axisKept(before: number, after: number): boolean {
	return before === 0 || after === 0 || before === after;
}

export function compareSteps(a: StepLayout, b: StepLayout): StepPairStability {
	const aById = new Map(a.nodes.map((n) => [n.id, n]));
	const bById = new Map(b.nodes.map((n) => [n.id, n]));
	const persisting = a.nodes.filter((n) => bById.has(n.id)).map((n) => n.id);
	const scale = Math.max(diagonal(a), diagonal(b)) || 1;

	let moved = 0;
	for (const id of persisting) {
		const from = centre(aById.get(id) as NodeBox);
		const to = centre(bById.get(id) as NodeBox);
		moved += Math.hypot(to.x - from.x, to.y - from.y);
	}

	let pairs = 0;
	const flipped: [string, string][] = [];
	// Places and nesting looked up once per node, not once per pair (this loop visits every pair).
	const count = persisting.length;
	const ax = new Float64Array(count);
	const ay = new Float64Array(count);
	const bx = new Float64Array(count);
	const by = new Float64Array(count);
	persisting.forEach((id, i) => {
		const from = orderAnchor(aById.get(id) as NodeBox);
		const to = orderAnchor(bById.get(id) as NodeBox);
		ax[i] = from.x;
		ay[i] = from.y;
		bx[i] = to.x;
		by[i] = to.y;
	});
	// Nesting is judged in both steps: a node that changes parent is still never "left of" its own group.
	const nested = persisting.map((id) => new Set([...ancestors(id, aById), ...ancestors(id, bById)]));
	for (let i = 0; i < count; i++) {
		const u = persisting[i] as string;
		const uNested = nested[i] as Set<string>;
		for (let j = i + 1; j < count; j++) {
			const v = persisting[j] as string;
			if (uNested.has(v) || (nested[j] as Set<string>).has(u)) continue;
			pairs++;
			const kept =
				axisKept(side(ax[i] as number, ax[j] as number), side(bx[i] as number, bx[j] as number)) &&
				axisKept(side(ay[i] as number, ay[j] as number), side(by[i] as number, by[j] as number));
			if (!kept) flipped.push([u, v]);
		}
	}

	return {
		from: a.stepId,
		to: b.stepId,
		persisting: persisting.length,
		meanDisplacement: persisting.length === 0 ? 0 : moved / persisting.length / scale,
		pairs,
		orderKept: pairs === 0 ? 1 : (pairs - flipped.length) / pairs,
		flipped
	};
}

/** Only the steps are read, so a storyline's layout or any list of steps will do. */
type Steps = Pick<StorylineLayout, 'steps'>;

/**
 * A mean displacement (a share of the diagram's diagonal, as `meanDisplacement`) at or below which a transition
 * reads as still: 0.2 %, about 2.5 units on a 1200-unit diagonal, a few pixels on a slide. Comparing such a
 * transition's movement with a reference's is comparing noise.
 */
export const STILL_DISPLACEMENT = 0.002;

export function stabilityReport(layout: Steps, reference?: Steps): StabilityReport {
	const pairs = layout.steps.slice(1).map((step, i) => compareSteps(layout.steps[i] as StepLayout, step));
	const referencePairs = reference?.steps
		.slice(1)
		.map((step, i) => compareSteps(reference.steps[i] as StepLayout, step));

	const steps: StepArea[] = layout.steps.map((step, i) => {
		const area: StepArea = { step: step.stepId, width: step.width, height: step.height };
		const other = reference?.steps[i];
		if (other) area.areaRatio = (step.width * step.height) / (other.width * other.height || 1);
		return area;
	});

	let persisting = 0;
	let displaced = 0;
	let compared = 0;
	let kept = 0;
	let referenceDisplaced = 0;
	pairs.forEach((pair, i) => {
		persisting += pair.persisting;
		displaced += pair.meanDisplacement * pair.persisting;
		compared += pair.pairs;
		kept += pair.pairs * pair.orderKept;
		const other = referencePairs?.[i];
		if (other) {
			referenceDisplaced += other.meanDisplacement * other.persisting;
			pair.displacementRatio =
				pair.meanDisplacement <= STILL_DISPLACEMENT
					? 0
					: ratio(pair.meanDisplacement, other.meanDisplacement);
		}
	});

	const report: StabilityReport = {
		pairs,
		steps,
		totals: {
			persisting,
			meanDisplacement: persisting === 0 ? 0 : displaced / persisting,
			orderKept: compared === 0 ? 1 : kept / compared
		}
	};
	if (reference) {
		report.totals.displacementRatio = ratio(displaced, referenceDisplaced);
		report.totals.maxDisplacementRatio = Math.max(0, ...pairs.map((p) => p.displacementRatio ?? 0));
		report.totals.maxAreaRatio = Math.max(0, ...steps.map((s) => s.areaRatio ?? 0));
	}
	return report;
}

/** a ÷ b, where nothing moving in both counts as 0 and something moving against nothing as infinite. */
function ratio(a: number, b: number): number {
	if (b === 0) return a === 0 ? 0 : Number.POSITIVE_INFINITY;
	return a / b;
}
