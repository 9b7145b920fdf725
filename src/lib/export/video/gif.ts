/**
 * GIF with gifenc: one GIF frame per timeline frame, looping forever. GIF counts delays in hundredths of a
 * second, which 30 fps does not divide, so each delay is the step between rounded frame times (3, 3, 4 …):
 * the file plays exactly as long as the timeline. A frame that repeats the one before (a hold) is a single
 * transparent pixel over the picture already shown, so holds cost next to nothing. A drawing is flat colour
 * with anti-aliased edges, so its palette is taken from a quarter of its pixels (spread over the whole frame),
 * and pixels are matched to it through a table of every 16-bit colour: four times less quantising work, and the
 * same picture.
 */
import * as gifenc from 'gifenc';
import type { FrameSink, RgbaFrame, SinkOptions } from './frame-sink.js';

/** Centiseconds frame `index` stays on screen at `fps`, so rounded frame times add up to the real ones. */
export function gifDelay(index: number, fps: number): number {
	return Math.round((100 * (index + 1)) / fps) - Math.round((100 * index) / fps);
}

const TRANSPARENT_PIXEL = new Uint8Array([0]);
const BLANK = [
	[0, 0, 0],
	[0, 0, 0]
];

/** Every `QUANTIZE_STRIDE`-th pixel feeds the palette. */
const QUANTIZE_STRIDE = 4;

function pixelWords(data: Uint8Array | Uint8ClampedArray): Uint32Array {
	if (data.byteOffset % 4 === 0) return new Uint32Array(data.buffer, data.byteOffset, data.length / 4);
	return new Uint32Array(data.slice().buffer);
}

/** A sample of the frame's pixels, spread over all of it, for the palette. */
export function paletteSample(data: Uint8Array | Uint8ClampedArray, stride = QUANTIZE_STRIDE): Uint8Array {
	const words = pixelWords(data);
	const sample = new Uint32Array(Math.ceil(words.length / stride));
	for (let i = 0, j = 0; i < words.length; i += stride, j++) sample[j] = words[i] as number;
	return new Uint8Array(sample.buffer);
}

/** Each pixel's palette index, the nearest colour (as gifenc's `applyPalette`), looked up by its RGB565 key. */
export function indexPixels(data: Uint8Array | Uint8ClampedArray, palette: readonly number[][]): Uint8Array {
	const words = pixelWords(data);
	const index = new Uint8Array(words.length);
	const table = new Int16Array(65536).fill(-1);
	for (let i = 0; i < words.length; i++) {
		const color = words[i] as number;
		const r = color & 255;
		const g = (color >> 8) & 255;
		const b = (color >> 16) & 255;
		const key = ((r << 8) & 0xf800) | ((g << 3) & 0x07e0) | (b >> 3);
		let found = table[key] as number;
		if (found < 0) {
			found = nearestColor(r, g, b, palette);
			table[key] = found;
		}
		index[i] = found;
	}
	return index;
}

function nearestColor(r: number, g: number, b: number, palette: readonly number[][]): number {
	let best = 0;
	let bestDistance = Infinity;
	for (let i = 0; i < palette.length; i++) {
		const [pr = 0, pg = 0, pb = 0] = palette[i] as number[];
		const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
		if (distance < bestDistance) {
			bestDistance = distance;
			best = i;
		}
	}
	return best;
}

export function createGifSink(options: SinkOptions): FrameSink {
	// CommonJS under Node (its exports on the default), an ES module when a bundler picks its `module` build.
	const lib = gifenc as typeof gifenc & { default?: typeof gifenc.default };
	const { GIFEncoder, quantize } = typeof lib.GIFEncoder === 'function' ? lib : (lib.default ?? lib);
	const gif = GIFEncoder();
	return {
		async add(frame: RgbaFrame, index, repeat) {
			if (frame.width !== options.width || frame.height !== options.height)
				throw new Error(
					`GIF frame ${index} is ${frame.width}×${frame.height}, not ${options.width}×${options.height}.`
				);
			// Delays are written in ms and rounded to centiseconds by gifenc.
			const delay = gifDelay(index, options.fps) * 10;
			if (repeat && index > 0) {
				// The same picture again: one transparent pixel over the kept canvas, a few bytes instead of a frame.
				gif.writeFrame(TRANSPARENT_PIXEL, 1, 1, { palette: BLANK, transparent: true, delay, dispose: 1 });
				return;
			}
			const palette = quantize(paletteSample(frame.data), 256);
			gif.writeFrame(indexPixels(frame.data, palette), frame.width, frame.height, {
				palette,
				delay,
				repeat: 0,
				dispose: 1
			});
		},
		async finish() {
			gif.finish();
			return gif.bytes();
		}
	};
}
