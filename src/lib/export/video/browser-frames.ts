/**
 * The frames of a storyline's timeline, drawn in the browser: each segment's `DiagramCanvas` is mounted off
 * screen with the props the `Storyline` would give it (`canvas-props.ts`), the page's painter moves it to the
 * frame's time, and the standalone snapshot (computed styles inlined, fonts embedded, as the SVG export makes)
 * is drawn into a canvas. Browser code; nothing is recorded from the screen, so busy machines drop no frames.
 */
import { mount, unmount } from 'svelte';
import DiagramCanvas from '../../components/Diagram/DiagramCanvas.svelte';
import type { StorylineLayout } from '../../layout/types.js';
import type { Lang } from '../../model/types.js';
import { sampleTransition } from '../../motion/frame.js';
import { createPainter } from '../../motion/paint.js';
import { svgImage } from '../png.js';
import { createSvgSnapshotter } from '../svg.js';
import { restCanvasProps, storylineSize, transitionCanvasProps } from './canvas-props.js';
import { frameAt, pictureKey, type Segment, type Timeline } from './timeline.js';

export interface BrowserFrameOptions {
	lang: Lang;
	theme: 'light' | 'dark';
	/** Pixels per layout unit, for a timeline without a picture (with one, the picture sets the size). */
	scale: number;
}

export interface BrowserFrames {
	width: number;
	height: number;
	/** Frame `index`'s RGBA pixels, or `repeat` when it shows the picture of the frame before. */
	frame(index: number): Promise<{ data: Uint8ClampedArray; repeat: false } | { repeat: true }>;
	dispose(): void;
}

const even = (n: number) => n + (n % 2);

/** Where a segment's drawing is mounted: off screen but rendered (styles must compute), in the diagram's root. */
export function offscreenHost(width: number, theme: 'light' | 'dark'): HTMLElement {
	const host = document.createElement('div');
	host.className = 'sm-root sm-diagram';
	host.dataset.theme = theme;
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = `position:fixed;left:-${width + 1000}px;top:0;width:${width}px;pointer-events:none`;
	document.body.append(host);
	return host;
}

export function createBrowserFrames(
	layout: StorylineLayout,
	timeline: Timeline,
	options: BrowserFrameOptions
): BrowserFrames {
	const size = storylineSize(layout);
	// A picture: the camera's frame of each moment fills it. Else the whole drawing, with even sides (H.264).
	const { picture } = timeline;
	const width = picture?.width ?? even(Math.round(size.width * options.scale));
	const height = picture?.height ?? even(Math.round(size.height * options.scale));
	const drawn = picture ?? { width: size.width * options.scale, height: size.height * options.scale };
	const host = offscreenHost(size.width, options.theme);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('This browser cannot draw into a canvas, so it cannot export video.');

	let mounted:
		{ segment: Segment; app: ReturnType<typeof mount>; draw: (local: number) => Promise<string> } | undefined;
	let lastKey: string | undefined;

	async function show(segment: Segment) {
		if (mounted?.segment === segment) return mounted;
		if (mounted) void unmount(mounted.app);
		host.replaceChildren();
		const props =
			segment.kind === 'hold'
				? restCanvasProps(layout, segment.step, options.lang)
				: transitionCanvasProps(layout, segment, options.lang);
		// The camera's frame (at rest, or where a transition starts); the painter moves it from there.
		const view = segment.kind === 'hold' ? segment.view : segment.plan.camera?.from;
		if (view) Object.assign(props, { view });
		const app = mount(DiagramCanvas, { target: host, props });
		const svg = host.querySelector('svg') as SVGSVGElement;
		const snapshot = await createSvgSnapshotter(svg, { theme: options.theme });
		const painter = segment.kind === 'transition' ? createPainter(svg, { paintSize: false }) : undefined;
		const sample = segment.kind === 'transition' ? sampleTransition(segment.plan) : undefined;
		mounted = {
			segment,
			app,
			draw: async (local) => {
				if (painter && sample) painter.paint(sample(local));
				return snapshot();
			}
		};
		return mounted;
	}

	return {
		width,
		height,
		async frame(index) {
			const at = frameAt(timeline, index);
			const key = pictureKey(at);
			if (key === lastKey) return { repeat: true };
			lastKey = key;
			const shown = await show(at.segment);
			const image = await svgImage(await shown.draw(at.local));
			context.clearRect(0, 0, width, height);
			context.drawImage(image, 0, 0, drawn.width, drawn.height);
			return { data: context.getImageData(0, 0, width, height).data, repeat: false };
		},
		dispose() {
			if (mounted) void unmount(mounted.app);
			mounted = undefined;
			host.remove();
		}
	};
}
