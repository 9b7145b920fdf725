export { default as Storyline } from './Storyline.svelte';
export type { StorylineProps, MotionPreference } from './types.js';
