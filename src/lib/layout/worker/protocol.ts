/**
 * The messages between the page and the layout worker: a request carries a storyline and its options; the answer
 * carries the same id and either the layout or the engine's error (as plain data: errors do not survive
 * `postMessage` with their class).
 */
import type { Storyline } from '../../model/types.js';
import type { LayoutOptions } from '../engine.js';
import type { StorylineLayout } from '../types.js';

export interface LayoutRequest {
	id: number;
	storyline: Storyline;
	options?: LayoutOptions;
}

export interface LayoutFailure {
	message: string;
	stack?: string;
}

export type LayoutResponse =
	{ id: number; ok: true; layout: StorylineLayout } | { id: number; ok: false; error: LayoutFailure };

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

export function isLayoutRequest(data: unknown): data is LayoutRequest {
	return isRecord(data) && typeof data.id === 'number' && isRecord(data.storyline);
}

/** Only our answers: elkjs' own dispatcher may post into the same channel (see the worker). */
export function isLayoutResponse(data: unknown): data is LayoutResponse {
	if (!isRecord(data) || typeof data.id !== 'number') return false;
	if (data.ok === true) return isRecord(data.layout);
	return data.ok === false && isRecord(data.error) && typeof data.error.message === 'string';
}
