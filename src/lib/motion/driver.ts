/**
 * Plays a `TransitionPlan` with GSAP. GSAP is the clock and the timeline (play, reverse, seek, speed, kill);
 * what the diagram looks like at a time comes from `sampleTransition`, a pure function, and is written to the
 * SVG by a painter. One tween per transition whatever the number of nodes, so a 1000-node diagram costs one
 * callback per frame, not thousands of tweens.
 *
 * GSAP is injected (any object with `timeline()`), which keeps this module free of a hard dependency and lets
 * tests use the real GSAP while seeking instead of waiting.
 */
import { prepareSampler, type TransitionFrame } from './frame.js';
import type { TransitionPlan } from './types.js';

/** The part of GSAP's timeline this driver uses. */
export interface TimelineLike {
	to(target: object, vars: Record<string, unknown>, position?: number): TimelineLike;
	play(from?: number): TimelineLike;
	reverse(from?: number): TimelineLike;
	pause(): TimelineLike;
	progress(): number;
	progress(value: number, suppressEvents?: boolean): TimelineLike;
	reversed(): boolean;
	isActive(): boolean;
	kill(): void;
	eventCallback(type: 'onComplete' | 'onReverseComplete', callback: (() => void) | null): TimelineLike;
}

export interface GsapLike {
	timeline(vars?: Record<string, unknown>): TimelineLike;
}

export type Direction = 'forward' | 'backward';

export interface TransitionDriverOptions {
	gsap: GsapLike;
	/** Writes a frame to the screen (see `createPainter`). */
	paint: (frame: TransitionFrame) => void;
	/** Called once when a transition ends at either end (not when it is killed). */
	onSettle?: (end: 'start' | 'end') => void;
	/** Called on every frame with the transition's progress (0–1), e.g. for a scrubber. */
	onProgress?: (progress: number) => void;
	/**
	 * Seconds into the transition that its first frame shows (default 0). A frame painted now reaches the screen
	 * at the next display refresh, so a player paints the state of that moment: the first frame after a key press
	 * then already shows motion, where a frame at 0 would show the step at rest once more.
	 */
	lead?: number;
}

export interface TransitionDriver {
	/** Starts a transition. `backward` starts at the plan's end and plays to its start. */
	play(plan: TransitionPlan, direction?: Direction): void;
	/** Turns the running (or paused) transition around from where it is on screen. */
	turn(direction: Direction): void;
	/** Shows the transition at `progress` (0–1) and pauses there. */
	seek(progress: number): void;
	/** The current transition's progress, 0–1 (1 when none). */
	progress(): number;
	/** What is on screen now, or undefined when no transition is loaded. */
	currentFrame(): TransitionFrame | undefined;
	isActive(): boolean;
	/** Stops and forgets the transition; nothing is painted or called afterwards. */
	kill(): void;
}

export function createTransitionDriver(options: TransitionDriverOptions): TransitionDriver {
	const { gsap, paint, onSettle, onProgress, lead = 0 } = options;
	let timeline: TimelineLike | undefined;
	let sample: ((time: number) => TransitionFrame) | undefined;
	let total = 0;
	// The tween animates this object's `time`; the painter reads it each frame.
	const clock = { time: 0 };
	let lastFrame: TransitionFrame | undefined;

	function render() {
		if (!sample) return;
		lastFrame = sample(clock.time);
		paint(lastFrame);
		onProgress?.(total > 0 ? clock.time / total : 1);
	}

	function settle(end: 'start' | 'end') {
		// A settled transition leaves nothing running: the timeline is killed, the last frame stays painted.
		timeline?.kill();
		timeline = undefined;
		onSettle?.(end);
	}

	function kill() {
		timeline?.kill();
		timeline = undefined;
		sample = undefined;
		lastFrame = undefined;
	}

	return {
		play(plan, direction = 'forward') {
			kill();
			sample = prepareSampler(plan);
			total = plan.totalDuration;
			if (total <= 0) {
				// Reduced motion or nothing to animate: paint the end state at once.
				clock.time = direction === 'forward' ? total : 0;
				render();
				settle(direction === 'forward' ? 'end' : 'start');
				return;
			}
			// The tween takes its start value when it first renders: it must find 0 there even when playing
			// backward (placing the playhead at the end first), or it would tween from the end to the end.
			clock.time = 0;
			const tl = gsap.timeline({ paused: true });
			tl.to(clock, { time: total, duration: total, ease: 'none', onUpdate: render }, 0);
			tl.eventCallback('onComplete', () => settle('end'));
			tl.eventCallback('onReverseComplete', () => settle('start'));
			timeline = tl;
			// Paint the first frame now (`lead` seconds in), before the browser paints the freshly rendered elements.
			// Events are suppressed while placing the playhead: jumping to the end must not count as arriving.
			const ahead = lead > 0 && lead < total ? lead / total : 0;
			if (direction === 'forward') {
				tl.progress(0, true);
				if (ahead > 0) tl.progress(ahead, true);
				render();
				tl.play();
			} else {
				tl.progress(1, true);
				if (ahead > 0) tl.progress(1 - ahead, true);
				render();
				tl.reverse();
			}
		},
		turn(direction) {
			if (!timeline) return;
			if (direction === 'forward') timeline.play();
			else timeline.reverse();
		},
		seek(progress) {
			if (!timeline || !sample) return;
			const p = Math.min(1, Math.max(0, progress));
			timeline.pause();
			timeline.progress(p, true);
			clock.time = p * total;
			render();
		},
		progress() {
			return timeline ? timeline.progress() : 1;
		},
		currentFrame() {
			return lastFrame;
		},
		isActive() {
			return timeline?.isActive() ?? false;
		},
		kill
	};
}
