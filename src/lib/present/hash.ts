/**
 * The URL hash of a presented step: `#1.24` (a step id) or `#3` (1-based, the way people count slides).
 * Written as the step id, so a copied link keeps pointing at the same step when steps are added before it.
 */
import type { Storyline } from '../model/types.js';
import { findStepIndex } from '../render/step.js';

type Steps = Pick<Storyline, 'steps'>;

/**
 * The step a hash names (`location.hash`, with or without `#`). An empty hash is the first step, so going
 * back to the link without a hash returns to the start. Returns -1 for a hash that names no step.
 */
export function stepFromHash(storyline: Steps, hash: string): number {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	if (raw === '') return storyline.steps.length > 0 ? 0 : -1;
	let decoded: string;
	try {
		decoded = decodeURIComponent(raw);
	} catch {
		return -1; // A malformed escape such as `%E0%A4%A` names nothing.
	}
	return findStepIndex(storyline, decoded);
}

/** The hash for a step index (`#1.24`), or '' when there is no such step. */
export function hashForStep(storyline: Steps, index: number): string {
	const id = storyline.steps[index]?.id;
	return id === undefined ? '' : `#${encodeURIComponent(id)}`;
}
