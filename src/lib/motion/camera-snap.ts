/**
 * Snapping a close-up to whole components. A frame that cuts a box at its edge shows half a name and reads as
 * a mistake, so every component (and every group's title strip) is either wholly inside the frame or wholly
 * outside it. Given what the frame must show and the sizes it may take, this searches the positions where
 * each frame edge sits just outside or just inside a component's edge, keeps the ones that cut nothing, and
 * picks the one that shows the most of what the step is about. Pure data, as the rest of the camera.
 */
import type { Box, StepLayout } from '../layout/types.js';
import { badgePillWidth, GROUP_STYLE, NODE_STYLE, usualBadgeLeft } from '../layout/style.js';
import { CHANGE_BADGE_HEIGHT, CHANGE_BADGE_INSET } from '../render/node-text.js';
import { groupTitleWidth } from '../layout/group-title.js';

/**
 * How far a box may cross a frame edge and still count as inside (or outside), in layout units: only rounding
 * (coordinates are kept to 0.01). It is small because a close-up enlarges it: half a unit was a visible sliver
 * of a box at the edge of a 4:3 presenter (2.2 px on screen per unit).
 */
export const CUT_TOLERANCE = 0.05;

/** Room between a frame edge and a component it leaves out (so not even its border shows) or takes in tightly. */
const EXCLUDE_GAP = 4;

/** The least room between a frame edge and a component, in layout units. */
const FLUSH_GAP = 1;

/** Frame sizes tried between the largest and the smallest allowed (the more, the finer the choice). */
const SIZE_STEPS = 6;

/** Each step larger when nothing fits at the allowed sizes (a share of the size before). */
const GROW_STEP = 0.02;

/**
 * The boxes a frame must not cut: every leaf component with what it draws past its box (its badge, and its
 * change pill when it is in `marked`, which gives the pill's width: a long "new in …" pill reaches past the
 * box's right side), every group's title (the label's line box) and every edge label.
 */
export function framePieces(step: StepLayout, marked: ReadonlyMap<string, number> = new Map()): Box[] {
	// An edge's label is a piece too: a frame through "Docker Engine API" shows half a word at its edge.
	const labels = step.edges.flatMap(({ label: l }) =>
		l ? [{ x: l.x, y: l.y, width: l.width, height: l.height }] : []
	);
	return [...nodePieces(step, marked), ...labels];
}

function nodePieces(step: StepLayout, marked: ReadonlyMap<string, number>): Box[] {
	return step.nodes.map((node) => {
		if (!node.isGroup) {
			// What the node draws past its box: the outer half of its outline all round, the badge straddling the
			// top border, a change pill the bottom-left corner (see `badgeBox`, `changeBadgeTransform`).
			const outline = NODE_STYLE.outlineWidth / 2;
			const top = Math.max(outline, node.badgeWidth === undefined ? 0 : NODE_STYLE.badgeHeight / 2);
			const bottom = Math.max(outline, marked.has(node.id) ? CHANGE_BADGE_HEIGHT / 2 : 0);
			const pill = marked.get(node.id);
			// A badge moved clear of an edge may hang past either top corner (`layout/badge-place.ts`).
			const badgeStart =
				node.badgeWidth === undefined ? 0 : (node.badgeX ?? usualBadgeLeft(node.width, node.badgeWidth));
			const badgeEnd =
				node.badgeWidth === undefined ? 0 : badgeStart + badgePillWidth(node.badgeWidth) - node.width;
			const left = Math.max(outline, -badgeStart, pill === undefined ? 0 : CHANGE_BADGE_INSET);
			const right = Math.max(
				outline,
				badgeEnd,
				pill === undefined ? 0 : pill - CHANGE_BADGE_INSET - node.width
			);
			return {
				x: node.x - left,
				y: node.y - top,
				width: node.width + left + right,
				height: node.height + top + bottom
			};
		}
		// The title sits at the left of the group's top padding, centred in it (see `placeGroupLabel`); the
		// rest of the group's border may cross the frame.
		const text = groupTitleWidth(node.label);
		const lineHeight = Math.min(GROUP_STYLE.labelLineHeight, node.height);
		return {
			x: node.x + GROUP_STYLE.paddingSide,
			y: node.y + Math.min(GROUP_STYLE.paddingTop, node.height) / 2 - lineHeight / 2,
			width: Math.min(text, Math.max(0, node.width - GROUP_STYLE.paddingSide)),
			height: lineHeight
		};
	});
}

interface Span {
	start: number;
	end: number;
}

const spanX = (b: Box): Span => ({ start: b.x, end: b.x + b.width });
const spanY = (b: Box): Span => ({ start: b.y, end: b.y + b.height });

function overlaps(a: Span, frame: Span): boolean {
	return a.end > frame.start + CUT_TOLERANCE && a.start < frame.end - CUT_TOLERANCE;
}

