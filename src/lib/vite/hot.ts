/**
 * The dev-time link between a `*.stackmotion.yaml` module and the diagrams showing it. In `vite dev` the module
 * the plugin generates puts a small channel on its layout (under a symbol, so it never shows in JSON or
 * `Object.keys`); `Storyline` subscribes and swaps in each new layout the plugin sends on save, which the
 * player animates to (same storyline: persisting nodes glide, the step is kept). In a build there is no channel.
 */
import type { StorylineLayout } from '../layout/types.js';

/** The custom HMR event the plugin sends: `{ source, layout, slideLayout }` (the latter for `?slide` imports). */
export const HOT_LAYOUT_EVENT = 'stackmotion:layout';
/** Where the channel sits on a layout object. `Symbol.for`, so the generated module needs no import. */
export const HOT_CHANNEL = Symbol.for('stackmotion.hot');

export interface HotLayoutChannel {
	/** The spec file the layout came from, relative to the project root. */
	source: string;
	/** Calls `listener` with every new layout of that file; returns the unsubscribe function. */
	subscribe(listener: (layout: StorylineLayout) => void): () => void;
}

export function hotChannelOf(layout: StorylineLayout | undefined): HotLayoutChannel | undefined {
	if (typeof layout !== 'object' || layout === null) return undefined;
	const channel = (layout as unknown as Record<symbol, unknown>)[HOT_CHANNEL];
	return typeof channel === 'object' && channel !== null ? (channel as HotLayoutChannel) : undefined;
}
