/**
 * The state of an animated storyline: which step it rests on, which transition is on screen, and how a new
 * request turns into a plan. Svelte renders what this says (the settled step, or the union of a transition's
 * two steps); the GSAP driver paints the frames in between.
 *
 * Requests:
 * - from rest at step s to s + 1 (or any later/other step): plan s → target, play forward;
 * - from rest at s to s − 1: plan (s − 1) → s, played backward — going back replays the same plan in reverse;
 * - mid-transition, to the step it came from: turn the running timeline around;
 * - mid-transition, anywhere else: freeze what is on screen into a layout and plan from there (retarget);
 * - several requests before the first frame: only the last one is planned.
 *
 * A new layout of the same storyline (the spec was edited) is a request too: `relayout` keeps the step (by id,
 * else the nearest index) and plans from what is on screen to the new layout's step, so an edit animates.
 *
 * Ready before the key press: while the diagram rests, the plans to the neighbouring steps (and their samplers'
 * route alignment) are made in idle time, so a press of → or ← only renders and plays.
 *
 * The motion code (GSAP, the planner, the sampler, the painter: `motion/kit.ts`) is not needed to show a step at
 * rest, so it is loaded on demand, in the first idle period after the player is made: the first paint of a page
 * waits for none of it. A request that comes before it has loaded waits for it (the last one wins, as always).
 */
import { tick } from 'svelte';
import type { Box as Frame, NodeBox, StepLayout, StorylineLayout } from '../layout/types.js';
import { cameraFrame, type CameraOptions } from '../motion/camera.js';
import type { DiagramEdge, DiagramNode, Scene } from '../model/types.js';
import type { GsapLike, TransitionDriver } from '../motion/driver.js';
import type { FramePainter } from '../motion/paint.js';
import type { planTransition } from '../motion/plan.js';
import { transitionUnion } from '../render/transition-union.js';
import type { TransitionPlan } from '../motion/types.js';
import { findStepIndex } from '../render/step.js';
import type { Box } from './box.js';

interface ActiveTransition {
	plan: TransitionPlan;
	/** Where the plan starts: a step layout, or a frozen frame when retargeted mid-transition. */
	origin: StepLayout;
	/** The step index at the plan's start, or null when it starts from a frozen frame. */
	fromIndex: number | null;
	toIndex: number;
	direction: 'forward' | 'backward';
	/** False until the driver plays it (after the DOM shows the union of both steps). */
	started: boolean;
	/** Scrub to this progress instead of playing, once started. */
	seekTo?: number;
}

/** The motion code the player drives transitions with (`motion/kit.ts`). */
export type MotionKit = typeof import('../motion/kit.js');

/** Loads the motion code as a chunk of its own: nothing a page needs before its first paint. */
const loadMotionKit = (): Promise<MotionKit> => import('../motion/kit.js');

export interface PlayerOptions {
	/** The layout to start with (read once; later layouts come through `relayout`). */
	layout: () => StorylineLayout;
	/**
	 * The motion code: the kit itself (ready at once), or a loader. Default: `motion/kit.ts`, loaded on demand
	 * in the first idle period.
	 */
	motion?: MotionKit | (() => Promise<MotionKit>);
	/** Default: the kit's GSAP core. Any GSAP (or an object with the same `timeline()`) will do. */
	gsap?: GsapLike;
	/** The SVG the canvas rendered (bound after mount). */
	svg: () => SVGSVGElement | undefined;
	reducedMotion: () => boolean;
	speed: () => number;
	/**
	 * The component's `step` (index or id): the player writes back where it is heading, in the form it was
	 * given, whenever it moves. Requests the other way go through `request`.
	 */
	step?: Box<number | string>;
	/** Called when the step the player heads to changes (after a request, before the transition ends). */
	onstep?: (detail: { index: number; id: string }) => void;
	/** Default: the SVG painter of `motion/paint.ts` (a test can record frames instead). */
	createPainter?: (svg: SVGSVGElement) => FramePainter;
	/** What draws a transition's frames (see `MotionRenderer`). Default: `auto`. */
	renderer?: () => MotionRenderer;
	/** How the camera frames each step (read whenever a frame is needed, so a resized box reframes). */
	camera?: () => CameraOptions;
	/**
	 * Runs `job` when the page is idle and returns a cancel function. Default: `requestIdleCallback` (or a
	 * timeout) in a browser, nothing on the server. A test can run the jobs by hand.
	 */
	whenIdle?: (job: () => void) => () => void;
	/** Default: `planTransition` (a test can count the plans made). */
	planTransition?: typeof planTransition;
	/** Seconds into a transition its first frame shows. Default: one 60 Hz refresh (see `FIRST_FRAME_LEAD_S`). */
	firstFrameLead?: number;
}