function contains(frame: Span, a: Span): boolean {
	return a.start >= frame.start - CUT_TOLERANCE && a.end <= frame.end + CUT_TOLERANCE;
}

/** Whether `frame` cuts `piece`: part of it is inside, part outside. */
export function isCut(frame: Box, piece: Box): boolean {
	const fx = spanX(frame);
	const fy = spanY(frame);
	const px = spanX(piece);
	const py = spanY(piece);
	return overlaps(px, fx) && overlaps(py, fy) && !(contains(fx, px) && contains(fy, py));
}

/** Whether `piece` is wholly inside `frame` (within the tolerance). */
export function isInside(frame: Box, piece: Box): boolean {
	return contains(spanX(frame), spanX(piece)) && contains(spanY(frame), spanY(piece));
}

/** What a snapped frame has to show, and where it may go. */
export interface SnapRequest {
	/** Width ÷ height of every frame. */
	aspect: number;
	/** Must be wholly inside (the focus, with its margin): the smallest frame holds it. */
	must: Box;
	/** How much of `must`'s margin a frame may give up to leave a component out (layout units). */
	give: number;
	/** Inside if it can be (the focus and its neighbours). */
	want: Box;
	/** Everything the step draws: a frame smaller than it on an axis stays within it there. */
	content: Box;
	/** The tallest frame allowed (the readable floor), at least `must`'s height at the aspect. */
	largestHeight: number;
	/** Where the frame is centred when nothing else decides. */
	centre: { x: number; y: number };
	/** Nodes that carry a change pill in this step ("new in v1.5"). */
	marked?: ReadonlyMap<string, number>;
}

/**
 * Candidate starts of a frame span of `size` on one axis: each component's edge just inside (with `margin`)
 * or just outside the frame, and the span centred on the wish; kept inside the content when smaller than it.
 */
function candidateStarts(
	size: number,
	pieces: Span[],
	must: Span,
	content: Span,
	centre: number,
	margin: number
): number[] {
	if (size >= content.end - content.start - CUT_TOLERANCE) {
		// Larger than the drawing on this axis: nothing can be cut along it, so centre it on the drawing.
		return [content.start + (content.end - content.start - size) / 2];
	}
	const raw = [centre - size / 2];
	for (const p of pieces) {
		raw.push(
			p.start - margin,
			p.end + margin - size,
			p.start - EXCLUDE_GAP,
			p.end + EXCLUDE_GAP - size,
			p.end + EXCLUDE_GAP,
			p.start - EXCLUDE_GAP - size,
			// Nearly flush with the edge, for when the room between two components is narrower than the gaps
			// above (a unit of room: what a node draws may reach a fraction past its measured extent).
			p.start - FLUSH_GAP,
			p.end + FLUSH_GAP - size,
			p.end + FLUSH_GAP,
			p.start - FLUSH_GAP - size
		);
	}
	// Two components closer than two flush gaps (one's change pill over the other's outline): the only edge
	// between them is the middle of what room there is.
	const starts = pieces.map((p) => p.start).sort((a, b) => a - b);
	for (const p of pieces) {
		const next = starts[firstAtLeast(starts, p.end)];
		if (next === undefined || next - p.end >= 2 * FLUSH_GAP) continue;
		const middle = (p.end + next) / 2;
		raw.push(middle, middle - size);
	}
	const lowest = Math.max(content.start, must.end - size);
	const highest = Math.min(content.end - size, must.start);
	const kept = new Set<number>();
	for (const start of raw) {
		const clamped = Math.min(Math.max(start, content.start), content.end - size);
		if (clamped >= lowest - CUT_TOLERANCE && clamped <= highest + CUT_TOLERANCE) kept.add(clamped);
	}
	return [...kept];
}

/** Index of the first of the ascending `values` that is at least `value` (`values.length` when none is). */
function firstAtLeast(values: number[], value: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if ((values[mid] as number) < value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** Length of `points`' route inside `frame` (axis-aligned segments clipped to it). */
function lengthInside(points: { x: number; y: number }[], frame: Box): number {
	let total = 0;
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1] as { x: number; y: number };
		const b = points[i] as { x: number; y: number };
		const x0 = Math.max(Math.min(a.x, b.x), frame.x);
		const x1 = Math.min(Math.max(a.x, b.x), frame.x + frame.width);
		const y0 = Math.max(Math.min(a.y, b.y), frame.y);
		const y1 = Math.min(Math.max(a.y, b.y), frame.y + frame.height);
		if (x1 >= x0 && y1 >= y0) total += x1 - x0 + (y1 - y0);
	}
	return total;
}

/** For one frame span on one axis: which pieces it overlaps, and which it holds only in part (bit sets). */
interface AxisMasks {
	overlap: Uint32Array;
	partial: Uint32Array;
}

