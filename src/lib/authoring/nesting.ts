/**
 * A cheap upper estimate of how deeply a YAML text nests, read before the YAML parser runs: the parser's time
 * grows faster than linearly with depth, and a few thousand `[` in a row take it down (out of memory), so deep
 * input is refused first. Counts flow brackets outside quotes and comments, plus indentation and compact
 * `- `/`? ` markers at the start of each line. Storylines nest about ten levels; the cap is far above that.
 */

export const DEFAULT_MAX_DEPTH = 64;

const OPEN = new Set(['[', '{']);
const CLOSE = new Set([']', '}']);
/** A quote opens a quoted scalar only where a token can start (not the apostrophe in "kubelet's"). */
const TOKEN_START = new Set([' ', '\t', '[', '{', ',', ':', '-', '?']);

export function estimateYamlDepth(text: string, stopAbove = Infinity): number {
	let deepest = 0;
	let flow = 0;
	let quote: '"' | "'" | undefined;
	let i = 0;
	while (i < text.length) {
		// Start of a line: indentation and compact block markers each open a level (outside flow collections).
		let block = 0;
		if (flow === 0 && quote === undefined) {
			let indent = 0;
			while (text[i] === ' ' || text[i] === '\t') {
				indent++;
				i++;
			}
			while ((text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
				block++;
				i += 2;
				while (text[i] === ' ') i++;
			}
			block += Math.ceil(indent / 2);
		}
		deepest = Math.max(deepest, flow + block);
		for (; i < text.length && text[i] !== '\n'; i++) {
			const c = text[i] as string;
			if (quote !== undefined) {
				if (c === '\\' && quote === '"') i++;
				else if (c === quote) {
					if (quote === "'" && text[i + 1] === "'") i++;
					else quote = undefined;
				}
				continue;
			}
			const previous = i === 0 ? ' ' : (text[i - 1] as string);
			if (c === '#' && (previous === ' ' || previous === '\t' || previous === '\n')) {
				while (i + 1 < text.length && text[i + 1] !== '\n') i++;
			} else if ((c === '"' || c === "'") && (TOKEN_START.has(previous) || previous === '\n')) {
				quote = c;
			} else if (OPEN.has(c)) {
				flow++;
				deepest = Math.max(deepest, flow + block);
				if (deepest > stopAbove) return deepest;
			} else if (CLOSE.has(c) && flow > 0) flow--;
		}
		if (deepest > stopAbove) return deepest;
		i++;
	}
	return deepest;
}
