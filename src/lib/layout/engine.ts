/**
 * The layout engine: a storyline in, every step's absolute geometry out. elkjs is injected, so the same code runs
 * in Node (tests, build-time bake), in a Web Worker and in the browser.
 */
import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Scene, Storyline } from '../model/types.js';
import { fromElkGraph } from './from-elk.js';
import { jointLayout } from './joint.js';
import { measureScene, type MeasuredScene } from './measure-scene.js';
import { toElkGraph } from './to-elk.js';
import type { StepLayout, StorylineLayout } from './types.js';

/** What the engine needs from elkjs: only `layout`. */
export type ElkLayouter = Pick<ELK, 'layout'>;

export interface LayoutOptions {
	/**
	 * `joint` (default): steps are laid out together so persisting nodes keep their place and order.
	 * `independent`: each step on its own, as if no other step existed (for comparison and measurement).
	 */
	mode?: 'joint' | 'independent';
}

export interface LayoutEngine {
	layoutStoryline(storyline: Storyline, options?: LayoutOptions): Promise<StorylineLayout>;
}

/** Runs ELK on one scene; errors name the storyline and the step. */
export async function layoutScene(
	elk: ElkLayouter,
	storyline: Storyline,
	measured: MeasuredScene
): Promise<StepLayout> {
	const graph = toElkGraph(measured, storyline.direction);
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

export function createLayoutEngine(elk: ElkLayouter): LayoutEngine {
	return {
		async layoutStoryline(storyline, options = {}) {
			if ((options.mode ?? 'joint') === 'joint') {
				const alone = (measured: MeasuredScene) => layoutScene(elk, storyline, measured);
				return { format: 1, storyline, steps: await jointLayout(storyline, alone) };
			}
			const measured = storyline.steps.map(measureScene);
			const steps: StepLayout[] = [];
			// One step at a time: elkjs is single-threaded anyway, and errors then point at the first bad step.
			for (const scene of measured) steps.push(await layoutScene(elk, storyline, scene));
			return { format: 1, storyline, steps };
		}
	};
}
