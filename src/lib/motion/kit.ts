/**
 * Everything a `StorylinePlayer` needs to move, as one module it loads on demand: GSAP's core, the planner, the
 * sampler, the driver and the painters (SVG and canvas). A page draws its first step without any of it (the step at rest is
 * plain SVG), so none of it is on the path to the first paint; the player loads it while the page is idle,
 * well before the first key press (see `state/storyline-player.svelte.ts`).
 */
// GSAP's core alone: it tweens one plain clock object per transition (see `driver.ts`), and the painter writes
// the SVG itself, so the CSS plugin (about 8 KB gzip) would never be used.
export { gsap } from 'gsap/gsap-core';
export { createTransitionDriver } from './driver.js';
export { createPainter } from './paint.js';
export { createCanvasPainter, prepareCanvas } from './canvas-paint.js';
export { planTransition } from './plan.js';
export { prepareSampler } from './frame.js';
export { layoutFromFrame } from './snapshot.js';
