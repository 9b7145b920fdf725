/**
 * The canvas calls for one frame of a mirror (`mirror.ts`).
 */
import type { Size } from '../camera-lens.js';
import type { Layer, Look, Marker, Mirror, Shape } from './mirror.js';
import type { DrawComponent, Sprite, SpriteAtlas } from './sprites.js';
import type { Point } from '../../layout/types.js';

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

/**
 * The canvas calls for one frame. The layers whose parts never overlap at rest (edges, nodes, edge labels:
 * the layout keeps them apart) are drawn in passes — every box, then every caption, … — with each pass's
 * shapes of one look in one path, so a frame of 1000 components sets a colour or a font a few dozen times
 * instead of thousands. The groups layer nests (a group's box under its children's) and keeps document order.
 * The one difference passes make is where parts overlap in motion (a node fading out where one arrives): there
 * the new node's box can be drawn under the old one's text.
 */
export class CanvasDraw {
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

	/** Each layer's batches by look, per pass: kept from frame to frame (their arrays are reused). */
	readonly #passes = new WeakMap<Layer, Map<Look | Marker, Batch>[]>();

	constructor(readonly ctx: CanvasRenderingContext2D) {}

	#passesOf(layer: Layer, count: number) {
		let passes = this.#passes.get(layer);
		if (!passes) this.#passes.set(layer, (passes = Array.from({ length: count }, () => new Map())));
		return passes;
	}

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
			const passes = layer.passes && this.#passesOf(layer, layer.passes);
			if (!passes) {
				this.#ordered(layer.shape, 0, 0, 1);
				continue;
			}
			for (const pass of passes) for (const batch of pass.values()) batch.n = 0;
			if (layer.pictured) this.#pictured(layer.shape, passes);
			else collect(layer.shape, 0, 0, 1, passes);
			for (const pass of passes) for (const batch of pass.values()) if (batch.n > 0) this.#batch(batch);
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
		if (sprite) return this.#copy(sprite, x, y, alpha);
		for (const run of shape.runs) {
			const look = run.look;
			if (!look.fill) continue;
			this.#textOf(look);
			this.#setFill(look.fill);
			this.#setAlpha(alpha * look.fillOpacity);
			this.ctx.fillText(run.text, x + run.x, y + run.y + (look.centralShift ?? 0));
		}
	}

	/** A picture whose origin goes to (`x`, `y`): to a whole device pixel when it is shown at the scale it was made. */
	#copy(sprite: Sprite, x: number, y: number, alpha: number) {
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
	}

	/**
	 * A pictured layer: each component that has not changed inside since its picture was made is copied, in
	 * document order; the others go to the passes, drawn after (they are the ones resizing or cross-fading).
	 */
	#pictured(layer: Shape, passes: Map<Look | Marker, Batch>[]) {
		const atlas = this.atlas;
		const alpha = layer.opacity;
		for (const component of layer.children) {
			const a = alpha * component.opacity;
			if (a < MIN_ALPHA) continue;
			const sprite =
				atlas && component.epoch === atlas.epoch && component.spriteVersion === component.version
					? component.sprite
					: null;
			if (sprite) this.#copy(sprite, layer.x + component.x, layer.y + component.y, a);
			else collect(component, layer.x, layer.y, alpha, passes);
		}
	}

	/**
	 * A component's shapes in document order at `scale`, its origin at (`originX`, `originY`) px (whole px): its
	 * picture. Its texts are copied from their own pictures in `atlas`, to whole pixels.
	 */
	component(component: Shape, originX: number, originY: number, scale: number, atlas: SpriteAtlas) {
		this.atlas = atlas;
		this.#scale = scale;
		this.#ox = originX;
		this.#oy = originY;
		this.#snap = true;
		this.ctx.imageSmoothingEnabled = false;
		this.ctx.setTransform(scale, 0, 0, scale, originX, originY);
		for (const child of component.children) this.#ordered(child, 0, 0, 1);
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

/** Below this a shape draws nothing visible (half an 8-bit level). */
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

/** Draws a component's picture on `ctx` (a page of the atlas), shape by shape. */
export const drawComponent: DrawComponent = (ctx, component, originX, originY, scale, atlas) =>
	new CanvasDraw(ctx).component(component, originX, originY, scale, atlas);
