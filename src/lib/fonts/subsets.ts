/**
 * Which files of a `unicode-range`-subset font a text needs: prerendered pages preload those, so the first paint
 * does not wait for the browser to discover, one by one, the subsets its text falls into.
 */

export interface FontFaceFile {
	/** The file as the stylesheet names it (`./Pretendard-Regular.subset.91.woff2`). */
	file: string;
	weight: string;
	/** Inclusive code point ranges. */
	ranges: [number, number][];
}

/** The `@font-face` rules of a stylesheet: each face's file, weight and unicode ranges. */
export function fontFacesOf(css: string): FontFaceFile[] {
	const faces: FontFaceFile[] = [];
	for (const [, body = ''] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
		const file = /src:\s*url\(['"]?([^'")]+)['"]?\)/.exec(body)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
		if (!file || !range) continue;
		const weight = /font-weight:\s*([^;]+);/.exec(body)?.[1]?.trim() ?? '400';
		const ranges = range.split(',').map((part): [number, number] => {
			const [lo = '0', hi] = part.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(lo, 16), parseInt(hi ?? lo, 16)];
		});
		faces.push({ file, weight, ranges });
	}
	return faces;
}

/** The faces (in stylesheet order) that hold at least one character of `text`; spaces alone need none. */
export function facesFor(text: string, faces: readonly FontFaceFile[]): FontFaceFile[] {
	const points = new Set<number>();
	for (const char of text) {
		const point = char.codePointAt(0) as number;
		if (point > 0x20) points.add(point);
	}
	return faces.filter((face) =>
		[...points].some((point) => face.ranges.some(([lo, hi]) => point >= lo && point <= hi))
	);
}
