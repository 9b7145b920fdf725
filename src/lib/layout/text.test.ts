import { describe, expect, test } from 'vitest';
import { PRETENDARD_METRICS } from './metrics.generated.js';
import { ELLIPSIS, measureText, wrapText, type FontWeight } from './text.js';

// At a size of unitsPerEm px, one font unit is one px: the expected widths below are the font's advance widths.
const EM = PRETENDARD_METRICS.unitsPerEm;

describe('measureText', () => {
	test.each<[string, string, FontWeight, number]>([
		['empty text', '', 400, 0],
		['one Latin letter, regular', 'A', 400, 1322],
		['one Latin letter, semibold', 'A', 600, 1420],
		['a word is the sum of its letters (no kerning)', 'AA', 400, 2644],
		['a space', ' ', 400, 514],
		['Hangul syllables are one uniform width', '런타임', 400, 3 * 1770],
		['Hangul has the same width in both weights', '런타임', 600, 3 * 1770],
		['a combining mark adds nothing', 'e\u0301', 400, 1132],
		['a lone combining mark adds nothing', '\u0301', 400, 0],
		['a zero-width joiner adds nothing', 'a\u200da', 400, 2 * 1096],
		['an emoji the font lacks is 1.25 em (as wide as a colour emoji font draws it)', '😀', 400, 1.25 * EM],
		['an emoji ZWJ sequence is one emoji', '👨‍👩‍👧', 400, 1.25 * EM],
		['a flag is two em (two letters where no emoji font draws it)', '🇰🇷', 400, 2 * EM],
		['two flags are four em', '🇰🇷🇯🇵', 400, 4 * EM],
		['a Han character the font lacks is one em', '漢', 400, EM],
		['a precomposed letter outside the shipped subsets takes its base letter', 'á', 400, 1096],
		['another script the font lacks takes the average width, regular', 'ب', 400, 1693],
		['another script the font lacks takes the average width, semibold', 'ب', 600, 1703]
	])('%s', (_name, text, weight, expected) => {
		expect(measureText(text, EM, weight)).toBe(expected);
	});

	test('scales linearly with the font size', () => {
		expect(measureText('kubelet', 15, 600)).toBeCloseTo((7106 * 15) / EM, 10);
		expect(measureText('kubelet', 30, 600)).toBeCloseTo(2 * measureText('kubelet', 15, 600), 10);
	});

	test.each<[string, string, number]>([
		['adds letter spacing after every character', 'abc', 3],
		['counts a base letter and its mark once', 'e\u0301', 1],
		['counts an emoji ZWJ sequence once', '👨‍👩‍👧', 1],
		['counts Hangul syllables one each', '데몬', 2]
	])('%s', (_name, text, spacedCharacters) => {
		const plain = measureText(text, 12, 400);
		expect(measureText(text, 12, 400, 0.5)).toBeCloseTo(plain + spacedCharacters * 0.5, 10);
	});
});

