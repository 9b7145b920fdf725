/**
 * `export --format svg --animate` in Node: the storyline's timeline as one looping SVG, its drawings made by
 * Svelte's server renderer and moved by the painter over a server-side DOM (linkedom); the layers and keyframes
 * are `lib/export/animated-layers.ts`, shared with the browser export menu. The used font subsets are embedded.
 */
import { animateTimeline, type AnimationSource } from '../../lib/export/animated-layers.js';
import { buildTimeline, type TimelineOptions } from '../../lib/export/video/timeline.js';
import type { StorylineLayout } from '../../lib/layout/types.js';
import type { Lang } from '../../lib/model/types.js';
import type { RenderAssets } from './assets.js';
import { createFrameSvgSource } from './frames.js';
import type { ColorScheme } from '../../lib/render/css-values.js';

export interface AnimatedSvgOptions extends TimelineOptions {
	lang: Lang;
	theme: ColorScheme;
	/** Keyframes sampled per second of transition before simplification (default: the timeline's fps). */
	sampleRate?: number;
}

export async function exportAnimatedSvg(
	layout: StorylineLayout,
	assets: RenderAssets,
	options: AnimatedSvgOptions
): Promise<string> {
	const timeline = buildTimeline(layout, options);
	const frames = createFrameSvgSource(layout, timeline, assets, {
		lang: options.lang,
		theme: options.theme,
		embedFont: true
	});
	const { DOMParser } = await import('linkedom');
	const parse = (svg: string) =>
		new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as Element;
	const source: AnimationSource = {
		width: frames.width,
		height: frames.height,
		rest: async (step) => parse(await frames.rest(step)),
		scene: (segment) => frames.scene(segment)
	};
	return animateTimeline(layout, timeline, source, options);
}
