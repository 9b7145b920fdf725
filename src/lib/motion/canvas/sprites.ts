/**
 * Pictures of a diagram's texts and components, made once and copied by each frame (see `SpriteAtlas`).
 */
import type { Look, Shape } from './mirror.js';

/** A picture: its page, where it is there (px), and where it goes relative to its origin (units). */
export interface Sprite {
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

/** A picture to make: where its origin lies in it (whole px), its size, its place on the page, how to draw it. */
interface Pending {
	key: string;
	left: number;
	top: number;
	width: number;
	height: number;
	x: number;
	y: number;
	render: (ctx: CanvasRenderingContext2D, originX: number, originY: number) => void;
}

/** Draws a component's shapes at `scale` with its origin at (`originX`, `originY`) px (see `draw.ts`). */
export type DrawComponent = (
	ctx: CanvasRenderingContext2D,
	component: Shape,
	originX: number,
	originY: number,
	scale: number,
	atlas: SpriteAtlas
) => void;

/**
 * Pictures of the diagram made once, at the transition's largest scale, that a frame copies (one `drawImage`
 * each) instead of shaping and rasterising glyphs and filling and stroking outlines again — at 1000 components
 * most of a frame's cost:
 * - every text block (a group's texts: a caption and its label);
 * - every component of a pictured layer (a node, an edge label) as it is when the transition starts; one that
 *   changes inside (a box that resizes, a label that cross-fades) is drawn shape by shape from then on.
 * Each batch of new pictures becomes a page, an `ImageBitmap` where the browser has one (drawing from a bitmap
 * takes no snapshot of a canvas each frame). A picture is drawn at most as large as it was made, so it is never
 * enlarged; while the camera zooms out, it is reduced. At rest the SVG draws everything itself again.
 */
export class SpriteAtlas {
	scale = 0;
	epoch = 0;
	#theme = '';
	#used = 0;
	readonly #pages: CanvasImageSource[] = [];
	readonly #known = new Map<string, Sprite | null>();
	readonly #measure: CanvasRenderingContext2D | null;
	#font = '';

	constructor(private readonly doc: Document) {
		this.#measure = newCanvas(doc, 1, 1).getContext('2d') as CanvasRenderingContext2D | null;
	}

	/**
	 * Readies the pictures of `texts` and `components` at `scale` device px per unit, for looks of `theme` (a
	 * new scale or theme starts afresh).
	 */
	ensure(
		texts: readonly Shape[],
		components: readonly Shape[],
		scale: number,
		origin: { x: number; y: number },
		theme: string,
		drawComponent: DrawComponent
	) {
		const measure = this.#measure;
		if (!measure) return;
		if (scale !== this.scale || theme !== this.#theme || this.#used > ATLAS_LIMIT) this.#clear(scale, theme);
		// Texts first: a component's picture copies the pictures of its texts.
		this.#font = '';
		this.#round(
			texts.filter((block) => block.epoch !== this.epoch),
			blockKey,
			(block, key) => this.#textPicture(measure, block, key, scale),
			scale
		);
		this.#round(
			components.filter((c) => c.epoch !== this.epoch || c.spriteVersion !== c.version),
			(c) => `${phaseOf(c, scale, origin)}|${componentKey(c)}`,
			(c, key) => {
				const [fx, fy] = phaseOf(c, scale, origin);
				// The origin handed to `render` is past `left, top` by the phase already.
				return componentPicture(c, key, scale, fx, fy, (ctx, x, y) =>
					drawComponent(ctx, c, x, y, scale, this)
				);
			},
			scale
		);
	}

