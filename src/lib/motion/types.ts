/**
 * A transition between two laid-out steps, described as plain data (JSON-serialisable) before anything plays:
 * what enters, leaves, moves, changes size or label, and when, on one timeline in seconds.
 */
import type { Box, EdgeRoute, NodeBox } from '../layout/types.js';
import type { EaseName } from './interpolate.js';

/**
 * What happens to a node or group. Persisting items take the most visible change as their kind
 * (resize, then move, then relabel); the flags say everything that changed, so a node can move *and* be
 * relabelled.
 */
export type NodeChange = 'exit' | 'enter' | 'move' | 'resize' | 'relabel' | 'stay';
/** What happens to an edge: `morph` when its route or label box changed, `relabel` when only its text did. */
export type EdgeChange = 'exit' | 'enter' | 'morph' | 'relabel' | 'stay';

/** When an item animates, in seconds on the plan's timeline. */
export interface Timed {
	start: number;
	duration: number;
	ease: EaseName;
}

export interface NodeTransition extends Timed {
	id: string;
	isGroup: boolean;
	kind: NodeChange;
	/** Same size, different position (also true for a resize whose top-left moved). */
	moved: boolean;
	resized: boolean;
	/** The label lines changed in any language. */
	relabelled: boolean;
	/** Absent when the node enters. */
	from?: NodeBox;
	/** Absent when the node exits. */
	to?: NodeBox;
	/** Farthest any corner travels, in px (0 unless it moves or resizes); drives the duration. */
	distance: number;
}

export interface EdgeTransition extends Timed {
	id: string;
	kind: EdgeChange;
	/** The route's points changed. */
	rerouted: boolean;
	/** The label text changed, or a label appeared or disappeared. */
	relabelled: boolean;
	from?: EdgeRoute;
	to?: EdgeRoute;
	/** Farthest a point of the route (or the label box) travels, in px. */
	distance: number;
}

export interface Size {
	width: number;
	height: number;
}

/** The diagram's size (the SVG viewBox) changes on the same timeline as the moves. */
export interface SizeTransition extends Timed {
	from: Size;
	to: Size;
}

/**
 * The camera's frame (the SVG viewBox, in layout units) moving from one step's frame to the next: a uniform
 * zoom and pan of the whole picture, on the same timeline as the moves.
 */
export interface CameraTransition extends Timed {
	from: Box;
	to: Box;
}

export interface Span {
	start: number;
	duration: number;
}

/**
 * The three stages (Heer & Robertson): old things fade out, persisting things move and morph, new things fade
 * in. A stage with nothing in it takes no time; each stage may start before the previous ends (`overlap`).
 */
export interface Stages {
	exit: Span;
	change: Span;
	enter: Span;
}

/** Seconds for each kind of change, before `speed` is applied. */
export interface Timing {
	fadeOut: number;
	fadeIn: number;
	/** Cross-fade of a label that changes on an item that does not move. */
	relabel: number;
	/** Moves take `distance / pxPerSecond`, clamped to [minMove, maxMove]. */
	minMove: number;
	maxMove: number;
	pxPerSecond: number;
}

export interface PlanOptions {
	/** Playback speed: 2 plays twice as fast. Default 1. */
	speed?: number;
	/** Fraction (0–1) of a stage during which the next one already runs. Default 0.25. */
	overlap?: number;
	/** Every duration 0: an instant swap (the caller highlights what changed instead). */
	reducedMotion?: boolean;
	timing?: Partial<Timing>;
	/** The camera's frames at both ends (see `cameraFrame`); without it the picture keeps its frame. */
	camera?: { from: Box; to: Box };
}

/** The options a plan was made with, all filled in, so it can be re-staged (reversed) the same way. */
export interface ResolvedPlanOptions {
	speed: number;
	overlap: number;
	reducedMotion: boolean;
	timing: Timing;
}

export interface TransitionPlan {
	fromStep: string;
	toStep: string;
	size: SizeTransition;
	/** Present when the plan was made with camera frames. */
	camera?: CameraTransition;
	/** Draw order for the transition: parents before children, over the union of both steps' nodes. */
	nodes: NodeTransition[];
	edges: EdgeTransition[];
	stages: Stages;
	totalDuration: number;
	options: ResolvedPlanOptions;
}
