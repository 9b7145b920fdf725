/**
 * A small tree for the SVG markup Svelte's server renderer writes: elements with double-quoted attributes,
 * escaped text and hydration comments. Enough to match CSS selectors against the elements and write styles back;
 * text and attribute values are kept escaped exactly as they came, so serialising changes only what was edited.
 */

export interface MarkupElement {
	name: string;
	/** Attribute name → escaped value, in source order. */
	attrs: Map<string, string>;
	children: MarkupNode[];
	parent?: MarkupElement;
}
export type MarkupNode = MarkupElement | { text: string };

const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>/y;
const ATTR = /([^\s=/>]+)(?:="([^"]*)")?/g;

/** Parses one element (and its subtree) starting at `start`, where `<name` begins. */
export function parseElement(source: string, start: number): { element: MarkupElement; end: number } {
	const root: MarkupElement = { name: '#root', attrs: new Map(), children: [] };
	let current = root;
	let at = start;
	while (at < source.length) {
		if (source.startsWith('<!--', at)) {
			const close = source.indexOf('-->', at + 4);
			if (close < 0) throw new Error(`An unclosed comment in the SVG markup at ${at}.`);
			at = close + 3; // Hydration markers carry nothing a picture needs.
			continue;
		}
		if (source[at] === '<') {
			TAG.lastIndex = at;
			const match = TAG.exec(source);
			if (!match) throw new Error(`Markup the SVG reader does not understand at ${at}.`);
			const [whole, closing, name = '', attrText = '', selfClosing] = match;
			at += whole.length;
			if (closing) {
				if (current.name !== name)
					throw new Error(`</${name}> closes <${current.name}> in the SVG markup at ${at}.`);
				const parent: MarkupElement = current.parent ?? root;
				if (parent === root) return { element: current, end: at };
				current = parent;
				continue;
			}
			const element: MarkupElement = { name, attrs: new Map(), children: [], parent: current };
			for (const [, attr = '', value = ''] of attrText.matchAll(ATTR)) element.attrs.set(attr, value);
			current.children.push(element);
			if (selfClosing) {
				if (current === root) return { element, end: at };
			} else current = element;
			continue;
		}
		const next = source.indexOf('<', at);
		const text = source.slice(at, next < 0 ? source.length : next);
		if (current !== root) current.children.push({ text });
		at = next < 0 ? source.length : next;
	}
	throw new Error('The SVG markup ended before its root element closed.');
}

/** The first `<svg>` element in a server-rendered HTML body. */
export function findSvg(html: string): MarkupElement {
	const start = html.search(/<svg[\s>]/);
	if (start < 0) throw new Error('The rendered diagram has no <svg> element.');
	const { element } = parseElement(html, start);
	delete element.parent;
	return element;
}

export function isElement(node: MarkupNode): node is MarkupElement {
	return 'name' in node;
}

export function* walk(element: MarkupElement): Generator<MarkupElement> {
	yield element;
	for (const child of element.children) if (isElement(child)) yield* walk(child);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeText(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return String.fromCodePoint(code);
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function escapeText(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute's value, unescaped. */
export function attribute(element: MarkupElement, name: string): string | undefined {
	const raw = element.attrs.get(name);
	return raw === undefined ? undefined : unescapeText(raw);
}

/** All text inside an element, unescaped. */
export function textContent(element: MarkupElement): string {
	return element.children
		.map((child) => (isElement(child) ? textContent(child) : unescapeText(child.text)))
		.join('');
}

export function serialize(node: MarkupNode): string {
	if (!isElement(node)) return node.text;
	const attrs = [...node.attrs].map(([name, value]) => ` ${name}="${value}"`).join('');
	const inner = node.children.map(serialize).join('');
	return `<${node.name}${attrs}>${inner}</${node.name}>`;
}
