/**
 * Resolves the CSS functions the diagram stylesheet uses — `var()`, `light-dark()` and
 * `color-mix(in srgb, …)` — into plain values, because SVG renderers other than browsers (resvg, image viewers,
 * slide tools) do not evaluate them. Framework-free: the CLI uses it on the stylesheet, the PowerPoint export on
 * the theme tokens in Node and in the browser.
 */

export type ColorScheme = 'light' | 'dark';

/** The text inside the parentheses that open at `open`, and the index just past the closing one. */
function balanced(text: string, open: number): { inner: string; end: number } {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '(') depth++;
		else if (text[i] === ')' && --depth === 0) return { inner: text.slice(open + 1, i), end: i + 1 };
	}
	throw new Error(`Unbalanced parentheses in the CSS value "${text}".`);
}

/** Splits on commas that are not inside parentheses. */
export function splitTopLevel(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '(') depth++;
		else if (text[i] === ')') depth--;
		else if (text[i] === ',' && depth === 0) {
			parts.push(text.slice(start, i).trim());
			start = i + 1;
		}
	}
	parts.push(text.slice(start).trim());
	return parts;
}

/** Replaces every call of `name(...)` (innermost arguments first) with what `evaluate` returns. */
function replaceCalls(text: string, name: string, evaluate: (args: string) => string): string {
	const pattern = new RegExp(`(^|[^\\w-])${name}\\(`, 'g');
	let out = '';
	let at = 0;
	for (;;) {
		pattern.lastIndex = at;
		const match = pattern.exec(text);
		if (!match) return out + text.slice(at);
		const open = match.index + match[0].length - 1;
		const { inner, end } = balanced(text, open);
		out += text.slice(at, open - name.length) + evaluate(replaceCalls(inner, name, evaluate));
		at = end;
	}
}

/** Substitutes `var(--x, fallback)` from `custom`; an unknown variable without fallback stays unresolved. */
export function substituteVars(
	value: string,
	custom: ReadonlyMap<string, string>,
	seen = new Set<string>()
): string {
	return replaceCalls(value, 'var', (args) => {
		const [name = '', ...rest] = splitTopLevel(args);
		const fallback = rest.length ? rest.join(', ') : undefined;
		const found = seen.has(name) ? undefined : custom.get(name);
		if (found !== undefined) return substituteVars(found, custom, new Set([...seen, name]));
		if (fallback !== undefined) return substituteVars(fallback, custom, seen);
		return `var(${args})`;
	});
}

type Rgb = [number, number, number, number];

const NAMED: Record<string, Rgb> = {
	white: [255, 255, 255, 1],
	black: [0, 0, 0, 1],
	transparent: [0, 0, 0, 0]
};

export function parseColor(text: string): Rgb | undefined {
	const value = text.trim().toLowerCase();
	if (NAMED[value]) return NAMED[value];
	const hex = /^#([\da-f]{3,8})$/.exec(value)?.[1];
	if (hex && [3, 4, 6, 8].includes(hex.length)) {
		const digits = hex.length <= 4 ? [...hex].map((d) => d + d) : (hex.match(/../g) ?? []);
		const [r = 0, g = 0, b = 0, a = 255] = digits.map((d) => parseInt(d, 16));
		return [r, g, b, a / 255];
	}
	const rgb = /^rgba?\(([^)]*)\)$/.exec(value)?.[1];
	if (rgb) {
		const [r = 0, g = 0, b = 0, a = 1] = rgb
			.split(/[\s,/]+/)
			.filter(Boolean)
			.map(Number);
		return [r, g, b, a];
	}
	return undefined;
}

export function formatColor([r, g, b, a]: Rgb): string {
	const hex = (n: number) =>
		Math.round(Math.min(255, Math.max(0, n)))
			.toString(16)
			.padStart(2, '0');
	return `#${hex(r)}${hex(g)}${hex(b)}${a < 1 ? hex(a * 255) : ''}`;
}

/** `color-mix(in srgb, A p%, B q%)`, premultiplied by alpha as CSS Color 5 specifies. */
function colorMix(args: string): string {
	const [space = '', first = '', second = ''] = splitTopLevel(args);
	if (space.replace(/\s+/g, ' ') !== 'in srgb')
		throw new Error(`Only color-mix(in srgb, …) is supported, not "${space}".`);
	const part = (text: string) => {
		const match = /^(.*?)(?:\s+([\d.]+)%)?$/.exec(text.trim());
		return { color: parseColor(match?.[1] ?? ''), percent: match?.[2] ? Number(match[2]) : undefined };
	};
	const a = part(first);
	const b = part(second);
	if (!a.color || !b.color) throw new Error(`color-mix() of colours that are not plain colours: "${args}".`);
	const p = (a.percent ?? (b.percent !== undefined ? 100 - b.percent : 50)) / 100;
	const q = b.percent !== undefined ? b.percent / 100 : 1 - p;
	const [ar, ag, ab, aa] = a.color;
	const [br, bg, bb, ba] = b.color;
	const alpha = aa * p + ba * q;
	const mix = (x: number, y: number) => (alpha === 0 ? 0 : (x * aa * p + y * ba * q) / alpha);
	return formatColor([mix(ar, br), mix(ag, bg), mix(ab, bb), Math.min(1, alpha)]);
}

/** A declared value with every variable and colour function resolved for one colour scheme. */
export function resolveValue(
	value: string,
	custom: ReadonlyMap<string, string>,
	scheme: ColorScheme
): string {
	let out = substituteVars(value, custom);
	out = replaceCalls(out, 'light-dark', (args) => {
		const [light = '', dark = ''] = splitTopLevel(args);
		return scheme === 'dark' ? dark : light;
	});
	out = replaceCalls(out, 'color-mix', colorMix);
	return out;
}
