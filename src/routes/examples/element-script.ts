/**
 * Loads the built `<stackmotion-diagram>` bundle the way a plain HTML page would (`<script type="module">`),
 * also after client-side navigation, where a `<script>` in `<svelte:head>` would not run.
 */
export function elementScriptUrl(siteRoot: string): string {
	return `${siteRoot.replace(/\/$/, '')}/element/stackmotion-element.js`;
}

export function loadElement(siteRoot: string): Promise<unknown> {
	return import(/* @vite-ignore */ elementScriptUrl(siteRoot));
}
