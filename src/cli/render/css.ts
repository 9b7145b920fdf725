/**
 * Just enough CSS to apply the diagram stylesheet without a browser: rules with compound selectors of tag,
 * class and attribute parts joined by descendant combinators, ordered by specificity then source order.
 * Rules using anything else (pseudo-classes, other combinators, at-rules) are skipped: a static picture
 * has no hover or focus, and the diagram stylesheet uses none of them for what it draws.
 */
import { attribute, type MarkupElement } from './markup.js';

interface Compound {
	tag?: string;
	classes: string[];
	attrs: { name: string; value?: string }[];
}

export interface Declaration {
	property: string;
	value: string;
}

export interface Rule {
	/** Compounds from the outermost ancestor to the subject. */
	selector: Compound[];
	specificity: number;
	order: number;
	declarations: Declaration[];
}

const COMPOUND = /^([a-z][\w-]*)?((?:\.[\w-]+|\[[\w-]+(?:=(?:'[^']*'|"[^"]*"|[\w-]+))?\])*)$/i;
const PART = /\.([\w-]+)|\[([\w-]+)(?:=(?:'([^']*)'|"([^"]*)"|([\w-]+)))?\]/g;

function parseCompound(text: string): Compound | undefined {
	const match = COMPOUND.exec(text);
	if (!match || !text) return undefined;
	const compound: Compound = { tag: match[1]?.toLowerCase(), classes: [], attrs: [] };
	for (const part of (match[2] ?? '').matchAll(PART)) {
		if (part[1]) compound.classes.push(part[1]);
		else if (part[2]) compound.attrs.push({ name: part[2], value: part[3] ?? part[4] ?? part[5] });
	}
	return compound;
}

function parseSelector(text: string): Compound[] | undefined {
	const compounds = text.trim().split(/\s+/).map(parseCompound);
	return compounds.every((c): c is Compound => c !== undefined) ? compounds : undefined;
}

function specificityOf(selector: Compound[]): number {
	return selector.reduce((sum, c) => sum + (c.classes.length + c.attrs.length) * 100 + (c.tag ? 1 : 0), 0);
}

function parseDeclarations(block: string): Declaration[] {
	return block
		.split(';')
		.map((part) => {
			const colon = part.indexOf(':');
			if (colon < 0) return undefined;
			const property = part.slice(0, colon).trim();
			const value = part
				.slice(colon + 1)
				.replace(/!important\s*$/, '')
				.replace(/\s+/g, ' ')
				.trim();
			return property && value ? { property, value } : undefined;
		})
		.filter((d): d is Declaration => d !== undefined);
}

export function parseStylesheet(css: string): Rule[] {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const rules: Rule[] = [];
	let order = 0;
	for (const match of text.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
		const declarations = parseDeclarations(match[2] ?? '');
		for (const selectorText of (match[1] ?? '').split(',')) {
			const selector = parseSelector(selectorText);
			if (!selector) continue;
			rules.push({ selector, specificity: specificityOf(selector), order: order++, declarations });
		}
	}
	return rules;
}

function matchesCompound(element: MarkupElement, compound: Compound): boolean {
	if (compound.tag && element.name.toLowerCase() !== compound.tag) return false;
	const classes = (attribute(element, 'class') ?? '').split(/\s+/);
	if (!compound.classes.every((c) => classes.includes(c))) return false;
	return compound.attrs.every(({ name, value }) => {
		const actual = attribute(element, name);
		return actual !== undefined && (value === undefined || actual === value);
	});
}

export function matches(element: MarkupElement, selector: readonly Compound[]): boolean {
	const subject = selector[selector.length - 1];
	if (!subject || !matchesCompound(element, subject)) return false;
	// Descendant combinators: match the remaining compounds against ancestors, innermost first, greedily.
	let index = selector.length - 2;
	for (let node = element.parent; node && index >= 0; node = node.parent) {
		const compound = selector[index];
		if (compound && matchesCompound(node, compound)) index--;
	}
	return index < 0;
}

/** The declarations that apply to an element, in cascade order (later wins). */
export function cascade(element: MarkupElement, rules: readonly Rule[]): Declaration[] {
	return rules
		.filter((rule) => matches(element, rule.selector))
		.sort((a, b) => a.specificity - b.specificity || a.order - b.order)
		.flatMap((rule) => rule.declarations);
}
