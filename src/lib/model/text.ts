/** Localized text: resolve what authors write into both languages, and pick one language for display. */
import type { L10n, Lang, LocalizedText } from './types.js';

/** A plain string serves every language; an object is copied so the result never aliases the spec. */
export function localize(text: LocalizedText): L10n {
	return typeof text === 'string' ? { en: text, ko: text } : { en: text.en, ko: text.ko };
}

/** The text in `lang`; empty when there is no text (optional fields). */
export function textIn(l10n: L10n | undefined, lang: Lang): string {
	return l10n === undefined ? '' : l10n[lang];
}
