/**
 * Animated export: a transition recorded as WebM. The diagram plays the transition as usual (its frames come
 * from `sampleTransition` through the motion driver); every animation frame the SVG is snapshotted, drawn into a
 * canvas, and the canvas stream is recorded with `MediaRecorder`. Browser code (Chromium, Firefox).
 */
import { svgImage } from './png.js';
import { SELECTOR } from '../render/contract.js';
import { createSvgSnapshotter, svgSize, type SvgExportOptions } from './svg.js';

export interface WebmExportOptions extends SvgExportOptions {
	/** Pixels per layout unit (default 1). */
	scale?: number;
	/** Longest recording, in ms, in case the transition never ends (default 10 s). */
	maxDuration?: number;
	/** Longest wait, in ms, for the encoder's first output before the transition starts (default 10 s). */
	encoderWait?: number;
}

export function canRecordWebm(): boolean {
	return typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm');
}

function isAnimating(svg: SVGSVGElement): boolean {
	return svg.closest(SELECTOR.animating) !== null;
}

/**
 * Records from now until the diagram's transition has finished. `start` begins the transition (e.g. step
 * forward); the recording holds the last frame briefly so the end state is visible.
 */
export async function recordTransition(
	svg: SVGSVGElement,
	start: () => void,
	options: WebmExportOptions = {}
): Promise<Blob> {
	if (!canRecordWebm()) throw new Error('This browser cannot record WebM video.');
	const scale = options.scale ?? 1;
	const { width, height } = svgSize(svg);
	const snapshot = await createSvgSnapshotter(svg, options);
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('This browser cannot draw into a canvas, so it cannot record video.');
	// Frames are pushed explicitly after each drawing: a stream that samples the canvas on its own clock can
	// miss every frame on a busy machine and record an empty video.
	const stream = canvas.captureStream(0);
	const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
	const push = () => track?.requestFrame();
	const draw = async () => {
		context.drawImage(await svgImage(snapshot()), 0, 0, canvas.width, canvas.height);
		push();
	};
	await draw();

	const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' });
	const chunks: Blob[] = [];
	recorder.ondataavailable = (event) => {
		if (event.data.size > 0) chunks.push(event.data);
	};
	const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
	recorder.start(100);
	const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
	// The transition starts once the encoder has written its first frame: a software VP8 encoder on a busy
	// machine needs seconds to start on a large diagram, drops every frame until then, and a recorder stopped
	// before its first output writes an empty file. The video opens on the start state meanwhile.
	const encoderLimit = performance.now() + (options.encoderWait ?? 10_000);
	while (chunks.length === 0 && performance.now() < encoderLimit) {
		push();
		recorder.requestData();
		await frame();
	}
	start();
	const began = performance.now();
	const limit = options.maxDuration ?? 10_000;
	// The transition starts on a later frame than `start()`: wait for it, then draw until it settles.
	while (!isAnimating(svg) && performance.now() - began < 500) await frame();
	while (isAnimating(svg) && performance.now() - began < limit) {
		await draw();
		await frame();
	}
	await draw();
	const holdUntil = performance.now() + 500;
	while (performance.now() < holdUntil) {
		push();
		await frame();
	}
	recorder.stop();
	await stopped;
	return new Blob(chunks, { type: 'video/webm' });
}