/**
 * What draws the frames of a transition: the SVG itself (`svg`), a canvas laid over it (`canvas`, see
 * `motion/canvas-paint.ts`), or the canvas from `CANVAS_FROM` components on (`auto`). At rest it is always the SVG.
 */
export type MotionRenderer = 'auto' | 'svg' | 'canvas';

/**
 * Nodes and edges in a transition from which `auto` draws it on a canvas. Below it the SVG painter holds the
 * display's rate on the benchmark machine (every bundled stack has fewer than 100); at 411 (synthetic-200) it
 * no longer does. The canvas is the same picture, so the choice only moves cost, not pixels.
 */
export const CANVAS_FROM = 200;

/** Plans made ahead of a request, by what they depend on (see `#planKey`). */
const PREPARED_LIMIT = 4;

/**
 * How far into a transition its first frame is painted: one refresh of a 60 Hz display, when the frame painted
 * in the task of the request is on screen. So the first frame after a key press already shows motion.
 */
const FIRST_FRAME_LEAD_S = 1 / 60;

function defaultWhenIdle(job: () => void): () => void {
	if (typeof window === 'undefined') return () => {};
	if (typeof window.requestIdleCallback === 'function') {
		const id = window.requestIdleCallback(job, { timeout: 500 });
		return () => window.cancelIdleCallback(id);
	}
	const id = window.setTimeout(job, 50);
	return () => window.clearTimeout(id);
}

/** The camera's frames at a plan's two ends, for the canvas to draw its text at the larger scale. */
const viewsOf = (plan: TransitionPlan) => (plan.camera ? { views: [plan.camera.from, plan.camera.to] } : {});

const boxKey = (b: Frame) => `${b.x},${b.y},${b.width},${b.height}`;

/** What the canvas draws: element set and their resting geometry (the driver animates from there). */
export interface RenderedFrame {
	width: number;
	height: number;
	nodes: NodeBox[];
	edges: StepLayout['edges'];
	/** Previous label lines of nodes whose label cross-fades. */
	previousLabels: Map<string, NodeBox['label']>;
	/** The camera's frame (the SVG viewBox) at rest; the driver moves it during a transition. */
	view: Frame;
}

export class StorylinePlayer {
	/** The step the diagram rests on (or, during a transition, the one it came from). */
	settled = $state(0);
	transition = $state.raw<ActiveTransition | null>(null);
	/** Progress (0–1) of the transition into the current step, for the scrubber. */
	progress = $state(1);

	#options: PlayerOptions;
	/** The motion code once loaded, and the driver made with it. */
	#kit = $state.raw<MotionKit | undefined>(undefined);
	#driver: TransitionDriver | undefined;
	#loading: Promise<void> | undefined;
	#destroyed = false;
	/**
	 * What was asked before the motion code loaded (the last request wins). While it waits the diagram counts as
	 * animating: it is about to.
	 */
	#waiting = $state.raw<(() => void) | undefined>(undefined);
	/** The step such a waiting request heads to (what `current` reports meanwhile). */
	#waitingFor = $state<number | undefined>(undefined);
	#layout: StorylineLayout;
	/** The scene that was on screen when the layout was replaced: what leaves still needs its info. */
	#retiring = $state.raw<Scene | null>(null);
	/** Plans to the neighbouring steps, made while idle (cleared when the layout changes). */
	#prepared = new Map<string, TransitionPlan>();
	#cancelIdle: (() => void) | undefined;
	/** The SVG's box on screen, measured while idle (cleared when it may have changed). */
	#svgBox: { width: number; height: number } | undefined;

