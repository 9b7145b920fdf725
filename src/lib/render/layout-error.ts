import type { DiagramError } from '../model/types.js';

/** A layout engine failure as a `DiagramError`, so it is shown in place like any spec error. */
export function layoutFailed(cause: unknown, storylineId?: string): DiagramError {
	const reason = cause instanceof Error ? cause.message : String(cause);
	return {
		code: 'layout-failed',
		path: '',
		message: `The layout engine could not lay out ${storylineId ? `storyline "${storylineId}"` : 'this storyline'}: ${reason}. Check the spec for unusual nesting or sizes, and report it if it persists.`
	};
}
