/**
 * MP4 (H.264) without a browser: h264-mp4-encoder, a WebAssembly build of an H.264 encoder and an MP4 muxer.
 * For Node (the CLI); in a browser the WebCodecs encoder does the same job with the platform's codec.
 */
import type { FrameSink, RgbaFrame, SinkOptions } from './frame-sink.js';

type H264Module = typeof import('h264-mp4-encoder');

export interface Mp4Options extends SinkOptions {
	/** 10 (best) to 51; diagrams are flat colour and sharp text, so the default keeps text crisp. */
	quantizer?: number;
	/** 0 (best compression) to 10 (fastest). */
	speed?: number;
}

export async function createMp4Sink(options: Mp4Options): Promise<FrameSink> {
	if (options.width % 2 || options.height % 2)
		throw new Error(`H.264 needs even sides; the frames are ${options.width}×${options.height}.`);
	// A CommonJS module: Node's ES import sees only its default export.
	const loaded: Partial<{ default: H264Module }> & H264Module = await import('h264-mp4-encoder');
	const { createH264MP4Encoder } = loaded.default ?? loaded;
	const encoder = await createH264MP4Encoder();
	encoder.width = options.width;
	encoder.height = options.height;
	encoder.frameRate = options.fps;
	encoder.quantizationParameter = options.quantizer ?? 18;
	encoder.speed = options.speed ?? 10;
	encoder.groupOfPictures = Math.round(options.fps * 2);
	encoder.outputFilename = `stackmotion-${Date.now()}-${Math.random().toString(36).slice(2)}.mp4`;
	encoder.initialize();
	return {
		async add(frame: RgbaFrame, index) {
			if (frame.width !== options.width || frame.height !== options.height)
				throw new Error(
					`MP4 frame ${index} is ${frame.width}×${frame.height}, not ${options.width}×${options.height}.`
				);
			encoder.addFrameRgba(frame.data);
		},
		async finish() {
			encoder.finalize();
			const bytes = encoder.FS.readFile(encoder.outputFilename);
			encoder.FS.unlink(encoder.outputFilename);
			encoder.delete();
			return bytes;
		}
	};
}
