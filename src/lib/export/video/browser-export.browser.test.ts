import { decompressFrames, parseGIF } from 'gifuct-js';
import { ALL_FORMATS, BlobSource, EncodedPacketSink, Input } from 'mediabunny';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutStoryline } from '../../layout/index.js';
import type { StorylineLayout } from '../../layout/types.js';
import { validateStoryline } from '../../model/validate.js';
import { kubernetesCri } from '../../stacks/kubernetes-cri.js';
import { exportStorylineVideo } from './browser-export.js';
import { buildTimeline, videoPicture } from './timeline.js';

let layout: StorylineLayout;
const range = { from: 3, to: 4, fps: 10, hold: 0.3 };

beforeAll(async () => {
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error('kubernetes-cri does not validate');
	layout = await layoutStoryline(result.storyline);
}, 120_000);

describe('exportStorylineVideo in the browser', { timeout: 240_000 }, () => {
	it('a GIF of two steps and the transition between them: duration × fps frames, progress reported for each', async () => {
		const progress: number[] = [];
		const blob = await exportStorylineVideo(layout, {
			...range,
			format: 'gif',
			lang: 'en',
			theme: 'light',
			scale: 0.5,
			onProgress: (done) => progress.push(done)
		});
		// Framed by the camera in a fixed 16:9 picture, as the CLI does: the camera's move is part of each transition.
		const picture = videoPicture(0.5);
		const timeline = buildTimeline(layout, { ...range, picture });
		const gif = parseGIF(await blob.arrayBuffer());
		expect([gif.lsd.width, gif.lsd.height]).toEqual([picture.width, picture.height]);
		const frames = decompressFrames(gif, true);
		expect(frames).toHaveLength(timeline.frameCount);
		expect(progress).toEqual(Array.from({ length: timeline.frameCount }, (_, i) => i + 1));
		expect(blob.type).toBe('image/gif');
	});

	it('a WebM (VP9) whose header states its duration, frame count = duration × fps', async () => {
		const blob = await exportStorylineVideo(layout, { ...range, format: 'webm', lang: 'ko', theme: 'dark' });
		const timeline = buildTimeline(layout, { ...range, picture: videoPicture(1) });
		const input = new Input({ source: new BlobSource(blob), formats: ALL_FORMATS });
		const track = await input.getPrimaryVideoTrack();
		if (!track) throw new Error('no video track');
		let packets = 0;
		for await (const packet of new EncodedPacketSink(track).packets()) if (packet) packets++;
		expect(Math.abs(packets - timeline.duration * range.fps)).toBeLessThanOrEqual(1);
		const stated = (await input.getDurationFromMetadata()) ?? 0;
		expect(Math.abs(stated - timeline.duration)).toBeLessThanOrEqual(1 / range.fps + 1e-6);
	});

	it('cancelling stops the export with an AbortError and leaves nothing mounted', async () => {
		const stop = new AbortController();
		const running = exportStorylineVideo(layout, {
			...range,
			format: 'mp4',
			lang: 'en',
			theme: 'light',
			signal: stop.signal,
			onProgress: (done) => {
				if (done === 3) stop.abort();
			}
		});
		await expect(running).rejects.toMatchObject({ name: 'AbortError' });
		expect(document.querySelectorAll('.sm-root[aria-hidden="true"]')).toHaveLength(0);
	});
});
