/**
 * What the diagram looks like at any moment of a plan: a pure function of time, so it can be seeked, played
 * backwards, tested in Node, and used by a driver (GSAP can tween a single `time` and paint each frame, or
 * tween boxes itself and ask only for edge routes).
 *
 * Edges follow the boxes on screen: every route (morphing, leaving, entering or staying) is re-attached to
 * the current boxes of its nodes, so an edge fading out while its node already moves stays connected.
 */
import { usualBadgeLeft } from '../layout/style.js';
import type { Box, NodeBox, Point } from '../layout/types.js';
import { clamp, ease, interpolateBox, lerp } from './interpolate.js';
import { morphRoutes, type RouteEnds, type RouteMorph } from './route-morph.js';
import type { EdgeTransition, NodeTransition, Timed, TransitionPlan } from './types.js';

export interface NodeFrame {
	id: string;
	box: Box;
	/**
	 * The badge pill's left end relative to the box, when the layout moved it off the top-right corner at either
	 * end of the transition (`NodeBox.badgeX`): it glides between its two places with the box.
	 */
	badge?: number;
	opacity: number;
	/** Cross-fade of the label: 0 shows the old lines, 1 the new ones. */
	labelMix: number;
}

export interface EdgeFrame {
	id: string;
	/** Orthogonal, starting and ending on the current node borders. */
	points: Point[];
	/** Of the whole edge, label included. */
	opacity: number;
	label?: Box;
	/** Of the label alone (a label that appears or disappears on a persisting edge); multiply by `opacity`. */
	labelOpacity: number;
	labelMix: number;
}

export interface TransitionFrame {
	time: number;
	width: number;
	height: number;
	/** The camera's frame (viewBox) now, when the plan has a camera. */
	view?: Box;
	nodes: NodeFrame[];
	edges: EdgeFrame[];
}

/**
 * An item's eased progress at `time`. A zero-length item has happened once its start is reached, so a
 * reduced-motion plan (all zero) shows its end state at time 0.
 */
export function itemProgress(item: Timed, time: number): number {
	const linear =
		item.duration > 0 ? clamp((time - item.start) / item.duration, 0, 1) : time >= item.start ? 1 : 0;
	return ease(item.ease, linear);
}

/** A fresh plain box, so a frame never hands out (or lets anyone mutate) the plan's own objects. */
const boxOf = (b: Box): Box => ({ x: b.x, y: b.y, width: b.width, height: b.height });

/** Where a box's badge pill starts, relative to the box. */
const badgeLeftOf = (b: NodeBox) => b.badgeX ?? usualBadgeLeft(b.width, b.badgeWidth ?? 0);

/** The frame's `badge`, given only when an end moved the pill off its usual place. */
function badgeAt(from: NodeBox | undefined, to: NodeBox | undefined, p: number): { badge?: number } {
	if (from?.badgeX === undefined && to?.badgeX === undefined) return {};
	if (!from || !to) return { badge: badgeLeftOf((from ?? to) as NodeBox) };
	return { badge: lerp(badgeLeftOf(from), badgeLeftOf(to), p) };
}

function nodeFrame(item: NodeTransition, time: number): NodeFrame {
	const p = itemProgress(item, time);
	if (item.kind === 'exit')
		return {
			id: item.id,
			box: boxOf(item.from as NodeBox),
			...badgeAt(item.from, undefined, 0),
			opacity: 1 - p,
			labelMix: 0
		};
	if (item.kind === 'enter')
		return {
			id: item.id,
			box: boxOf(item.to as NodeBox),
			...badgeAt(undefined, item.to, 1),
			opacity: p,
			labelMix: 1
		};
	return {
		id: item.id,
		box: interpolateBox(item.from as NodeBox, item.to as NodeBox, p),
		...badgeAt(item.from, item.to, p),
		opacity: 1,
		labelMix: item.relabelled ? p : 1
	};
}

const prepared = new WeakMap<TransitionPlan, (time: number) => TransitionFrame>();

/**
 * `sampleTransition(plan)`, made once per plan: a player prepares the plans to the neighbouring steps while
 * idle, and the driver then finds their route alignment done. Plans are data that nobody mutates.
 */
export function prepareSampler(plan: TransitionPlan): (time: number) => TransitionFrame {
	let sample = prepared.get(plan);
	if (!sample) {
		sample = sampleTransition(plan);
		prepared.set(plan, sample);
	}
	return sample;
}

