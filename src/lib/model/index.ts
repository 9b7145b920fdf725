/** `stackmotion/model`: the storyline data model, its validation and resolution, and scene diffs. */
export * from './types.js';
export { KIND_CAPTION } from './kinds.js';
export { DIAGRAM_ERROR_CODES } from './codes.js';
export { validateStoryline, type ValidateOptions } from './validate.js';
export { DEFAULT_LIMITS, type StorylineLimits } from './limits.js';
export { formatError } from './errors.js';
export { localize, textIn } from './text.js';
export { diffScenes, describeDiff, type IdDiff, type SceneDiff } from './diff.js';
export { isSafeHref } from './href.js';
export {
	EDGE_ID_PATTERN,
	ID_PATTERN,
	StorylineSpecSchema,
	StepSpecSchema,
	NodeSpecSchema,
	EdgeSpecSchema,
	SourceSpecSchema,
	LocalizedTextSchema
} from './schema.js';
