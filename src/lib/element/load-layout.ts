/**
 * Fetches a baked layout for the `<stackmotion-diagram>` element and checks its shape, so every way it can go
 * wrong (not found, not JSON, too large, not a layout) becomes a `DiagramError` shown in place of the diagram.
 * Framework-free: `fetch` is injected, so it is tested in Node.
 */
import { PACKED_FORMAT } from '../bake/packed.js';
import { expandLayout, PackedLayoutError } from '../bake/unpack.js';
import type { StorylineLayout } from '../layout/types.js';
import { layoutNotLoaded, layoutTooLarge, notALayout } from '../model/runtime-errors.js';
import type { DiagramError } from '../model/types.js';

/** Larger than any bundled stack's layout by two orders of magnitude; a bigger file is a mistake, not a diagram. */
export const MAX_LAYOUT_BYTES = 5 * 1024 * 1024;

export type LoadResult = { ok: true; layout: StorylineLayout } | { ok: false; errors: DiagramError[] };

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'headers' | 'text'>>;

function failure(error: DiagramError): LoadResult {
	return { ok: false, errors: [error] };
}

export async function loadLayout(url: string, fetchImpl: Fetch, path = 'src'): Promise<LoadResult> {
	let response: Awaited<ReturnType<Fetch>>;
	try {
		response = await fetchImpl(url);
	} catch (cause) {
		const reason = cause instanceof Error ? cause.message : String(cause);
		return failure(layoutNotLoaded(path, url, reason));
	}
	if (!response.ok) {
		return failure(layoutNotLoaded(path, url, response.status));
	}
	const declared = Number(response.headers.get('content-length') ?? 0);
	if (declared > MAX_LAYOUT_BYTES) return tooLarge(url, declared, path);
	const text = await response.text();
	if (text.length > MAX_LAYOUT_BYTES) return tooLarge(url, text.length, path);
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return failure(notALayout(path, url));
	}
	return parseLayout(json, url, path);
}

function tooLarge(url: string, bytes: number, path: string): LoadResult {
	return failure(layoutTooLarge(path, url, bytes, MAX_LAYOUT_BYTES));
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Accepts a baked file (the compact `format: 2`, or a `StorylineLayout` as older versions wrote it), or the
 * `{ errors }` a build step writes when a stack fails to bake (those errors are shown as they are). Checks only
 * what drawing needs; the layout was validated when it was baked.
 */
export function parseLayout(json: unknown, url: string, path = 'src'): LoadResult {
	if (isRecord(json) && Array.isArray(json.errors) && json.errors.length > 0) {
		return { ok: false, errors: json.errors as DiagramError[] };
	}
	const notLayout = (detail: string) => failure(notALayout(path, url, detail));
	if (!isRecord(json)) return notLayout('expected an object');
	if (json.format === PACKED_FORMAT) {
		try {
			return { ok: true, layout: expandLayout(json) };
		} catch (cause) {
			if (cause instanceof PackedLayoutError) return notLayout(`the file is damaged at ${cause.message}`);
			throw cause;
		}
	}
	if (json.format !== undefined && json.format !== 1) {
		return notLayout(
			`it is in format ${JSON.stringify(json.format)}, which this version does not read; bake it again with this version (stackmotion bake)`
		);
	}
	const { storyline, steps } = json;
	if (!isRecord(storyline) || typeof storyline.id !== 'string' || !Array.isArray(storyline.steps)) {
		return notLayout('"storyline" with an "id" and "steps" is missing');
	}
	if (!Array.isArray(steps) || steps.length === 0) return notLayout('"steps" is missing or empty');
	if (steps.length !== storyline.steps.length) {
		return notLayout(`${steps.length} laid-out steps for ${storyline.steps.length} storyline steps`);
	}
	const bad = steps.findIndex(
		(s) =>
			!isRecord(s) ||
			typeof s.width !== 'number' ||
			typeof s.height !== 'number' ||
			!Array.isArray(s.nodes) ||
			!Array.isArray(s.edges)
	);
	if (bad >= 0) return notLayout(`steps[${bad}] needs width, height, nodes and edges`);
	return { ok: true, layout: json as unknown as StorylineLayout };
}
