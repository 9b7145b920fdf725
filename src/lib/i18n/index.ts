export { LANGS, LANG_NAMES, isLang, nextLang, sameL10n, type L10n, type Lang } from './langs.js';
export { wordsFor, type Words } from './words.js';
