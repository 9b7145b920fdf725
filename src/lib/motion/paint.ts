/**
 * Writes a `TransitionFrame` into the SVG that `DiagramCanvas` rendered. The one place where motion touches the
 * DOM: elements are looked up once per transition (one pass over the SVG per kind), and each frame writes only
 * attributes (transforms, sizes, path strings, opacity) whose rounded value changed since the previous frame —
 * never reads layout (but the SVG's box once per camera move, see `PainterOptions.camera`), so a frame costs no
 * forced style recalculation, and a node that only moves costs one `transform` write (its box, label and badges
 * are positioned relative to it and stay untouched).
 */
import type { Box, Point } from '../layout/types.js';
import type { NodeKind } from '../model/types.js';
import { CLASS, DATASET, SELECTOR } from '../render/contract.js';
import { pathFromPoints } from '../render/path.js';
import { shapeRadius } from '../render/shapes.js';
import { changeBadgeTransform, placeBadge } from '../render/node-text.js';
import { lensTransform, type Size } from './camera-lens.js';

export type { Size } from './camera-lens.js';
import type { EdgeFrame, NodeFrame, TransitionFrame } from './frame.js';

/** What a frame writes to: an element, or a stand-in for one (`PainterOptions.target`). */
export interface Writable {
	setAttribute(name: string, value: string): void;
	/** A stand-in that draws routes from their points takes them as they are, not as a path string. */
	setPoints?(points: readonly Point[]): void;
}

interface NodeElements {
	root: Writable;
	box: Writable | null;
	/** New label (or the only one). */
	content: Writable | null;
	/** The previous label while a relabel cross-fades. */
	previous: Writable | null;
	badge: Writable | null;
	badgeWidth: number;
	/** The pill's left end as rendered when the layout moved it (`badgeX`), else undefined. */
	badgeX: number | undefined;
	/** The pill's left end as last written (NaN: not yet). */
	badgeLeft: number;
	/** The last frame's `badge`: while it and the box's size stay, the pill stays. */
	frameBadge: number | undefined;
	change: Writable | null;
	kind: NodeKind;
	isGroup: boolean;
	/** What was last written, rounded as written: a frame only touches what changed (NaN: nothing yet). */
	x: number;
	y: number;
	width: number;
	height: number;
	opacity: number;
	labelMix: number;
	radius: number;
}

interface EdgeElements {
	root: Writable;
	line: Writable | null;
	label: Writable | null;
	/** The route last painted (by identity) and its path as written. */
	points: readonly Point[] | undefined;
	d: string;
	opacity: number;
	labelX: number;
	labelY: number;
	labelOpacity: number;
}

/** Rounds to 0.01 px, as written: values are compared after rounding, so sub-pixel jitter writes nothing. */
const r2 = (n: number) => Math.round(n * 100) / 100;
const fmt = (n: number) => String(r2(n));
/** Opacity as written: fully opaque snaps to 1. */
const op = (o: number) => (o >= 0.999 ? 1 : r2(o));

export interface FramePainter {
	paint(frame: TransitionFrame): void;
	/** Leaves the SVG as a still picture draws it (see `PainterOptions.camera`); the last frame stays shown. */
	rest?(): void;
}

export interface PainterOptions {
	/** Animate the SVG's viewBox with the frame's size. Off when the caller keeps one size for all steps. */
	paintSize?: boolean;
	/**
	 * The camera's two ends in this transition. Given (and different), the camera moves as a CSS transform of
	 * the SVG element (`camera-lens.ts`), which the compositor applies to the painted picture, instead of a
	 * viewBox per frame, which restyles and re-lays out every text at each zoom step. The viewBox stays that of
	 * the first frame and the SVG draws beyond its box (the host clips it, as `Storyline`'s stage does). The
	 * element is a layer only until `rest()`, which puts the last frame's viewBox back and removes the styles.
	 * Without it each frame writes the viewBox (exports, which read the SVG itself, need that).
	 */
	camera?: {
		from: Box;
		to: Box;
		/** The SVG's box on screen in px, if the caller measured it at rest (else it is read at the first move). */
		box?: Size;
	};
	/**
	 * Where each element's writes go: the element itself (default), or a stand-in that draws them elsewhere (the
	 * canvas renderer's mirror, `canvas-paint.ts`). Elements are still found, and read, in the SVG.
	 */
	target?: (element: Element) => Writable;
}

const sameBox = (a: Box, b: Box) =>
	a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Styles the compositor camera sets on the SVG for one transition (and `rest()` removes). */
const LENS_STYLES = ['transform', 'transform-origin', 'will-change', 'overflow'] as const;

