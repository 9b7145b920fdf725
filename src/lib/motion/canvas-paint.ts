/**
 * A large diagram in motion drawn on a canvas. Moving a few hundred components in the SVG costs every frame a
 * restyle, a repaint and a re-layering of the whole picture (see the README's per-frame trace); a canvas that
 * redraws the same picture from a retained list of shapes costs only the drawing.
 *
 * The picture is the SVG's own: when the transition starts, the SVG that `DiagramCanvas` rendered (the union
 * of both steps) is read into a mirror — one stand-in per element, with its geometry from the markup and its
 * look (fills, strokes, dashes, fonts) from the browser's computed style, read once per distinct style. The
 * SVG painter (`paint.ts`) then writes each frame into the mirror instead of the DOM (its `target` option), so
 * what moves, fades and resizes is decided in one place for both renderers, and the canvas draws the mirror.
 * The SVG stays in the page, hidden, so its box, its text and its accessible name stay where they are; at rest
 * the last frame is written to it and it is shown again, as crisp and selectable as ever.
 *
 * A frame copies each node and edge label from a picture of itself while nothing inside it changes, and draws
 * the rest shape by shape (`canvas/draw.ts`, `canvas/sprites.ts`).
 *
 * Markup the mirror cannot draw (an element or a transform it does not know) makes `createCanvasPainter`
 * return undefined, and the caller keeps the SVG painter: the canvas is an optimisation, never a different
 * picture. Two simplifications, both only mid-motion and only where parts overlap: a fading group's opacity
 * multiplies into each shape instead of compositing the group as one layer, and parts drawn in passes can put
 * one node's box over another's text.
 */
import type { Box } from '../layout/types.js';
import type { Size } from './camera-lens.js';
import { CanvasDraw, drawComponent } from './canvas/draw.js';
import { readMirror, Unsupported, type Mirror, type StyleCache } from './canvas/mirror.js';
import { SpriteAtlas } from './canvas/sprites.js';
import type { TransitionFrame } from './frame.js';
import { createPainter, type FramePainter, type Writable } from './paint.js';

/** The canvas a transition is drawn on, and what draws on it. */
interface Surface {
	canvas: HTMLCanvasElement;
	draw: CanvasDraw;
	opaque: boolean;
}

/**
 * What outlives one transition, per SVG: the canvas and its context (a new context resolves its fonts and
 * rasterises its glyphs again: about 30 ms at 200 components), the text sprites, and the looks read from
 * computed styles, per theme. `prepareCanvas` fills it while the page is idle, so a key press reads no style
 * and draws warm.
 */
interface SvgCanvas extends StyleCache {
	surface?: Surface;
	/** A transition is drawing on it. */
	showing?: boolean;
	atlas: SpriteAtlas;
	/** Where the canvas lies over the SVG, in its parent's box, measured at rest (null: the parent is static). */
	placement?: Placement | null;
}

interface Placement {
	left: number;
	top: number;
	width: number;
	height: number;
}

const canvases = new WeakMap<SVGSVGElement, SvgCanvas>();

function canvasFor(svg: SVGSVGElement): SvgCanvas {
	let known = canvases.get(svg);
	if (!known) {
		known = { atlas: new SpriteAtlas(svg.ownerDocument), signatures: new Map(), looks: new Map() };
		canvases.set(svg, known);
	}
	return known;
}

/**
 * The canvas to draw on: opaque when the SVG has a background (an opaque layer is composited without
 * blending), else transparent; made again when that changes.
 */
function surfaceOf(svg: SVGSVGElement, cache: SvgCanvas, opaque: boolean): Surface | undefined {
	if (cache.surface?.opaque === opaque) return cache.surface;
	cache.surface?.canvas.remove();
	const canvas = svg.ownerDocument.createElement('canvas');
	const ctx = canvas.getContext('2d', { alpha: !opaque });
	if (!ctx) return undefined;
	canvas.className = MOTION_CANVAS_CLASS;
	canvas.setAttribute('aria-hidden', 'true');
	cache.surface = { canvas, draw: new CanvasDraw(ctx), opaque };
	return cache.surface;
}

export interface CanvasPainterOptions {
	/** The SVG's box on screen in px, if the caller measured it at rest (else it is read at the first frame). */
	box?: Size;
	/** Device pixels per CSS px (default: the window's). */
	pixelRatio?: number;
	/** The camera's frames at the transition's two ends (default: the SVG's viewBox): text is drawn for the larger. */
	views?: readonly Box[];
}

