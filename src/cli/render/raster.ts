/**
 * SVG frames → RGBA pixels in Node, with resvg and Pretendard's OpenType files (as `render --format png`).
 * Every frame of a video has the same size, and H.264 (4:2:0 chroma) needs even sides: a frame whose drawing
 * comes out one pixel odd gets its last row or column repeated.
 */

import type { RgbaFrame } from '../../lib/export/video/frame-sink.js';

export type { RgbaFrame };

export interface RasterOptions {
	/** Pixels per layout unit. */
	scale: number;
	/**
	 * TrueType/OpenType files to draw text with; an empty list means the system's fonts, and `'none'` no fonts
	 * at all, for markup whose text is already outlined (see `createTextOutliner`).
	 */
	fontFiles: readonly string[] | 'none';
	/** Round each side up to an even number of pixels (for H.264). Default true. */
	even?: boolean;
}

export type Rasterize = (svg: string) => RgbaFrame;

function fontOptions(fontFiles: readonly string[] | 'none') {
	if (fontFiles === 'none') return { loadSystemFonts: false };
	return fontFiles.length
		? { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: 'Pretendard' }
		: { loadSystemFonts: true };
}

/** Copies `frame` into a buffer of `width` × `height`, repeating the last column and row to fill it. */
export function padFrame(frame: RgbaFrame, width: number, height: number): RgbaFrame {
	if (frame.width === width && frame.height === height) return frame;
	const data = new Uint8Array(width * height * 4);
	const rowBytes = frame.width * 4;
	for (let y = 0; y < height; y++) {
		const from = Math.min(y, frame.height - 1) * rowBytes;
		const to = y * width * 4;
		data.set(frame.data.subarray(from, from + rowBytes), to);
		// Row by row, not pixel by pixel: a frame has a million pixels and only a column or two to fill.
		for (let x = frame.width; x < width; x++) data.copyWithin(to + x * 4, to + rowBytes - 4, to + rowBytes);
	}
	return { width, height, data };
}

function resvgOptions(options: RasterOptions) {
	return {
		fitTo: { mode: 'zoom' as const, value: options.scale },
		font: fontOptions(options.fontFiles),
		shapeRendering: 2 as const,
		textRendering: 2 as const
	};
}

function evenFrame(options: RasterOptions, image: { width: number; height: number; pixels: Buffer }) {
	const even = options.even ?? true;
	const up = (n: number) => (even && n % 2 === 1 ? n + 1 : n);
	const frame = { width: image.width, height: image.height, data: new Uint8Array(image.pixels) };
	return padFrame(frame, up(frame.width), up(frame.height));
}

export async function createRasterizer(options: RasterOptions): Promise<Rasterize> {
	// Loaded on demand: a native module only the raster formats need.
	const { Resvg } = await import('@resvg/resvg-js');
	const resvg = resvgOptions(options);
	return (svg) => evenFrame(options, new Resvg(svg, resvg).render());
}

/**
 * The same drawing off the main thread: resvg's `renderAsync` runs in Node's thread pool, so a video's next
 * frame is drawn on the second core while the encoder works on this one.
 */
export async function createAsyncRasterizer(
	options: RasterOptions
): Promise<(svg: string) => Promise<RgbaFrame>> {
	const { renderAsync } = await import('@resvg/resvg-js');
	const resvg = resvgOptions(options);
	return async (svg) => evenFrame(options, await renderAsync(svg, resvg));
}

const TEXT_ID = 'sm-outlined-text-';

/**
 * Turns every `<text>` of an SVG into the outlines resvg would draw for it, once per drawing: loading the
 * OpenType files costs resvg ~100 ms per parse, drawing a frame ~10 ms, so a video's frames are drawn from
 * outlined markup without fonts. resvg's own tree (usvg) keeps each text's id on the group of its glyph paths,
 * in the text's coordinate system, so the group takes the text's place and the pixels stay the same.
 */
export async function createTextOutliner(fontFiles: readonly string[]): Promise<(svg: string) => string> {
	const { Resvg } = await import('@resvg/resvg-js');
	const { DOMParser } = await import('linkedom');
	const font = fontOptions(fontFiles);
	return (svg) => {
		let count = 0;
		const marked = svg.replace(/<text\b/g, () => `<text id="${TEXT_ID}${count++}"`);
		if (count === 0) return svg;
		const tree = new DOMParser().parseFromString(new Resvg(marked, { font }).toString(), 'image/svg+xml');
		return marked.replace(
			new RegExp(`<text id="${TEXT_ID}(\\d+)"[^>]*>[\\s\\S]*?</text>`, 'g'),
			// A text usvg dropped draws nothing (empty, or not displayed): it leaves nothing behind.
			(_, n: string) => tree.getElementById(`${TEXT_ID}${n}`)?.toString() ?? ''
		);
	};
}
