/**
 * The viewer's `prefers-reduced-motion` setting as reactive state. Server-side (no `matchMedia`) it reads
 * false; nothing animates on the server anyway.
 */
import { MediaQuery } from 'svelte/reactivity';

export const prefersReducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);
