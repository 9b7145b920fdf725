/**
 * Shrinks a box's text until it fits the box: the slide's caption has a fixed height (so the diagram's box
 * never changes between steps) and a narration of any length. The box's CSS sizes its text as multiples of
 * `--sm-fit` (1 = the designed size); this searches the largest factor in [min, 1] at which nothing overflows.
 * A Svelte action (`use:fitText={key}`): it refits when `key` changes (new text) and when the box resizes.
 */
const ROUNDS = 8;

export interface FitTextOptions {
	/** Anything that changes with the text (a step id and a language): a new value refits. */
	key: unknown;
	/** The smallest factor tried. Default 0.5. */
	min?: number;
}

function overflows(box: HTMLElement): boolean {
	return box.scrollHeight > box.clientHeight + 0.5 || box.scrollWidth > box.clientWidth + 0.5;
}

/** Sets `--sm-fit` on `box` to the largest factor in [min, 1] at which its content fits; returns it. */
export function fitTextNow(box: HTMLElement, min = 0.5): number {
	const set = (factor: number) => box.style.setProperty('--sm-fit', String(factor));
	set(1);
	if (!overflows(box)) return 1;
	let low = min;
	let high = 1;
	for (let round = 0; round < ROUNDS; round++) {
		const mid = (low + high) / 2;
		set(mid);
		if (overflows(box)) high = mid;
		else low = mid;
	}
	set(low);
	return low;
}

export function fitText(box: HTMLElement, options: FitTextOptions) {
	let min = options.min ?? 0.5;
	let width = box.clientWidth;
	let height = box.clientHeight;
	fitTextNow(box, min);
	// Refit on a new box size only: the fit itself changes the content's size, not the box's.
	const observer = new ResizeObserver(() => {
		if (box.clientWidth === width && box.clientHeight === height) return;
		width = box.clientWidth;
		height = box.clientHeight;
		fitTextNow(box, min);
	});
	observer.observe(box);
	// Web fonts change every line's width once they load.
	void document.fonts?.ready.then(() => box.isConnected && fitTextNow(box, min));
	return {
		update(next: FitTextOptions) {
			min = next.min ?? 0.5;
			fitTextNow(box, min);
		},
		destroy() {
			observer.disconnect();
		}
	};
}
