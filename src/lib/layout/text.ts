/**
 * Text width from the shipped font's advance widths, identical in Node and in the browser because the renderer
 * turns kerning and ligatures off (`font-kerning: none; font-variant-ligatures: none`): a line is exactly the sum
 * of its glyphs' advances.
 */
import { PRETENDARD_METRICS } from './metrics.generated.js';

export type FontWeight = keyof typeof PRETENDARD_METRICS.weights;

const { unitsPerEm } = PRETENDARD_METRICS;

/** Decoded lazily: most pages use one weight only until they lay out. */
const advanceTables = new Map<FontWeight, Map<number, number>>();

function advancesOf(weight: FontWeight): Map<number, number> {
	let table = advanceTables.get(weight);
	if (table) return table;
	table = new Map();
	const runs = PRETENDARD_METRICS.weights[weight].runs;
	let next = 0;
	for (let i = 0; i + 2 < runs.length; i += 3) {
		const start = next + (runs[i] ?? 0);
		const length = runs[i + 1] ?? 0;
		const width = runs[i + 2] ?? 0;
		for (let cp = start; cp < start + length; cp++) table.set(cp, width);
		next = start + length;
	}
	advanceTables.set(weight, table);
	return table;
}

const ZERO_WIDTH = /[\p{M}\p{Cc}\p{Cf}]/u;
const ZWJ = 0x200d;
const EMOJI = /\p{Extended_Pictographic}/u;
const REGIONAL_INDICATOR = /\p{Regional_Indicator}/u;
/** An emoji's assumed advance: 1.25 em (see `advanceUnits`). */
const EMOJI_UNITS = 1.25 * unitsPerEm;
/** East Asian wide scripts the font lacks (Han, kana, fullwidth forms…): one em, like every CJK font draws them. */
const WIDE =
	/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * Advance widths in font units, one per code point, for a string. Characters the shipped font lacks are drawn by a
 * fallback font whose widths we cannot know, so we assume generously:
 * - combining marks, variation selectors, joiners and control characters: 0 (they attach to the previous glyph);
 * - emoji: 1.25 em, the widest of the common colour emoji fonts (Noto Color Emoji advances 1.245 em); an emoji
 *   after a zero-width joiner joins the previous one: 0;
 * - regional indicators: 1 em each, so a flag is 2 em — without an emoji font it is drawn as two letters;
 * - East Asian wide characters: 1 em;
 * - a precomposed letter (é, ñ, ǖ…) outside the shipped subsets: the width of its base letter;
 * - anything else (Arabic, Thai, Devanagari…): the font's average character width (OS/2 xAvgCharWidth, about
 *   0.83 em, wider than most letters).
 */
function advanceUnits(text: string, weight: FontWeight, out: (units: number, spaced: boolean) => void): void {
	const advances = advancesOf(weight);
	const averageWidth = PRETENDARD_METRICS.weights[weight].averageWidth;
	let previous = -1;
	let unpairedRegionalIndicator = false;
	for (const char of text) {
		const cp = char.codePointAt(0) ?? 0;
		const afterJoiner = previous === ZWJ;
		previous = cp;
		if (ZERO_WIDTH.test(char)) {
			out(0, false);
			continue;
		}
		const known = advances.get(cp);
		if (known !== undefined) {
			unpairedRegionalIndicator = false;
			out(known, true);
			continue;
		}
		if (REGIONAL_INDICATOR.test(char)) {
			// A pair is one flag (one letter-spaced character) where an emoji font draws it.
			unpairedRegionalIndicator = !unpairedRegionalIndicator;
			out(unitsPerEm, unpairedRegionalIndicator);
			continue;
		}
		unpairedRegionalIndicator = false;
		if (EMOJI.test(char)) out(afterJoiner ? 0 : EMOJI_UNITS, !afterJoiner);
		else if (WIDE.test(char)) out(unitsPerEm, true);
		else out(baseLetterUnits(char, advances) ?? averageWidth, true);
	}
}

function baseLetterUnits(char: string, advances: Map<number, number>): number | undefined {
	const base = char.normalize('NFD').codePointAt(0);
	return base === undefined || base === char.codePointAt(0) ? undefined : advances.get(base);
}

/**
 * Width in px of one line of text drawn in the shipped font: advances × size ÷ unitsPerEm, plus `letterSpacingPx`
 * after every visible character (as CSS letter-spacing does, trailing one included). Combining marks add nothing.
 */
