/**
 * The languages of the interface and of the bundled stacks. Every per-language type is derived from `LANGS`,
 * so adding a language here makes the compiler point at every table and text that lacks it.
 */

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** Resolved text: one string per language. */
export type L10n = Record<Lang, string>;

/** Each language's name in itself, as a language switch shows it. */
export const LANG_NAMES: L10n = { en: 'English', ko: '한국어' };

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language a language switch moves to: the next one in `LANGS`, wrapping around. */
export function nextLang(lang: Lang): Lang {
	return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length] as Lang;
}

/** Whether two texts read the same in every language. */
export function sameL10n(a: L10n | undefined, b: L10n | undefined): boolean {
	if (a === b) return true;
	if (!a || !b) return false;
	return LANGS.every((lang) => a[lang] === b[lang]);
}
