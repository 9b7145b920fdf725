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

	/**
	 * Restores saved settings, then lets `?lang=ko&theme=dark` in the URL override them (links that share a
	 * view). Call from the browser only (after mount).
	 */
	restore(): void {
		try {
			this.#apply(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>);
		} catch {
			// Storage may be unavailable (privacy mode) or hold garbage: defaults are fine.
		}
		const query = new URLSearchParams(location.search);
		this.#apply({ lang: query.get('lang'), theme: query.get('theme') });
	}

	#apply(values: Record<string, unknown>): void {
		if (values.lang === 'en' || values.lang === 'ko') this.lang = values.lang;
		if (values.theme === 'light' || values.theme === 'dark' || values.theme === 'auto')
			this.theme = values.theme;
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
