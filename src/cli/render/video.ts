/**
 * A storyline as MP4, WebM or GIF, frame by frame at a fixed rate, faster than real time: each frame is the
 * plan sampled at its time (`frames.ts`), drawn by resvg (`raster.ts`) and handed to an encoder. MP4 and GIF
 * are encoded in Node (WebAssembly H.264, gifenc); WebM by a headless Chromium's WebCodecs. A hold repeats
 * one picture, so it is drawn once.
 */
import { createGifSink } from '../../lib/export/video/gif.js';
import type { FrameSink, RgbaFrame } from '../../lib/export/video/frame-sink.js';
import { createMp4Sink } from '../../lib/export/video/mp4-wasm.js';
import {
	buildTimeline,
	frameAt,
	pictureKey,
	type Timeline,
	type TimelineOptions
} from '../../lib/export/video/timeline.js';
import type { StorylineLayout } from '../../lib/layout/types.js';
import type { Lang } from '../../lib/model/types.js';
import type { RenderAssets } from './assets.js';
import { createFrameSvgSource } from './frames.js';
import { createRasterizer, createTextOutliner } from './raster.js';
import type { ColorScheme } from '../../lib/render/css-values.js';
import { createChromiumSink } from './webcodecs-page.js';

export type VideoFormat = 'mp4' | 'webm' | 'gif';
export const VIDEO_FORMATS: readonly VideoFormat[] = ['mp4', 'webm', 'gif'];

export interface VideoOptions extends TimelineOptions {
	format: VideoFormat;
	lang: Lang;
	theme: ColorScheme;
	/** Pixels per layout unit. */
	scale: number;
	/** Pretendard's OpenType files (an empty list: the system's fonts). */
	fontFiles: readonly string[];
	onProgress?: (done: number, total: number) => void;
}

export interface VideoResult {
	bytes: Uint8Array;
	timeline: Timeline;
	width: number;
	height: number;
}

/** Every frame of the timeline in order, as pixels; `repeat` when it is the same picture as the one before. */
export async function* renderFrames(
	layout: StorylineLayout,
	timeline: Timeline,
	assets: RenderAssets,
	options: Pick<VideoOptions, 'lang' | 'theme' | 'scale' | 'fontFiles'>
): AsyncGenerator<{ index: number; frame: RgbaFrame; repeat: boolean }> {
	const outline = await createTextOutliner(options.fontFiles);
	const source = createFrameSvgSource(layout, timeline, assets, {
		lang: options.lang,
		theme: options.theme,
		prepare: outline
	});
	const rasterize = await createRasterizer({ scale: options.scale, fontFiles: 'none' });
	let lastKey: string | undefined;
	let last: RgbaFrame | undefined;
	for (let index = 0; index < timeline.frameCount; index++) {
		const at = frameAt(timeline, index);
		const key = pictureKey(at);
		const repeat = key === lastKey && last !== undefined;
		if (!repeat) last = rasterize(await source.svgAt(at));
		lastKey = key;
		yield { index, frame: last as RgbaFrame, repeat };
	}
}

async function sinkFor(
	format: VideoFormat,
	width: number,
	height: number,
	timeline: Timeline
): Promise<FrameSink> {
	const size = { width, height, fps: timeline.fps };
	if (format === 'gif') return createGifSink(size);
	if (format === 'mp4') return createMp4Sink(size);
	return createChromiumSink({ container: 'webm', ...size, frameCount: timeline.frameCount });
}

export async function exportVideo(
	layout: StorylineLayout,
	assets: RenderAssets,
	options: VideoOptions
): Promise<VideoResult> {
	const timeline = buildTimeline(layout, options);
	let sink: FrameSink | undefined;
	let size = { width: 0, height: 0 };
	try {
		for await (const { index, frame, repeat } of renderFrames(layout, timeline, assets, options)) {
			if (!sink) {
				size = { width: frame.width, height: frame.height };
				sink = await sinkFor(options.format, frame.width, frame.height, timeline);
			}
			await sink.add(frame, index, repeat);
			options.onProgress?.(index + 1, timeline.frameCount);
		}
		if (!sink) throw new Error('The timeline has no frames.');
		const bytes = await sink.finish();
		sink = undefined;
		return { bytes, timeline, ...size };
	} finally {
		await sink?.dispose?.();
	}
}
