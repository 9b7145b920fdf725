/**
 * Every text of a diagram drawn once, as pictures a frame copies (see `SpriteAtlas`).
 */
import type { Look, Shape } from './mirror.js';

/** A text's picture: its page, where it is there (px), and where it goes relative to the text's anchor (units). */
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
export class SpriteAtlas {
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
