/**
 * What the worker does with one message, apart from the messaging itself, so it can be tested in Node with the
 * real engine.
 */
import type { Storyline } from '../../model/types.js';
import type { LayoutOptions } from '../engine.js';
import type { StorylineLayout } from '../types.js';
import { isLayoutRequest, type LayoutResponse } from './protocol.js';

export type LayoutFunction = (storyline: Storyline, options?: LayoutOptions) => Promise<StorylineLayout>;

/** The answer to a message, or `undefined` for a message that is not a layout request (nothing to answer). */
export async function answerLayoutRequest(
	data: unknown,
	layout: LayoutFunction
): Promise<LayoutResponse | undefined> {
	if (!isLayoutRequest(data)) return undefined;
	try {
		return { id: data.id, ok: true, layout: await layout(data.storyline, data.options) };
	} catch (cause) {
		const error =
			cause instanceof Error
				? { message: cause.message, ...(cause.stack ? { stack: cause.stack } : {}) }
				: { message: String(cause) };
		return { id: data.id, ok: false, error };
	}
}
