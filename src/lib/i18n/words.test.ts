import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../model/types.js';
import { LANGS, LANG_NAMES, isLang, nextLang, sameL10n, type Lang } from './langs.js';
import { wordsFor, type Words } from './words.js';

/** Every leaf of a word table: strings as they are, phrases called with sample arguments. */
function leaves(table: unknown, path = ''): [string, string][] {
	if (typeof table === 'string') return [[path, table]];
	if (typeof table === 'function') return [[path, String(table(2, 5))]];
	return Object.entries(table as Record<string, unknown>).flatMap(([key, value]) =>
		leaves(value, path ? `${path}.${key}` : key)
	);
}

describe('word tables', () => {
	it('has a non-empty word for every key in every language, and the same keys in each', () => {
		const keysOf = (words: Words) => leaves(words).map(([path]) => path);
		const english = keysOf(wordsFor('en'));
		expect(english.length).toBeGreaterThan(60);
		for (const lang of LANGS) {
			expect(keysOf(wordsFor(lang)), lang).toEqual(english);
			for (const [path, text] of leaves(wordsFor(lang))) expect(text.trim(), `${lang} ${path}`).not.toBe('');
		}
	});

	it('captions every node kind', () => {
		for (const lang of LANGS) for (const kind of NODE_KINDS) expect(wordsFor(lang).kinds[kind]).toBeTruthy();
	});

	it('keeps the phrases that take arguments', () => {
		expect(wordsFor('en').step.of(3, 7)).toBe('Step 3 of 7');
		expect(wordsFor('en').errorPanel.heading(1)).toBe('This diagram cannot be drawn: 1 problem');
		expect(wordsFor('en').changes.added('1.24')).toBe('new in 1.24');
	});
});

describe('languages', () => {
	it('nextLang visits every language once and comes back', () => {
		const seen: Lang[] = [LANGS[0]];
		for (let i = 1; i < LANGS.length; i++) seen.push(nextLang(seen[i - 1] as Lang));
		expect(new Set(seen).size).toBe(LANGS.length);
		expect(nextLang(seen[seen.length - 1] as Lang)).toBe(LANGS[0]);
	});

	it('names every language in itself', () => {
		for (const lang of LANGS) expect(LANG_NAMES[lang].length).toBeGreaterThan(0);
	});

	it('recognises only its languages', () => {
		expect(isLang('en')).toBe(true);
		expect(isLang('EN')).toBe(false);
		expect(isLang(undefined)).toBe(false);
	});

	it('compares texts in every language', () => {
		expect(sameL10n({ en: 'a', ko: 'b' }, { en: 'a', ko: 'b' })).toBe(true);
		expect(sameL10n({ en: 'a', ko: 'b' }, { en: 'a', ko: 'c' })).toBe(false);
		expect(sameL10n(undefined, { en: 'a', ko: 'b' })).toBe(false);
		expect(sameL10n(undefined, undefined)).toBe(true);
	});
});
