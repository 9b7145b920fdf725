/**
 * The interface's word tables, one per language. The English table defines the shape (`Words`); every other
 * table `satisfies Words`, so a word missing in one language (or one left over) is a type error, and the
 * `Record<Lang, Words>` below makes a language without a table one too.
 *
 * This folder imports nothing outside itself: `model/` (kind captions, change summaries) may import it and
 * still depend on nothing else.
 */
import type { Lang } from './langs.js';
import { en } from './words.en.js';
import { ko } from './words.ko.js';

/** A table's shape with the English wording left out: strings stay strings, phrases keep their arguments. */
type Shape<T> = T extends string
	? string
	: T extends (...args: infer A) => string
		? (...args: A) => string
		: { readonly [K in keyof T]: Shape<T[K]> };

export type Words = Shape<typeof en>;

const WORDS: Record<Lang, Words> = { en, ko };

/** The interface's words in `lang`. */
export function wordsFor(lang: Lang): Words {
	return WORDS[lang];
}
