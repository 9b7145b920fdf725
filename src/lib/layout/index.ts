/**
 * `stackmotion/layout`: storylines to absolute geometry with elkjs. This entry wires the bundled elkjs (Node, tests,
 * build-time bake); a Web Worker or a custom ELK build uses `createLayoutEngine` with its own instance instead.
 */
import ElkBundled from 'elkjs/lib/elk.bundled.js';
import type { Storyline } from '../model/types.js';
import { createLayoutEngine, type LayoutEngine, type LayoutOptions } from './engine.js';
import type { StorylineLayout } from './types.js';

// elkjs is CommonJS: depending on the loader the default import is the constructor or its module object. The
// constructor carries itself as `.default`, which both reach and which TypeScript's NodeNext typing expects.
const ELK = ElkBundled.default;

let defaultEngine: LayoutEngine | undefined;

/** Lays out every step of a storyline with the bundled elkjs (created on first use). */
export function layoutStoryline(storyline: Storyline, options?: LayoutOptions): Promise<StorylineLayout> {
	defaultEngine ??= createLayoutEngine(new ELK());
	return defaultEngine.layoutStoryline(storyline, options);
}

export { createLayoutEngine, type ElkLayouter, type LayoutEngine, type LayoutOptions } from './engine.js';
export { measureText, wrapText, type FontWeight } from './text.js';
export { measureNode, measureGroup, measureEdgeLabel, BADGE_GAP } from './node-size.js';
export {
	checkLayout,
	checkStep,
	hardViolations,
	HARD_RULES,
	type Violation,
	type InvariantRule
} from './invariants.js';
export {
	stabilityReport,
	compareSteps,
	type StabilityReport,
	type StepPairStability,
	type StepArea
} from './stability.js';
export { AREA_BUDGET } from './joint.js';
export {
	chooseComposition,
	candidateCompositions,
	stageScore,
	predictedNameShare,
	DEFAULT_STAGE_ASPECT,
	STAGE_NAME_FLOOR,
	type Composition,
	type StageOptions
} from './compose.js';
export * from './style.js';
export type * from './types.js';
