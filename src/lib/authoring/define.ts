/**
 * `defineStoryline`: write a storyline in TypeScript with full typing and completion. It returns its argument
 * unchanged; validation still happens where the storyline is used (`validateStoryline`, `bakeStoryline`).
 */
import type { StorylineSpec } from '../model/types.js';

export function defineStoryline(spec: StorylineSpec): StorylineSpec {
	return spec;
}