describe('wrapText', () => {
	// Widths at 2048 px (1 px = 1 font unit), regular: 'a' 1096, ' ' 514, '가' 1770.
	const A3 = 3 * 1096;
	test.each<[string, string, number, string[]]>([
		['empty text gives no lines', '', 1000, []],
		['whitespace-only text gives one empty line', '   ', 1000, ['']],
		['short text stays on one line', 'aaa', A3, ['aaa']],
		['breaks at the space that overflows', 'aaa aaa', A3 + 514 + A3 - 1, ['aaa', 'aaa']],
		['keeps words together when they fit exactly', 'aaa aaa', A3 + 514 + A3, ['aaa aaa']],
		['collapses runs of whitespace', '  aaa \t  aaa  ', A3 + 514 + A3, ['aaa aaa']],
		['honours explicit newlines', 'aaa\naaa', 100 * A3, ['aaa', 'aaa']],
		['drops empty lines between paragraphs', 'aaa\n\naaa', 100 * A3, ['aaa', 'aaa']],
		[
			'breaks Korean at spaces like English',
			'가가 가가 가가',
			2 * 1770 + 514 + 2 * 1770,
			['가가 가가', '가가']
		],
		['does not break Korean inside a word that fits', '가가가 가', 3 * 1770, ['가가가', '가']],
		['breaks a word longer than a line between characters', 'aaaaaaa', A3, ['aaa', 'aaa', 'a']],
		['puts a too-long word on its own lines after a short one', 'a aaaaaa', A3, ['a', 'aaa', 'aaa']],
		['keeps a character wider than the line on a line of its own', 'aa', 500, ['a', 'a']],
		['prefers to break a long word after a slash', 'aa/aaaaa', 5 * 1096, ['aa/', 'aaaaa']],
		['keeps a combining mark with its base letter', 'ae\u0301e\u0301', 1096 + 1132, ['ae\u0301', 'e\u0301']]
	])('%s', (_name, text, maxWidth, expected) => {
		expect(wrapText(text, maxWidth, EM, 400)).toEqual(expected);
	});

	test('every line fits unless it is a single character', () => {
		const text = 'unix:///run/containerd/containerd.sock 컨테이너 런타임 인터페이스 (CRI) gRPC';
		for (const maxWidth of [40, 80, 120, 180]) {
			const lines = wrapText(text, maxWidth, 12, 400);
			expect(lines.length).toBeGreaterThan(0);
			for (const line of lines) {
				if ([...line].length > 1) expect(measureText(line, 12, 400)).toBeLessThanOrEqual(maxWidth);
			}
			expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
		}
	});

	test('accounts for letter spacing', () => {
		const width = measureText('aaa aaa', 10, 400);
		expect(wrapText('aaa aaa', width, 10, 400)).toEqual(['aaa aaa']);
		expect(wrapText('aaa aaa', width, 10, 400, 1)).toEqual(['aaa', 'aaa']);
	});
});

describe('wrapText with a line limit', () => {
	const ELLIPSIS_WIDTH = measureText(ELLIPSIS, EM, 400);

	test('text that fits in the lines is not cut', () => {
		expect(wrapText('aaa aaa', 3 * 1096, EM, 400, 0, 2)).toEqual(['aaa', 'aaa']);
	});

	test.each<[string, string, number, number]>([
		['English', 'aaa bbb ccc ddd eee', 4 * 1096, 2],
		['Korean', '가가 나나 다다 라라 마마', 3 * 1770, 3],
		['one long word', 'abcdefghijklmnopqrstuvwxyz'.repeat(3), 6 * 1096, 2],
		[
			'a combining mark at the cut',
			'e\u0301e\u0301e\u0301e\u0301 e\u0301e\u0301e\u0301e\u0301 x',
			4 * 1132,
			1
		],
		['emoji', '🐳🐳🐳 🚀🚀🚀 🐳🐳🐳', 3.2 * 1.25 * EM, 2]
	])(
		'%s: cut to the limit, the last line ends in an ellipsis and still fits',
		(_name, text, maxWidth, maxLines) => {
			const lines = wrapText(text, maxWidth, EM, 400, 0, maxLines);
			expect(lines).toHaveLength(maxLines);
			const last = lines.at(-1) ?? '';
			expect(last.endsWith(ELLIPSIS)).toBe(true);
			for (const line of lines) expect(measureText(line, EM, 400)).toBeLessThanOrEqual(maxWidth + 1e-6);
			// What is kept is the start of the text, in order; a mark is never cut from its letter.
			const kept = lines.join(' ').slice(0, -1).replace(/\s/g, '');
			expect(text.replace(/\s/g, '').startsWith(kept)).toBe(true);
			expect(last.slice(0, -1).normalize('NFC')).not.toMatch(/^\u0301|\u0301$/);
			expect(ELLIPSIS_WIDTH).toBeGreaterThan(0);
		}
	);

	test('a limit of one line on a line too narrow for a letter keeps just the ellipsis', () => {
		expect(wrapText('aaa aaa', 1, EM, 400, 0, 1)).toEqual([ELLIPSIS]);
	});
});