	/** Finds or makes the pictures of `shapes` (one per distinct key) and gives each its own. */
	#round(
		shapes: readonly Shape[],
		keyOf: (shape: Shape) => string,
		make: (shape: Shape, key: string) => Pending | undefined,
		scale: number
	) {
		const missing = new Map<string, Pending>();
		const keys = new Map<Shape, string>();
		for (const shape of shapes) {
			const key = keyOf(shape);
			keys.set(shape, key);
			if (this.#known.has(key) || missing.has(key)) continue;
			const pending = make(shape, key);
			if (pending) missing.set(key, pending);
			else this.#known.set(key, null);
		}
		if (missing.size > 0) this.#page([...missing.values()], scale);
		for (const [shape, key] of keys) {
			shape.sprite = this.#known.get(key) ?? null;
			shape.epoch = this.epoch;
			shape.spriteVersion = shape.version;
		}
	}

	/** Packs `missing` in rows on a new page, draws each, and keeps the page as a bitmap. */
	#page(missing: Pending[], scale: number) {
		let x = 0;
		let y = 0;
		let row = 0;
		// Tallest first: rows pack tighter.
		missing.sort((a, b) => b.height - a.height || (a.key < b.key ? -1 : 1));
		for (const item of missing) {
			if (x + item.width > PAGE_WIDTH) {
				x = 0;
				y += row;
				row = 0;
			}
			item.x = x;
			item.y = y;
			x += item.width;
			row = Math.max(row, item.height);
		}
		const height = Math.max(1, y + row);
		const canvas = newCanvas(this.doc, PAGE_WIDTH, height);
		const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | null;
		if (!ctx) return;
		this.#font = '';
		for (const item of missing) {
			ctx.save();
			item.render(ctx, item.x + item.left, item.y + item.top);
			ctx.restore();
			this.#font = '';
			this.#known.set(item.key, {
				page: canvas as CanvasImageSource,
				sx: item.x,
				sy: item.y,
				sw: item.width,
				sh: item.height,
				dx: -item.left / scale,
				dy: -item.top / scale,
				dw: item.width / scale,
				dh: item.height / scale
			});
		}
		// A bitmap of the page: drawing from it takes no snapshot of a canvas each frame.
		const page =
			'transferToImageBitmap' in canvas ? (canvas as OffscreenCanvas).transferToImageBitmap() : canvas;
		for (const sprite of this.#known.values()) if (sprite && sprite.page === canvas) sprite.page = page;
		this.#pages.push(page);
		this.#used += PAGE_WIDTH * height;
	}

	/** A text block's picture: its runs, each in its look, made in device px at the identity transform. */
	#textPicture(
		measure: CanvasRenderingContext2D,
		block: Shape,
		key: string,
		scale: number
	): Pending | undefined {
		if (!block.runs.every((r) => r.look.fill && !r.look.stroke)) return undefined;
		const m = this.#measureBlock(measure, block, scale);
		if (m.width > PAGE_WIDTH) return undefined;
		return {
			key,
			...m,
			x: 0,
			y: 0,
			render: (ctx, originX, originY) => {
				for (const run of block.runs) {
					this.#use(ctx, run.look);
					ctx.globalAlpha = run.look.fillOpacity;
					ctx.fillText(
						run.text,
						originX + run.x * scale,
						originY + run.y * scale + this.#shift(ctx, run.look)
					);
				}
			}
		};
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
		const top = Math.ceil(-minY) + SPRITE_PAD;
		return {
			left,
			top,
			width: left + Math.ceil(maxX) + SPRITE_PAD,
			height: top + Math.ceil(maxY) + SPRITE_PAD
		};
	}

	/** Where SVG's central baseline puts the alphabetic one below the anchor, in the context's px. */
	#shift(ctx: CanvasRenderingContext2D, look: Look): number {
		if (!look.central) return 0;
		const m = ctx.measureText('');
		return (m.fontBoundingBoxAscent - m.fontBoundingBoxDescent) / 2;
	}

	#clear(scale: number, theme: string) {
		this.scale = scale;
		this.#theme = theme;
		this.epoch++;
		this.#known.clear();
		for (const page of this.#pages) if ('close' in page) (page as ImageBitmap).close();
		this.#pages.length = 0;
		this.#used = 0;
	}

	/** Made in device px at the identity transform: the font at its size × scale, the letter spacing too. */
	#use(ctx: CanvasRenderingContext2D, look: Look) {
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

/**
 * Where a component's origin falls inside its device pixel at the picture's scale (0–1 px, to 1/16), so that
 * its picture, copied to a whole pixel, puts every edge where the SVG draws it.
 */
function phaseOf(component: Shape, scale: number, origin: { x: number; y: number }): [number, number] {
	const frac = (v: number) => Math.round((v - Math.floor(v)) * 16) / 16;
	// A pictured layer has no place of its own (`readMirror`): the component's is its place in the drawing.
	return [frac(origin.x + component.x * scale), frac(origin.y + component.y * scale)];
}

/** Everything a component's picture depends on: each shape's style, geometry, opacity and text, in order. */
function componentKey(shape: Shape): string {
	let key = `${shape.tag}:${shape.styleId}:${shape.rectX},${shape.rectY},${shape.width},${shape.height},${shape.rx},${shape.ry}`;
	// The component's own place and opacity are the picture's, applied when it is drawn.
	if (shape.component) key += `@${shape.x},${shape.y}*${shape.opacity}`;
	for (const run of shape.runs) key += `\u0002${run.look.key}\u0002${run.x},${run.y}\u0002${run.text}`;
	for (const p of shape.points) key += `~${p.x},${p.y}`;
	for (const child of shape.children) key += `(${componentKey(child)})`;
	return key;
}

/**
 * A component's picture: its rectangles' extent (stroke included, a unit to spare: its texts lie inside its
 * boxes and pills) around its origin, drawn by `render`.
 */
function componentPicture(
	component: Shape,
	key: string,
	scale: number,
	phaseX: number,
	phaseY: number,
	render: Pending['render']
): Pending | undefined {
	const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
	const visit = (shape: Shape, x: number, y: number) => {
		if (shape.tag === 'path') box.minX = Number.NaN;
		if (shape.tag === 'rect' && shape.width > 0 && shape.height > 0) {
			const half = (shape.look.stroke ? shape.look.strokeWidth / 2 : 0) + 1;
			box.minX = Math.min(box.minX, x + shape.rectX - half);
			box.minY = Math.min(box.minY, y + shape.rectY - half);
			box.maxX = Math.max(box.maxX, x + shape.rectX + shape.width + half);
			box.maxY = Math.max(box.maxY, y + shape.rectY + shape.height + half);
		}
		for (const child of shape.children) visit(child, x + child.x, y + child.y);
	};
	visit(component, 0, 0);
	// Nothing to frame it by (no box), or a path inside it: drawn shape by shape.
	if (!Number.isFinite(box.minX) || !Number.isFinite(box.maxY)) return undefined;
	const left = Math.ceil(-box.minX * scale) + SPRITE_PAD;
	const top = Math.ceil(-box.minY * scale) + SPRITE_PAD;
	const width = left + Math.ceil(box.maxX * scale) + SPRITE_PAD;
	const height = top + Math.ceil(box.maxY * scale) + SPRITE_PAD;
	if (width > PAGE_WIDTH || height > PAGE_WIDTH) return undefined;
	// Its origin sits `phase` px past the whole pixel `left, top` (see `phaseOf`).
	return {
		key,
		left: left + phaseX,
		top: top + phaseY,
		width: width + 1,
		height: height + 1,
		x: 0,
		y: 0,
		render
	};
}

/** An off-screen canvas: an `OffscreenCanvas` where there is one (its bitmap can be taken without a copy). */
function newCanvas(doc: Document, width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
	if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
	const canvas = doc.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	return canvas;
}
