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
 * Markup the mirror cannot draw (an element or a transform it does not know) makes `createCanvasPainter`
 * return undefined, and the caller keeps the SVG painter: the canvas is an optimisation, never a different
 * picture. One simplification: a fading group's opacity multiplies into each shape instead of compositing the
 * group as one layer, which differs only where a fading node's shapes overlap, and only mid-fade.
 */
import type { Box, Point } from '../layout/types.js';
import type { Size } from './camera-lens.js';
import type { TransitionFrame } from './frame.js';
import { CLASS } from '../render/contract.js';
import { createPainter, type FramePainter, type Writable } from './paint.js';

/** The look of one shape, from its computed style. */
interface Look {
	/** Everything a text's picture depends on, as one string (sprites are shared by it). */
	key: string;
	/** The font without its size, and the size and letter spacing in px: a sprite is made at its own scale. */
	fontFace: string;
	fontSize: number;
	spacing: number;
	/** `dominant-baseline: central`: the alphabetic baseline lies (ascent − descent) / 2 below the anchor. */
	central: boolean;
	/** That distance in units, once measured. */
	centralShift?: number;
	hidden: boolean;
	fill: string | null;
	fillOpacity: number;
	stroke: string | null;
	strokeOpacity: number;
	strokeWidth: number;
	dash: number[];
	lineJoin: CanvasLineJoin;
	lineCap: CanvasLineCap;
	font: string;
	letterSpacing: string;
	align: CanvasTextAlign;
	baseline: CanvasTextBaseline;
	direction: CanvasDirection;
	kerning: CanvasFontKerning;
}

interface Marker {
	scale: number;
	refX: number;
	refY: number;
	/** Its outline, a polygon in its own units (a marker drawn here is made of straight lines). */
	outline: Point[];
	look: Look;
}

interface TextRun {
	x: number;
	y: number;
	text: string;
	look: Look;
}

/** Attributes that place or identify an element but do not change its computed style. */
const GEOMETRY = new Set([
	'x',
	'y',
	'width',
	'height',
	'rx',
	'ry',
	'd',
	'transform',
	'opacity',
	'id',
	'marker-end',
	'data-node-id',
	'data-edge-id',
	'data-edge-label-id',
	'data-text-width',
	'data-badge-x'
]);

/** The layers whose components never overlap at rest: drawn in passes (see `CanvasDraw`). */
const IN_PASSES = [CLASS.layerEdges, CLASS.layerNodes, CLASS.layerEdgeLabels];

/** Elements that draw nothing. */
const SILENT = new Set(['title', 'desc', 'defs', 'metadata']);

class Unsupported extends Error {}

const num = (value: string | null, fallback = 0) => {
	if (value === null || value === '') return fallback;
	const n = Number.parseFloat(value);
	return Number.isFinite(n) ? n : fallback;
};

/** `translate(x y)` / `translate(x, y)` / `translate(x)`; anything else is not drawn here. */
function parseTranslate(value: string | null): [number, number] {
	if (!value || value.trim() === '') return [0, 0];
	const m = /^\s*translate\(\s*([-+\d.e]+)(?:[\s,]+([-+\d.e]+))?\s*\)\s*$/i.exec(value);
	if (!m) throw new Unsupported(`transform ${value}`);
	return [Number(m[1]), Number(m[2] ?? 0)];
}

