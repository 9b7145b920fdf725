/** `--aspect 16:9 | 4:3 | <number>`: the stage the layout is composed for (bake, render, export). */
import { UsageError } from './io.js';

export const ASPECT_FLAG = '--aspect <ratio>';
export const ASPECT_HELP =
	'shape of the stage the layout is composed for: 16:9, 4:3 or width ÷ height as a number';
export const DEFAULT_ASPECT_TEXT = '16:9';

/** Reads `16:9`, `4:3`, `1.6`: a positive width ÷ height. A wrong value says what the flag takes. */
export function parseAspect(text: string): number {
	const ratio = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
	const value = ratio
		? Number(ratio[1]) / Number(ratio[2])
		: /^\s*\d+(\.\d+)?\s*$/.test(text)
			? Number(text)
			: NaN;
	if (!(value > 0) || !Number.isFinite(value) || value < 0.1 || value > 10) {
		throw new UsageError(
			`--aspect must be a width:height ratio such as 16:9 or 4:3, or a number from 0.1 to 10 (width ÷ height), not "${text}".`
		);
	}
	return value;
}
