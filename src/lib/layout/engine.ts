/**
 * The layout engine: a storyline in, every step's absolute geometry out. elkjs is injected, so the same code runs
 * in Node (tests, build-time bake), in a Web Worker and in the browser.
 */
import { placeBadges } from './badge-place.js';
import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Scene, Storyline } from '../model/types.js';
import { fromElkGraph } from './from-elk.js';
import { jointLayout } from './joint.js';
import { measureScene, type MeasuredScene } from './measure-scene.js';
import { toElkGraph, type Composition } from './to-elk.js';
import { authoredComposition, chooseComposition, type StageOptions } from './compose.js';
import type { StepLayout, StorylineLayout } from './types.js';

/** What the engine needs from elkjs: only `layout`. */
export type ElkLayouter = Pick<ELK, 'layout'>;

export interface LayoutOptions {
	/**
	 * `joint` (default): steps are laid out together so persisting nodes keep their place and order.
	 * `independent`: each step on its own, as if no other step existed (for comparison and measurement).
	 */
	mode?: 'joint' | 'independent';
	/**
	 * The stage the drawing is for (its aspect ratio, 16:9 by default): the engine composes the storyline for it
	 * (flow direction, wrapping) and keeps the composition that shows names largest (`compose.ts`).
	 */
	stage?: StageOptions;
	/** Lay out in exactly this composition (no search); e.g. to compare modes on the same composition. */
	composition?: Composition;
}

export interface LayoutEngine {
	layoutStoryline(storyline: Storyline, options?: LayoutOptions): Promise<StorylineLayout>;
}

/** Runs ELK on one scene; errors name the storyline and the step. */
export async function layoutScene(
	elk: ElkLayouter,
	storyline: Storyline,
	measured: MeasuredScene,
	composition: Composition = authoredComposition(storyline)
): Promise<StepLayout> {
	const graph = toElkGraph(measured, composition);
	let result: ElkNode;
	try {
		result = await elk.layout(graph);
	} catch (cause) {
		throw new Error(`ELK failed on ${describeStep(storyline, measured.scene)}: ${errorMessage(cause)}`, {
			cause
		});
	}
	try {
		return fromElkGraph(measured, result);
	} catch (cause) {
		const where = describeStep(storyline, measured.scene);
		throw new Error(`Unusable ELK result for ${where}: ${errorMessage(cause)}`, { cause });
	}
}

/** Names a step for an error message; a union of steps (joint layout) is named by its first and last step. */
export function describeStep(storyline: Storyline, scene: Scene): string {
	if (!storyline.steps.some((step) => step.id === scene.id)) {
		return `storyline "${storyline.id}", steps ${scene.id} laid out together`;
	}
	return `storyline "${storyline.id}", step "${scene.id}" (#${scene.index + 1})`;
}

function errorMessage(cause: unknown): string {
	if (cause instanceof Error) return cause.message;
	if (typeof cause === 'object' && cause !== null && 'message' in cause) return String(cause.message);
	return String(cause);
}

/** Every step laid out on its own by ELK, one at a time (errors then point at the first bad step). */
async function layoutEachAlone(
	elk: ElkLayouter,
	storyline: Storyline,
	composition: Composition
): Promise<StepLayout[]> {
	const steps: StepLayout[] = [];
	for (const scene of storyline.steps.map(measureScene)) {
		steps.push(await layoutScene(elk, storyline, scene, composition));
	}
	return steps;
}

/**
 * The composition for a stage, scored on each step laid out alone: about a third of the cost of a joint layout
 * per candidate, and both modes (joint and independent) then agree on the composition, so stability is measured
 * between layouts of the same drawing.
 */
export async function composeFor(
	elk: ElkLayouter,
	storyline: Storyline,
	stage: StageOptions | undefined
): Promise<Composition> {
	const { chosen } = await chooseComposition(storyline, stage, (composition) =>
		layoutEachAlone(elk, { ...storyline, direction: composition.direction }, composition)
	);
	return chosen;
}

export function createLayoutEngine(elk: ElkLayouter): LayoutEngine {
	return {
		async layoutStoryline(storyline, options = {}) {
			const composition = options.composition ?? (await composeFor(elk, storyline, options.stage));
			// The layout runs in the chosen direction; the storyline handed back is the one authored.
			const laidOut: Storyline = { ...storyline, direction: composition.direction };
			if ((options.mode ?? 'joint') === 'joint') {
				const alone = (measured: MeasuredScene) => layoutScene(elk, laidOut, measured, composition);
				const steps = await jointLayout(laidOut, alone, composition.spacing);
				return { format: 1, storyline, steps: placeBadges(steps) };
			}
			return { format: 1, storyline, steps: placeBadges(await layoutEachAlone(elk, laidOut, composition)) };
		}
	};
}
