/**
 * What a slide shows on screen, measured in the page (pass `measureScreen` to `page.evaluate`; it is
 * self-contained for that): the diagram's box, page overflow, text outside the viewport, whether the caption
 * is whole, and which components the camera's frame cuts (a leaf box, a group's title or an edge label partly inside the
 * diagram's box).
 */
export interface ScreenMeasure {
	diagram: { x: number; y: number; width: number; height: number };
	overflow: { width: number; height: number };
	/** Text boxes (and the diagram's box) that reach outside the viewport. */
	outside: string[];
	/** Null on a page without a caption. */
	caption: { onScreen: boolean; clipped: boolean } | null;
	cut: string[];
}

export function measureScreen(): ScreenMeasure {
	const vw = window.innerWidth;
	const vh = window.innerHeight;
	const svg = document.querySelector<SVGSVGElement>('.sm-storyline .sm-svg');
	if (!svg) throw new Error('no diagram on the page');
	const frame = svg.getBoundingClientRect();
	type Edges = { left: number; top: number; right: number; bottom: number };
	const inside = (r: Edges, box: Edges) =>
		r.left >= box.left - 0.5 &&
		r.top >= box.top - 0.5 &&
		r.right <= box.right + 0.5 &&
		r.bottom <= box.bottom + 0.5;
	const overlaps = (r: Edges, box: Edges) =>
		r.right > box.left + 0.5 &&
		r.left < box.right - 0.5 &&
		r.bottom > box.top + 0.5 &&
		r.top < box.bottom - 0.5;
	const viewport = { left: 0, top: 0, right: vw, bottom: vh };
	const outside: string[] = [];
	if (!inside(frame, viewport)) outside.push('diagram');
	const root = document.querySelector('.sm-presenter, .embed-page') ?? document.body;
	for (const el of root.querySelectorAll<HTMLElement>('h1, h2, h3, p, button, li, dt, dd')) {
		if (el.closest('dialog, .sm-visually-hidden, .sm-accessible-list, [hidden]')) continue;
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) continue;
		if (!inside(r, viewport)) outside.push(`${el.tagName.toLowerCase()}.${el.className}`);
	}
	const cut: string[] = [];
	const pieces = [
		...[...svg.querySelectorAll<SVGGElement>('.sm-node[data-node-id]')].map(
			// The whole node as drawn: its box with the badge and the change pill that straddle its border.
			(g) => [g.dataset.nodeId, g] as const
		),
		...[...svg.querySelectorAll<SVGGElement>('.sm-group[data-node-id]')].map(
			(g) => [`${g.dataset.nodeId} (title)`, g.querySelector('.sm-group-label')] as const
		),
		...[...svg.querySelectorAll<SVGGElement>('[data-edge-label-id]')].map(
			(g) => [`${g.dataset.edgeLabelId} (label)`, g] as const
		)
	];
	for (const [id, el] of pieces) {
		if (!el || getComputedStyle(el).visibility === 'hidden') continue;
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) continue;
		// A box's outline is drawn half outside it, and a bounding box leaves the stroke out: a frame edge between
		// the two shows a sliver of the border. Count the outline's outer half.
		const box = el.querySelector<SVGGraphicsElement>('.sm-node-box');
		const b = box?.getBoundingClientRect();
		const half = box ? (parseFloat(getComputedStyle(box).strokeWidth) / 2) * (box.getScreenCTM()?.a ?? 1) : 0;
		const drawn = b
			? {
					left: Math.min(r.left, b.left - half),
					top: Math.min(r.top, b.top - half),
					right: Math.max(r.right, b.right + half),
					bottom: Math.max(r.bottom, b.bottom + half)
				}
			: r;
		if (overlaps(drawn, frame) && !inside(drawn, frame)) cut.push(String(id));
	}
	const captionEl = document.querySelector<HTMLElement>('[data-presenter-caption], .sm-presenter-text');
	let caption: ScreenMeasure['caption'] = null;
	if (captionEl) {
		const r = captionEl.getBoundingClientRect();
		caption = {
			onScreen: inside(r, viewport),
			clipped:
				captionEl.scrollHeight > captionEl.clientHeight + 1 ||
				captionEl.scrollWidth > captionEl.clientWidth + 1
		};
	}
	return {
		diagram: { x: frame.x, y: frame.y, width: frame.width, height: frame.height },
		overflow: {
			width: document.documentElement.scrollWidth - vw,
			height: document.documentElement.scrollHeight - vh
		},
		outside,
		caption,
		cut
	};
}
