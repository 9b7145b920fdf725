/**
 * The animated export really records: a kubernetes-cri transition played in headless Chromium comes back as a
 * WebM file that a `<video>` element opens, with frames of the diagram's size and a running time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import Storyline from '../components/Storyline/Storyline.svelte';
import { layoutStoryline } from '../layout/index.js';
import type { StorylineLayout } from '../layout/types.js';
import { validateStoryline } from '../model/validate.js';
import { kubernetesCri } from '../stacks/kubernetes-cri.js';
import { canRecordWebm, recordTransition } from './webm.js';

let layout: StorylineLayout;

beforeAll(async () => {
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	layout = await layoutStoryline(result.storyline);
}, 60_000);

const press = (target: Element, key: string) =>
	target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

function once(target: EventTarget, ...types: string[]): Promise<string> {
	return new Promise((resolve, reject) => {
		const done = (event: Event) => {
			for (const type of [...types, 'error']) target.removeEventListener(type, done);
			if (event.type === 'error') reject(new Error('the video element could not load the recording'));
			else resolve(event.type);
		};
		for (const type of [...types, 'error']) target.addEventListener(type, done);
	});
}

/**
 * The running time of a recording. Chromium's MediaRecorder writes WebM without a duration in its header, so a
 * fresh `<video>` reports Infinity; seeking far past the end makes it read the file through and learn it.
 */
async function playableDuration(video: HTMLVideoElement): Promise<number> {
	if (Number.isFinite(video.duration)) return video.duration;
	const learned = once(video, 'durationchange');
	video.currentTime = Number.MAX_SAFE_INTEGER;
	await learned;
	return video.duration;
}

describe('recordTransition', () => {
	it('is available in this Chromium', () => {
		expect(canRecordWebm()).toBe(true);
	});

	it('records 1.20 → 1.24 as a WebM a video element plays', { timeout: 60_000 }, async () => {
		const screen = await render(Storyline, { layout, step: '1.20', motion: 'full', lang: 'en' });
		const root = screen.container.querySelector<HTMLElement>('.sm-storyline')!;
		const svg = root.querySelector<SVGSVGElement>('svg.sm-svg')!;
		const stage = root.querySelector<HTMLElement>('.sm-stage') ?? root;

		// The video is the camera's frame as shown (the viewBox when recording starts), in layout units.
		const framed = svg.viewBox.baseVal.width;
		const blob = await recordTransition(svg, () => press(stage, 'ArrowRight'));
		expect(root.getAttribute('data-step')).toBe('1.24');
		expect(blob.type).toBe('video/webm');
		expect(blob.size).toBeGreaterThan(1000);
		// The EBML magic number every WebM file starts with.
		const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
		expect([...head]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);

		const video = document.createElement('video');
		video.muted = true;
		const url = URL.createObjectURL(blob);
		try {
			const loaded = once(video, 'loadedmetadata');
			video.src = url;
			document.body.append(video);
			await loaded;
			const frame = layout.steps.find((s) => s.stepId === '1.24')!;
			expect(video.videoWidth).toBe(Math.round(framed));
			expect(video.videoHeight).toBeGreaterThan(0);
			expect(frame.width).toBeGreaterThan(0);
			const duration = await playableDuration(video);
			expect(Number.isFinite(duration)).toBe(true);
			// The transition plays for about a second and the end is held for half a second.
			expect(duration).toBeGreaterThan(0.5);
		} finally {
			video.remove();
			URL.revokeObjectURL(url);
			screen.unmount();
		}
	});
});