/** Prepares per-edge work once (route alignment) and returns a cheap function of time. */
export function sampleTransition(plan: TransitionPlan): (time: number) => TransitionFrame {
	const nodeItems = new Map(plan.nodes.map((n) => [n.id, n]));
	const morphs = new Map<string, RouteMorph>();
	for (const edge of plan.edges) {
		// A leaving or arriving route "morphs" into itself: same normalisation and re-attachment as the others.
		const from = (edge.from ?? edge.to)?.points ?? [];
		const to = (edge.to ?? edge.from)?.points ?? [];
		if (from.length > 0 && to.length > 0) morphs.set(edge.id, morphRoutes(from, to));
	}

	// An edge is routed again only when its progress or one of its ends on screen changed since the last frame
	// sampled: while its nodes stand still (the exit and enter stages, or a node that stays), it costs nothing.
	const routes = new Map<string, RouteMemo>();
	const routeOf = (id: string, morph: RouteMorph, p: number, ends: RouteEnds | undefined): Point[] => {
		const key = routeKey(p, ends);
		const last = routes.get(id);
		if (last && sameKey(last.key, key)) return last.points;
		const points = Object.freeze(morph(p, ends)) as Point[];
		routes.set(id, { key, points });
		return points;
	};

	return (time) => {
		const nodes = plan.nodes.map((item) => nodeFrame(item, time));
		const onScreen = new Map(nodes.map((n) => [n.id, n.box]));
		const edges = plan.edges.map((item) =>
			edgeFrame(item, time, onScreen, nodeItems, morphs.get(item.id), routeOf)
		);
		const s = itemProgress(plan.size, time);
		const camera = plan.camera;
		return {
			time,
			width: lerp(plan.size.from.width, plan.size.to.width, s),
			height: lerp(plan.size.from.height, plan.size.to.height, s),
			...(camera ? { view: interpolateBox(camera.from, camera.to, itemProgress(camera, time)) } : {}),
			nodes,
			edges
		};
	};
}

interface RouteMemo {
	key: number[];
	/** Frozen: frames of the same plan share it while the edge stands still. */
	points: Point[];
}

const NO_ENDS: Box = { x: Number.NaN, y: Number.NaN, width: Number.NaN, height: Number.NaN };

function routeKey(p: number, ends: RouteEnds | undefined): number[] {
	const s = ends?.source ?? NO_ENDS;
	const t = ends?.target ?? NO_ENDS;
	return [p, s.x, s.y, s.width, s.height, t.x, t.y, t.width, t.height];
}

// Object.is: NaN (no ends) equals NaN.
const sameKey = (a: number[], b: number[]) => a.every((v, i) => Object.is(v, b[i]));

type RouteOf = (id: string, morph: RouteMorph, p: number, ends: RouteEnds | undefined) => Point[];

function edgeFrame(
	item: EdgeTransition,
	time: number,
	onScreen: Map<string, Box>,
	nodeItems: Map<string, NodeTransition>,
	morph: RouteMorph | undefined,
	routeOf: RouteOf
): EdgeFrame {
	const p = itemProgress(item, time);
	const { from, to } = item;
	if (!from || !to) {
		const route = (from ?? to) as NonNullable<typeof from>;
		const source = onScreen.get(route.from);
		const target = onScreen.get(route.to);
		const ends = source && target ? { source, target } : undefined;
		return {
			id: item.id,
			points: morph ? routeOf(item.id, morph, p, ends) : [...route.points],
			opacity: from ? 1 - p : p,
			...(route.label ? { label: boxOf(route.label) } : {}),
			labelOpacity: 1,
			labelMix: from ? 0 : 1
		};
	}
	const ends = currentEnds(item, p, onScreen, nodeItems);
	const points = morph ? routeOf(item.id, morph, p, ends) : [...to.points];
	const labelMix = item.relabelled ? p : 1;
	if (from.label && to.label) {
		return {
			id: item.id,
			points,
			opacity: 1,
			label: interpolateBox(from.label, to.label, p),
			labelOpacity: 1,
			labelMix
		};
	}
	const label = from.label ?? to.label;
	return {
		id: item.id,
		points,
		opacity: 1,
		...(label ? { label: boxOf(label) } : {}),
		labelOpacity: from.label ? 1 - p : to.label ? p : 1,
		labelMix
	};
}

/**
 * The boxes a persisting edge attaches to now: its nodes' boxes on screen; when the edge changed an end
 * (same id, another node), the box in between the old and the new node at the edge's own progress.
 */
function currentEnds(
	item: EdgeTransition,
	p: number,
	onScreen: Map<string, Box>,
	nodeItems: Map<string, NodeTransition>
): RouteEnds | undefined {
	const end = (before: string, after: string): Box | undefined => {
		if (before === after) return onScreen.get(after);
		const a = nodeItems.get(before)?.from;
		const b = nodeItems.get(after)?.to;
		return a && b ? interpolateBox(a, b, p) : undefined;
	};
	const { from, to } = item as Required<Pick<EdgeTransition, 'from' | 'to'>>;
	const source = end(from.from, to.from);
	const target = end(from.to, to.to);
	return source && target ? { source, target } : undefined;
}
