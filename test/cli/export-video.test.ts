import { decompressFrames, parseGIF } from 'gifuct-js';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { describe, expect, test } from 'vitest';
import { bakeStoryline } from '../../src/lib/bake/index.js';
import { buildTimeline, videoPicture } from '../../src/lib/export/video/timeline.js';
import { stacks } from '../../src/lib/stacks/index.js';
import { sandbox } from './harness.js';

/**
 * Seconds of a two-step export of kubernetes-cri (at `--scale 0.5`) from 1.20 to the step after it, with `hold`
 * on each: the camera's move is a stage of the transition, as in the presenter.
 */
async function twoStepDuration(hold: number) {
	const baked = await bakeStoryline(stacks['kubernetes-cri']);
	if (!baked.ok) throw new Error('kubernetes-cri does not bake');
	const at = baked.layout.storyline.steps.findIndex((s) => s.id === '1.20');
	const range = { from: at, to: at + 1, hold, picture: videoPicture(0.5) };
	const { duration } = buildTimeline(baked.layout, range);
	return { seconds: duration, next: baked.layout.storyline.steps[at + 1]!.id };
}

describe('stackmotion export: video, GIF and animated SVG', { timeout: 300_000 }, () => {
	test('--format gif with --from/--to, --fps and --hold: that many frames, and a line saying how long it took', async () => {
		const { seconds, next } = await twoStepDuration(0.5);
		const box = sandbox();
		const result = await box.cli(
			'export',
			'kubernetes-cri',
			'--format',
			'gif',
			'--from',
			'1.20',
			'--to',
			next,
			'--fps',
			'12',
			'--hold',
			'0.5',
			'--scale',
			'0.5',
			'-o',
			'k.gif'
		);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toMatch(/\d+ frames of \d+×\d+ at 12 fps/);
		expect(result.stderr).toContain(`wrote k.gif (gif, steps "1.20" to "${next}"`);
		const bytes = box.readBytes('k.gif');
		const frames = decompressFrames(parseGIF(bytes.buffer.slice(0) as ArrayBuffer), true);
		expect(frames.length).toBe(Math.round(seconds * 12));
	});

	test('the format follows the file name: -o k.mp4 writes an MP4, -o k.webm a WebM whose header states its length', async () => {
		const { seconds, next } = await twoStepDuration(0.25);
		const box = sandbox();
		const common = ['--from', '1.20', '--to', next, '--fps', '10', '--hold', '0.25', '--scale', '0.5'];
		const mp4 = await box.cli('export', 'kubernetes-cri', ...common, '-o', 'k.mp4');
		expect(mp4.code, mp4.stderr).toBe(0);
		expect(new TextDecoder().decode(box.readBytes('k.mp4').slice(4, 8))).toBe('ftyp');
		const webm = await box.cli('export', 'kubernetes-cri', ...common, '-o', 'k.webm');
		expect(webm.code, webm.stderr).toBe(0);
		const file = box.readBytes('k.webm');
		expect([...file.slice(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
		const input = new Input({ source: new BufferSource(file), formats: ALL_FORMATS });
		expect(Math.abs(((await input.getDurationFromMetadata()) ?? 0) - seconds)).toBeLessThanOrEqual(
			0.1 + 1e-6
		);
	});

	test('--format svg needs --animate; with it, one looping SVG; --scale draws a note', async () => {
		const box = sandbox();
		const still = await box.cli('export', 'kubernetes-cri', '--format', 'svg', '-o', 'k.svg');
		expect(still.code).toBe(2);
		expect(still.stderr).toContain('add --animate');
		const animated = await box.cli('export', 'kubernetes-cri', '-o', 'k.svg', '--animate', '--scale', '2');
		expect(animated.code, animated.stderr).toBe(0);
		expect(animated.stderr).toContain('note: --scale does not apply to svg; ignored.');
		const svg = box.read('k.svg');
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toMatch(/@keyframes smx-layer-0\{/);
		expect(svg).toContain('infinite');
	});
});
