/**
 * A storyline as MP4, WebM or GIF, frame by frame at a fixed rate, faster than real time: each frame is the
 * plan sampled at its time (`frames.ts`), drawn by resvg (`raster.ts`) and handed to an encoder. MP4 and WebM
 * are encoded by a headless Chromium's WebCodecs (H.264, VP9) — MP4 falls back to a WebAssembly H.264 encoder
 * in Node where there is no Chromium — and GIF by gifenc. A hold repeats one picture, so it is drawn once.
 */
import { existsSync } from 'node:fs';
import { createGifSink } from '../../lib/export/video/gif.js';
import type { FrameSink, RgbaFrame, SinkOptions } from '../../lib/export/video/frame-sink.js';
import { createMp4Sink } from '../../lib/export/video/mp4-wasm.js';
import {
	buildTimeline,
	frameAt,
	pictureKey,
	type Timeline,
	type TimelineOptions,
	videoPicture
} from '../../lib/export/video/timeline.js';
import type { StorylineLayout } from '../../lib/layout/types.js';
import type { Lang } from '../../lib/model/types.js';
import type { RenderAssets } from './assets.js';
import { createFrameSvgSource } from './frames.js';
import { createAsyncRasterizer, createTextOutliner } from './raster.js';
import type { ColorScheme } from '../../lib/render/css-values.js';
import { chromiumPath } from './chromium.js';
import { createChromiumSink, EncoderUnavailable } from './webcodecs-page.js';

export type VideoFormat = 'mp4' | 'webm' | 'gif';
export const VIDEO_FORMATS: readonly VideoFormat[] = ['mp4', 'webm', 'gif'];

export interface VideoOptions extends TimelineOptions {
	format: VideoFormat;
	lang: Lang;
	theme: ColorScheme;
	/** Size of the picture: 1 is 720 px tall (1280 × 720 at 16:9), 1.5 is 1080p. */
	scale: number;
	/** The picture's width ÷ height, default 16 / 9: the camera frames each step in it as the presenter does. */
	aspect?: number;
	/** Pretendard's OpenType files (an empty list: the system's fonts). */
	fontFiles: readonly string[];
	/** MP4 only; default `auto`. */
	mp4Encoder?: Mp4Encoder;
	onProgress?: (done: number, total: number) => void;
}

export interface VideoResult {
	bytes: Uint8Array;
	timeline: Timeline;
	width: number;
	height: number;
}

/** Distinct pictures drawn ahead of the encoder: one in the thread pool while the encoder takes another. */
const LOOKAHEAD = 2;

interface QueuedFrame {
	index: number;
	repeat: boolean;
	picture: Promise<RgbaFrame>;
}

/**
 * Every frame of the timeline in order, as pixels; `repeat` when it is the same picture as the one before.
 * Drawing runs ahead of the consumer: while it encodes one frame, resvg draws the next ones off the main thread.
 */
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
	// A framed picture has its size in pixels already; the whole drawing is scaled per layout unit.
	const scale = timeline.picture ? 1 : options.scale;
	const rasterize = await createAsyncRasterizer({ scale, fontFiles: 'none' });
	const queue: QueuedFrame[] = [];
	let lastKey: string | undefined;
	let last: Promise<RgbaFrame> | undefined;
	let next = 0;
	const drawingAhead = () => queue.filter((q) => !q.repeat).length;
	try {
		while (next < timeline.frameCount || queue.length > 0) {
			while (next < timeline.frameCount && drawingAhead() < LOOKAHEAD) {
				const at = frameAt(timeline, next);
				const key = pictureKey(at);
				const repeat = key === lastKey && last !== undefined;
				// The painter moves one shared scene, so the markup is taken now; only the drawing waits.
				if (!repeat) last = rasterize(await source.svgAt(at));
				lastKey = key;
				queue.push({ index: next, repeat, picture: last as Promise<RgbaFrame> });
				next++;
			}
			const head = queue.shift() as QueuedFrame;
			yield { index: head.index, frame: await head.picture, repeat: head.repeat };
		}
	} finally {
		// A consumer that stops early leaves no drawing unobserved (its rejection would go unhandled).
		await Promise.allSettled(queue.map((q) => q.picture));
	}
}

/** Where MP4 is encoded: Chromium's WebCodecs H.264 when there is a Chromium, else the WebAssembly encoder. */
export type Mp4Encoder = 'auto' | 'webcodecs' | 'wasm';

async function mp4Sink(size: SinkOptions, frameCount: number, encoder: Mp4Encoder): Promise<FrameSink> {
	if (encoder === 'wasm' || (encoder === 'auto' && !existsSync(chromiumPath()))) return createMp4Sink(size);
	try {
		return await createChromiumSink({ container: 'mp4', ...size, frameCount });
	} catch (error) {
		if (encoder === 'auto' && error instanceof EncoderUnavailable) return createMp4Sink(size);
		throw error;
	}
}

async function sinkFor(
	options: Pick<VideoOptions, 'format' | 'mp4Encoder'>,
	width: number,
	height: number,
	timeline: Timeline
): Promise<FrameSink> {
	const size = { width, height, fps: timeline.fps };
	if (options.format === 'gif') return createGifSink(size);
	if (options.format === 'mp4') return mp4Sink(size, timeline.frameCount, options.mp4Encoder ?? 'auto');
	return createChromiumSink({ container: 'webm', ...size, frameCount: timeline.frameCount });
}

export async function exportVideo(
	layout: StorylineLayout,
	assets: RenderAssets,
	options: VideoOptions
): Promise<VideoResult> {
	const timeline = buildTimeline(layout, {
		...options,
		picture: videoPicture(options.scale, options.aspect)
	});
	let sink: FrameSink | undefined;
	let size = { width: 0, height: 0 };
	try {
		for await (const { index, frame, repeat } of renderFrames(layout, timeline, assets, options)) {
			if (!sink) {
				size = { width: frame.width, height: frame.height };
				sink = await sinkFor(options, frame.width, frame.height, timeline);
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
