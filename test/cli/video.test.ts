import { writeFileSync, mkdirSync } from 'node:fs';
import { decompressFrames, parseGIF } from 'gifuct-js';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadAssets } from '../../src/cli/render/assets.js';
import { createFrameSvgSource } from '../../src/cli/render/frames.js';
import { findPretendard } from '../../src/cli/render/png.js';
import { createRasterizer } from '../../src/cli/render/raster.js';
import { exportVideo, type VideoFormat, type VideoResult } from '../../src/cli/render/video.js';
import { bakeStoryline } from '../../src/lib/bake/index.js';
import {
	buildTimeline,
	frameAt,
	videoPicture,
	type HoldSegment,
	type TransitionSegment
} from '../../src/lib/export/video/timeline.js';
import type { RgbaFrame } from '../../src/lib/export/video/frame-sink.js';
import type { StorylineLayout } from '../../src/lib/layout/types.js';
import { cameraFrame } from '../../src/lib/motion/camera.js';
import { sampleTransition } from '../../src/lib/motion/frame.js';
import { stacks } from '../../src/lib/stacks/index.js';
import { decodeFrameInChromium, pixelDifference } from './decode-video.js';

/** A persisting component whose position (not only its size) changes by more than 10 px (the joint layout keeps most still). */
const travels = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.hypot(b.x - a.x, b.y - a.y) > 10;

let layout: StorylineLayout;
const made = new Map<VideoFormat, VideoResult>();
const fontFiles = findPretendard(process.cwd());
const options = { lang: 'en', theme: 'light', scale: 1, fontFiles } as const;

async function video(format: VideoFormat): Promise<VideoResult> {
	let found = made.get(format);
	if (!found) {
		found = await exportVideo(layout, await loadAssets(), { ...options, format });
		made.set(format, found);
	}
	return found;
}

/** The middle of the transition 1.5 → containerd-1.1 (the second), and the frame index there. */
function middleOfSecondTransition(result: VideoResult) {
	const segment = result.timeline.segments.filter((s) => s.kind === 'transition')[1] as TransitionSegment;
	const index = Math.round((segment.start + segment.duration / 2) * result.timeline.fps);
	return { segment, index, at: frameAt(result.timeline, index) };
}

/** The still render of `sampleTransition` at frame `index`'s time: the frame's SVG, drawn by resvg with the font files. */
async function stillFrame(result: VideoResult, index: number): Promise<RgbaFrame> {
	const source = createFrameSvgSource(layout, result.timeline, await loadAssets(), options);
	const rasterize = await createRasterizer({ scale: 1, fontFiles });
	return rasterize(await source.svgAt(frameAt(result.timeline, index)));
}

async function packetCount(bytes: Uint8Array) {
	const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
	const track = await input.getPrimaryVideoTrack();
	if (!track) throw new Error('no video track');
	let count = 0;
	for await (const packet of new EncodedPacketSink(track).packets()) if (packet) count++;
	return { count, input, track };
}

