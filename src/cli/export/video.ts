/**
 * `export --format mp4|webm|gif` and `--format svg --animate`: the storyline's timeline (a hold on each step,
 * each transition at its own length) rendered frame by frame from the plans, never recorded from a screen.
 */
import { buildTimeline } from '../../lib/export/video/timeline.js';
import { exportAnimatedSvg } from '../render/animated-svg.js';
import { loadAssets } from '../render/assets.js';
import { findPretendard } from '../render/png.js';
import { exportVideo, type VideoFormat } from '../render/video.js';
import { UsageError } from '../io.js';
import type { ExportRequest } from './formats.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function videoWriter(format: VideoFormat) {
	return async (request: ExportRequest): Promise<Uint8Array> => {
		const { io } = request;
		const fontFiles = findPretendard(io.cwd);
		if (fontFiles.length === 0)
			io.stderr(
				'note: the Pretendard font files were not found (npm install pretendard): text is drawn with system fonts.\n'
			);
		const started = performance.now();
		const result = await exportVideo(request.layout, await loadAssets(), {
			format,
			lang: request.lang,
			theme: request.theme,
			from: request.from,
			to: request.to,
			fps: request.fps,
			hold: request.hold,
			scale: request.scale,
			fontFiles
		});
		const { timeline } = result;
		io.stderr(
			`${timeline.frameCount} frames of ${result.width}×${result.height} at ${timeline.fps} fps ` +
				`(${seconds(timeline.duration * 1000)} of animation) in ${seconds(performance.now() - started)}\n`
		);
		return result.bytes;
	};
}

export async function writeAnimatedSvg(request: ExportRequest): Promise<string> {
	if (!request.animate)
		throw new UsageError(
			'export --format svg writes the animated storyline: add --animate. For one step as a still SVG, use `stackmotion render`.'
		);
	const started = performance.now();
	const range = { from: request.from, to: request.to, fps: request.fps, hold: request.hold };
	const svg = await exportAnimatedSvg(request.layout, await loadAssets(), {
		lang: request.lang,
		theme: request.theme,
		...range
	});
	const { duration } = buildTimeline(request.layout, range);
	request.io.stderr(
		`${Math.round(svg.length / 1024)} KB looping every ${seconds(duration * 1000)} ` +
			`(${seconds(duration * 1000)} of animation) in ${seconds(performance.now() - started)}\n`
	);
	return svg;
}
