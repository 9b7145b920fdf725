import { untrack } from 'svelte';

/**
 * Runs `callback` with `source()` now and whenever that value changes, and only then: what the callback
 * reads is not a dependency (runed's `watch`). For turning a changed input into a command, such as a new
 * `step` prop into a player request. Call during component initialisation (or inside an effect root).
 */
export function watch<T>(source: () => T, callback: (value: T) => void | (() => void)): void {
	$effect(() => {
		const value = source();
		return untrack(() => callback(value));
	});
}