	constructor(initialStep: number, options: PlayerOptions) {
		this.settled = initialStep;
		this.#options = options;
		this.#layout = $state.raw(options.layout());
		if (typeof options.motion === 'object') this.#useKit(options.motion);
		this.prepare();
	}

	#useKit(kit: MotionKit): void {
		this.#kit = kit;
		this.#driver = kit.createTransitionDriver({
			gsap: this.#options.gsap ?? kit.gsap,
			lead: this.#options.firstFrameLead ?? FIRST_FRAME_LEAD_S,
			paint: (frame) => this.#painter?.paint(frame),
			onProgress: (p) => {
				const t = this.transition;
				// The scrubber shows progress towards the destination step.
				this.progress = t && t.direction === 'backward' ? 1 - p : p;
			},
			onSettle: (end) => this.#settle(end)
		});
	}

	/** Loads the motion code (once); then runs what waited for it, and prepares the next key press. */
	#load(): Promise<void> {
		this.#loading ??= (
			typeof this.#options.motion === 'function' ? this.#options.motion : loadMotionKit
		)().then((kit) => {
			if (this.#destroyed) return;
			this.#useKit(kit);
			const waiting = this.#waiting;
			this.#waiting = undefined;
			// `#waitingFor` is cleared only after the action: a waiting relayout reads the step it heads to from it.
			if (waiting) waiting();
			else this.prepare();
			this.#waitingFor = undefined;
		});
		return this.#loading;
	}

	/**
	 * True when the motion code is here (the caller goes on); else keeps `action` (heading to `target`) in place
	 * of what waited, starts the load, and returns false.
	 */
	#withKit(action: () => void, target?: number): boolean {
		if (this.#kit) return true;
		this.#waiting = action;
		this.#waitingFor = target;
		void this.#load();
		return false;
	}

	/** True once the motion code has loaded: a request then starts in the next frame. */
	get motionReady(): boolean {
		return this.#kit !== undefined;
	}

	/** The transitions' GSAP once the motion code has loaded (messages travel on it), else undefined. */
	get clock(): GsapLike | undefined {
		return this.#kit && (this.#options.gsap ?? this.#kit.gsap);
	}

	#painter: FramePainter | undefined;
	/** The step last reported to `step` and `onstep`; undefined before the first report. */
	#reported: { index: number; id: string } | undefined;

	get layout(): StorylineLayout {
		return this.#layout;
	}

	/** The step a transition is heading to (or a request waiting for the motion code), or the settled step. */
	get current(): number {
		const t = this.transition;
		if (!t) return this.#waitingFor ?? this.settled;
		return t.direction === 'forward' ? t.toIndex : (t.fromIndex ?? t.toIndex);
	}

	get animating(): boolean {
		return this.transition !== null || this.#waiting !== undefined;
	}

	/** The step the diagram is shown as coming from: the origin of the running transition. */
	get previous(): number | null {
		const t = this.transition;
		if (!t) return null;
		return t.direction === 'forward' ? t.fromIndex : t.toIndex;
	}

	/**
	 * Scene info (kind, badge, description) for every id that can be drawn: the latest definition across all
	 * steps, overridden by the steps on screen.
	 */
	readonly info = $derived.by(() => {
		const nodes = new Map<string, DiagramNode>();
		const edges = new Map<string, DiagramEdge>();
		const scenes: Scene[] = [...this.layout.storyline.steps];
		if (this.#retiring) scenes.push(this.#retiring);
		const t = this.transition;
		const onScreen = [t?.fromIndex, t?.toIndex, this.settled].filter((i): i is number => i != null);
		for (const i of onScreen) {
			const scene = this.layout.storyline.steps[i];
			if (scene) scenes.push(scene);
		}
		for (const scene of scenes) {
			for (const n of scene.nodes) nodes.set(n.id, n);
			for (const e of scene.edges) edges.set(e.id, e);
		}
		return { nodes, edges };
	});

	/**
	 * One drawing size for every step (the largest): the picture never zooms between steps, so what stays in
	 * place in the layout stays in place on screen.
	 */
	readonly size = $derived.by(() => {
		// While an edit animates, the old layout's step is on screen too: make room for it.
		const steps = [...this.layout.steps, ...(this.transition ? [this.transition.origin] : [])];
		return {
			width: Math.max(...steps.map((s) => s.width)),
			height: Math.max(...steps.map((s) => s.height))
		};
	});

	/** The camera's frame of step `index` in the current layout. */
	frameOf(index: number): Frame {
		return cameraFrame(this.layout, index, this.#options.camera?.() ?? { mode: 'storyline' });
	}

	/** What Svelte renders now: the settled step, or the union of both ends of the transition. */
	readonly rendered: RenderedFrame = $derived.by(() => {
		const t = this.transition;
		const { width, height } = this.size;
		if (!t) {
			const step = this.layout.steps[this.settled] as StepLayout;
			const view = this.frameOf(this.settled);
			return { width, height, nodes: step.nodes, edges: step.edges, previousLabels: new Map(), view };
		}
		const { plan } = t;
		// Where the driver starts painting from; it takes over the viewBox from there.
		const camera = plan.camera as NonNullable<TransitionPlan['camera']>;
		const view = t.direction === 'forward' ? camera.from : camera.to;
		return { width, height, ...transitionUnion(plan), view };
	});

	/** Go to a step (index). Safe to call any number of times in a row: the last request wins. */
	request(target: number): void {
		this.#request(target);
		this.announce();
	}

	#request(target: number): void {
		const steps = this.layout.steps;
		if (!Number.isInteger(target) || target < 0 || target >= steps.length) return;
		if (!this.#kit) {
			if (target !== this.settled) this.#withKit(() => this.request(target), target);
			else {
				this.#waiting = undefined;
				this.#waitingFor = undefined;
			}
			return;
		}
		const driver = this.#driver as TransitionDriver;
		const t = this.transition;
		// Already heading there and not yet on screen: the plan stands (a step written back comes back as this).
		if (t && !t.started && target === this.current) return;
		if (!t) {
			if (target === this.settled) return;
			if (target === this.settled - 1) {
				// Back by one: the same plan that brought us here, played in reverse.
				this.#begin(steps[target] as StepLayout, target, this.settled, 'backward');
			} else {
				this.#begin(steps[this.settled] as StepLayout, this.settled, target, 'forward');
			}
			return;
		}
		if (!t.started) {
			// Nothing has moved on screen yet: re-plan from the same origin.
			const restingAt = t.fromIndex === null ? null : t.direction === 'forward' ? t.fromIndex : t.toIndex;
			if (restingAt === target) {
				this.transition = null;
				return;
			}
			const origin = t.direction === 'forward' ? t.origin : (steps[t.toIndex] as StepLayout);
			const fromIndex = t.direction === 'forward' ? t.fromIndex : t.toIndex;
			const camera = t.plan.camera as NonNullable<TransitionPlan['camera']>;
			const originView = t.direction === 'forward' ? camera.from : camera.to;
			this.#begin(origin, fromIndex, target, 'forward', undefined, originView);
			return;
		}
		if (target === this.current) {
			driver.turn(t.direction);
			return;
		}
		const otherEnd = t.direction === 'forward' ? t.fromIndex : t.toIndex;
		if (otherEnd === target) {
			const direction = t.direction === 'forward' ? 'backward' : 'forward';
			this.transition = { ...t, direction };
			driver.turn(direction);
			return;
		}
		const frame = driver.currentFrame();
		const origin = frame ? this.#kit.layoutFromFrame(t.plan, frame) : (steps[this.current] as StepLayout);
		const originView = frame?.view ?? this.frameOf(this.current);
		driver.kill();
		this.#begin(origin, null, target, 'forward', undefined, originView);
	}

	/**
	 * The camera changed mode (overview and back): glide from the frame shown (`from`) to the current step's
	 * frame, without changing the step. Ignored during a transition, which already ends on the new frame.
	 */
	reframe(from: Frame): void {
		if (this.transition || !this.#withKit(() => this.reframe(from))) return;
		const steps = this.layout.steps;
		this.#begin(steps[this.settled] as StepLayout, this.settled, this.settled, 'forward', undefined, from);
	}

	next(): void {
		this.request(this.current + 1);
	}

	prev(): void {
		this.request(this.current - 1);
	}

	/**
	 * Replaces the layout with a new one of the same storyline (an edited spec) and animates from what is on
	 * screen to the new layout's version of the current step: persisting nodes glide to their new place, removed
	 * ones leave, added ones arrive. The step is kept by id, else the nearest index.
	 */
	relayout(next: StorylineLayout): void {
		const old = this.#layout;
		if (
			next === old ||
			next.steps.length === 0 ||
			!this.#withKit(() => this.relayout(next), this.#waitingFor)
		)
			return;
		const kit = this.#kit as MotionKit;
		const driver = this.#driver as TransitionDriver;
		const t = this.transition;
		const at = this.current;
		const atId = old.storyline.steps[at]?.id;
		const byId = next.storyline.steps.findIndex((scene) => scene.id === atId);
		const target = byId >= 0 ? byId : Math.min(at, next.steps.length - 1);

		let origin = old.steps[this.settled] as StepLayout;
		let originView = this.frameOf(this.settled);
		if (t?.started) {
			const frame = driver.currentFrame();
			origin = frame ? kit.layoutFromFrame(t.plan, frame) : (old.steps[at] as StepLayout);
			originView = frame?.view ?? this.frameOf(at);
		} else if (t) {
			// Planned but not yet played: the screen still shows where it would have started.
			origin = t.direction === 'forward' ? t.origin : (old.steps[t.toIndex] as StepLayout);
			const camera = t.plan.camera as NonNullable<TransitionPlan['camera']>;
			originView = t.direction === 'forward' ? camera.from : camera.to;
		}
		driver.kill();
		this.#retiring = old.storyline.steps[at] ?? null;
		this.#layout = next;
		this.#prepared.clear();
		this.settled = Math.min(this.settled, next.steps.length - 1);
		this.#begin(origin, null, target, 'forward', undefined, originView);
		this.announce();
	}

	/**
	 * Scrub the transition into the current step: 0 shows the previous step, 1 the current one. From rest,
	 * this loads the transition from the step before.
	 */
	scrub(progress: number): void {
		const p = Math.min(1, Math.max(0, progress));
		const t = this.transition;
		if (t?.started) {
			this.#driver?.seek(t.direction === 'backward' ? 1 - p : p);
			this.progress = p;
			return;
		}
		if (t) return;
		const at = this.settled;
		if (at === 0 || !this.#withKit(() => this.scrub(progress))) return;
		this.#begin(this.layout.steps[at - 1] as StepLayout, at - 1, at, 'forward', p);
	}

	/** Ends a scrub: at either end the transition settles there; in between it stays paused. */
	release(): void {
		const t = this.transition;
		if (!t?.started) return;
		const atEnd = this.progress >= 1;
		if (!atEnd && this.progress > 0) return;
		// A retargeted transition has no step at its start to rest on: it stays paused there.
		if (!atEnd && t.fromIndex === null) return;
		this.#driver?.seek(atEnd === (t.direction === 'forward') ? 1 : 0);
		this.#settle(atEnd === (t.direction === 'forward') ? 'end' : 'start');
	}

	/**
	 * Reports where the player is heading: to `onstep` when that changed since the last report (the first call
	 * always reports), and to the `step` box when the box names another step. The first report leaves the box
	 * alone: a `step` that names no step stays as given, for the component to show the error.
	 */
	announce(): void {
		const index = this.current;
		const id = this.layout.storyline.steps[index]?.id ?? '';
		const first = this.#reported === undefined;
		const box = this.#options.step;
		if (box && !first && findStepIndex(this.layout.storyline, box.current) !== index) {
			box.current = typeof box.current === 'string' ? id : index;
		}
		if (first || this.#reported?.index !== index || this.#reported.id !== id) {
			this.#reported = { index, id };
			this.#options.onstep?.({ index, id });
		}
	}

	/** Stops everything (component destroyed): no tween, no callback survives. */
	destroy(): void {
		this.#destroyed = true;
		this.#waiting = undefined;
		this.#driver?.kill();
		this.#painter?.rest?.();
		this.#painter = undefined;
		this.#cancelIdle?.();
		this.#cancelIdle = undefined;
		this.transition = null;
	}

	/** Everything a plan depends on besides the two step layouts of the current layout. */
	#planKey(fromIndex: number, toIndex: number, from: Frame, to: Frame): string {
		const reduced = this.#options.reducedMotion();
		return `${fromIndex}>${toIndex} ${reduced} ${this.#options.speed()} ${boxKey(from)} ${boxKey(to)}`;
	}

	/**
	 * While the diagram rests on a step, plans the transitions a clicker asks for next: forward to the next
	 * step, then the one from the previous step (played backward for ←), each in an idle period of its own so a
	 * key press waits for at most one. A plan is data; its sampler's route alignment is made too, so a request
	 * only renders the union and plays. Called again when what plans depend on changes (`Storyline` does when
	 * the camera, speed or motion preference changes).
	 */
	prepare(): void {
		this.#cancelIdle?.();
		this.#cancelIdle = undefined;
		const whenIdle = this.#options.whenIdle ?? defaultWhenIdle;
		const kit = this.#kit;
		if (!kit) {
			// The motion code first, in an idle period of its own: loading it calls this again.
			this.#cancelIdle = whenIdle(() => {
				this.#cancelIdle = undefined;
				void this.#load();
			});
			return;
		}
		const at = this.settled;
		const pending = (
			[
				[at, at + 1],
				[at - 1, at]
			] as const
		).filter(([from, to]) => from >= 0 && to < this.layout.steps.length);
		this.#svgBox = undefined;
		let canvasReady = false;
		const next = () => {
			this.#cancelIdle = undefined;
			if (this.transition) return;
			// The SVG's box for the camera lens, read at rest where layout is up to date (cheap), not at the first
			// moving frame, where it would force the layout of the freshly rendered union.
			this.#measureSvg();
			const job = pending.shift();
			if (!job) return;
			const [from, to] = job;
			const plan = this.#plan(this.layout.steps[from] as StepLayout, from, to, this.frameOf(from));
			kit.prepareSampler(plan);
			// The canvas of a large transition: its styles read and its fonts warmed, once per rest.
			const svg = this.#options.svg();
			if (svg && !canvasReady && !this.#options.createPainter && this.#drawsOnCanvas(plan))
				canvasReady = kit.prepareCanvas(svg, { ...this.#measured(), ...viewsOf(plan) });
			if (pending.length > 0) this.#cancelIdle = whenIdle(next);
		};
		if (pending.length > 0) this.#cancelIdle = whenIdle(next);
	}

	#measured(): { box?: { width: number; height: number } } {
		return this.#svgBox ? { box: this.#svgBox } : {};
	}

	#measureSvg(): void {
		const svg = this.#options.svg();
		if (!svg || typeof svg.getBoundingClientRect !== 'function' || svg.style?.transform) return;
		const { width, height } = svg.getBoundingClientRect();
		this.#svgBox = width > 0 && height > 0 ? { width, height } : undefined;
	}

	/** The plan from `origin` to step `toIndex`: the prepared one when `origin` is step `fromIndex` as laid out. */
	#plan(origin: StepLayout, fromIndex: number | null, toIndex: number, from: Frame): TransitionPlan {
		const steps = this.layout.steps;
		const to = this.frameOf(toIndex);
		const cacheable = fromIndex !== null && steps[fromIndex] === origin;
		const key = cacheable ? this.#planKey(fromIndex, toIndex, from, to) : '';
		const ready = cacheable ? this.#prepared.get(key) : undefined;
		if (ready) return ready;
		const plan = (this.#options.planTransition ?? (this.#kit as MotionKit).planTransition)(
			origin,
			steps[toIndex] as StepLayout,
			{
				reducedMotion: this.#options.reducedMotion(),
				speed: this.#options.speed(),
				camera: { from, to }
			}
		);
		if (cacheable) {
			if (this.#prepared.size >= PREPARED_LIMIT) this.#prepared.delete(this.#prepared.keys().next().value!);
			this.#prepared.set(key, plan);
		}
		return plan;
	}

	#begin(
		origin: StepLayout,
		fromIndex: number | null,
		toIndex: number,
		direction: 'forward' | 'backward',
		seekTo?: number,
		originView?: Frame
	) {
		this.#cancelIdle?.();
		this.#cancelIdle = undefined;
		const from = originView ?? (fromIndex === null ? this.frameOf(toIndex) : this.frameOf(fromIndex));
		const plan = this.#plan(origin, fromIndex, toIndex, from);
		const transition: ActiveTransition = { plan, origin, fromIndex, toIndex, direction, started: false };
		if (seekTo !== undefined) transition.seekTo = seekTo;
		this.transition = transition;
		this.progress = direction === 'forward' ? 0 : 1;
		// Play once the DOM holds the union of both steps; a newer request before then replaces this one.
		void tick().then(() => this.#start(transition));
	}

	#start(transition: ActiveTransition) {
		if (this.transition !== transition) return;
		const svg = this.#options.svg();
		if (!svg) {
			this.#finishWithoutAnimation(transition);
			return;
		}
		transition.started = true;
		// An interrupted transition's painter puts the still picture back first (its last frame is this one's start).
		this.#painter?.rest?.();
		const camera = transition.plan.camera;
		const kit = this.#kit as MotionKit;
		this.#painter =
			this.#options.createPainter?.(svg) ??
			(this.#drawsOnCanvas(transition.plan)
				? kit.createCanvasPainter(svg, { ...this.#measured(), ...viewsOf(transition.plan) })
				: undefined) ??
			kit.createPainter(svg, {
				paintSize: false,
				...(camera ? { camera: { from: camera.from, to: camera.to, ...this.#measured() } } : {})
			});
		const driver = this.#driver as TransitionDriver;
		if (transition.seekTo !== undefined) {
			driver.play(transition.plan, 'forward');
			driver.seek(transition.seekTo);
			this.progress = transition.seekTo;
		} else {
			driver.play(transition.plan, transition.direction);
		}
	}

	/** Whether a plan's frames go to a canvas (a swap with no motion never does: one frame, straight to the SVG). */
	#drawsOnCanvas(plan: TransitionPlan): boolean {
		const renderer = this.#options.renderer?.() ?? 'auto';
		if (renderer === 'svg' || plan.totalDuration <= 0) return false;
		return renderer === 'canvas' || plan.nodes.length + plan.edges.length >= CANVAS_FROM;
	}

	#finishWithoutAnimation(transition: ActiveTransition) {
		this.settled =
			transition.direction === 'forward' ? transition.toIndex : (transition.fromIndex ?? transition.toIndex);
		this.transition = null;
		this.progress = 1;
		this.#retiring = null;
		this.announce();
	}

	#settle(end: 'start' | 'end') {
		const t = this.transition;
		if (!t) return;
		const destination = end === 'end' ? t.toIndex : t.fromIndex;
		this.settled = destination ?? t.toIndex;
		this.transition = null;
		this.progress = 1;
		this.#retiring = null;
		this.#driver?.kill();
		this.#painter?.rest?.();
		this.#painter = undefined;
		this.announce();
		this.prepare();
	}
}