/** The points of a path of straight lines ("M x y L x y … [Z]"), absolute; anything else is not drawn here. */
function polyline(d: string): Point[] {
	if (/[^MLZz\d\s.,eE+-]/.test(d)) throw new Unsupported(`path ${d.slice(0, 24)}`);
	const n = d.match(/[-+]?(?:\d*\.\d+|\d+\.?)(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
	const points: Point[] = [];
	for (let i = 0; i + 1 < n.length; i += 2) points.push({ x: n[i] as number, y: n[i + 1] as number });
	return points;
}

const ALIGN: Record<string, CanvasTextAlign> = { start: 'start', middle: 'center', end: 'end' };
const BASELINE: Record<string, CanvasTextBaseline> = {
	auto: 'alphabetic',
	alphabetic: 'alphabetic',
	// SVG's central baseline is halfway between the font's ascent and descent: drawn from the alphabetic one.
	central: 'alphabetic',
	middle: 'middle',
	hanging: 'hanging',
	'text-before-edge': 'top',
	'text-after-edge': 'bottom',
	ideographic: 'ideographic'
};

const paintOf = (value: string): string | null => {
	if (value === 'none' || value === '') return null;
	if (value.includes('url(')) throw new Unsupported(`paint ${value}`);
	return value;
};

function lookOf(style: CSSStyleDeclaration): Look {
	const dash =
		style.strokeDasharray === 'none' ? [] : (style.strokeDasharray.match(/[\d.]+/g) ?? []).map(Number);
	const baseline = BASELINE[style.dominantBaseline];
	if (!baseline) throw new Unsupported(`dominant-baseline ${style.dominantBaseline}`);
	const look: Look = {
		key: '',
		fontFace: `${style.fontStyle} ${style.fontWeight} {size} ${style.fontFamily}`,
		fontSize: num(style.fontSize, 16),
		spacing: style.letterSpacing === 'normal' ? 0 : num(style.letterSpacing),
		central: style.dominantBaseline === 'central',
		hidden: style.display === 'none' || style.visibility !== 'visible',
		fill: paintOf(style.fill),
		fillOpacity: num(style.fillOpacity, 1),
		stroke: paintOf(style.stroke),
		strokeOpacity: num(style.strokeOpacity, 1),
		strokeWidth: num(style.strokeWidth, 1),
		dash: dash.some((v) => v > 0) ? dash : [],
		lineJoin: style.strokeLinejoin as CanvasLineJoin,
		lineCap: style.strokeLinecap as CanvasLineCap,
		font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
		letterSpacing: style.letterSpacing === 'normal' ? '0px' : style.letterSpacing,
		align: ALIGN[style.textAnchor] ?? 'start',
		baseline,
		direction: style.direction === 'rtl' ? 'rtl' : 'ltr',
		kerning: (style.fontKerning === 'none'
			? 'none'
			: style.fontKerning === 'normal'
				? 'normal'
				: 'auto') as CanvasFontKerning
	};
	look.key = [
		look.font,
		look.fill,
		look.letterSpacing,
		look.align,
		look.baseline,
		look.direction,
		look.kerning
	].join('|');
	return look;
}

/** The stand-in of one SVG element: what the painter writes, parsed for drawing. */
class Shape implements Writable {
	x = 0;
	y = 0;
	opacity = 1;
	rectX = 0;
	rectY = 0;
	width = 0;
	height = 0;
	rx = 0;
	ry: number | undefined;
	/** A path's route (the diagram draws only polylines). */
	points: readonly Point[] = [];
	readonly children: Shape[] = [];
	readonly runs: TextRun[] = [];
	/** Its pass in a layer drawn in passes (see `CanvasDraw`); a path's marker takes the next. −1: in order. */
	pass = -1;
	/** A text block's picture in the sprite atlas (null: drawn as text), valid while `epoch` is the atlas's. */
	sprite?: Sprite | null;
	epoch?: number;
	/** Attributes as last written, for `getAttribute` (the benchmark and tests read positions back). */
	readonly written = new Map<string, string>();

	constructor(
		readonly tag: string,
		readonly look: Look,
		readonly marker: Marker | undefined,
		private readonly onWrite: () => void
	) {}

	setAttribute(name: string, value: string): void {
		this.written.set(name, value);
		this.apply(name, value);
		this.onWrite();
	}

	setPoints(points: readonly Point[]): void {
		this.points = points;
		this.onWrite();
	}

	apply(name: string, value: string | null): void {
		switch (name) {
			case 'transform':
				[this.x, this.y] = parseTranslate(value);
				break;
			case 'opacity':
				this.opacity = num(value, 1);
				break;
			case 'x':
				this.rectX = num(value);
				break;
			case 'y':
				this.rectY = num(value);
				break;
			case 'width':
				this.width = num(value);
				break;
			case 'height':
				this.height = num(value);
				break;
			case 'rx':
				this.rx = num(value);
				break;
			case 'ry':
				this.ry = value === null ? undefined : num(value);
				break;
			case 'd':
				this.points = value ? polyline(value) : [];
				break;
		}
	}
}

/** The root's stand-in: the frame's viewBox. */
class View implements Writable {
	box: Box;
	constructor(
		box: Box,
		private readonly onWrite: () => void
	) {
		this.box = box;
	}
	setAttribute(name: string, value: string): void {
		if (name !== 'viewBox') return;
		const [x = 0, y = 0, width = 0, height = 0] = value
			.trim()
			.split(/[\s,]+/)
			.map(Number);
		this.box = { x, y, width, height };
		this.onWrite();
	}
}

interface Layer {
	shape: Shape;
	/** Batches by look, per pass; absent for a layer drawn in document order. */
	passes?: Map<Look | Marker, Batch>[];
}

interface Mirror {
	view: View;
	layers: Layer[];
	/** Every text shape, for the sprite atlas. */
	texts: Shape[];
	of: Map<Element, Shape>;
	background: string | null;
}

/** The attributes a shape is drawn from. */
const GEOMETRY_READ = ['transform', 'opacity', 'x', 'y', 'width', 'height', 'rx', 'ry', 'd'] as const;

/**
 * What outlives one transition, per SVG: the canvas and its context (a new context resolves its fonts and
 * rasterises its glyphs again: about 30 ms at 200 components), and the looks read from computed styles, per
 * theme. `prepareCanvas` fills it while the page is idle, so a key press reads no style and draws warm.
 */
interface Surface {
	canvas: HTMLCanvasElement;
	draw: CanvasDraw;
	opaque: boolean;
}

interface SvgCanvas {
	surface?: Surface;
	/** A transition is drawing on it. */
	showing?: boolean;
	atlas: SpriteAtlas;
	/** Style signatures, interned: a signature names its parent's by number, so it stays short. */
	signatures: Map<string, number>;
	/** Looks by signature number and markers by id, per theme (see `themeOf`). */
	looks: Map<string, { byId: (Look | undefined)[]; markers: Map<string, Marker> }>;
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

/**
 * What the computed styles depend on beyond the markup: the component's theme, the viewer's colour scheme and
 * forced colours. (A host that restyles `--sm-*` properties between two transitions is not seen: its next
 * idle period reads the looks again.)
 */
function themeOf(svg: SVGSVGElement): string {
	const root = svg.closest(`.${CLASS.root}`);
	const media = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;
	return `${root?.getAttribute('data-theme')}|${media('(prefers-color-scheme: dark)')}|${media('(forced-colors: active)')}`;
}

/** Reads `svg` into shapes, or throws `Unsupported`. */
function readMirror(svg: SVGSVGElement, onWrite: () => void, cache: SvgCanvas, fresh = false): Mirror {
	const theme = themeOf(svg);
	let known = cache.looks.get(theme);
	if (!known || fresh) cache.looks.set(theme, (known = { byId: [], markers: new Map() }));
	const { byId, markers } = known;
	const of = new Map<Element, Shape>();
	const texts: Shape[] = [];
	// Elements alike (tag, style-bearing attributes, parent's style) share one computed-style read.
	const lookFor = (el: Element, signature: string): [number, Look] => {
		let id = cache.signatures.get(signature);
		if (id === undefined) cache.signatures.set(signature, (id = cache.signatures.size));
		return [id, (byId[id] ??= lookOf(getComputedStyle(el)))];
	};
	const markerFor = (ref: string | null): Marker | undefined => {
		const id = ref && /^url\(#(.+)\)$/.exec(ref.trim())?.[1];
		if (!id) return undefined;
		const ready = markers.get(id);
		if (ready) return ready;
		const el = svg.getElementById(id);
		const shape = el?.querySelector('path');
		const [, , vw = 10, vh = 10] = (el?.getAttribute('viewBox') ?? '0 0 10 10').split(/[\s,]+/).map(Number);
		if (!el || !shape || el.children.length !== 1 || el.getAttribute('markerUnits') !== 'userSpaceOnUse')
			throw new Unsupported(`marker ${id}`);
		const marker: Marker = {
			scale: Math.min(
				num(el.getAttribute('markerWidth'), 3) / vw,
				num(el.getAttribute('markerHeight'), 3) / vh
			),
			refX: num(el.getAttribute('refX')),
			refY: num(el.getAttribute('refY')),
			outline: polyline(shape.getAttribute('d') ?? ''),
			look: lookOf(getComputedStyle(shape))
		};
		markers.set(id, marker);
		return marker;
	};
	/** Pass indices by where a shape sits in its component (`/rect.sm-node-box`), in order of first appearance. */
	let passOf: Map<string, number> | undefined;
	const read = (el: Element, parent: number, place: string | undefined): Shape | undefined => {
		const tag = el.localName;
		if (SILENT.has(tag)) return undefined;
		if (tag !== 'g' && tag !== 'rect' && tag !== 'path' && tag !== 'text') throw new Unsupported(tag);
		let signature = `${parent}/${tag}`;
		for (const name of el.getAttributeNames())
			if (!GEOMETRY.has(name)) signature += ` ${name}=${el.getAttribute(name)}`;
		const [styleId, look] = lookFor(el, signature);
		const marker = tag === 'path' ? markerFor(el.getAttribute('marker-end')) : undefined;
		const shape = new Shape(tag, look, marker, onWrite);
		for (const name of GEOMETRY_READ) {
			const value = el.getAttribute(name);
			if (value !== null) shape.apply(name, value);
		}
		of.set(el, shape);
		const here = place === undefined ? undefined : `${place}/${tag}.${el.getAttribute('class') ?? ''}`;
		if (passOf && here !== undefined && tag !== 'g') {
			let pass = passOf.get(here);
			if (pass === undefined) {
				pass = passOf.size * 2;
				passOf.set(here, pass);
			}
			shape.pass = pass;
		}
		if (tag === 'text') {
			// Walked by siblings: iterating a live `children` collection is several times slower.
			let spans = 0;
			for (let span = el.firstElementChild; span; span = span.nextElementSibling) {
				if (SILENT.has(span.localName)) continue;
				const x = span.getAttribute('x');
				const y = span.getAttribute('y');
				if (span.localName !== 'tspan' || x === null || y === null) throw new Unsupported('flowing tspan');
				shape.runs.push({ x: num(x), y: num(y), text: collapse(span.textContent), look });
				spans++;
			}
			if (spans === 0)
				shape.runs.push({ x: shape.rectX, y: shape.rectY, text: collapse(el.textContent), look });
		} else if (tag === 'g') {
			// A layer's children are its components: places are counted from them.
			const inside = place === undefined && passOf ? '' : here;
			let block: Shape | undefined;
			for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
				const drawn = read(child, styleId, inside);
				if (!drawn || (drawn.tag === 'text' && drawn.look.hidden)) continue;
				// A group's texts move and fade together: one block, one picture (a caption and its label).
				if (drawn.tag === 'text' && block) block.runs.push(...drawn.runs);
				else shape.children.push(drawn);
				if (drawn.tag === 'text' && !block) texts.push((block = drawn));
			}
		}
		return shape;
	};
	const layers: Layer[] = [];
	for (let child = svg.firstElementChild; child; child = child.nextElementSibling) {
		if (child.classList.contains(CLASS.layerMessages) && child.children.length > 0)
			throw new Unsupported('messages travel on their own clock');
		passOf = IN_PASSES.some((name) => child.classList.contains(name)) ? new Map() : undefined;
		const shape = read(child, -1, undefined);
		if (!shape) continue;
		// Two passes per place: a path's end marker is drawn in the one after its line.
		const count = passOf ? passOf.size * 2 : 0;
		layers.push(passOf ? { shape, passes: Array.from({ length: count }, () => new Map()) } : { shape });
	}
	const [x = 0, y = 0, width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '')
		.split(/[\s,]+/)
		.map(Number);
	const background = getComputedStyle(svg).backgroundColor;
	return {
		view: new View({ x, y, width, height }, onWrite),
		layers,
		texts,
		of,
		background: background === 'rgba(0, 0, 0, 0)' || background === 'transparent' ? null : background
	};
}

/** SVG's default white-space handling: runs of white space are one space, none at either end. */
const collapse = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Shapes of one look (or one marker) drawn together in a pass: one path, one fill, one stroke. */
class Batch {
	shapes: Shape[] = [];
	xs: number[] = [];
	ys: number[] = [];
	alphas: number[] = [];
	n = 0;
	constructor(
		readonly look: Look,
		readonly marker?: Marker
	) {}
	add(shape: Shape, x: number, y: number, alpha: number) {
		const i = this.n++;
		this.shapes[i] = shape;
		this.xs[i] = x;
		this.ys[i] = y;
		this.alphas[i] = alpha;
	}
}

/** A text's picture: its page, where it is there (px), and where it goes relative to the text's anchor (units). */
interface Sprite {
	page: CanvasImageSource;
	sx: number;
	sy: number;
	sw: number;
	sh: number;
	dx: number;
	dy: number;
	dw: number;
	dh: number;
}

/** A page's width in px. */
const PAGE_WIDTH = 2048;
/** Sprite px kept per diagram (64 MB at 4 bytes a px): beyond it the sprites are made afresh. */
const ATLAS_LIMIT = 2048 * 8192;
/** Transparent px around each sprite, so filtering never bleeds a neighbour in. */
const SPRITE_PAD = 2;

interface Pending {
	block: Shape;
	key: string;
	metrics: { left: number; ascent: number; width: number; height: number };
	x: number;
	y: number;
}

/**
 * Every text of the diagram drawn once, at the transition's largest scale: a frame then copies each label's
 * picture (one `drawImage`) instead of shaping and rasterising its glyphs again — at 1000 components most of
 * a frame's cost. Each batch of new texts becomes a page, an `ImageBitmap` where the browser has one (drawing
 * from a bitmap takes no snapshot of a canvas each frame). A sprite is drawn at most as large as it was made, so
 * it is never enlarged; while the camera zooms out, it is reduced. At rest the SVG draws the text itself again.
 * A text with a stroke is drawn with `fillText`.
 */
class SpriteAtlas {
	scale = 0;
	epoch = 0;
	#used = 0;
	readonly #pages: CanvasImageSource[] = [];
	readonly #known = new Map<string, Sprite | null>();
	readonly #measure: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
	#font = '';

	constructor(private readonly doc: Document) {
		this.#measure = newCanvas(doc, 1, 1).getContext('2d') as CanvasRenderingContext2D | null;
	}

	/** Readies the sprites of `texts` at `scale` device px per unit (a new scale starts afresh). */
	ensure(texts: readonly Shape[], scale: number) {
		if (!this.#measure) return;
		if (scale !== this.scale || this.#used > ATLAS_LIMIT) this.#clear(scale);
		const missing = new Map<string, Pending>();
		for (const block of texts) {
			if (block.epoch === this.epoch) continue;
			const key = blockKey(block);
			if (!this.#known.has(key) && !missing.has(key))
				missing.set(key, { block, key, metrics: NO_METRICS, x: 0, y: 0 });
		}
		if (missing.size > 0) this.#page([...missing.values()], scale);
		for (const block of texts) {
			if (block.epoch === this.epoch) continue;
			block.sprite = this.#known.get(blockKey(block)) ?? null;
			block.epoch = this.epoch;
		}
	}

	/** Measures, packs and draws `missing` on a new page. */
	#page(missing: Pending[], scale: number) {
		const measure = this.#measure as CanvasRenderingContext2D;
		this.#font = '';
		// By first look, so the font changes a few times, not once per text; then measured and packed in rows.
		const pending = missing.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
		let x = 0;
		let y = 0;
		let row = 0;
		for (const item of pending) {
			if (!drawable(item.block)) continue;
			item.metrics = this.#measureBlock(measure, item.block, scale);
			if (item.metrics.width > PAGE_WIDTH) continue;
			if (x + item.metrics.width > PAGE_WIDTH) {
				x = 0;
				y += row;
				row = 0;
			}
			item.x = x;
			item.y = y;
			x += item.metrics.width;
			row = Math.max(row, item.metrics.height);
		}
		const height = Math.max(1, y + row);
		const canvas = newCanvas(this.doc, PAGE_WIDTH, height);
		const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | null;
		this.#font = '';
		for (const item of pending) {
			const m = item.metrics;
			const fits = ctx && drawable(item.block) && m.width <= PAGE_WIDTH;
			this.#known.set(item.key, null);
			if (!fits) continue;
			for (const run of item.block.runs) {
				this.#use(ctx, run.look);
				ctx.globalAlpha = run.look.fillOpacity;
				ctx.fillText(
					run.text,
					item.x + m.left + run.x * scale,
					item.y + m.ascent + run.y * scale + this.#shift(ctx, run.look)
				);
			}
			this.#known.set(item.key, {
				page: canvas as CanvasImageSource,
				sx: item.x,
				sy: item.y,
				sw: m.width,
				sh: m.height,
				dx: -m.left / scale,
				dy: -m.ascent / scale,
				dw: m.width / scale,
				dh: m.height / scale
			});
		}
		// A bitmap of the page: drawing from it takes no snapshot of a canvas each frame.
		const page =
			'transferToImageBitmap' in canvas ? (canvas as OffscreenCanvas).transferToImageBitmap() : canvas;
		for (const sprite of this.#known.values()) if (sprite && sprite.page === canvas) sprite.page = page;
		this.#pages.push(page);
		this.#used += PAGE_WIDTH * height;
	}

	/**
	 * A block's box in whole device px around its origin, padded: `left` and `ascent` are where the origin lies
	 * in the sprite (whole px, so a sprite copied to a whole pixel puts the origin on one).
	 */
	#measureBlock(ctx: CanvasRenderingContext2D, block: Shape, scale: number) {
		let minX = Infinity;
		let maxX = -Infinity;
		let minY = Infinity;
		let maxY = -Infinity;
		for (const run of block.runs) {
			this.#use(ctx, run.look);
			const m = ctx.measureText(run.text);
			const x = run.x * scale;
			const y = run.y * scale + this.#shift(ctx, run.look);
			minX = Math.min(minX, x - m.actualBoundingBoxLeft);
			maxX = Math.max(maxX, x + m.actualBoundingBoxRight);
			minY = Math.min(minY, y - m.actualBoundingBoxAscent);
			maxY = Math.max(maxY, y + m.actualBoundingBoxDescent);
		}
		const left = Math.ceil(-minX) + SPRITE_PAD;
		const ascent = Math.ceil(-minY) + SPRITE_PAD;
		return {
			left,
			ascent,
			width: left + Math.ceil(maxX) + SPRITE_PAD,
			height: ascent + Math.ceil(maxY) + SPRITE_PAD
		};
	}

	/** Where SVG's central baseline puts the alphabetic one below the anchor, in the context's px. */
	#shift(ctx: CanvasRenderingContext2D, look: Look): number {
		if (!look.central) return 0;
		const m = ctx.measureText('');
		return (m.fontBoundingBoxAscent - m.fontBoundingBoxDescent) / 2;
	}

	#clear(scale: number) {
		this.scale = scale;
		this.epoch++;
		this.#known.clear();
		for (const page of this.#pages) if ('close' in page) (page as ImageBitmap).close();
		this.#pages.length = 0;
		this.#used = 0;
	}

	/** Made in device px at the identity transform: the font at its size × scale, the letter spacing too. */
	#use(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, look: Look) {
		if (look.key === this.#font) return;
		this.#font = look.key;
		const k = this.scale;
		ctx.font = look.fontFace.replace('{size}', `${look.fontSize * k}px`);
		ctx.letterSpacing = `${look.spacing * k}px`;
		ctx.fontKerning = look.kerning;
		ctx.textAlign = look.align;
		ctx.textBaseline = look.baseline;
		ctx.direction = look.direction;
		ctx.fillStyle = look.fill ?? 'transparent';
	}
}

/** Everything a block's picture depends on: each run's look, place and text. */
const blockKey = (block: Shape) =>
	block.runs.map((r) => `${r.look.key}\u0002${r.x},${r.y}\u0002${r.text}`).join('\u0001');

/** A block a sprite can show: every run filled, none outlined. */
const drawable = (block: Shape) => block.runs.every((r) => r.look.fill && !r.look.stroke);

const NO_METRICS = { left: 0, ascent: 0, width: 0, height: 0 };

/** An off-screen canvas: an `OffscreenCanvas` where there is one (its bitmap can be taken without a copy). */
function newCanvas(doc: Document, width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
	if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
	const canvas = doc.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	return canvas;
}

/**
 * The canvas calls for one frame. The layers whose parts never overlap at rest (edges, nodes, edge labels:
 * the layout keeps them apart) are drawn in passes — every box, then every caption, … — with each pass's
 * shapes of one look in one path, so a frame of 1000 components sets a colour or a font a few dozen times
 * instead of thousands. The groups layer nests (a group's box under its children's) and keeps document order.
 * The one difference passes make is where parts overlap in motion (a node fading out where one arrives): there
 * the new node's box can be drawn under the old one's text.
 */
class CanvasDraw {
	#fill = '';
	#stroke = '';
	#font = '';
	#alpha = -1;
	#text: Look | undefined;
	#line: Look | undefined;

	/** The frame's text pictures (set by the painter for each transition). */
	atlas: SpriteAtlas | undefined;
	/** This frame's units → device px: scale and offset. */
	#scale = 1;
	#ox = 0;
	#oy = 0;
	#snap = false;

	constructor(readonly ctx: CanvasRenderingContext2D) {}

	/** Forgets the state it set: resizing a canvas resets its context. */
	reset() {
		this.#fill = '';
		this.#stroke = '';
		this.#font = '';
		this.#alpha = -1;
		this.#text = undefined;
		this.#line = undefined;
	}

	frame(mirror: Mirror, size: Size, dpr: number) {
		const ctx = this.ctx;
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		this.#setAlpha(1);
		if (mirror.background) {
			this.#setFill(mirror.background);
			ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
		} else ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
		const v = mirror.view.box;
		if (!(v.width > 0 && v.height > 0)) return;
		// preserveAspectRatio xMidYMid meet, as the SVG element shows its viewBox.
		const s = Math.min(size.width / v.width, size.height / v.height) * dpr;
		this.#scale = s;
		this.#ox = (size.width * dpr - v.width * s) / 2 - v.x * s;
		this.#oy = (size.height * dpr - v.height * s) / 2 - v.y * s;
		// Sprites drawn at the scale they were made at land on whole device pixels: copied, not resampled.
		this.#snap = !!this.atlas && Math.abs(s / this.atlas.scale - 1) < 1e-4;
		// A copy at 1:1 needs no filtering (the cheaper blit); a sprite shown smaller is filtered.
		ctx.imageSmoothingEnabled = !this.#snap;
		ctx.setTransform(s, 0, 0, s, this.#ox, this.#oy);
		for (const layer of mirror.layers) {
			if (!layer.passes) {
				this.#ordered(layer.shape, 0, 0, 1);
				continue;
			}
			for (const pass of layer.passes) for (const batch of pass.values()) batch.n = 0;
			collect(layer.shape, 0, 0, 1, layer.passes);
			for (const pass of layer.passes) for (const batch of pass.values()) if (batch.n > 0) this.#batch(batch);
		}
	}

	#setFill(color: string) {
		if (color !== this.#fill) this.ctx.fillStyle = this.#fill = color;
	}

	#setAlpha(alpha: number) {
		if (alpha !== this.#alpha) this.ctx.globalAlpha = this.#alpha = alpha;
	}

	#lineOf(look: Look) {
		if (look === this.#line) return;
		const ctx = this.ctx;
		this.#line = look;
		if (look.stroke !== this.#stroke) ctx.strokeStyle = this.#stroke = look.stroke as string;
		ctx.lineWidth = look.strokeWidth;
		ctx.lineJoin = look.lineJoin;
		ctx.lineCap = look.lineCap;
		ctx.setLineDash(look.dash);
	}

	#textOf(look: Look) {
		if (look === this.#text) return;
		const ctx = this.ctx;
		this.#text = look;
		if (look.font !== this.#font) ctx.font = this.#font = look.font;
		ctx.letterSpacing = look.letterSpacing;
		ctx.fontKerning = look.kerning;
		ctx.textAlign = look.align;
		ctx.textBaseline = look.baseline;
		ctx.direction = look.direction;
		if (look.central && look.centralShift === undefined) {
			const m = ctx.measureText('');
			look.centralShift = (m.fontBoundingBoxAscent - m.fontBoundingBoxDescent) / 2;
		}
	}

	/** Fills, then strokes, the current path, as SVG paints a shape. */
	#paint(look: Look, alpha: number) {
		const ctx = this.ctx;
		if (look.fill) {
			this.#setFill(look.fill);
			this.#setAlpha(alpha * look.fillOpacity);
			ctx.fill();
		}
		if (look.stroke && look.strokeWidth > 0) {
			this.#lineOf(look);
			this.#setAlpha(alpha * look.strokeOpacity);
			ctx.stroke();
		}
	}

	#rect(shape: Shape, x: number, y: number) {
		const w = shape.width;
		const h = shape.height;
		if (!(w > 0 && h > 0)) return;
		const rx = Math.min(Math.max(0, shape.rx || shape.ry || 0), w / 2);
		const ry = Math.min(Math.max(0, shape.ry ?? shape.rx), h / 2);
		this.ctx.roundRect(x + shape.rectX, y + shape.rectY, w, h, rx === ry ? rx : [{ x: rx, y: ry }]);
	}

	#route(shape: Shape, x: number, y: number) {
		const points = shape.points;
		const ctx = this.ctx;
		for (let i = 0; i < points.length; i++) {
			const p = points[i] as Point;
			if (i === 0) ctx.moveTo(x + p.x, y + p.y);
			else ctx.lineTo(x + p.x, y + p.y);
		}
	}

	/**
	 * An end marker where `shape`'s route ends, turned the way it arrives (orient="auto"): its outline through
	 * translate(end) rotate(angle) scale(k) translate(−ref), added to the current path.
	 */
	#markerAt(marker: Marker, shape: Shape, x: number, y: number) {
		const points = shape.points;
		const n = points.length;
		if (n < 2) return;
		const end = points[n - 1] as Point;
		const before = points[n - 2] as Point;
		const angle = Math.atan2(end.y - before.y, end.x - before.x);
		const cos = Math.cos(angle) * marker.scale;
		const sin = Math.sin(angle) * marker.scale;
		const ex = x + end.x - (cos * marker.refX - sin * marker.refY);
		const ey = y + end.y - (sin * marker.refX + cos * marker.refY);
		const ctx = this.ctx;
		marker.outline.forEach((p, i) => {
			const px = ex + cos * p.x - sin * p.y;
			const py = ey + sin * p.x + cos * p.y;
			if (i === 0) ctx.moveTo(px, py);
			else ctx.lineTo(px, py);
		});
		// A fill closes the outline by itself; only an outlined marker needs it closed.
		if (marker.look.stroke) ctx.closePath();
	}

	#texts(shape: Shape, x: number, y: number, alpha: number) {
		const atlas = this.atlas;
		const sprite = atlas && shape.epoch === atlas.epoch ? shape.sprite : null;
		if (sprite) {
			this.#setAlpha(alpha);
			const { sx, sy, sw, sh, dx, dy, dw, dh } = sprite;
			let left = x + dx;
			let top = y + dy;
			if (this.#snap) {
				const s = this.#scale;
				left = (Math.round(this.#ox + left * s) - this.#ox) / s;
				top = (Math.round(this.#oy + top * s) - this.#oy) / s;
			}
			this.ctx.drawImage(sprite.page, sx, sy, sw, sh, left, top, dw, dh);
			return;
		}
		for (const run of shape.runs) {
			const look = run.look;
			if (!look.fill) continue;
			this.#textOf(look);
			this.#setFill(look.fill);
			this.#setAlpha(alpha * look.fillOpacity);
			this.ctx.fillText(run.text, x + run.x, y + run.y + (look.centralShift ?? 0));
		}
	}

	/** One shape and what it holds, in document order. */
	#ordered(shape: Shape, x: number, y: number, alpha: number) {
		const a = alpha * shape.opacity;
		if (a < MIN_ALPHA) return;
		x += shape.x;
		y += shape.y;
		if (shape.tag === 'g') {
			for (const child of shape.children) this.#ordered(child, x, y, a);
			return;
		}
		const look = shape.look;
		if (look.hidden) return;
		this.ctx.beginPath();
		if (shape.tag === 'rect') {
			this.#rect(shape, x, y);
			this.#paint(look, a);
		} else if (shape.tag === 'path') {
			this.#route(shape, x, y);
			this.#paint(look, a);
			if (shape.marker) {
				this.ctx.beginPath();
				this.#markerAt(shape.marker, shape, x, y);
				this.#paint(shape.marker.look, a);
			}
		} else if (shape.tag === 'text') {
			this.#texts(shape, x, y, a);
		}
	}

	/** A batch, split by opacity (shapes that fade together share one). */
	#batch(batch: Batch) {
		const look = batch.look;
		const tag = batch.shapes[0]?.tag;
		if (tag === 'text') {
			for (let i = 0; i < batch.n; i++)
				this.#texts(
					batch.shapes[i] as Shape,
					batch.xs[i] as number,
					batch.ys[i] as number,
					batch.alphas[i] as number
				);
			return;
		}
		let done = 0;
		const drawn = new Uint8Array(batch.n);
		while (done < batch.n) {
			let alpha = -1;
			this.ctx.beginPath();
			for (let i = 0; i < batch.n; i++) {
				if (drawn[i]) continue;
				const a = batch.alphas[i] as number;
				if (alpha < 0) alpha = a;
				else if (a !== alpha) continue;
				drawn[i] = 1;
				done++;
				const shape = batch.shapes[i] as Shape;
				const x = batch.xs[i] as number;
				const y = batch.ys[i] as number;
				if (batch.marker) this.#markerAt(batch.marker, shape, x, y);
				else if (tag === 'rect') this.#rect(shape, x, y);
				else this.#route(shape, x, y);
			}
			this.#paint(look, alpha);
		}
	}
}

const MIN_ALPHA = 1 / 512;

/** Puts every visible shape under `shape` in its pass's batch for its look, with its offset and opacity. */
function collect(shape: Shape, x: number, y: number, alpha: number, passes: Map<Look | Marker, Batch>[]) {
	const a = alpha * shape.opacity;
	if (a < MIN_ALPHA) return;
	x += shape.x;
	y += shape.y;
	if (shape.tag === 'g') {
		for (const child of shape.children) collect(child, x, y, a, passes);
		return;
	}
	if (shape.look.hidden || shape.pass < 0) return;
	// Opacity is quantised to what a screen shows, so shapes fading together share a path.
	const q = Math.round(a * 255) / 255;
	batchIn(passes, shape.pass, shape.look).add(shape, x, y, q);
	if (shape.marker && shape.points.length > 1)
		batchIn(passes, shape.pass + 1, shape.marker.look, shape.marker).add(shape, x, y, q);
}

function batchIn(passes: Map<Look | Marker, Batch>[], pass: number, look: Look, marker?: Marker): Batch {
	const batches = (passes[pass] ??= new Map());
	const key = marker ?? look;
	let batch = batches.get(key);
	if (!batch) batches.set(key, (batch = new Batch(look, marker)));
	return batch;
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

/** Readies the atlas for `mirror` at the largest scale of `views` (or of the mirror's view). */
function readyText(
	cache: SvgCanvas,
	draw: CanvasDraw,
	mirror: Mirror,
	size: Size,
	dpr: number,
	views?: readonly Box[]
) {
	const scales = (views?.length ? views : [mirror.view.box])
		.filter((v) => v.width > 0 && v.height > 0)
		.map((v) => scaleOf(size, v, dpr));
	if (scales.length === 0) return;
	cache.atlas.ensure(mirror.texts, Math.max(...scales));
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
		readyText(cache as SvgCanvas, draw, mirror, size, dpr, options.views);
		attach(svg, canvas);
		canvas.style.visibility = 'visible';
		svg.style.visibility = 'hidden';
		(cache as SvgCanvas).showing = true;
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
			(cache as SvgCanvas).showing = false;
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
		readyText(cache, surface.draw, mirror, at, dpr, options.views);
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