/** Collects the elements of every node and edge in `svg` and returns a painter for frames over them. */
export function createPainter(svg: SVGSVGElement, options: PainterOptions = {}): FramePainter {
	const paintSize = options.paintSize ?? true;
	const to = options.target ?? ((element: Element) => element);
	const toOrNull = (element: Element | null) => (element ? to(element) : null);
	const target = to(svg);
	const nodes = new Map<string, NodeElements>();
	for (const root of svg.querySelectorAll<SVGGElement>(SELECTOR.node)) {
		const badge = root.querySelector<SVGGElement>(SELECTOR.badge);
		const box = root.querySelector<SVGRectElement>(SELECTOR.shapeBox);
		nodes.set(root.dataset[DATASET.nodeId] as string, {
			root: to(root),
			box: toOrNull(box),
			content: toOrNull(root.querySelector(SELECTOR.content)),
			previous: toOrNull(root.querySelector(SELECTOR.previousContent)),
			badge: toOrNull(badge),
			badgeWidth: Number(badge?.dataset[DATASET.textWidth] ?? 0),
			badgeX:
				badge?.dataset[DATASET.badgeX] === undefined ? undefined : Number(badge.dataset[DATASET.badgeX]),
			badgeLeft: Number.NaN,
			frameBadge: undefined,
			change: toOrNull(root.querySelector(SELECTOR.change)),
			kind: (root.dataset[DATASET.kind] ?? 'group') as NodeKind,
			isGroup: root.classList.contains(CLASS.group),
			x: Number.NaN,
			y: Number.NaN,
			width: Number.NaN,
			height: Number.NaN,
			opacity: Number.NaN,
			labelMix: Number.NaN,
			// The radius as drawn (an attribute, not layout: reading it forces no style recalculation).
			radius: Number(box?.getAttribute('rx') ?? Number.NaN)
		});
	}
	const edges = new Map<string, EdgeElements>();
	const labels = new Map<string, SVGGElement>();
	for (const label of svg.querySelectorAll<SVGGElement>(SELECTOR.edgeLabel)) {
		labels.set(label.dataset[DATASET.edgeLabelId] as string, label);
	}
	for (const root of svg.querySelectorAll<SVGGElement>(SELECTOR.edge)) {
		const id = root.dataset[DATASET.edgeId] as string;
		edges.set(id, {
			root: to(root),
			line: toOrNull(root.querySelector(SELECTOR.edgeLine)),
			label: toOrNull(labels.get(id) ?? null),
			points: undefined,
			d: '',
			opacity: Number.NaN,
			labelX: Number.NaN,
			labelY: Number.NaN,
			labelOpacity: Number.NaN
		});
	}
	const size = { width: Number.NaN, height: Number.NaN };
	let viewBox = '';
	let view: Box | undefined;
	// The compositor camera: the viewBox stays that of the first frame (no re-layout of the text to start
	// with); the element is transformed over it, drawing beyond its box (the stage clips) as the camera pans
	// or zooms out. Its size comes from the caller (measured at rest) or is read at the first frame that moves.
	const lensOn = !!options.camera && !sameBox(options.camera.from, options.camera.to);
	let lensBase: Box | undefined;
	let lensBox: Size | undefined = options.camera?.box;
	let lensUnavailable = false;
	let lens = '';
	for (const name of LENS_STYLES) svg.style.removeProperty(name);
	if (lensOn) {
		svg.style.transformOrigin = '0 0';
		svg.style.willChange = 'transform';
		svg.style.overflow = 'visible';
	}

	function paintLens(next: Box): boolean {
		if (!lensOn) return false;
		if (!lensBase) {
			lensBase = next;
			viewBox = `${fmt(next.x)} ${fmt(next.y)} ${fmt(next.width)} ${fmt(next.height)}`;
			if (svg.getAttribute('viewBox') !== viewBox) svg.setAttribute('viewBox', viewBox);
			return true;
		}
		if (!lensBox) {
			if (lensUnavailable) return false;
			const { width, height } = svg.getBoundingClientRect();
			// Not on screen (no box): the camera falls back to the viewBox for this transition.
			lensUnavailable = !(width > 0 && height > 0);
			if (lensUnavailable) return false;
			lensBox = { width, height };
		}
		const t = lensTransform(lensBox, lensBase, next);
		// 0.01 px and 1e-5 of scale: below what a screen shows, so still frames write nothing.
		const css = `translate(${fmt(t.x)}px, ${fmt(t.y)}px) scale(${Math.round(t.scale * 1e5) / 1e5})`;
		if (css !== lens) {
			lens = css;
			svg.style.transform = css;
		}
		return true;
	}

	function paintView(next: Box) {
		view = next;
		if (paintLens(next)) return;
		// The camera as a viewBox: one write zooms and pans the whole picture.
		const { x, y, width, height } = next;
		const written = `${fmt(x)} ${fmt(y)} ${fmt(width)} ${fmt(height)}`;
		if (written !== viewBox) {
			viewBox = written;
			target.setAttribute('viewBox', written);
		}
	}

	// Each write happens only when its rounded value changed since the last frame: in most frames many elements
	// stand still (or only fade), and an attribute write costs a style recalculation of its element.
	function paintNode(frame: NodeFrame) {
		const el = nodes.get(frame.id);
		if (!el) return;
		const { box: b, root } = el;
		const x = r2(frame.box.x);
		const y = r2(frame.box.y);
		if (x !== el.x || y !== el.y) {
			el.x = x;
			el.y = y;
			root.setAttribute('transform', `translate(${x} ${y})`);
		}
		const opacity = op(frame.opacity);
		if (opacity !== el.opacity) {
			el.opacity = opacity;
			root.setAttribute('opacity', String(opacity));
		}
		const width = r2(frame.box.width);
		const height = r2(frame.box.height);
		const resized = width !== el.width || height !== el.height;
		if (resized) {
			el.width = width;
			el.height = height;
			if (b) {
				b.setAttribute('width', String(width));
				b.setAttribute('height', String(height));
				// A client's pill radius follows its height; every other shape's radius stays as drawn.
				const radius = r2(shapeRadius(el.kind, el.isGroup, height));
				if (radius !== el.radius) {
					el.radius = radius;
					b.setAttribute('rx', String(radius));
				}
			}
			const centre = `translate(${fmt(width / 2)} ${fmt(height / 2)})`;
			el.content?.setAttribute('transform', centre);
			el.previous?.setAttribute('transform', centre);
			el.change?.setAttribute('transform', changeBadgeTransform(height));
		}
		if (el.badge && (resized || frame.badge !== el.frameBadge)) {
			el.frameBadge = frame.badge;
			// On its usual corner the pill follows the box's width; moved clear of an edge, it glides between the
			// places the two steps gave it (the frame's `badge`). Otherwise it stands still: nothing to compute.
			const badge = placeBadge(width, el.badgeWidth, frame.badge ?? el.badgeX);
			const left = r2(badge.x);
			if (left !== el.badgeLeft) {
				el.badgeLeft = left;
				el.badge.setAttribute('transform', `translate(${fmt(left)} ${fmt(badge.y)})`);
			}
		}
		if (el.previous && frame.labelMix !== el.labelMix) {
			el.labelMix = frame.labelMix;
			// Old text out, then new text in: two labels at half opacity on top of each other read as garbage.
			el.previous.setAttribute('opacity', String(op(Math.max(0, 1 - 2 * frame.labelMix))));
			el.content?.setAttribute('opacity', String(op(Math.max(0, 2 * frame.labelMix - 1))));
		}
	}

	function paintEdge(frame: EdgeFrame) {
		const el = edges.get(frame.id);
		if (!el) return;
		// The sampler hands out the same route while an edge stands still: nothing to format or write.
		if (frame.points !== el.points) {
			el.points = frame.points;
			if (el.line?.setPoints) el.line.setPoints(frame.points);
			else {
				const d = pathFromPoints(frame.points);
				if (d !== el.d) {
					el.d = d;
					el.line?.setAttribute('d', d);
				}
			}
		}
		const opacity = op(frame.opacity);
		if (opacity !== el.opacity) {
			el.opacity = opacity;
			el.root.setAttribute('opacity', String(opacity));
		}
		if (!el.label) return;
		const box = frame.label as Box | undefined;
		if (box) {
			const x = r2(box.x);
			const y = r2(box.y);
			if (x !== el.labelX || y !== el.labelY) {
				el.labelX = x;
				el.labelY = y;
				el.label.setAttribute('transform', `translate(${x} ${y})`);
			}
		}
		const labelOpacity = op(frame.opacity * frame.labelOpacity);
		if (labelOpacity !== el.labelOpacity) {
			el.labelOpacity = labelOpacity;
			el.label.setAttribute('opacity', String(labelOpacity));
		}
	}

	return {
		paint(frame) {
			if (paintSize) {
				const width = r2(frame.width);
				const height = r2(frame.height);
				if (width !== size.width || height !== size.height) {
					size.width = width;
					size.height = height;
					target.setAttribute('viewBox', `0 0 ${width} ${height}`);
					target.setAttribute('width', String(width));
					target.setAttribute('height', String(height));
				}
			}
			if (frame.view) paintView(frame.view);
			for (const node of frame.nodes) paintNode(node);
			for (const edge of frame.edges) paintEdge(edge);
		},
		rest() {
			if (!lensOn) return;
			if (view)
				svg.setAttribute('viewBox', `${fmt(view.x)} ${fmt(view.y)} ${fmt(view.width)} ${fmt(view.height)}`);
			for (const name of LENS_STYLES) svg.style.removeProperty(name);
		}
	};
}
