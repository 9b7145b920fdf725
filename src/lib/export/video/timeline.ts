/**
 * The timeline of an exported storyline: a hold on each step and, between two steps, the transition's own
 * plan, one after the other. Frames are taken at a fixed rate, so frame `i` shows time `i / fps` — exactly,
 * whatever the machine's load, because what a frame shows is a pure function of time (`sampleTransition`).
 * Pure data: the same timeline drives the Node renderer, the browser export and the animated SVG.
 */
import type { Box, StorylineLayout } from '../../layout/types.js';
import { DEFAULT_MIN_NAME_SIZE } from '../../components/Diagram/types.js';
import { cameraFrames, DEFAULT_ASPECT, slideNameFloor } from '../../motion/camera.js';
import { planTransition } from '../../motion/plan.js';
import type { TransitionPlan } from '../../motion/types.js';

/** The video's picture in pixels, the same for every frame. */
export interface Picture {
	width: number;
	height: number;
}

/**
 * The readable floor a video keeps for component names (px), for a picture `height` px tall: the presenter's
 * (2.5 % of the height: 18 px at 720p, 27 px at 1080p), so a video shows the talk as the presenter does.
 */
export function videoNameFloor(height: number): number {
	return slideNameFloor(height, DEFAULT_MIN_NAME_SIZE);
}
/** Height of a video's picture at scale 1 (px): 720p, 1280 × 720 for 16:9. */
export const VIDEO_HEIGHT = 720;

const even = (n: number) => Math.max(2, 2 * Math.round(n / 2));

