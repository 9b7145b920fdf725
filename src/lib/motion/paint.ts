/**
 * Writes a `TransitionFrame` into the SVG that `DiagramCanvas` rendered. The one place where motion touches the
 * DOM: elements are looked up once per transition, and each frame writes only attributes (transforms, sizes,
 * path strings, opacity) — never reads layout, so a frame costs no style recalculation round trips.
 */
import type { Box } from '../layout/types.js';
import { pathFromPoints } from '../render/path.js';
import { changeBadgeTransform, placeBadge } from '../render/node-text.js';
import type { EdgeFrame, NodeFrame, TransitionFrame } from './frame.js';

interface NodeElements {
	root: SVGGElement;
	box: SVGRectElement | null;
	/** New label (or the only one). */
	content: SVGGElement | null;
	/** The previous label while a relabel cross-fades. */
	previous: SVGGElement | null;
	badge: SVGGElement | null;
	badgeWidth: number;
	change: SVGGElement | null;
	isClient: boolean;
}

interface EdgeElements {
	root: SVGGElement;
	line: SVGPathElement | null;
	label: SVGGElement | null;
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

export interface FramePainter {
	paint(frame: TransitionFrame): void;
}

export interface PainterOptions {
	/** Animate the SVG's viewBox with the frame's size. Off when the caller keeps one size for all steps. */
	paintSize?: boolean;
}

/** Collects the elements of every node and edge in `svg` and returns a painter for frames over them. */
export function createPainter(svg: SVGSVGElement, options: PainterOptions = {}): FramePainter {
	const paintSize = options.paintSize ?? true;
	const nodes = new Map<string, NodeElements>();
	for (const root of svg.querySelectorAll<SVGGElement>('[data-node-id]')) {
		const badge = root.querySelector<SVGGElement>(':scope > .sm-node-badge-group');
		nodes.set(root.dataset.nodeId as string, {
			root,
			box: root.querySelector<SVGRectElement>(':scope > rect'),
			content: root.querySelector<SVGGElement>(':scope > .sm-node-content:not(.sm-node-content-previous)'),
			previous: root.querySelector<SVGGElement>(':scope > .sm-node-content-previous'),
			badge,
			badgeWidth: Number(badge?.dataset.textWidth ?? 0),
			change: root.querySelector<SVGGElement>(':scope > .sm-change'),
			isClient: root.dataset.kind === 'client'
		});
	}
	const edges = new Map<string, EdgeElements>();
	for (const root of svg.querySelectorAll<SVGGElement>('[data-edge-id]')) {
		const id = root.dataset.edgeId as string;
		edges.set(id, {
			root,
			line: root.querySelector<SVGPathElement>('.sm-edge-line'),
			label: svg.querySelector<SVGGElement>(`[data-edge-label-id="${CSS.escape(id)}"]`)
		});
	}
	// Last written values: identical writes are skipped, most frames move a fraction of the elements.
	const written = new WeakMap<Element, Map<string, string>>();
	function set(el: Element | null, name: string, value: string) {
		if (!el) return;
		let attrs = written.get(el);
		if (!attrs) written.set(el, (attrs = new Map()));
		if (attrs.get(name) === value) return;
		attrs.set(name, value);
		el.setAttribute(name, value);
	}
	function setOpacity(el: Element | null, opacity: number) {
		set(el, 'opacity', opacity >= 0.999 ? '1' : fmt(opacity));
	}

	function paintNode(frame: NodeFrame) {
		const el = nodes.get(frame.id);
		if (!el) return;
		const { x, y, width, height } = frame.box;
		set(el.root, 'transform', `translate(${fmt(x)} ${fmt(y)})`);
		setOpacity(el.root, frame.opacity);
		set(el.box, 'width', fmt(width));
		set(el.box, 'height', fmt(height));
		if (el.isClient) set(el.box, 'rx', fmt(Math.min(height / 2, 24)));
		const centre = `translate(${fmt(width / 2)} ${fmt(height / 2)})`;
		set(el.content, 'transform', centre);
		if (el.previous) {
			set(el.previous, 'transform', centre);
			// Old text out, then new text in: two labels at half opacity on top of each other read as garbage.
			setOpacity(el.previous, Math.max(0, 1 - 2 * frame.labelMix));
			setOpacity(el.content, Math.max(0, 2 * frame.labelMix - 1));
		}
		if (el.badge) {
			const badge = placeBadge(width, el.badgeWidth);
			set(el.badge, 'transform', `translate(${fmt(badge.x)} ${fmt(badge.y)})`);
		}
		if (el.change) set(el.change, 'transform', changeBadgeTransform(height));
	}

	function paintEdge(frame: EdgeFrame) {
		const el = edges.get(frame.id);
		if (!el) return;
		set(el.line, 'd', pathFromPoints(frame.points));
		setOpacity(el.root, frame.opacity);
		if (el.label) {
			const box = frame.label as Box | undefined;
			if (box) set(el.label, 'transform', `translate(${fmt(box.x)} ${fmt(box.y)})`);
			setOpacity(el.label, frame.opacity * frame.labelOpacity);
		}
	}

	return {
		paint(frame) {
			if (paintSize) {
				set(svg, 'viewBox', `0 0 ${fmt(frame.width)} ${fmt(frame.height)}`);
				set(svg, 'width', fmt(frame.width));
				set(svg, 'height', fmt(frame.height));
			}
			for (const node of frame.nodes) paintNode(node);
			for (const edge of frame.edges) paintEdge(edge);
		}
	};
}