export function measureText(text: string, sizePx: number, weight: FontWeight, letterSpacingPx = 0): number {
	let units = 0;
	let spacedCharacters = 0;
	advanceUnits(text, weight, (advance, spaced) => {
		units += advance;
		if (spaced) spacedCharacters++;
	});
	return (units * sizePx) / unitsPerEm + spacedCharacters * letterSpacingPx;
}

/** Characters after which an over-long word (a path, a URL, a compound) may break before the width forces it. */
const SOFT_BREAK_AFTER = /[/\-_.:]/;

/**
 * Splits a word wider than `maxWidth` into pieces that fit: each piece is the longest prefix that fits, cut after
 * its last `/ - _ . :` when it has one, else between two characters. A combining mark stays with its base. A single
 * character wider than `maxWidth` still makes a piece, so the loop always advances.
 */
function breakWord(word: string, fits: (text: string) => boolean): string[] {
	const clusters = splitClusters(word);
	const pieces: string[] = [];
	let start = 0;
	while (start < clusters.length) {
		let end = start + 1;
		while (end < clusters.length && fits(clusters.slice(start, end + 1).join(''))) end++;
		if (end < clusters.length) {
			for (let cut = end; cut > start + 1; cut--) {
				if (SOFT_BREAK_AFTER.test(clusters[cut - 1] ?? '')) {
					end = cut;
					break;
				}
			}
		}
		pieces.push(clusters.slice(start, end).join(''));
		start = end;
	}
	return pieces;
}

/** Code points with their following zero-width ones (combining marks, joiners and what they join). */
function splitClusters(text: string): string[] {
	const clusters: string[] = [];
	let afterJoiner = false;
	for (const char of text) {
		const last = clusters.length - 1;
		if (last >= 0 && (ZERO_WIDTH.test(char) || afterJoiner)) clusters[last] += char;
		else clusters.push(char);
		afterJoiner = char.codePointAt(0) === ZWJ;
	}
	return clusters;
}

/** The mark put at the end of a label cut short. */
export const ELLIPSIS = '…';

/**
 * Keeps the first `maxLines` lines; when there were more, the last kept line ends in an ellipsis, shortened (by
 * whole characters, a combining mark staying with its base) until it fits with it.
 */
function clampLines(lines: string[], maxLines: number, fits: (line: string) => boolean): string[] {
	if (lines.length <= maxLines) return lines;
	if (maxLines < 1) return [];
	const kept = lines.slice(0, maxLines);
	const clusters = splitClusters(kept[maxLines - 1] ?? '');
	let end = clusters.length;
	while (end > 0 && !fits(`${clusters.slice(0, end).join('').trimEnd()}${ELLIPSIS}`)) end--;
	kept[maxLines - 1] = `${clusters.slice(0, end).join('').trimEnd()}${ELLIPSIS}`;
	return kept;
}

/**
 * Breaks text into lines no wider than `maxWidth` px: at spaces (Korean too: it is written with spaces between
 * words), at explicit newlines, and inside a word only when the word alone is wider than a line. Runs of
 * whitespace collapse to one space, as SVG text does. Returns at least one line for non-empty text. With
 * `maxLines`, text that needs more lines is cut after the last one, with an ellipsis.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	sizePx: number,
	weight: FontWeight,
	letterSpacingPx = 0,
	maxLines = Infinity
): string[] {
	// A hair of tolerance so a line measured exactly at the limit is not pushed over by float rounding.
	const fits = (line: string) => measureText(line, sizePx, weight, letterSpacingPx) <= maxWidth + 1e-6;
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
			const candidate = line === '' ? word : `${line} ${word}`;
			if (fits(candidate)) {
				line = candidate;
				continue;
			}
			if (line !== '') lines.push(line);
			if (fits(word)) {
				line = word;
				continue;
			}
			const pieces = breakWord(word, fits);
			lines.push(...pieces.slice(0, -1));
			line = pieces.at(-1) ?? '';
		}
		if (line !== '') lines.push(line);
		// Enough for the clamp to see that there is more: the rest need not be wrapped.
		if (lines.length > maxLines) break;
	}
	if (lines.length === 0 && text !== '') return [''];
	return clampLines(lines, maxLines, fits);
}
