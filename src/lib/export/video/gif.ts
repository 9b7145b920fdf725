/**
 * GIF with gifenc: one GIF frame per timeline frame, looping forever. GIF counts delays in hundredths of a
 * second, which 30 fps does not divide, so each delay is the step between rounded frame times (3, 3, 4 …):
 * the file plays exactly as long as the timeline. A frame that repeats the one before (a hold) is a single
 * transparent pixel over the picture already shown, so holds cost next to nothing.
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

export function createGifSink(options: SinkOptions): FrameSink {
	// CommonJS under Node (its exports on the default), an ES module when a bundler picks its `module` build.
	const lib = gifenc as typeof gifenc & { default?: typeof gifenc.default };
	const { GIFEncoder, quantize, applyPalette } =
		typeof lib.GIFEncoder === 'function' ? lib : (lib.default ?? lib);
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
			const palette = quantize(frame.data, 256);
			gif.writeFrame(applyPalette(frame.data, palette), frame.width, frame.height, {
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
