/**
 * Site-wide viewer settings (language, theme), shared by every page through context and remembered in
 * localStorage so a presenter's choice survives navigation.
 */
import { getContext, setContext } from 'svelte';
import type { Lang } from '$lib/model/types.js';
import type { Theme } from '$lib/components/Diagram/types.js';

const KEY = Symbol('site-settings');
const STORAGE_KEY = 'stackmotion:settings';

export class SiteSettings {
	lang = $state<Lang>('en');
	theme = $state<Theme>('auto');

	/** Restores saved settings; call from the browser only (after mount). */
	restore(): void {
		try {
			const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Record<string, unknown>>;
			if (saved.lang === 'en' || saved.lang === 'ko') this.lang = saved.lang;
			if (saved.theme === 'light' || saved.theme === 'dark' || saved.theme === 'auto') this.theme = saved.theme;
		} catch {
			// Storage may be unavailable (privacy mode) or hold garbage: defaults are fine.
		}
	}

	save(): void {
		try {
			localStorage.setItem(STORAGE_KEY, JSON.stringify({ lang: this.lang, theme: this.theme }));
		} catch {
			// Not persisting is harmless.
		}
	}
}

export function provideSiteSettings(settings: SiteSettings): SiteSettings {
	return setContext(KEY, settings);
}

export function useSiteSettings(): SiteSettings {
	const settings = getContext<SiteSettings | undefined>(KEY);
	if (!settings) throw new Error('useSiteSettings() needs the root layout to provide SiteSettings.');
	return settings;
}
