/**
 * Copies the computed presentation of a live diagram SVG onto a clone, so the clone draws the same with no
 * stylesheet: `var()`, `color-mix()` and `light-dark()` arrive already resolved by the browser, for whichever
 * theme the diagram is showing. Browser code.
 */

/** Properties SVG inherits: written only where they differ from the parent, to keep the file small. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-kerning',
	'font-variant-ligatures',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility',
	'white-space'
] as const;

/** Properties that do not inherit: written where they are not the initial value. */
const OWN: Record<string, string> = {
	opacity: '1',
	display: 'inline',
	'clip-path': 'none',
	filter: 'none',
	'mix-blend-mode': 'normal'
};

function styleText(element: Element, parent: CSSStyleDeclaration | undefined): string {
	const computed = getComputedStyle(element);
	const parts: string[] = [];
	for (const name of INHERITED) {
		const value = computed.getPropertyValue(name);
		if (value && (!parent || parent.getPropertyValue(name) !== value)) parts.push(`${name}:${value}`);
	}
	for (const [name, initial] of Object.entries(OWN)) {
		const value = computed.getPropertyValue(name);
		if (value && value !== initial && !(name === 'display' && value === 'block'))
			parts.push(`${name}:${value}`);
	}
	return parts.join(';');
}

/** Writes each source element's computed style into the matching clone element (same tree shape). */
export function inlineComputedStyles(source: Element, clone: Element, parent?: CSSStyleDeclaration): void {
	const style = styleText(source, parent);
	if (style) clone.setAttribute('style', style);
	else clone.removeAttribute('style');
	const computed = getComputedStyle(source);
	const from = source.children;
	const to = clone.children;
	for (let i = 0; i < from.length; i++) {
		const a = from[i];
		const b = to[i];
		if (a && b) inlineComputedStyles(a, b, computed);
	}
}
