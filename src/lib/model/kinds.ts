import { LANGS } from '../i18n/langs.js';
import { wordsFor } from '../i18n/words.js';
import { NODE_KINDS, type L10n, type NodeKind } from './types.js';

/**
 * The small caption drawn above a node's label, so the audience reads what a box *is* (daemon, shim, kernel
 * feature) without a legend. Groups draw their label in the corner instead and have no caption. The words come
 * from the word tables (`i18n/`), where a kind without a caption in some language is a type error.
 */
export const KIND_CAPTION: Record<NodeKind, L10n> = Object.fromEntries(
	NODE_KINDS.map((kind) => [
		kind,
		Object.fromEntries(LANGS.map((lang) => [lang, wordsFor(lang).kinds[kind]])) as L10n
	])
) as Record<NodeKind, L10n>;
