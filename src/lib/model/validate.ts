/**
 * `validateStoryline`: the entry of the pipeline. Checks structure (valibot), then references and patches on
 * whatever parts are structurally sound, and returns either the resolved storyline or every problem found.
 */
import { unreadable } from './errors.js';
import { resolveStoryline } from './resolve.js';
import { checkStructure } from './structure.js';
import type { ValidationResult } from './types.js';

/** Never throws: any input, however odd, yields a result. */
export function validateStoryline(spec: unknown): ValidationResult {
	try {
		const structure = checkStructure(spec);
		const { errors, storyline } = resolveStoryline(spec, structure.dirty);
		const all = [...structure.errors, ...errors];
		if (all.length > 0 || storyline === undefined) return { ok: false, errors: all };
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
