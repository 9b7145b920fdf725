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
	/** Pixels per layout unit. */
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

export function createBrowserFrames(
	layout: StorylineLayout,
	timeline: Timeline,
	options: BrowserFrameOptions
): BrowserFrames {
	const size = storylineSize(layout);
	// Even sides: H.264's 4:2:0 chroma needs them.
	const width = even(Math.round(size.width * options.scale));
	const height = even(Math.round(size.height * options.scale));
	const host = document.createElement('div');
	// Off screen but rendered (styles must compute), inside the root the stylesheet expects.
	host.className = 'sm-root sm-diagram';
	host.dataset.theme = options.theme;
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = `position:fixed;left:-${size.width + 1000}px;top:0;width:${size.width}px;pointer-events:none`;
	document.body.append(host);
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
			context.drawImage(image, 0, 0, size.width * options.scale, size.height * options.scale);
			return { data: context.getImageData(0, 0, width, height).data, repeat: false };
		},
		dispose() {
			if (mounted) void unmount(mounted.app);
			mounted = undefined;
			host.remove();
		}
	};
}
