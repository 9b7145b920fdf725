/**
 * Where a travelling message's pill comes to rest. A third of the way along its edge reads well on long edges,
 * but on a short one it lands on the edge's own label (protocol, socket), on a node, or on another message. So
 * the resting point is searched along the route: the spot closest to the preferred third that covers nothing,
 * or, where the route has no such spot, beside the line; failing both, the spot that covers least.
 */
import { overlapArea } from '../layout/geometry.js';
import { measureText } from '../layout/text.js';
import type { Box, Point, StepLayout } from '../layout/types.js';
import { pointAlong } from './route-point.js';

/** The pill's look; the renderer draws it with these numbers, so the size computed here is the size drawn. */
export const MESSAGE_PILL = {
	fontSize: 12,
	fontWeight: 600,
	height: 20,
	paddingX: 8,
	/** Clear space kept around the pill. */
	margin: 3
} as const;

/** Where a message rests along its edge, unless something is in the way. */
export const PREFERRED_REST = 0.3;

export interface MessageToPlace {
	edge: string;
	/** The text drawn in the pill, e.g. "1. RunPodSandbox". */
	text: string;
	/** A reply rests measured from the edge's end. */
	reverse: boolean;
}

export interface MessageRest {
	/** Fraction of the route's length the pill travels to. */
	fraction: number;
	/** Shift off the line at rest (zero when the pill sits on its edge). */
	offset: Point;
	/** The pill's centre at rest: the point at `fraction` plus `offset`. */
	centre: Point;
	width: number;
	height: number;
}

/** The text of the `order`-th message of a step, as drawn. */
export function messageText(order: number, label: string): string {
	return `${order}. ${label}`;
}

/** The pill's size for a text, from the shipped font's advance widths (the renderer turns kerning off). */
export function pillSize(text: string): { width: number; height: number } {
	const textWidth = measureText(text, MESSAGE_PILL.fontSize, MESSAGE_PILL.fontWeight);
	return { width: Math.ceil(textWidth) + 2 * MESSAGE_PILL.paddingX, height: MESSAGE_PILL.height };
}

const FRACTION_STEP = 0.02;
/** How much farther than just clear of its line a pill may sit beside it, tried nearest first. */
const ASIDE_STEPS = [0, 12, 24, 40, 60, 90, 130];

/**
 * Resting points for a step's messages, in order; each later pill also keeps clear of the earlier ones. A message
 * whose edge is not in the step gets `undefined`.
 */
export function placeMessages(
	step: {
		width: number;
		height: number;
		nodes: readonly StepLayout['nodes'][number][];
		edges: readonly StepLayout['edges'][number][];
	},
	messages: readonly MessageToPlace[]
): (MessageRest | undefined)[] {
	const fixed: Box[] = [
		...step.nodes.filter((n) => !n.isGroup),
		...step.edges.flatMap((e) => (e.label ? [e.label] : []))
	];
	const pills: Box[] = [];
	const routes = new Map(step.edges.map((e) => [e.id, e.points]));
	return messages.map((message) => {
		const points = routes.get(message.edge);
		if (!points || points.length === 0) return undefined;
		const size = pillSize(message.text);
		const rest = bestRest(points, size, message.reverse, [...fixed, ...pills], step);
		pills.push(pillBox(rest.centre, size));
		return rest;
	});
}

interface Candidate extends MessageRest {
	cost: number;
	aside: number;
	distance: number;
}

function bestRest(
	points: readonly Point[],
	size: { width: number; height: number },
	reverse: boolean,
	obstacles: Box[],
	bounds: { width: number; height: number }
): MessageRest {
	const preferred = reverse ? 1 - PREFERRED_REST : PREFERRED_REST;
	let best: Candidate | undefined;
	for (let f = FRACTION_STEP; f < 1 - FRACTION_STEP / 2; f += FRACTION_STEP) {
		const fraction = Math.round(f * 1000) / 1000;
		const on = pointAlong(points, fraction);
		const vertical = segmentIsVertical(points, fraction);
		const side = (vertical ? size.width : size.height) / 2 + MESSAGE_PILL.margin + 2;
		const offsets: Point[] = [{ x: 0, y: 0 }];
		for (const extra of ASIDE_STEPS) {
			const d = side + extra;
			offsets.push(vertical ? { x: d, y: 0 } : { x: 0, y: -d }, vertical ? { x: -d, y: 0 } : { x: 0, y: d });
		}
		for (const offset of offsets) {
			const centre = { x: on.x + offset.x, y: on.y + offset.y };
			const box = pillBox(centre, size);
			const candidate: Candidate = {
				fraction,
				offset,
				centre,
				...size,
				cost: coveredArea(box, obstacles) + outside(box, bounds),
				aside: Math.abs(offset.x) + Math.abs(offset.y),
				distance: Math.abs(fraction - preferred)
			};
			if (!best || better(candidate, best)) best = candidate;
		}
	}
	if (!best) {
		const centre = pointAlong(points, preferred);
		return { fraction: preferred, offset: { x: 0, y: 0 }, centre, ...size };
	}
	const { fraction, offset, centre, width, height } = best;
	return { fraction, offset, centre, width, height };
}

function better(a: Candidate, b: Candidate): boolean {
	// Less covered first (a pixel of slack so rounding never decides), then on the line, then nearest the third.
	if (Math.abs(a.cost - b.cost) > 1) return a.cost < b.cost;
	if (a.aside !== b.aside) return a.aside < b.aside;
	return a.distance < b.distance - 1e-9;
}

/** Whether the route runs vertically where `fraction` of its length lies. */
function segmentIsVertical(points: readonly Point[], fraction: number): boolean {
	const before = pointAlong(points, Math.max(0, fraction - 0.001));
	const after = pointAlong(points, Math.min(1, fraction + 0.001));
	return Math.abs(after.x - before.x) < Math.abs(after.y - before.y);
}

export function pillBox(centre: Point, size: { width: number; height: number }): Box {
	const m = MESSAGE_PILL.margin;
	return {
		x: centre.x - size.width / 2 - m,
		y: centre.y - size.height / 2 - m,
		width: size.width + 2 * m,
		height: size.height + 2 * m
	};
}

function coveredArea(box: Box, obstacles: Box[]): number {
	return obstacles.reduce((sum, o) => sum + overlapArea(box, o), 0);
}

function outside(box: Box, bounds: { width: number; height: number }): number {
	const inside = overlapArea(box, { x: 0, y: 0, width: bounds.width, height: bounds.height });
	return box.width * box.height - inside;
}
