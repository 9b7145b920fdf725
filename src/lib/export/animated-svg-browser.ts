/**
 * The export menu's animated SVG: the same self-contained, looping file `stackmotion export --format svg
 * --animate` writes, made in the browser. Each segment's `DiagramCanvas` is mounted off screen with the props
 * the `Storyline` gives it, snapshotted as standalone SVG (computed styles inlined, the page's own font subsets
 * embedded), parsed, and handed to the shared layer builder (`animated-layers.ts`), whose painter records the
 * transitions as CSS keyframes. Browser code.
 */
import { mount, unmount } from 'svelte';
import DiagramCanvas from '../components/Diagram/DiagramCanvas.svelte';
import type { StorylineLayout } from '../layout/types.js';
import type { Lang } from '../model/types.js';
import { sampleTransition } from '../motion/frame.js';
import { createPainter } from '../motion/paint.js';
import { animateTimeline, type AnimationSource } from './animated-layers.js';
import { createSvgSnapshotter } from './svg.js';
import { offscreenHost } from './video/browser-frames.js';
import {
	restCanvasProps,
	storylineSize,
	transitionCanvasProps,
	type CanvasProps
} from './video/canvas-props.js';
import { buildTimeline, type TimelineOptions } from './video/timeline.js';

export interface BrowserAnimatedSvgOptions extends TimelineOptions {
	lang: Lang;
	theme: 'light' | 'dark';
	/** Aborting stops the export between segments; the promise then rejects with an `AbortError`. */
	signal?: AbortSignal;
}

export async function exportStorylineAnimatedSvg(
	layout: StorylineLayout,
	options: BrowserAnimatedSvgOptions
): Promise<string> {
	// The whole drawing, not the camera's frames: CSS cannot animate a viewBox, and a picture in a README
	// scales to its column anyway (the CLI's file makes the same choice).
	const { picture: _unused, ...range } = options;
	const timeline = buildTimeline(layout, range);
	const size = storylineSize(layout);
	const host = offscreenHost(size.width, options.theme);
	const parser = new DOMParser();

	async function draw(props: CanvasProps): Promise<Element> {
		if (options.signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
		const app = mount(DiagramCanvas, { target: host, props });
		try {
			const svg = host.querySelector('svg') as SVGSVGElement;
			const snapshot = await createSvgSnapshotter(svg, { theme: options.theme });
			return parser.parseFromString(snapshot(), 'image/svg+xml').documentElement;
		} finally {
			await unmount(app);
			host.replaceChildren();
		}
	}

	const source: AnimationSource = {
		...size,
		rest: (step) => draw(restCanvasProps(layout, step, options.lang)),
		async scene(segment) {
			const svg = await draw(transitionCanvasProps(layout, segment, options.lang));
			const painter = createPainter(svg as unknown as SVGSVGElement, { paintSize: false });
			return { svg, painter, sample: sampleTransition(segment.plan) };
		}
	};
	try {
		return await animateTimeline(layout, timeline, source, { lang: options.lang });
	} finally {
		host.remove();
	}
}
