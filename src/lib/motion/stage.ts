/**
 * Puts classified changes on one timeline in three stages (Heer & Robertson's staged transitions):
 * exit (fade out) → change (move, resize, morph, relabel, diagram size) → enter (fade in).
 * Timing depends only on the classification and the options, so a reversed plan can be re-staged the same way.
 */
import type { Box } from '../layout/types.js';
import { boxDistance, clamp, type EaseName } from './interpolate.js';
import type { EdgeChangeItem, NodeChangeItem } from './classify.js';
import type {
	CameraTransition,
	EdgeTransition,
	NodeTransition,
	PlanOptions,
	ResolvedPlanOptions,
	Size,
	SizeTransition,
	Span,
	Stages,
	Timing
} from './types.js';

export const DEFAULT_TIMING: Readonly<Timing> = {
	fadeOut: 0.3,
	fadeIn: 0.35,
	relabel: 0.35,
	minMove: 0.35,
	maxMove: 0.9,
	pxPerSecond: 500
};
export const DEFAULT_OVERLAP = 0.25;

const FADE_EASE: EaseName = 'power1.inOut';
const CHANGE_EASE: EaseName = 'power2.inOut';

type StageName = keyof Stages;

/** Fills in defaults and rejects values that would give negative or infinite times. */
export function resolveOptions(options: PlanOptions = {}): ResolvedPlanOptions {
	const timing = { ...DEFAULT_TIMING, ...options.timing };
	const resolved = {
		speed: options.speed ?? 1,
		overlap: options.overlap ?? DEFAULT_OVERLAP,
		reducedMotion: options.reducedMotion ?? false,
		timing
	};
	if (!(resolved.speed > 0) || !Number.isFinite(resolved.speed)) {
		throw new RangeError(`speed must be a positive number, got ${resolved.speed}.`);
	}
	if (!(resolved.overlap >= 0 && resolved.overlap <= 1)) {
		throw new RangeError(`overlap must be between 0 and 1, got ${resolved.overlap}.`);
	}
	for (const [name, value] of Object.entries(timing)) {
		if (!(value >= 0) || !Number.isFinite(value)) {
			throw new RangeError(`timing.${name} must be a finite number ≥ 0, got ${value}.`);
		}
	}
	if (!(timing.pxPerSecond > 0)) throw new RangeError('timing.pxPerSecond must be greater than 0.');
	if (timing.minMove > timing.maxMove) {
		throw new RangeError(
			`timing.minMove (${timing.minMove}) must not exceed timing.maxMove (${timing.maxMove}).`
		);
	}
	return resolved;
}

/** Longer moves take longer, within bounds, so the eye can follow them without waiting for short ones. */
export function moveDuration(distance: number, timing: Timing): number {
	return clamp(distance / timing.pxPerSecond, timing.minMove, timing.maxMove);
}

function nodeStage(item: NodeChangeItem): StageName | undefined {
	if (item.kind === 'exit') return 'exit';
	if (item.kind === 'enter') return 'enter';
	return item.kind === 'stay' ? undefined : 'change';
}

function edgeStage(item: EdgeChangeItem): StageName | undefined {
	if (item.kind === 'exit') return 'exit';
	if (item.kind === 'enter') return 'enter';
	return item.kind === 'stay' ? undefined : 'change';
}

function nodeDuration(item: NodeChangeItem, timing: Timing): number {
	switch (item.kind) {
		case 'exit':
			return timing.fadeOut;
		case 'enter':
			return timing.fadeIn;
		case 'relabel':
			return timing.relabel;
		case 'stay':
			return 0;
		default:
			return Math.max(moveDuration(item.distance, timing), item.relabelled ? timing.relabel : 0);
	}
}

