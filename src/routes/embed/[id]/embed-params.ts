/**
 * The embed page's query string: `?step=1.24&lang=ko&theme=dark&controls=0&narration=1`. Unknown or missing
 * values fall back to defaults, so a hand-typed URL never breaks the embed.
 */
import type { Theme } from '$lib/components/Diagram/types.js';
import { isLang, type Lang } from '$lib/i18n/langs.js';

export interface EmbedParams {
	/** A step id, or a 1-based number as in the presenter's hash; undefined for the first step. */
	step: string | undefined;
	lang: Lang;
	theme: Theme;
	controls: boolean;
	narration: boolean;
}

function on(value: string | null, fallback: boolean): boolean {
	if (value === null) return fallback;
	return !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

export function readEmbedParams(query: URLSearchParams): EmbedParams {
	const lang = query.get('lang');
	const theme = query.get('theme');
	return {
		step: query.get('step')?.trim() || undefined,
		lang: isLang(lang) ? lang : 'en',
		theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
		controls: on(query.get('controls'), true),
		narration: on(query.get('narration'), false)
	};
}
