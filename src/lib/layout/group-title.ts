/**
 * How wide a group's title is on screen: the widest of its languages, on one line, as the renderer draws it at the
 * left of the group's top padding. The camera keeps it whole and a moved badge keeps clear of it.
 */
import { LANGS } from '../i18n/langs.js';
import { GROUP_STYLE } from './style.js';
import { measureText } from './text.js';
import type { LinesByLang } from './types.js';

export function groupTitleWidth(label: LinesByLang): number {
	return Math.max(
		...LANGS.map((lang) => measureText(label[lang].join(' '), GROUP_STYLE.labelSize, GROUP_STYLE.labelWeight))
	);
}