/** Device px per unit of `view` shown in a box of `size` (xMidYMid meet). */
const scaleOf = (size: Size, view: Box, dpr: number) =>
	Math.min(size.width / view.width, size.height / view.height) * dpr;

/** Readies the pictures of `mirror` for the largest scale of `views` (or of the mirror's view). */
function readyPictures(
	cache: SvgCanvas,
	draw: CanvasDraw,
	mirror: Mirror,
	size: Size,
	dpr: number,
	views?: readonly Box[]
) {
	const shown = (views?.length ? views : [mirror.view.box]).filter((v) => v.width > 0 && v.height > 0);
	if (shown.length === 0) return;
	// The largest scale, and where that view puts the drawing's origin in device px: pictures are made at that
	// scale and with the sub-pixel phase each component has there, so that they copy to exactly its pixels.
	const largest = shown.reduce((a, b) => (scaleOf(size, b, dpr) > scaleOf(size, a, dpr) ? b : a));
	const k = scaleOf(size, largest, dpr);
	const origin = {
		x: (size.width * dpr - largest.width * k) / 2 - largest.x * k,
		y: (size.height * dpr - largest.height * k) / 2 - largest.y * k
	};
	cache.atlas.ensure(mirror.texts, mirror.components, k, origin, mirror.theme, drawComponent);
	draw.atlas = cache.atlas;
}

/** What the canvas draws, for tests and the benchmark: an attribute of a node's root as last written. */
export interface CanvasSceneProbe {
	/** A transition is on the canvas (else the SVG is shown and `attribute` reads it). */
	readonly showing: boolean;
	attribute(nodeId: string, name: string): string | null;
}

/** The class of the canvas shown in the SVG's place during a transition. */
export const MOTION_CANVAS_CLASS = 'sm-motion-canvas';

/**
 * A painter that draws the frames of one transition on a canvas laid over `svg` (in its parent, which must be
 * a positioned box), and writes the last frame to the SVG and shows it again at `rest()`. Undefined when the
 * SVG holds markup the canvas cannot draw, or has no parent box to lay a canvas in: paint the SVG then.
 */
export function createCanvasPainter(
	svg: SVGSVGElement,
	options: CanvasPainterOptions = {}
): FramePainter | undefined {
	const parent = svg.parentElement;
	if (!parent || typeof HTMLCanvasElement === 'undefined') return undefined;
	const cache = canvasFor(svg);
	let dirty = true;
	let mirror: Mirror;
	try {
		mirror = readMirror(svg, () => (dirty = true), cache);
	} catch (error) {
		if (error instanceof Unsupported) return undefined;
		throw error;
	}
	const place = placementOf(svg, cache, options.box);
	const surface = place && surfaceOf(svg, cache, !!mirror.background);
	if (!place || !surface) return undefined;
	const at: Placement = place;
	const onCanvas = createPainter(svg, {
		paintSize: false,
		target: (element) => (element === svg ? mirror.view : (mirror.of.get(element) ?? IGNORED))
	});
	const { canvas, draw } = surface;
	let last: TransitionFrame | undefined;
	let size: Size | undefined;
	const dpr = options.pixelRatio ?? pixelRatio();
	const probe: CanvasSceneProbe = {
		get showing() {
			return size !== undefined;
		},
		attribute(nodeId, name) {
			const el = svg.querySelector(`[data-node-id="${CSS.escape(nodeId)}"]`);
			const shape = el && size ? mirror.of.get(el) : undefined;
			if (!shape) return el?.getAttribute(name) ?? null;
			return shape.written.get(name) ?? el?.getAttribute(name) ?? null;
		}
	};

	function show(): Size {
		if (size) return size;
		size = { width: at.width, height: at.height };
		fit(canvas, at, dpr);
		Object.defineProperty(canvas, 'stackmotionScene', { value: probe, configurable: true });
		draw.reset();
		readyPictures(cache, draw, mirror, size, dpr, options.views);
		attach(svg, canvas);
		canvas.style.visibility = 'visible';
		svg.style.visibility = 'hidden';
		cache.showing = true;
		return size;
	}

	return {
		paint(frame) {
			last = frame;
			onCanvas.paint(frame);
			const shown = show();
			if (!dirty) return;
			dirty = false;
			draw.frame(mirror, shown, dpr);
		},
		rest() {
			if (last) createPainter(svg, { paintSize: false }).paint(last);
			last = undefined;
			size = undefined;
			svg.style.removeProperty('visibility');
			canvas.style.visibility = 'hidden';
			cache.showing = false;
		}
	};
}

