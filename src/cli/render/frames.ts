/**
 * Every frame of a storyline's timeline as standalone SVG, made in Node with the components' own markup:
 * a resting step is `DiagramCanvas` as the `Storyline` draws it at rest; a transition is the `Storyline`'s
 * drawing of both steps at once, rendered by Svelte's server renderer once, then moved frame by frame by the
 * very painter (`motion/paint.ts`) that animates the page, running over a small server-side DOM (linkedom).
 * So frame `i` is `sampleTransition(plan)(t)` painted exactly as the browser would paint it.
 */
import { render } from 'svelte/server';
import DiagramCanvas from '../../lib/components/Diagram/DiagramCanvas.svelte';
import type { FrameAt, Segment, Timeline, TransitionSegment } from '../../lib/export/video/timeline.js';
import type { StorylineLayout } from '../../lib/layout/types.js';
import type { DiagramEdge, DiagramNode, Lang, Scene } from '../../lib/model/types.js';
import { sampleTransition, type TransitionFrame } from '../../lib/motion/frame.js';
import { createPainter, type FramePainter } from '../../lib/motion/paint.js';
import { changeMarks } from '../../lib/render/changes.js';
import { transitionUnion } from '../../lib/render/transition-union.js';
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

/** A transition's drawing in a server-side DOM, with the painter that moves it. */
export interface PaintedScene {
	/** The `<svg>` root, as a DOM element the painter writes to. */
	svg: Element;
	painter: FramePainter;
	sample: (time: number) => TransitionFrame;
}

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

/** Node and edge info for the ids drawn: later scenes in `scenes` win, as in the player. */
function infoOf(scenes: readonly Scene[]) {
	const nodes = new Map<string, DiagramNode>();
	const edges = new Map<string, DiagramEdge>();
	for (const scene of scenes) {
		for (const n of scene.nodes) nodes.set(n.id, n);
		for (const e of scene.edges) edges.set(e.id, e);
	}
	return { nodes, edges };
}

/** One drawing size for every step (the largest), as the `Storyline` uses: nothing zooms between steps. */
export function storylineSize(layout: StorylineLayout) {
	return {
		width: Math.max(...layout.steps.map((s) => s.width)),
		height: Math.max(...layout.steps.map((s) => s.height))
	};
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
	const steps = layout.storyline.steps;
	const titleOf = (scene: Scene) => `${layout.storyline.title[lang]} — ${scene.title[lang]}`;

	const rests = new Map<number, Promise<string>>();
	function rest(step: number): Promise<string> {
		let found = rests.get(step);
		if (!found) {
			const scene = steps[step] as Scene;
			const frame = layout.steps[step] as StorylineLayout['steps'][number];
			const info = infoOf([scene]);
			// At rest the Storyline marks what changed since the step before, and shows the step's messages.
			const { body } = render(DiagramCanvas, {
				props: {
					width,
					height,
					nodes: frame.nodes,
					edges: frame.edges,
					nodeInfo: info.nodes,
					edgeInfo: info.edges,
					lang,
					focus: new Set(scene.focus),
					changes: changeMarks(steps[step - 1], scene, lang),
					title: titleOf(scene),
					description: scene.narration[lang],
					messages: scene.messages.map((m) => ({ edge: m.edge, label: m.label[lang], reverse: m.reverse }))
				}
			});
			found = standaloneSvg(body, assets, { theme, embedFont }).then((s) => prepare(s.svg));
			rests.set(step, found);
		}
		return found;
	}

	const scenes = new Map<Segment, Promise<PaintedScene>>();
	function scene(segment: TransitionSegment): Promise<PaintedScene> {
		let found = scenes.get(segment);
		if (!found) {
			found = (async () => {
				const before = steps[segment.fromStep] as Scene;
				const after = steps[segment.toStep] as Scene;
				// The player's info: the step it comes from wins for ids in both.
				const info = infoOf([after, before]);
				const union = transitionUnion(segment.plan);
				const { body } = render(DiagramCanvas, {
					props: {
						width,
						height,
						nodes: union.nodes,
						edges: union.edges,
						previousLabels: union.previousLabels,
						nodeInfo: info.nodes,
						edgeInfo: info.edges,
						lang,
						changes: changeMarks(before, after, lang),
						title: titleOf(after),
						description: after.narration[lang]
					}
				});
				const { svg } = await standaloneSvg(body, assets, { theme, embedFont });
				const { DOMParser } = await import('linkedom');
				const root = new DOMParser().parseFromString(prepare(svg), 'image/svg+xml').documentElement;
				// The page keeps one size for all steps: the painter moves elements, never the viewBox.
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
