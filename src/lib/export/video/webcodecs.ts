/**
 * MP4 (H.264) or WebM (VP9) with the browser's own encoders (WebCodecs) and mediabunny's muxers, which write
 * the duration into the file's header. Browser code: the export menu calls it with the mediabunny module, and
 * the CLI runs the very same function in a headless Chromium (Node has no WebCodecs), which is why it is
 * self-contained — everything it uses comes in through its arguments, so its source text runs on its own.
 */
import type * as Mediabunny from 'mediabunny';

export type VideoContainer = 'mp4' | 'webm';

export interface WebCodecsJob {
	container: VideoContainer;
	width: number;
	height: number;
	fps: number;
	frameCount: number;
}

/** A frame's RGBA pixels, or `repeat` for the same picture as the frame before. */
export type FrameData = { data: Uint8Array | Uint8ClampedArray; repeat?: false } | { repeat: true };

export async function encodeWithWebCodecs(
	lib: typeof Mediabunny,
	job: WebCodecsJob,
	frameAt: (index: number) => Promise<FrameData>,
	onProgress?: (done: number, total: number) => void,
	signal?: AbortSignal
): Promise<Uint8Array> {
	const format =
		job.container === 'webm'
			? new lib.WebMOutputFormat()
			: new lib.Mp4OutputFormat({ fastStart: 'in-memory' });
	const target = new lib.BufferTarget();
	const output = new lib.Output({ format, target });
	const codec = job.container === 'webm' ? 'vp9' : 'avc';
	const config = { codec, width: job.width, height: job.height, bitrate: 4e6, framerate: job.fps } as const;
	const support = await VideoEncoder.isConfigSupported({
		...config,
		codec: codec === 'vp9' ? 'vp09.00.10.08' : 'avc1.640028'
	});
	if (!support.supported)
		throw new Error(`This browser cannot encode ${codec === 'vp9' ? 'VP9 (WebM)' : 'H.264 (MP4)'} video.`);
	const source = new lib.VideoSampleSource({ codec, bitrate: lib.QUALITY_HIGH, keyFrameInterval: 2 });
	output.addVideoTrack(source, { frameRate: job.fps });
	await output.start();
	let last: Uint8Array | Uint8ClampedArray | undefined;
	try {
		for (let index = 0; index < job.frameCount; index++) {
			if (signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
			const frame = await frameAt(index);
			const data = frame.repeat ? last : frame.data;
			if (!data) throw new Error(`Frame ${index} repeats a frame that was never given.`);
			last = data;
			const sample = new lib.VideoSample(data, {
				format: 'RGBA',
				codedWidth: job.width,
				codedHeight: job.height,
				timestamp: index / job.fps,
				duration: 1 / job.fps
			});
			// Awaiting each add respects the encoder's back-pressure: memory stays flat on long exports.
			await source.add(sample);
			sample.close();
			onProgress?.(index + 1, job.frameCount);
		}
		await output.finalize();
	} catch (error) {
		await output.cancel();
		throw error;
	}
	if (!target.buffer) throw new Error('The video muxer wrote nothing.');
	return new Uint8Array(target.buffer);
}