function axisMasks(pieces: Span[], frame: Span): AxisMasks {
	const words = Math.ceil(pieces.length / 32) || 1;
	const overlap = new Uint32Array(words);
	const partial = new Uint32Array(words);
	pieces.forEach((p, k) => {
		if (!overlaps(p, frame)) return;
		const bit = 1 << (k % 32);
		const word = k >> 5;
		overlap[word] = (overlap[word] as number) | bit;
		if (!contains(frame, p)) partial[word] = (partial[word] as number) | bit;
	});
	return { overlap, partial };
}

/** Whether a frame with these spans cuts a piece: partly inside along one axis while overlapping the other. */
function cutsAny(x: AxisMasks, y: AxisMasks): boolean {
	for (let w = 0; w < x.overlap.length; w++) {
		const px = x.partial[w] as number;
		const py = y.partial[w] as number;
		if ((px & (y.overlap[w] as number)) !== 0 || (py & (x.overlap[w] as number)) !== 0) return true;
	}
	return false;
}

interface Scored {
	frame: Box;
	showsWant: boolean;
	cost: number;
}

/**
 * The best frame of one size that cuts nothing, or undefined. Cost: how far it is from the wished centre, and
 * how much of it is taken by routes whose both ends are out of it (lines from nowhere to nowhere).
 */
function bestAt(
	width: number,
	height: number,
	step: StepLayout,
	pieces: Box[],
	request: SnapRequest,
	margin: number
): Scored | undefined {
	const { must, content, centre, want } = request;
	// The focus itself must be inside; the room around it may go to leave out a component next to it.
	const core = {
		x: must.x + request.give,
		y: must.y + request.give,
		width: Math.max(0, must.width - 2 * request.give),
		height: Math.max(0, must.height - 2 * request.give)
	};
	const xs = candidateStarts(width, pieces.map(spanX), spanX(core), spanX(content), centre.x, margin);
	const ys = candidateStarts(height, pieces.map(spanY), spanY(core), spanY(content), centre.y, margin);
	const boxes = new Map(step.nodes.map((n) => [n.id, n]));
	const diagonal = Math.hypot(width, height);
	// A frame cuts a piece when it is partly inside on one axis and overlaps on the other: per-axis bit sets,
	// so each of the many (x, y) pairs is a few word operations instead of a pass over every piece.
	const alongX = xs.map((x) => axisMasks(pieces.map(spanX), { start: x, end: x + width }));
	const alongY = ys.map((y) => axisMasks(pieces.map(spanY), { start: y, end: y + height }));
	let best: Scored | undefined;
	for (const [i, x] of xs.entries()) {
		for (const [j, y] of ys.entries()) {
			const frame = { x, y, width, height };
			if (cutsAny(alongX[i] as AxisMasks, alongY[j] as AxisMasks)) continue;
			const showsWant = isInside(frame, want);
			if (best && best.showsWant && !showsWant) continue;
			const off = Math.hypot(x + width / 2 - centre.x, y + height / 2 - centre.y);
			// The cost only grows from here: skip the routes when this frame cannot beat the best one.
			if (best && best.showsWant === showsWant && off / diagonal >= best.cost) continue;
			let dangling = 0;
			for (const edge of step.edges) {
				const from = boxes.get(edge.from);
				const to = boxes.get(edge.to);
				if (from && isInside(frame, from)) continue;
				if (to && isInside(frame, to)) continue;
				dangling += lengthInside(edge.points, frame);
			}
			const cost = (dangling + off) / diagonal;
			if (!best || (showsWant && !best.showsWant) || cost < best.cost) best = { frame, showsWant, cost };
		}
	}
	return best;
}

/**
 * A frame at `request.aspect` that contains `must`, cuts no component, and shows `want` when it can: the
 * largest allowed size that shows `want` whole, else the largest that shows `must`; when no allowed size can
 * avoid a cut, the smallest larger frame that can (the whole content always does).
 */
export function snapFrame(step: StepLayout, request: SnapRequest, margin: number): Box {
	const { aspect, must, content } = request;
	const pieces = framePieces(step, request.marked);
	const smallest = Math.max(must.height, must.width / aspect);
	const largest = Math.max(smallest, request.largestHeight);
	let fallback: Box | undefined;
	for (let i = 0; i <= SIZE_STEPS; i++) {
		const height = largest - ((largest - smallest) * i) / SIZE_STEPS;
		const best = bestAt(height * aspect, height, step, pieces, request, margin);
		if (best?.showsWant) return best.frame;
		fallback ??= best?.frame;
		if (largest === smallest) break;
	}
	if (fallback) return fallback;
	const whole = Math.max(content.height, content.width / aspect);
	for (let height = largest * (1 + GROW_STEP); height < whole; height *= 1 + GROW_STEP) {
		const best = bestAt(height * aspect, height, step, pieces, request, margin);
		if (best) return best.frame;
	}
	const width = whole * aspect;
	return {
		x: content.x + (content.width - width) / 2,
		y: content.y + (content.height - whole) / 2,
		width,
		height: whole
	};
}
