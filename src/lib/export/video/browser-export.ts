/**
 * The whole storyline (or a range of it) as MP4, WebM or GIF, made in the browser frame by frame from the
 * plans — the same timeline, hold, frame rate and camera as `stackmotion export` — with progress and cancelling.
 * MP4 and WebM use the browser's encoders (WebCodecs) and mediabunny's muxers; GIF uses gifenc. Browser code.
 */
import type { StorylineLayout } from '../../layout/types.js';
import type { Lang } from '../../model/types.js';
import { createBrowserFrames } from './browser-frames.js';
import { createGifSink } from './gif.js';
import { buildTimeline, videoPicture, type TimelineOptions } from './timeline.js';
import { encodeWithWebCodecs } from './webcodecs.js';

export type BrowserVideoFormat = 'mp4' | 'webm' | 'gif';

export const VIDEO_TYPES: Record<BrowserVideoFormat, string> = {
	mp4: 'video/mp4',
	webm: 'video/webm',
	gif: 'image/gif'
};

export interface BrowserVideoOptions extends TimelineOptions {
	format: BrowserVideoFormat;
	lang: Lang;
	theme: 'light' | 'dark';
	/** Size of the picture, default 1: 720 px tall (1280 × 720 at 16:9). */
	scale?: number;
	/** The picture's width ÷ height, default 16 / 9: the camera frames each step in it as the presenter does. */
	aspect?: number;
	/** Called after each frame with how many are done of how many. */
	onProgress?: (done: number, total: number) => void;
	/** Aborting stops the export; the promise then rejects with an `AbortError`. */
	signal?: AbortSignal;
}

/** Whether this browser has the encoders the format needs (WebCodecs for the videos). */
export function canExportVideo(format: BrowserVideoFormat): boolean {
	if (format === 'gif') return typeof document !== 'undefined';
	return typeof VideoEncoder !== 'undefined';
}

function checkAborted(signal: AbortSignal | undefined) {
	if (signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
}

export async function exportStorylineVideo(
	layout: StorylineLayout,
	options: BrowserVideoOptions
): Promise<Blob> {
	const timeline = buildTimeline(layout, {
		...options,
		picture: videoPicture(options.scale ?? 1, options.aspect)
	});
	const frames = createBrowserFrames(layout, timeline, {
		lang: options.lang,
		theme: options.theme,
		scale: options.scale ?? 1
	});
	const { signal, onProgress } = options;
	try {
		if (options.format === 'gif') {
			const gif = createGifSink({ width: frames.width, height: frames.height, fps: timeline.fps });
			let last: Uint8ClampedArray | undefined;
			for (let index = 0; index < timeline.frameCount; index++) {
				checkAborted(signal);
				const frame = await frames.frame(index);
				if (!frame.repeat) last = frame.data;
				if (!last) throw new Error(`Frame ${index} repeats a frame that was never drawn.`);
				await gif.add({ width: frames.width, height: frames.height, data: last }, index, frame.repeat);
				onProgress?.(index + 1, timeline.frameCount);
			}
			return new Blob([(await gif.finish()) as Uint8Array<ArrayBuffer>], { type: VIDEO_TYPES.gif });
		}
		const mediabunny = await import('mediabunny');
		const bytes = await encodeWithWebCodecs(
			mediabunny,
			{
				container: options.format,
				width: frames.width,
				height: frames.height,
				fps: timeline.fps,
				frameCount: timeline.frameCount
			},
			(index) => frames.frame(index),
			onProgress,
			signal
		);
		return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: VIDEO_TYPES[options.format] });
	} finally {
		frames.dispose();
	}
}