/** The picture of a video at `scale` (1: 720 px tall) with the given aspect ratio; even sides, for H.264. */
export function videoPicture(scale = 1, aspect = DEFAULT_ASPECT): Picture {
	if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be above 0, not ${scale}.`);
	if (!(aspect > 0) || !Number.isFinite(aspect))
		throw new RangeError(`aspect must be above 0, not ${aspect}.`);
	return { width: even(VIDEO_HEIGHT * scale * aspect), height: even(VIDEO_HEIGHT * scale) };
}

export interface TimelineOptions {
	/** First step (index), default 0. */
	from?: number;
	/** Last step (index), default the last one. */
	to?: number;
	/** Seconds each step rests on screen, default 1.5. */
	hold?: number;
	/** Frames per second, default 30. */
	fps?: number;
	/**
	 * The picture the camera frames each step in, as the presenter frames it in a box of that size (its
	 * readable floor included); the camera moves as a stage of each transition. Without it every frame shows
	 * the whole drawing (the animated SVG's choice).
	 */
	picture?: Picture;
}

/** A step resting on screen. */
export interface HoldSegment {
	kind: 'hold';
	step: number;
	/** The camera's frame of the step (layout units), when the timeline has a picture. */
	view?: Box;
	start: number;
	duration: number;
}

/** The transition from step `fromStep` to `fromStep + 1`, as the presenter plays it. */
export interface TransitionSegment {
	kind: 'transition';
	fromStep: number;
	toStep: number;
	plan: TransitionPlan;
	start: number;
	duration: number;
}

export type Segment = HoldSegment | TransitionSegment;

export interface Timeline {
	segments: Segment[];
	/** Seconds. */
	duration: number;
	fps: number;
	frameCount: number;
	/** Step indices covered, first and last. */
	from: number;
	to: number;
	/** The picture the camera frames every step in; absent: the whole drawing. */
	picture?: Picture;
	/** The camera's frame of every step of the layout (with `picture`). */
	views?: readonly Box[];
}

/** Where frame `index` falls: its segment and the time inside it. */
export interface FrameAt {
	index: number;
	time: number;
	segment: Segment;
	/** Seconds since the segment's start. */
	local: number;
}

export const DEFAULT_HOLD = 1.5;
export const DEFAULT_FPS = 30;

function checkOptions(layout: StorylineLayout, options: TimelineOptions) {
	const last = layout.steps.length - 1;
	const from = options.from ?? 0;
	const to = options.to ?? last;
	const hold = options.hold ?? DEFAULT_HOLD;
	const fps = options.fps ?? DEFAULT_FPS;
	const problem = (what: string) => new RangeError(`Timeline of "${layout.storyline.id}": ${what}`);
	if (last < 0) throw problem('the storyline has no steps.');
	if (!Number.isInteger(from) || from < 0 || from > last)
		throw problem(`from must be a step index from 0 to ${last}, not ${from}.`);
	if (!Number.isInteger(to) || to < from || to > last)
		throw problem(`to must be a step index from ${from} to ${last}, not ${to}.`);
	if (!(hold >= 0) || !Number.isFinite(hold)) throw problem(`hold must be 0 seconds or more, not ${hold}.`);
	if (!(fps > 0) || fps > 240) throw problem(`fps must be above 0 and at most 240, not ${fps}.`);
	return { from, to, hold, fps };
}

export function buildTimeline(layout: StorylineLayout, options: TimelineOptions = {}): Timeline {
	const { from, to, hold, fps } = checkOptions(layout, options);
	const { picture } = options;
	const views = picture ? cameraViews(layout, picture) : undefined;
	const segments: Segment[] = [];
	let at = 0;
	for (let step = from; step <= to; step++) {
		if (hold > 0) {
			const view = views?.[step];
			segments.push({ kind: 'hold', step, start: at, duration: hold, ...(view ? { view } : {}) });
			at += hold;
		}
		if (step === to) break;
		const viewFrom = views?.[step];
		const viewTo = views?.[step + 1];
		const plan = planTransition(
			layout.steps[step] as StorylineLayout['steps'][number],
			layout.steps[step + 1] as StorylineLayout['steps'][number],
			viewFrom && viewTo ? { camera: { from: viewFrom, to: viewTo } } : undefined
		);
		segments.push({
			kind: 'transition',
			fromStep: step,
			toStep: step + 1,
			plan,
			start: at,
			duration: plan.totalDuration
		});
		at += plan.totalDuration;
	}
	// A single step with no hold still makes one picture.
	const frameCount = Math.max(1, Math.round(at * fps));
	return {
		segments,
		duration: at,
		fps,
		frameCount,
		from,
		to,
		...(picture && views ? { picture, views } : {})
	};
}

/** Each step's frame as the presenter's camera chooses it for a box the picture's size (step mode). */
export function cameraViews(layout: StorylineLayout, picture: Picture): Box[] {
	return cameraFrames(layout, {
		mode: 'step',
		aspect: picture.width / picture.height,
		boxHeight: picture.height,
		minNameSize: videoNameFloor(picture.height)
	});
}

/**
 * The segment frame `index` shows. A time on a boundary belongs to the later segment, so the first frame of a
 * transition is its start state and the last frame of the video (which never reaches `duration`) the final hold.
 */
export function frameAt(timeline: Timeline, index: number): FrameAt {
	const time = index / timeline.fps;
	const { segments } = timeline;
	let segment = segments[segments.length - 1] as Segment | undefined;
	for (const s of segments) {
		if (time < s.start + s.duration) {
			segment = s;
			break;
		}
	}
	if (!segment) {
		// No segment at all (one step, no hold): the step itself, still.
		const still: HoldSegment = { kind: 'hold', step: timeline.from, start: 0, duration: 0 };
		return { index, time, segment: still, local: 0 };
	}
	return { index, time, segment, local: Math.min(segment.duration, Math.max(0, time - segment.start)) };
}

/** A key that is equal for frames that show the same picture (every frame of a hold), so each is drawn once. */
export function pictureKey(frame: FrameAt): string {
	const { segment } = frame;
	return segment.kind === 'hold' ? `hold:${segment.step}` : `t:${segment.fromStep}:${frame.local}`;
}
