/**
 * `validateStoryline`: the entry of the pipeline. Checks structure (valibot), then references and patches on
 * whatever parts are structurally sound, and returns either the resolved storyline or every problem found.
 */
import { unreadable } from './errors.js';
import { checkRawLimits, checkSceneLimits, resolveLimits, type StorylineLimits } from './limits.js';
import { resolveStoryline } from './resolve.js';
import { checkStructure } from './structure.js';
import type { ValidationResult } from './types.js';

export interface ValidateOptions {
	/** Size limits; each one not given takes its default (`DEFAULT_LIMITS`), `Infinity` switches one off. */
	limits?: Partial<StorylineLimits>;
}

/** Never throws on any spec: any input, however odd, yields a result. (Invalid `limits` options do throw.) */
export function validateStoryline(spec: unknown, options: ValidateOptions = {}): ValidationResult {
	const limits = resolveLimits(options.limits);
	try {
		const raw = checkRawLimits(spec, limits);
		// Too many steps or entries: the rest of the spec is not read at all.
		if (raw.tooLarge) return { ok: false, errors: raw.errors };
		const structure = checkStructure(spec);
		const { errors, storyline } = resolveStoryline(spec, structure.dirty);
		const all = [...raw.errors, ...structure.errors, ...errors];
		if (all.length > 0 || storyline === undefined) return { ok: false, errors: all };
		const over = checkSceneLimits(storyline, spec, limits);
		if (over.length > 0) return { ok: false, errors: over };
		return { ok: true, storyline };
	} catch (cause) {
		// Getters or proxies that throw while being read: report instead of passing the exception on.
		return { ok: false, errors: [unreadable(describeCause(cause))] };
	}
}

function describeCause(cause: unknown): string {
	try {
		return cause instanceof Error ? cause.message : String(cause);
	} catch {
		return 'reading it threw';
	}
}
