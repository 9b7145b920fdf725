/**
 * Attribute strings of `<stackmotion-diagram>` to Storyline props. Pure, so the rules are tested in Node:
 * unknown values fall back to the default instead of throwing, the way HTML attributes behave.
 */
import { DEFAULT_MIN_NAME_SIZE, type Theme } from '../components/Diagram/types.js';
import type { MotionPreference } from '../components/Storyline/types.js';
import { LANGS, type Lang } from '../i18n/langs.js';

export const OBSERVED_ATTRIBUTES = [
	'stack',
	'src',
	'layouts',
	'step',
	'lang',
	'theme',
	'motion',
	'speed',
	'controls',
	'narration',
	'changes',
	'camera',
	'fit',
	'min-name-size'
] as const;

export interface ElementOptions {
	lang: Lang;
	theme: Theme;
	motion: MotionPreference;
	speed: number;
	controls: boolean;
	narration: boolean;
	changes: boolean;
	/** How each step is framed (see `cameraFrame`): `step` (default) or `storyline`. */
	camera: 'step' | 'storyline';
	/** `floor` (default) keeps names readable by framing the focus; `all` always shrinks to fit (thumbnails). */
	fit: 'floor' | 'all';
	/** The readable floor in CSS px of the element's own box (a scaled slide's px). */
	minNameSize: number;
}

type Read = (name: string) => string | null;

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
	return allowed.find((a) => a === value) ?? fallback;
}

/** A boolean attribute: present means on, except the explicit `"false"`. */
export function flag(value: string | null, fallback: boolean): boolean {
	if (value === null) return fallback;
	return value.trim().toLowerCase() !== 'false';
}

export function readOptions(read: Read): ElementOptions {
	const speed = Number(read('speed'));
	const minNameSize = Number(read('min-name-size') ?? Number.NaN);
	return {
		lang: oneOf(read('lang'), LANGS, 'en'),
		theme: oneOf(read('theme'), ['auto', 'light', 'dark'] as const, 'auto'),
		motion: oneOf(read('motion'), ['auto', 'reduce', 'full'] as const, 'auto'),
		speed: Number.isFinite(speed) && speed > 0 ? speed : 1,
		// A slide wants the picture alone: the chrome is opt-in.
		controls: flag(read('controls'), false),
		narration: flag(read('narration'), false),
		changes: flag(read('changes'), true),
		camera: oneOf(read('camera'), ['step', 'storyline'] as const, 'step'),
		fit: oneOf(read('fit'), ['floor', 'all'] as const, 'floor'),
		minNameSize: Number.isFinite(minNameSize) && minNameSize >= 0 ? minNameSize : DEFAULT_MIN_NAME_SIZE
	};
}

/**
 * Where the layout comes from: `src` wins; otherwise `stack` names a bundled stack, served as
 * `<layouts>/<stack>.json` (by default the `layouts/` folder beside the site that serves the script).
 */
export function layoutUrl(read: Read, defaultLayouts: string): { url: string; path: string } | undefined {
	const src = read('src')?.trim();
	if (src) return { url: src, path: 'src' };
	const stack = read('stack')?.trim();
	if (!stack) return undefined;
	const base = read('layouts')?.trim() || defaultLayouts;
	return { url: `${base.replace(/\/$/, '')}/${encodeURIComponent(stack)}.json`, path: 'stack' };
}

/** The `step` attribute: a step id ("1.24") or a 1-based number ("3"), as in the presenter's URL hash. */
export function readStep(read: Read): string | number {
	const step = read('step')?.trim();
	return step ? step : 0;
}