/** A morphing edge lasts as long as the slower of its moving ends, so it never arrives before its nodes. */
function edgeDuration(item: EdgeChangeItem, timing: Timing, nodeDurations: Map<string, number>): number {
	switch (item.kind) {
		case 'exit':
			return timing.fadeOut;
		case 'enter':
			return timing.fadeIn;
		case 'relabel':
			return timing.relabel;
		case 'stay':
			return 0;
		case 'morph': {
			const ends = [item.from?.from, item.from?.to, item.to?.from, item.to?.to];
			const endDurations = ends.map((id) => (id === undefined ? 0 : (nodeDurations.get(id) ?? 0)));
			const own = Math.max(moveDuration(item.distance, timing), item.relabelled ? timing.relabel : 0);
			return Math.max(own, ...endDurations);
		}
	}
}

export interface Staged {
	nodes: NodeTransition[];
	edges: EdgeTransition[];
	size: SizeTransition;
	camera?: CameraTransition;
	stages: Stages;
	totalDuration: number;
}

export function stageChanges(
	nodes: readonly NodeChangeItem[],
	edges: readonly EdgeChangeItem[],
	size: { from: Size; to: Size },
	options: ResolvedPlanOptions,
	camera?: { from: Box; to: Box }
): Staged {
	const { timing, speed, overlap, reducedMotion } = options;
	const scale = (seconds: number) => (reducedMotion ? 0 : seconds / speed);

	const moving = new Map<string, number>();
	const nodeTimes = nodes.map((item) => {
		const duration = scale(nodeDuration(item, timing));
		if (nodeStage(item) === 'change') moving.set(item.id, duration);
		return { stage: nodeStage(item), duration };
	});
	const edgeTimes = edges.map((item) => ({
		stage: edgeStage(item),
		duration: scale(edgeDuration(item, timing, moving))
	}));
	const sizeChanged = size.from.width !== size.to.width || size.from.height !== size.to.height;
	const sizeDistance = Math.max(
		Math.abs(size.to.width - size.from.width),
		Math.abs(size.to.height - size.from.height)
	);
	const sizeTime = {
		stage: sizeChanged ? ('change' as const) : undefined,
		duration: sizeChanged ? scale(moveDuration(sizeDistance, timing)) : 0
	};

	// The camera moves with the persisting things (change stage), as long as its farthest corner travels.
	const cameraDistance = camera ? boxDistance(camera.from, camera.to) : 0;
	const cameraTime = {
		stage: cameraDistance > 0 ? ('change' as const) : undefined,
		duration: cameraDistance > 0 ? scale(moveDuration(cameraDistance, timing)) : 0
	};

	const all = [...nodeTimes, ...edgeTimes, sizeTime, cameraTime];
	const lengthOf = (name: StageName) =>
		all.reduce((longest, t) => (t.stage === name ? Math.max(longest, t.duration) : longest), 0);
	let cursor = 0;
	let totalDuration = 0;
	const place = (name: StageName): Span => {
		const span = { start: cursor, duration: lengthOf(name) };
		// An empty stage takes no time: the next one starts where this one would have.
		if (span.duration > 0) {
			cursor = span.start + span.duration * (1 - overlap);
			totalDuration = Math.max(totalDuration, span.start + span.duration);
		}
		return span;
	};
	const stages: Stages = { exit: place('exit'), change: place('change'), enter: place('enter') };
	const timed = (t: { stage: StageName | undefined; duration: number }) =>
		t.stage === undefined
			? { start: 0, duration: 0, ease: 'none' as const }
			: {
					start: stages[t.stage].start,
					duration: t.duration,
					ease: t.stage === 'change' ? CHANGE_EASE : FADE_EASE
				};

	return {
		nodes: nodes.map((item, i) => ({ ...item, ...timed(nodeTimes[i] as (typeof nodeTimes)[number]) })),
		edges: edges.map((item, i) => ({ ...item, ...timed(edgeTimes[i] as (typeof edgeTimes)[number]) })),
		size: { from: size.from, to: size.to, ...timed(sizeTime) },
		...(camera ? { camera: { from: { ...camera.from }, to: { ...camera.to }, ...timed(cameraTime) } } : {}),
		stages,
		totalDuration
	};
}
