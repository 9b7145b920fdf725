import type { Storyline } from '../model/types.js';

/** The error for a step a storyline does not have is `unknownStep` in the error catalogue. */
export { unknownStep } from '../model/runtime-errors.js';

/**
 * A step named by index (0-based) or by id ("1.24", or "#1.24" as in a URL hash). Returns -1 when it names
 * no step, so callers can show an error in place rather than guess.
 */
export function findStepIndex(storyline: Pick<Storyline, 'steps'>, step: number | string): number {
	const count = storyline.steps.length;
	if (typeof step === 'number') return Number.isInteger(step) && step >= 0 && step < count ? step : -1;
	const id = step.startsWith('#') ? step.slice(1) : step;
	const byId = storyline.steps.findIndex((s) => s.id === id);
	if (byId >= 0) return byId;
	// "#3" in a URL is 1-based, the way people count slides.
	if (/^\d+$/.test(id)) {
		const n = Number(id) - 1;
		return n >= 0 && n < count ? n : -1;
	}
	return -1;
}
