/**
 * Applies the diagram stylesheet to server-rendered SVG markup the way a browser would for one theme, and
 * writes the result into `style` attributes with every custom property and colour function already resolved.
 * The Node counterpart of the browser export's `inlineComputedStyles`: the file then draws the same in any
 * SVG renderer, with no stylesheet.
 */
import { cascade, type Rule } from './css.js';
import { escapeAttribute, walk, type MarkupElement } from './markup.js';
import { resolveValue, substituteVars, type ColorScheme } from '../../lib/render/css-values.js';

/** Properties that reach an SVG renderer; box layout (width, display: block …) belongs to the page. */
const SVG_PROPERTIES = new Set([
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linejoin',
	'stroke-linecap',
	'stroke-opacity',
	'opacity',
	'color',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-kerning',
	'font-variant-ligatures',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline',
	'text-rendering',
	'paint-order',
	'visibility'
]);

/** The properties among them that inherit, so the root's reach the SVG inside it. */
const INHERITED = new Set([...SVG_PROPERTIES].filter((p) => !['opacity'].includes(p)));

export interface InlinedStyles {
	/** The SVG's own background (the page paints it with CSS; a file needs a shape). */
	background?: string;
	/** Resolved `font-weight` of each text element, to pick the font files to embed. */
	textWeights: Map<MarkupElement, string>;
}

interface Computed {
	custom: Map<string, string>;
	inherited: Map<string, string>;
}

function lastWins(declarations: { property: string; value: string }[]): Map<string, string> {
	const own = new Map<string, string>();
	for (const { property, value } of declarations) {
		own.delete(property); // Keep source order of the winning declarations.
		own.set(property, value);
	}
	return own;
}

function compute(
	element: MarkupElement,
	rules: readonly Rule[],
	parent: Computed,
	scheme: ColorScheme
): { computed: Computed; own: Map<string, string> } {
	const declared = lastWins(cascade(element, rules));
	const custom = new Map(parent.custom);
	const ownCustom = new Map([...declared].filter(([p]) => p.startsWith('--')));
	// Custom properties are computed where they are declared (their var()s substituted there), then inherited.
	const scope = new Map([...parent.custom, ...ownCustom]);
	for (const [name, raw] of ownCustom) custom.set(name, substituteVars(raw, scope, new Set([name])));
	const own = new Map<string, string>();
	for (const [property, raw] of declared) {
		if (property.startsWith('--')) continue;
		own.set(property, resolveValue(raw, custom, scheme));
	}
	const inherited = new Map(parent.inherited);
	for (const [property, value] of own) if (INHERITED.has(property)) inherited.set(property, value);
	return { computed: { custom, inherited }, own };
}

function writeStyle(element: MarkupElement, properties: Map<string, string>): void {
	const parts = [...properties]
		.filter(([property]) => SVG_PROPERTIES.has(property))
		.map(([property, value]) => `${property}:${value}`);
	const existing = element.attrs.get('style');
	if (existing) parts.push(existing); // An inline style outranks the stylesheet, as in the page.
	if (parts.length) element.attrs.set('style', escapeAttribute(parts.join(';')));
}

/**
 * Styles `svg` as if it sat inside the component's root element (`.sm-root` with `data-theme`). `extraRoot`
 * attributes (e.g. `data-highlight-changes`) are set on that root too.
 */
export function inlineStyles(
	svg: MarkupElement,
	rules: readonly Rule[],
	scheme: ColorScheme,
	extraRoot: Record<string, string> = {}
): InlinedStyles {
	const root: MarkupElement = {
		name: 'div',
		attrs: new Map(Object.entries({ class: 'sm-root sm-diagram', 'data-theme': scheme, ...extraRoot })),
		children: [svg]
	};
	svg.parent = root;
	const start: Computed = { custom: new Map(), inherited: new Map() };
	const rootStyle = compute(root, rules, start, scheme);
	const computedOf = new Map<MarkupElement, Computed>([[root, rootStyle.computed]]);
	const textWeights = new Map<MarkupElement, string>();
	let background: string | undefined;
	for (const element of walk(svg)) {
		const parent = (element.parent && computedOf.get(element.parent)) ?? start;
		const { computed, own } = compute(element, rules, parent, scheme);
		computedOf.set(element, computed);
		if (element === svg) {
			background = own.get('background-color') ?? own.get('background');
			// What the root passes down by inheritance has to be written on the SVG, the file's new root.
			const fromRoot = new Map([...rootStyle.computed.inherited].filter(([p]) => !own.has(p)));
			writeStyle(element, new Map([...fromRoot, ...own]));
		} else writeStyle(element, own);
		if (element.name === 'text') textWeights.set(element, computed.inherited.get('font-weight') ?? '400');
	}
	delete svg.parent;
	return { background, textWeights };
}
