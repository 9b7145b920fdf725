/**
 * The shipped font, for files made in Node: the Pretendard subsets an SVG's text needs, embedded as
 * `@font-face` rules with data URLs (as the browser export does), chosen from the same `pretendard.css` the
 * page loads.
 */

export interface FontFace {
	family: string;
	weight: string;
	file: string;
	ranges: [number, number][];
}

function parseRanges(value: string): [number, number][] {
	return value.split(',').map((part) => {
		const [start = '0', end] = part.trim().replace(/^U\+/i, '').split('-');
		const a = parseInt(start, 16);
		return [a, end ? parseInt(end, 16) : a];
	});
}

/** The `@font-face` rules of a stylesheet whose source is a local file. */
export function parseFontFaces(css: string): FontFace[] {
	const faces: FontFace[] = [];
	for (const [, block = ''] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
		const get = (name: string) => new RegExp(`${name}\\s*:\\s*([^;]+)`).exec(block)?.[1]?.trim();
		const file = /url\(\s*['"]?(?:\.\/)?([^'")]+)['"]?\s*\)/.exec(get('src') ?? '')?.[1];
		if (!file) continue;
		faces.push({
			family: (get('font-family') ?? '').replace(/^['"]|['"]$/g, ''),
			weight: get('font-weight') ?? '400',
			file,
			ranges: parseRanges(get('unicode-range') ?? 'U+0-10FFFF')
		});
	}
	return faces;
}

/** CSS weights name the nearest face the way browsers do for the two shipped weights: 500 and up is bold. */
export function nearestWeight(weight: string, available: readonly string[]): string {
	const wanted = weight === 'bold' ? 700 : weight === 'normal' ? 400 : Number(weight) || 400;
	const sorted = [...new Set(available)].sort(
		(a, b) => Math.abs(Number(a) - wanted) - Math.abs(Number(b) - wanted) || Number(b) - Number(a)
	);
	return sorted[0] ?? '400';
}

/** The faces needed to draw `codePoints` in each weight in `weights`. */
export function neededFaces(
	faces: readonly FontFace[],
	weights: ReadonlyMap<string, ReadonlySet<number>>
): FontFace[] {
	const available = faces.map((f) => f.weight);
	const byWeight = new Map<string, Set<number>>();
	for (const [weight, points] of weights) {
		const face = nearestWeight(weight, available);
		const set = byWeight.get(face) ?? new Set<number>();
		for (const p of points) set.add(p);
		byWeight.set(face, set);
	}
	return faces.filter((face) => {
		const points = byWeight.get(face.weight);
		if (!points) return false;
		for (const p of points) if (face.ranges.some(([a, b]) => p >= a && p <= b)) return true;
		return false;
	});
}

export function fontFaceCss(face: FontFace, bytes: Uint8Array): string {
	const range = face.ranges.map(([a, b]) => `U+${a.toString(16)}-${b.toString(16)}`).join(',');
	const data = Buffer.from(bytes).toString('base64');
	return `@font-face{font-family:'${face.family}';font-weight:${face.weight};font-style:normal;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range}}`;
}