/**
 * While the diagram rests, readies the canvas for the next transition of `svg`: the looks of its styles are
 * read, its place is measured (layout is up to date at rest), and the resting picture is drawn once off-screen,
 * so the fonts are resolved and the glyphs rasterised before the key press. False when the SVG holds markup
 * the canvas cannot draw.
 */
export function prepareCanvas(svg: SVGSVGElement, options: CanvasPainterOptions = {}): boolean {
	if (!svg.parentElement || typeof HTMLCanvasElement === 'undefined') return false;
	const cache = canvasFor(svg);
	if (cache.showing) return false;
	try {
		const mirror = readMirror(svg, () => {}, cache, true);
		cache.placement = undefined;
		const at = placementOf(svg, cache, options.box);
		const surface = at && surfaceOf(svg, cache, !!mirror.background);
		if (!at || !surface) return false;
		const dpr = options.pixelRatio ?? pixelRatio();
		fit(surface.canvas, at, dpr);
		attach(svg, surface.canvas);
		surface.draw.reset();
		readyPictures(cache, surface.draw, mirror, at, dpr, options.views);
		surface.draw.frame(mirror, at, dpr);
		return true;
	} catch (error) {
		if (error instanceof Unsupported) return false;
		throw error;
	}
}

/**
 * Puts the canvas beside the SVG, hidden until a transition shows it. It stays there between transitions: a
 * canvas taken out of the page and put back makes its drawing buffer again (about 10 ms at 200 components),
 * which would land on the first frame. A canvas left beside an SVG that was replaced is removed.
 */
function attach(svg: SVGSVGElement, canvas: HTMLCanvasElement) {
	const parent = svg.parentElement as HTMLElement;
	for (const other of parent.querySelectorAll(`:scope > canvas.${MOTION_CANVAS_CLASS}`))
		if (other !== canvas) other.remove();
	if (canvas.previousElementSibling !== svg) {
		canvas.style.visibility = 'hidden';
		svg.after(canvas);
	}
}

const pixelRatio = () => (typeof devicePixelRatio === 'number' ? devicePixelRatio : 1);

/**
 * The canvas's place over the SVG, in the SVG's parent (which must be a positioned box, else undefined):
 * measured at rest when it was readied and the SVG kept its size, else now.
 */
function placementOf(svg: SVGSVGElement, cache: SvgCanvas, box?: Size): Placement | undefined {
	const known = cache.placement;
	if (known === null) return undefined;
	if (known && (!box || (box.width === known.width && box.height === known.height))) return known;
	const parent = svg.parentElement as HTMLElement;
	if (getComputedStyle(parent).position === 'static') {
		cache.placement = null;
		return undefined;
	}
	const at = svg.getBoundingClientRect();
	const host = parent.getBoundingClientRect();
	cache.placement = {
		left: at.left - host.left - parent.clientLeft + parent.scrollLeft,
		top: at.top - host.top - parent.clientTop + parent.scrollTop,
		width: box?.width ?? at.width,
		height: box?.height ?? at.height
	};
	return cache.placement;
}

/** Sizes the canvas to `at` in device pixels (a resize clears it, so only when it changed). */
function fit(
	canvas: HTMLCanvasElement,
	at: { left: number; top: number; width: number; height: number },
	dpr: number
) {
	const width = Math.max(1, Math.round(at.width * dpr));
	const height = Math.max(1, Math.round(at.height * dpr));
	if (canvas.width !== width) canvas.width = width;
	if (canvas.height !== height) canvas.height = height;
	const style = canvas.style;
	style.position = 'absolute';
	style.left = `${at.left}px`;
	style.top = `${at.top}px`;
	style.width = `${at.width}px`;
	style.height = `${at.height}px`;
	style.pointerEvents = 'none';
}

/** Writes to elements the mirror does not draw (none the painter looks for) go nowhere. */
const IGNORED: Writable = { setAttribute() {} };