/** The root `<svg>`'s viewBox in a frame's markup. */
function viewBoxOf(svg: string) {
	const [x, y, width, height] = (/<svg[^>]*\sviewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
	return { x, y, width, height };
}

const near = (a: { x: number; y: number; width: number; height: number }) => ({
	x: expect.closeTo(a.x, 1),
	y: expect.closeTo(a.y, 1),
	width: expect.closeTo(a.width, 1),
	height: expect.closeTo(a.height, 1)
});

/** With VIDEO_SHOTS set, keeps a frame's raw pixels there (outside the repository) to look at. */
function keepFrame(name: string, frame: RgbaFrame) {
	const dir = process.env.VIDEO_SHOTS;
	if (!dir) return;
	mkdirSync(dir, { recursive: true });
	writeFileSync(`${dir}/${name}.rgba.json`, JSON.stringify({ width: frame.width, height: frame.height }));
	writeFileSync(`${dir}/${name}.rgba`, frame.data);
}

beforeAll(async () => {
	const baked = await bakeStoryline(stacks['kubernetes-cri']);
	if (!baked.ok) throw new Error(baked.errors.map((e) => e.message).join('\n'));
	layout = baked.layout;
}, 120_000);

describe('frame-exact video of kubernetes-cri', { timeout: 300_000 }, () => {
	test('the timeline: a 1.5 s hold on each step and every transition between, at 30 fps', async () => {
		const { timeline } = await video('gif');
		const steps = layout.storyline.steps.length;
		expect(steps).toBeGreaterThanOrEqual(5);
		const kinds = timeline.segments.map((s) => s.kind);
		expect(kinds).toEqual(Array.from({ length: 2 * steps - 1 }, (_, i) => (i % 2 ? 'transition' : 'hold')));
		const transitions = timeline.segments.filter((s) => s.kind === 'transition');
		expect(timeline.duration).toBeCloseTo(
			steps * 1.5 + transitions.reduce((sum, s) => sum + s.duration, 0),
			9
		);
		expect(timeline.frameCount).toBe(Math.round(timeline.duration * 30));
	});

	test('MP4: frame count = duration × fps (±1), H.264', async () => {
		const result = await video('mp4');
		const { count, track } = await packetCount(result.bytes);
		expect(Math.abs(count - result.timeline.duration * 30)).toBeLessThanOrEqual(1);
		expect(await track.getCodecParameterString()).toMatch(/^avc1\./);
		expect([track.codedWidth, track.codedHeight]).toEqual([result.width, result.height]);
	});

	test('WebM: frame count = duration × fps (±1), VP9, and the header states the duration', async () => {
		const result = await video('webm');
		const { count, input, track } = await packetCount(result.bytes);
		expect(Math.abs(count - result.timeline.duration * 30)).toBeLessThanOrEqual(1);
		expect(track.codec).toBe('vp9');
		const stated = await input.getDurationFromMetadata();
		expect(stated).not.toBeNull();
		expect(Math.abs((stated ?? 0) - result.timeline.duration)).toBeLessThanOrEqual(1 / 30 + 1e-6);
	});

	test('GIF: frame count = duration × fps (±1), delays adding up to the duration', async () => {
		const result = await video('gif');
		const frames = decompressFrames(parseGIF(result.bytes.buffer.slice(0) as ArrayBuffer), true);
		expect(Math.abs(frames.length - result.timeline.duration * 30)).toBeLessThanOrEqual(1);
		const centiseconds = frames.reduce((sum, f) => sum + f.delay / 10, 0);
		// The delays add up to the frames' own time to the centisecond (rounded frame times, no drift), and so to
		// the duration within the one frame the count may differ by.
		expect(Math.abs(centiseconds / 100 - frames.length / 30)).toBeLessThanOrEqual(0.005 + 1e-9);
		expect(Math.abs(centiseconds / 100 - result.timeline.duration)).toBeLessThanOrEqual(1 / 30 + 0.005);
	});

	test('a middle frame of the MP4, the WebM and the GIF equals the still render at that time (under 1 % of pixels differ)', async () => {
		const mp4 = await video('mp4');
		const { index } = middleOfSecondTransition(mp4);
		const still = await stillFrame(mp4, index);
		keepFrame('still', still);
		const time = (index + 0.5) / 30;
		const fromMp4 = await decodeFrameInChromium(mp4.bytes, time);
		const fromWebm = await decodeFrameInChromium((await video('webm')).bytes, time);
		const gif = await video('gif');
		const gifFrames = decompressFrames(parseGIF(gif.bytes.buffer.slice(0) as ArrayBuffer), true);
		const patch = gifFrames[index]?.patch as Uint8ClampedArray;
		const fromGif = { width: gif.width, height: gif.height, data: patch };
		keepFrame('mp4-frame', fromMp4);
		keepFrame('gif-frame', fromGif);
		const differences = [fromMp4, fromWebm, fromGif].map((frame) => pixelDifference(frame, still));
		console.log(
			`pixels differing from the still render, mp4/webm/gif: ${differences.map((d) => (d * 100).toFixed(3) + ' %').join(' / ')}`
		);
		for (const difference of differences) expect(difference).toBeLessThan(0.01);
		// …and the comparison tells frames apart: the frame a third of a second later differs far more.
		const later = await stillFrame(mp4, index + 10);
		expect(pixelDifference(later, still)).toBeGreaterThan(2 * Math.max(...differences));
	});

	test('mid-transition, a persisting component is at neither end, in the markup and in the pixels', async () => {
		const result = await video('gif');
		// The first transition in which a persisting component travels, at the middle of its own move.
		const transitions = result.timeline.segments.filter(
			(s): s is TransitionSegment => s.kind === 'transition'
		);
		const moving = (s: TransitionSegment) =>
			s.plan.nodes.find((n) => n.from && n.to && travels(n.from, n.to));
		const segment = transitions.find((s) => moving(s)) as TransitionSegment;
		const mover = moving(segment);
		expect(mover, 'a transition moves a persisting component').toBeDefined();
		const index = Math.round((segment.start + (mover?.start ?? 0) + (mover?.duration ?? 0) / 2) * 30);
		const at = frameAt(result.timeline, index);
		expect(at.segment).toBe(segment);
		const source = createFrameSvgSource(layout, result.timeline, await loadAssets(), options);
		const svg = await source.svgAt(at);
		const match = new RegExp(`data-node-id="${mover?.id}"[^>]*`).exec(svg)?.[0] ?? '';
		const [x = NaN, y = NaN] = (
			/translate\(([\d.-]+) ([\d.-]+)\)/.exec(
				svg.slice(svg.lastIndexOf('<g', svg.indexOf(match)), svg.indexOf(match) + match.length)
			) ?? []
		)
			.slice(1)
			.map(Number);
		const from = mover?.from as { x: number; y: number };
		const to = mover?.to as { x: number; y: number };
		const between = (v: number, a: number, b: number) => v > Math.min(a, b) + 0.5 && v < Math.max(a, b) - 0.5;
		expect(between(x, from.x, to.x) || between(y, from.y, to.y)).toBe(true);
		const gifFrames = decompressFrames(parseGIF(result.bytes.buffer.slice(0) as ArrayBuffer), true);
		const frame = (i: number) => ({
			width: result.width,
			height: result.height,
			data: gifFrames[i]?.patch as Uint8ClampedArray
		});
		const first = Math.round(segment.start * 30);
		const last = Math.round((segment.start + segment.duration) * 30);
		expect(pixelDifference(frame(index), frame(first))).toBeGreaterThan(0.005);
		expect(pixelDifference(frame(index), frame(last))).toBeGreaterThan(0.005);
	});

	test('the frames follow the camera: a fixed 16:9 picture, each step framed as the presenter frames it', async () => {
		const result = await video('gif');
		expect([result.width, result.height]).toEqual([1280, 720]);
		const source = createFrameSvgSource(layout, result.timeline, await loadAssets(), options);
		// The presenter's frame of each step in a 1280 × 720 box, with its readable floor: 2.5 % of the height.
		const presenter = {
			mode: 'step',
			aspect: 16 / 9,
			boxHeight: 720,
			minNameSize: 18
		} as const;
		const holds = result.timeline.segments.filter((s): s is HoldSegment => s.kind === 'hold');
		for (const hold of holds) {
			const index = Math.round((hold.start + hold.duration / 2) * 30);
			const svg = await source.svgAt(frameAt(result.timeline, index));
			expect(viewBoxOf(svg), `step ${hold.step}`).toEqual(near(cameraFrame(layout, hold.step, presenter)));
			expect(svg).toMatch(/^<svg[^>]*\swidth="1280"[^>]*\sheight="720"/);
		}
		// Some step is framed apart from the whole drawing (else this test could not tell the camera from it).
		const whole = cameraFrame(layout, 0, { mode: 'storyline' });
		const apart = (box: typeof whole) =>
			(['x', 'y', 'width', 'height'] as const).some((key) => Math.abs(box[key] - whole[key]) > 1);
		expect(holds.some((h) => apart(cameraFrame(layout, h.step, presenter)))).toBe(true);
	});

	test('mid camera move, a frame shows the camera frame sampled from the plan at its time', async () => {
		const result = await video('gif');
		// How far the camera travels in a transition: its largest change of position or size.
		const travel = (s: TransitionSegment) => {
			const { from, to } = s.plan.camera ?? { from: undefined, to: undefined };
			if (!from || !to) return 0;
			return Math.max(...(['x', 'y', 'width', 'height'] as const).map((k) => Math.abs(to[k] - from[k])));
		};
		const moves = result.timeline.segments.filter(
			(s): s is TransitionSegment => s.kind === 'transition' && travel(s) > 20
		);
		expect(moves.length, 'a transition that moves the camera').toBeGreaterThan(0);
		const segment = moves[0] as TransitionSegment;
		const camera = segment.plan.camera as NonNullable<TransitionSegment['plan']['camera']>;
		const index = Math.round((segment.start + camera.start + camera.duration / 2) * 30);
		const at = frameAt(result.timeline, index);
		expect(at.segment).toBe(segment);
		const source = createFrameSvgSource(layout, result.timeline, await loadAssets(), options);
		const shown = viewBoxOf(await source.svgAt(at));
		const sampled = sampleTransition(segment.plan)(at.local).view;
		expect(sampled).toBeDefined();
		expect(shown).toEqual(near(sampled as NonNullable<typeof sampled>));
		// Between both ends, on the axis the camera travels furthest.
		const { from, to } = camera;
		const axis = (['x', 'y', 'width', 'height'] as const).reduce((a, b) =>
			Math.abs(to[b] - from[b]) > Math.abs(to[a] - from[a]) ? b : a
		);
		expect(shown[axis]).toBeGreaterThan(Math.min(from[axis], to[axis]) + 1);
		expect(shown[axis]).toBeLessThan(Math.max(from[axis], to[axis]) - 1);
	});

	test('MP4 without Chromium: the WebAssembly H.264 encoder, duration × fps frames', async () => {
		const range = { from: 3, to: 4, fps: 30, hold: 0.3 };
		const result = await exportVideo(layout, await loadAssets(), {
			...options,
			...range,
			scale: 0.5,
			format: 'mp4',
			mp4Encoder: 'wasm'
		});
		const { count, track } = await packetCount(result.bytes);
		// The camera's move is a stage of each transition, as in the presenter: the framed timeline is that long.
		const picture = videoPicture(0.5);
		const { duration } = buildTimeline(layout, { ...range, picture });
		expect(result.timeline.duration).toBe(duration);
		expect(Math.abs(count - duration * 30)).toBeLessThanOrEqual(1);
		expect(await track.getCodecParameterString()).toMatch(/^avc1\./);
		expect([result.width, result.height]).toEqual([picture.width, picture.height]);
	});
});
