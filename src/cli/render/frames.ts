/**
 * Every frame of a storyline's timeline as standalone SVG, made in Node with the components' own markup:
 * a resting step is `DiagramCanvas` as the `Storyline` draws it at rest; a transition is the `Storyline`'s
 * drawing of both steps at once, rendered by Svelte's server renderer once, then moved frame by frame by the
 * very painter (`motion/paint.ts`) that animates the page, running over a small server-side DOM (linkedom).
 * So frame `i` is `sampleTransition(plan)(t)` painted exactly as the browser would paint it. A timeline with a
 * picture is seen through the presenter's camera: a fixed picture showing each step's frame, the camera moving
 * as a stage of each transition (the painter writes the viewBox).
 */
import { render } from 'svelte/server';
import DiagramCanvas from '../../lib/components/Diagram/DiagramCanvas.svelte';
import type { FrameAt, Segment, Timeline, TransitionSegment } from '../../lib/export/video/timeline.js';
import type { Box, StorylineLayout } from '../../lib/layout/types.js';
import type { Lang } from '../../lib/model/types.js';
import type { PaintedScene } from '../../lib/export/animated-layers.js';
import { sampleTransition } from '../../lib/motion/frame.js';
import { createPainter } from '../../lib/motion/paint.js';
import {
	restCanvasProps,
	storylineSize,
	transitionCanvasProps
} from '../../lib/export/video/canvas-props.js';
import type { RenderAssets } from './assets.js';
import { standaloneSvg } from './step-svg.js';
import type { ColorScheme } from '../../lib/render/css-values.js';

export interface FrameSvgOptions {
	lang: Lang;
	theme: ColorScheme;
	/** Embed the used font subsets (for SVG output); a rasteriser given font files does not need them. */
	embedFont?: boolean;
	/** Applied to each drawing before it is painted (e.g. text turned into outlines for a rasteriser). */
	prepare?: (svg: string) => string;
}

export type { PaintedScene };

export interface FrameSvgSource {
	width: number;
	height: number;
	/** The standalone SVG of the picture frame `at` shows. */
	svgAt(at: FrameAt): Promise<string>;
	/** The transition's drawing, ready to paint: the animated SVG records what the painter writes. */
	scene(segment: TransitionSegment): Promise<PaintedScene>;
	/** A resting step as standalone SVG. */
	rest(step: number): Promise<string>;
}

export { storylineSize };

/** The smallest box around all of `boxes`. */
function union(boxes: readonly Box[]): Box {
	const left = Math.min(...boxes.map((b) => b.x));
	const top = Math.min(...boxes.map((b) => b.y));
	const right = Math.max(...boxes.map((b) => b.x + b.width));
	const bottom = Math.max(...boxes.map((b) => b.y + b.height));
	return { x: left, y: top, width: right - left, height: bottom - top };
}

/** With a picture, each drawing is that picture showing the camera's frame; without, the whole drawing. */
function framing(timeline: Timeline, width: number, height: number) {
	const { picture, views } = timeline;
	if (!picture || !views) return () => undefined;
	const backdrop = union([{ x: 0, y: 0, width, height }, ...views]);
	return (view: Box) => ({ ...picture, view, backdrop });
}

export function createFrameSvgSource(
	layout: StorylineLayout,
	timeline: Timeline,
	assets: RenderAssets,
	options: FrameSvgOptions
): FrameSvgSource {
	const { width, height } = storylineSize(layout);
	const { lang, theme } = options;
	const embedFont = options.embedFont ?? false;
	const prepare = options.prepare ?? ((svg: string) => svg);
	const frameOf = framing(timeline, width, height);
	const framed = (view: Box | undefined) => {
		const frame = view ? frameOf(view) : undefined;
		return frame ? { frame } : {};
	};
	const stepView = (step: number) => timeline.views?.[step];

	const rests = new Map<number, Promise<string>>();
	function rest(step: number): Promise<string> {
		let found = rests.get(step);
		if (!found) {
			const { body } = render(DiagramCanvas, { props: restCanvasProps(layout, step, lang) });
			const standalone = { theme, embedFont, ...framed(stepView(step)) };
			found = standaloneSvg(body, assets, standalone).then((s) => prepare(s.svg));
			rests.set(step, found);
		}
		return found;
	}

	const scenes = new Map<Segment, Promise<PaintedScene>>();
	function scene(segment: TransitionSegment): Promise<PaintedScene> {
		let found = scenes.get(segment);
		if (!found) {
			found = (async () => {
				const { body } = render(DiagramCanvas, { props: transitionCanvasProps(layout, segment, lang) });
				// The camera's frame at the start; the painter writes each frame's own (`view`) as it moves.
				const standalone = { theme, embedFont, ...framed(segment.plan.camera?.from) };
				const { svg } = await standaloneSvg(body, assets, standalone);
				const { DOMParser } = await import('linkedom');
				const root = new DOMParser().parseFromString(prepare(svg), 'image/svg+xml')
					.documentElement as unknown as Element;
				// The page keeps one size for all steps: the painter moves elements and the camera, never the size.
				const painter = createPainter(root as unknown as SVGSVGElement, { paintSize: false });
				return { svg: root, painter, sample: sampleTransition(segment.plan) };
			})();
			scenes.set(segment, found);
		}
		return found;
	}

	return {
		width,
		height,
		rest,
		scene,
		async svgAt(at) {
			const { segment } = at;
			if (segment.kind === 'hold') return rest(segment.step);
			const painted = await scene(segment);
			painted.painter.paint(painted.sample(at.local));
			return painted.svg.toString();
		}
	};
}
