/**
 * The SVG that `DiagramCanvas` rendered, read into shapes a canvas can draw: one stand-in per element, with its
 * geometry from the markup and its look (fills, strokes, dashes, fonts) from the browser's computed style, read
 * once per distinct style. The SVG painter writes frames into the stand-ins (`Writable`) instead of the DOM.
 * Markup it cannot draw (an element, a transform or a path it does not know) throws `Unsupported`.
 */
import type { Box, Point } from '../../layout/types.js';
import { CLASS } from '../../render/contract.js';
import type { Writable } from '../paint.js';
import type { Sprite } from './sprites.js';

/** The look of one shape, from its computed style. */
export interface Look {
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

export interface Marker {
	scale: number;
	refX: number;
	refY: number;
	/** Its outline, a polygon in its own units (a marker drawn here is made of straight lines). */
	outline: Point[];
	look: Look;
}

export interface TextRun {
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

/**
 * The layers whose components are drawn as pictures while nothing inside them changes (see `CanvasDraw`):
 * nodes (a node that only moves or fades) and edge labels. Edges change shape as they move.
 */
const PICTURED = [CLASS.layerNodes, CLASS.layerEdgeLabels];

/** Elements that draw nothing. */
const SILENT = new Set(['title', 'desc', 'defs', 'metadata']);

export class Unsupported extends Error {}

export const num = (value: string | null, fallback = 0) => {
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
export class Shape implements Writable {
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
	/**
	 * Its picture in the sprite atlas (null: drawn shape by shape), valid while `epoch` is the atlas's: a text
	 * block's, or a component's while its `version` is `spriteVersion`.
	 */
	sprite?: Sprite | null;
	epoch?: number;
	/** The component (a layer's child) this shape is part of; undefined for the component itself. */
	component?: Shape;
	/** A component's count of changes inside it (not its own place or opacity, which a sprite follows). */
	version = 0;
	spriteVersion = -1;
	/** Attributes as last written, for `getAttribute` (the benchmark and tests read positions back). */
	readonly written = new Map<string, string>();

	constructor(
		readonly tag: string,
		readonly look: Look,
		/** Its style's number in the cache: elements alike share it (`readMirror`). */
		readonly styleId: number,
		readonly marker: Marker | undefined,
		private readonly onWrite: () => void
	) {}

	setAttribute(name: string, value: string): void {
		this.written.set(name, value);
		if (!this.component) this.apply(name, value);
		else {
			const before = this.#state();
			this.apply(name, value);
			// The painter writes values rounded to 0.01 where the markup may have more digits: not a change.
			const after = this.#state();
			if (before.some((v, i) => Math.abs(v - (after[i] as number)) > 0.011)) this.component.version++;
		}
		this.onWrite();
	}

	/** What a write can change (compared when a component's part is written). */
	#state(): number[] {
		const { x, y, opacity, rectX, rectY, width, height, rx } = this;
		return [x, y, opacity, rectX, rectY, width, height, rx, this.ry ?? rx];
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
export class View implements Writable {
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

export interface Layer {
	shape: Shape;
	/** How many passes it is drawn in (see `draw.ts`); absent for a layer drawn in document order. */
	passes?: number;
	/** Its components (its children) are drawn from pictures while they do not change inside. */
	pictured?: boolean;
}

export interface Mirror {
	/** What its looks depend on beyond the markup (see `themeOf`). */
	theme: string;
	view: View;
	layers: Layer[];
	/** Every text block, and every component of a pictured layer, for the sprite atlas. */
	texts: Shape[];
	components: Shape[];
	of: Map<Element, Shape>;
	background: string | null;
}

/** The attributes a shape is drawn from. */
const GEOMETRY_READ = ['transform', 'opacity', 'x', 'y', 'width', 'height', 'rx', 'ry', 'd'] as const;

/**
 * What reading a mirror keeps between transitions of one SVG: style signatures, interned (a signature names its
 * parent's by number, so it stays short), and the looks by signature number and the markers by id, per theme
 * (see `themeOf`).
 */
export interface StyleCache {
	signatures: Map<string, number>;
	looks: Map<string, { byId: (Look | undefined)[]; markers: Map<string, Marker> }>;
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
export function readMirror(
	svg: SVGSVGElement,
	onWrite: () => void,
	cache: StyleCache,
	fresh = false
): Mirror {
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
	const read = (
		el: Element,
		parent: number,
		place: string | undefined,
		component?: Shape
	): Shape | undefined => {
		const tag = el.localName;
		if (SILENT.has(tag)) return undefined;
		if (tag !== 'g' && tag !== 'rect' && tag !== 'path' && tag !== 'text') throw new Unsupported(tag);
		let signature = `${parent}/${tag}`;
		for (const name of el.getAttributeNames())
			if (!GEOMETRY.has(name)) signature += ` ${name}=${el.getAttribute(name)}`;
		const [styleId, look] = lookFor(el, signature);
		const marker = tag === 'path' ? markerFor(el.getAttribute('marker-end')) : undefined;
		const shape = new Shape(tag, look, styleId, marker, onWrite);
		for (const name of GEOMETRY_READ) {
			const value = el.getAttribute(name);
			if (value !== null) shape.apply(name, value);
		}
		of.set(el, shape);
		if (component) shape.component = component;
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
			// What a component holds is part of it (its changes bump its version: see `Shape`).
			const part = place === '' ? shape : component;
			let block: Shape | undefined;
			for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
				const drawn = read(child, styleId, inside, part);
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
	const components: Shape[] = [];
	for (let child = svg.firstElementChild; child; child = child.nextElementSibling) {
		if (child.classList.contains(CLASS.layerMessages) && child.children.length > 0)
			throw new Unsupported('messages travel on their own clock');
		passOf = IN_PASSES.some((name) => child.classList.contains(name)) ? new Map() : undefined;
		const shape = read(child, -1, undefined);
		if (!shape) continue;
		// Two passes per place: a path's end marker is drawn in the one after its line.
		const passes = passOf ? { passes: passOf.size * 2 } : {};
		const pictured =
			PICTURED.some((name) => child.classList.contains(name)) && shape.x === 0 && shape.y === 0;
		layers.push({ shape, ...passes, ...(pictured ? { pictured } : {}) });
		if (pictured) components.push(...shape.children);
	}
	const [x = 0, y = 0, width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '')
		.split(/[\s,]+/)
		.map(Number);
	const background = getComputedStyle(svg).backgroundColor;
	return {
		theme,
		view: new View({ x, y, width, height }, onWrite),
		layers,
		texts,
		components,
		of,
		background: background === 'rgba(0, 0, 0, 0)' || background === 'transparent' ? null : background
	};
}

/** SVG's default white-space handling: runs of white space are one space, none at either end. */
const collapse = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
