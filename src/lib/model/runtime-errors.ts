/**
 * The errors a page meets at run time, apart from the spec catalogue (`errors.ts`, which re-exports these): a
 * layout that failed, crashed or timed out, a step the storyline does not have, a layout file that would not
 * load. A page that draws a baked layout imports only this module.
 */
import { diagramError as error } from './diagram-error.js';
import { quote, stepSubject, storylineSubject, type StepRef } from './subjects.js';
import type { DiagramError } from './types.js';

/* ---------- layout (produced by the layout stage) ---------- */

/**
 * The layout engine threw. `step` names the step when it is known; otherwise the whole storyline is named (the
 * engine's own detail then says which step, e.g. when steps are laid out jointly).
 */
export function layoutFailed(step: StepRef | undefined, detail: string, storylineId?: string): DiagramError {
	const subject = step ? stepSubject(step) : storylineSubject(storylineId);
	return error(
		'layout-failed',
		step ? ['steps', step.index] : [],
		`${subject} could not be laid out: ${detail}. Check the scene for unusual nesting or report a bug.`
	);
}

/**
 * What to show for a failed layout: a layout worker's own coded error (crashed, timed out, failed; carried as
 * `diagnostic`) as it is, anything else thrown as `layout-failed`.
 */
export function layoutErrorOf(cause: unknown, storylineId: string | undefined): DiagramError {
	if (typeof cause === 'object' && cause !== null && 'diagnostic' in cause) {
		const { diagnostic } = cause as { diagnostic: DiagramError };
		if (typeof diagnostic?.code === 'string') return diagnostic;
	}
	return layoutFailed(undefined, causeDetail(cause), storylineId);
}

/** The layout worker died (out of memory, a script error) before it answered. */
export function layoutCrashed(storylineId: string | undefined, detail: string): DiagramError {
	return error(
		'layout-crashed',
		[],
		`The layout worker stopped while laying out ${storylineId === undefined ? 'the storyline' : `storyline ${quote(storylineId)}`}: ${detail}. ` +
			'It is restarted for the next change; if this keeps happening, make the storyline smaller or report a bug.'
	);
}

/** The layout took longer than the time limit; the worker was stopped so the page stays responsive. */
export function layoutTimeout(storylineId: string | undefined, limitMs: number): DiagramError {
	return error(
		'layout-timeout',
		[],
		`${storylineSubject(storylineId)} took longer than ${limitMs} ms to lay out, so the layout was stopped. ` +
			'Fewer nodes or less nesting per step lays out faster; a larger time limit lets it finish.'
	);
}

/** The message of whatever was thrown, for an error's detail. */
export function causeDetail(cause: unknown): string {
	if (cause instanceof Error) return cause.message;
	if (typeof cause === 'object' && cause !== null && 'message' in cause) return String(cause.message);
	return String(cause);
}

/* ---------- components and the custom element ---------- */

/** A component asked for a step its storyline does not have. */
export function unknownStep(
	storyline: { id: string; steps: readonly { id: string }[] },
	step: number | string
): DiagramError {
	const ids = storyline.steps.map((s) => `"${s.id}"`).join(', ');
	return error(
		'invalid-value',
		['step'],
		`Step ${JSON.stringify(step)} is not in storyline "${storyline.id}". ` +
			`Use an index from 0 to ${storyline.steps.length - 1} or one of ${ids}.`
	);
}

/** `<stackmotion-diagram>` without a `stack` or `src` attribute. */
export function missingDiagramSource(): DiagramError {
	return error(
		'missing-field',
		['stack'],
		'<stackmotion-diagram> needs a `stack` attribute (a bundled stack id, e.g. "kubernetes-cri") or a `src` URL of a baked layout JSON.'
	);
}

/** A baked layout that could not be fetched: the network failed (`status` undefined) or the server said no. */
export function layoutNotLoaded(attribute: string, url: string, reason: string | number): DiagramError {
	return error(
		'invalid-value',
		[attribute],
		typeof reason === 'number'
			? `Could not load the layout at ${url} (HTTP ${reason}). Check the URL, or the stack id against the bundled stacks.`
			: `Could not fetch the layout at ${url}: ${reason}. Check the URL.`
	);
}

export function layoutTooLarge(
	attribute: string,
	url: string,
	bytes: number,
	maxBytes: number
): DiagramError {
	const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
	return error(
		'invalid-value',
		[attribute],
		`The layout at ${url} is ${mb(bytes)} MB, more than the ${mb(maxBytes)} MB allowed. Check that it is a baked layout.`
	);
}

/** A fetched layout file that is not JSON (`detail` undefined) or not a layout (`detail` says why). */
export function notALayout(attribute: string, url: string, detail?: string): DiagramError {
	return error(
		'invalid-type',
		[attribute],
		detail === undefined
			? `The file at ${url} is not JSON. Point it at a layout baked with stackmotion/bake (a .json file).`
			: `The JSON at ${url} is not a stackmotion layout: ${detail}. Bake one with stackmotion/bake.`
	);
}
