/**
 * Embeds the font subsets a diagram uses into an exported SVG: from the page's `@font-face` rules for the
 * diagram's font, only the subsets whose `unicode-range` covers characters in its text, as base64 woff2. An SVG
 * drawn as an image (PNG export, `<img>`) may load no external files, so fonts must travel inside it.
 */

interface FaceRule {
	family: string;
	weight: string;
	style: string;
	url: string;
	ranges: [number, number][];
}

function parseRanges(value: string): [number, number][] {
	if (!value.trim()) return [[0, 0x10ffff]];
	return value.split(',').map((part) => {
		const [start = '0', end] = part.trim().replace(/^U\+/i, '').split('-');
		if (start.includes('?')) {
			return [parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'f'), 16)];
		}
		const a = parseInt(start, 16);
		return [a, end ? parseInt(end, 16) : a];
	});
}

function unquote(family: string): string {
	return family.trim().replace(/^["']|["']$/g, '');
}

function* rules(list: CSSRuleList): Generator<CSSRule> {
	for (const rule of list) {
		yield rule;
		if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) yield* rules(rule.cssRules);
	}
}

function faceRules(doc: Document, families: ReadonlySet<string>): FaceRule[] {
	const found: FaceRule[] = [];
	for (const sheet of doc.styleSheets) {
		let list: CSSRuleList;
		try {
			list = sheet.cssRules;
		} catch {
			continue; // A cross-origin stylesheet cannot be read; its fonts are not ours.
		}
		for (const rule of rules(list)) {
			if (!(rule instanceof CSSFontFaceRule)) continue;
			const family = unquote(rule.style.getPropertyValue('font-family'));
			if (!families.has(family)) continue;
			const src = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(rule.style.getPropertyValue('src'))?.[1];
			if (!src) continue;
			found.push({
				family,
				weight: rule.style.getPropertyValue('font-weight') || '400',
				style: rule.style.getPropertyValue('font-style') || 'normal',
				url: new URL(src, sheet.href ?? doc.baseURI).href,
				ranges: parseRanges(rule.style.getPropertyValue('unicode-range'))
			});
		}
	}
	return found;
}

function covers(face: FaceRule, codePoints: ReadonlySet<number>): boolean {
	for (const cp of codePoints) {
		if (face.ranges.some(([a, b]) => cp >= a && cp <= b)) return true;
	}
	return false;
}

async function toDataUrl(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return `data:font/woff2;base64,${btoa(binary)}`;
}

/** The first family of each `font-family` list in the SVG (the one the diagram asked for). */
export function usedFamilies(svg: Element): Set<string> {
	const families = new Set<string>();
	for (const element of [svg, ...svg.querySelectorAll('text, tspan')]) {
		const first = getComputedStyle(element).fontFamily.split(',')[0];
		if (first) families.add(unquote(first));
	}
	return families;
}

/** `@font-face` rules with the used subsets inlined; empty when the page has no matching web font. */
export async function embeddedFontCss(svg: Element): Promise<string> {
	const doc = svg.ownerDocument;
	const codePoints = new Set<number>();
	for (const ch of svg.textContent ?? '') codePoints.add(ch.codePointAt(0) ?? 0);
	const faces = faceRules(doc, usedFamilies(svg)).filter((face) => covers(face, codePoints));
	const blocks = await Promise.all(
		faces.map(async (face) => {
			const data = await toDataUrl(face.url);
			const range = face.ranges.map(([a, b]) => `U+${a.toString(16)}-${b.toString(16)}`).join(',');
			return `@font-face{font-family:'${face.family}';font-weight:${face.weight};font-style:${face.style};src:url(${data}) format('woff2');unicode-range:${range}}`;
		})
	);
	return blocks.join('\n');
}
