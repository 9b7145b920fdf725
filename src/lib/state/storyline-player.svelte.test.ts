import { flushSync, tick } from 'svelte';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { scene, storyline as buildStoryline } from '../layout/fixtures/scene-builder.js';
import type { StepLayout, StorylineLayout } from '../layout/types.js';
import { manualGsap } from '../motion/fixtures/manual-gsap.js';
import { after, before } from '../motion/fixtures/steps.js';
import type { TransitionFrame } from '../motion/frame.js';
import * as motionKit from '../motion/kit.js';
import { planTransition } from '../motion/plan.js';
import { boxWith } from './box.js';
import { StorylinePlayer } from './storyline-player.svelte.js';

const clock = manualGsap();
afterAll(() => clock.restore());

/** Four steps that alternate between two hand-built layouts, so every move between neighbours animates. */
const IDS = ['1.0', '1.5', '1.20', '1.24'];
const layout: StorylineLayout = {
	format: 1,
	storyline: buildStoryline(
		'demo',
		'down',
		IDS.map((id, i) => scene(id, i, [], []))
	),
	steps: IDS.map((id, i): StepLayout => ({ ...(i % 2 === 0 ? before : after), stepId: id }))
};
const total = planTransition(before, after).totalDuration;

interface Harness {
	player: StorylinePlayer;
	painted: TransitionFrame[];
	reported: { index: number; id: string }[];
	step(): number | string;
}

const players: StorylinePlayer[] = [];
afterEach(() => {
	for (const player of players.splice(0)) player.destroy();
	expect(clock.running()).toBe(0);
});

interface MakeOptions {
	step?: number | string;
	svg?: boolean;
	/** Collects the idle-time jobs instead of running them (the test runs them). */
	idle?: (() => void)[];
	/** Counts the plans made. */
	plans?: { count: number };
	/**
	 * The player's own first-frame lead (one display refresh). Otherwise 0: the tests below follow a plan's
	 * times exactly from its start.
	 */
	defaultLead?: boolean;
	/** Loads the motion code this way (the page's way: on demand); otherwise it is handed over ready. */
	motion?: () => Promise<typeof motionKit>;
}

function makePlayer(initial: number, options: MakeOptions = {}): Harness {
	let step: number | string = options.step ?? initial;
	const painted: TransitionFrame[] = [];
	const reported: { index: number; id: string }[] = [];
	const player = new StorylinePlayer(initial, {
		layout: () => layout,
		motion: options.motion ?? motionKit,
		gsap: clock.gsap,
		// The player only hands the SVG to the painter; a recording painter needs none.
		svg: () => (options.svg === false ? undefined : ({} as SVGSVGElement)),
		createPainter: () => ({ paint: (frame) => painted.push(frame) }),
		reducedMotion: () => false,
		speed: () => 1,
		step: boxWith(
			() => step,
			(value) => (step = value)
		),
		onstep: (detail) => reported.push(detail),
		whenIdle: (job) => {
			options.idle?.push(job);
			return () => options.idle?.splice(options.idle.indexOf(job) >>> 0, 1);
		},
		planTransition: (from, to, plan) => {
			if (options.plans) options.plans.count++;
			return planTransition(from, to, plan);
		},
		...(options.defaultLead ? {} : { firstFrameLead: 0 })
	});
	players.push(player);
	player.announce();
	return { player, painted, reported, step: () => step };
}

/** Lets the player start what it planned: it plays once the DOM (here: nothing) has updated. */
async function started() {
	flushSync();
	await tick();
}

describe('the storyline player', () => {
	it('rests on its first step, reports it once and writes nothing back', () => {
		const { player, reported, step } = makePlayer(2, { step: '1.20' });
		expect(player.current).toBe(2);
		expect(player.animating).toBe(false);
		expect(reported).toEqual([{ index: 2, id: '1.20' }]);
		expect(step()).toBe('1.20');
	});

	it('plans only the last of many requests made before the first frame, and settles exactly there', async () => {
		const { player, painted, reported } = makePlayer(0);
		for (let i = 0; i < 50; i++) player.request(i % 4);
		player.request(3);
		await started();
		expect(player.transition?.fromIndex).toBe(0);
		expect(player.transition?.toIndex).toBe(3);
		expect(painted).toHaveLength(1);
		clock.advance(total * 2);
		expect(player.animating).toBe(false);
		expect(player.settled).toBe(3);
		expect(player.progress).toBe(1);
		expect(reported.at(-1)).toEqual({ index: 3, id: '1.24' });
	});

	it('paints the first frame of a request one display refresh into the transition, in either direction', async () => {
		const { player, painted } = makePlayer(1, { defaultLead: true });
		player.request(2);
		await started();
		expect(painted).toHaveLength(1);
		expect(painted[0]?.time).toBeCloseTo(1 / 60, 5);
		clock.advance(total * 2);
		expect(player.settled).toBe(2);
		expect(painted.at(-1)?.time).toBeCloseTo(total, 9);
		player.request(1);
		await started();
		expect(painted.at(-1)?.time).toBeCloseTo(total - 1 / 60, 5);
		clock.advance(total * 2);
		expect(player.settled).toBe(1);
		expect(painted.at(-1)?.time).toBeCloseTo(0, 9);
	});

	it('retargets mid-transition from the frame on screen, not from a step', async () => {
		const { player, painted } = makePlayer(0);
		player.next();
		await started();
		clock.advance(total * 0.5);
		const onScreen = painted.at(-1)!;
		player.request(3);
		expect(player.transition?.fromIndex).toBeNull();
		expect(player.transition?.toIndex).toBe(3);
		await started();
		// The new plan starts where the old one was interrupted: its first frame shows the same boxes.
		const first = painted.at(-1)!;
		for (const node of first.nodes) {
			const was = onScreen.nodes.find((n) => n.id === node.id && n.opacity > 0);
			if (was && node.opacity > 0) expect(node.box, node.id).toEqual(was.box);
		}
		clock.advance(total * 3);
		expect(player.settled).toBe(3);
		expect(player.animating).toBe(false);
	});

	it('goes back one step by playing the same plan in reverse', async () => {
		const { player, painted, step } = makePlayer(2);
		player.prev();
		expect(player.current).toBe(1);
		expect(step()).toBe(1);
		expect(player.transition?.direction).toBe('backward');
		expect(player.transition?.plan).toEqual(
			planTransition(layout.steps[1]!, layout.steps[2]!, {
				camera: { from: player.frameOf(1), to: player.frameOf(2) }
			})
		);
		await started();
		expect(painted[0]?.time).toBeCloseTo(total, 9);
		clock.advance(total * 0.25);
		expect(player.progress).toBeCloseTo(0.25, 6);
		expect(painted.at(-1)?.time).toBeCloseTo(total * 0.75, 9);
		clock.advance(total);
		expect(player.settled).toBe(1);
		expect(player.animating).toBe(false);
	});

	it('turns around mid-transition when asked for the step it came from', async () => {
		const { player, reported } = makePlayer(0);
		player.next();
		await started();
		clock.advance(total * 0.4);
		player.request(0);
		expect(player.current).toBe(0);
		expect(player.transition?.direction).toBe('backward');
		clock.advance(total * 0.1);
		expect(player.progress).toBeCloseTo(0.7, 6);
		clock.advance(total);
		expect(player.settled).toBe(0);
		expect(reported.map((r) => r.index)).toEqual([0, 1, 0]);
	});

	it('writes the step back in the form it was given', async () => {
		const byId = makePlayer(0, { step: '1.0' });
		byId.player.next();
		expect(byId.step()).toBe('1.5');
		const byIndex = makePlayer(0);
		byIndex.player.request(3);
		expect(byIndex.step()).toBe(3);
		await started();
	});

	it('stops everything when destroyed mid-transition: no tween, no frame, no report', async () => {
		const { player, painted, reported } = makePlayer(0);
		player.next();
		await started();
		clock.advance(total * 0.3);
		player.destroy();
		const frames = painted.length;
		const reports = reported.length;
		expect(clock.running()).toBe(0);
		clock.advance(total * 2);
		expect(painted.length).toBe(frames);
		expect(reported.length).toBe(reports);
		expect(player.animating).toBe(false);
	});

	it('without an SVG on screen, settles at once on the requested step', async () => {
		const { player, painted } = makePlayer(0, { svg: false });
		player.request(2);
		await started();
		expect(player.settled).toBe(2);
		expect(player.animating).toBe(false);
		expect(painted).toEqual([]);
	});

	it('plans the neighbouring transitions while idle, so a request plans nothing', async () => {
		const idle: (() => void)[] = [];
		const plans = { count: 0 };
		const { player, painted } = makePlayer(1, { idle, plans });
		// One plan per idle period: forward to 2 first, then 0 → 1 for going back.
		expect(idle).toHaveLength(1);
		idle.shift()!();
		expect(plans.count).toBe(1);
		expect(idle).toHaveLength(1);
		idle.shift()!();
		expect(plans.count).toBe(2);
		expect(idle).toHaveLength(0);
		player.next();
		expect(plans.count).toBe(2);
		const forward = player.transition!.plan;
		expect(forward).toEqual(
			planTransition(layout.steps[1]!, layout.steps[2]!, {
				camera: { from: player.frameOf(1), to: player.frameOf(2) }
			})
		);
		await started();
		clock.advance(total * 2);
		expect(player.settled).toBe(2);
		// Resting again: the next neighbours are prepared; 1 → 2 was already there.
		while (idle.length > 0) idle.shift()!();
		expect(plans.count).toBe(3);
		player.prev();
		expect(plans.count).toBe(3);
		// ← replays the very plan that came here, backward.
		expect(player.transition?.plan).toBe(forward);
		expect(player.transition?.direction).toBe('backward');
		await started();
		expect(painted.at(-1)?.time).toBeCloseTo(total, 9);
		clock.advance(total * 2);
		expect(player.settled).toBe(1);
	});

	it('drops a pending preparation when a request comes first, and plans that request itself', async () => {
		const idle: (() => void)[] = [];
		const plans = { count: 0 };
		const { player } = makePlayer(0, { idle, plans });
		player.request(3);
		expect(idle).toHaveLength(0);
		expect(plans.count).toBe(1);
		await started();
		clock.advance(total * 2);
		expect(player.settled).toBe(3);
	});

	describe('with the motion code loaded on demand', () => {
		/** A loader the test resolves by hand, counting its calls. */
		function deferredKit() {
			let resolve: (kit: typeof motionKit) => void = () => {};
			const loader = { calls: 0, load: () => Promise.resolve(motionKit), resolve: () => resolve(motionKit) };
			loader.load = () => {
				loader.calls++;
				return new Promise((r) => (resolve = r));
			};
			return loader;
		}
		const loaded = async () => {
			for (let i = 0; i < 3; i++) await Promise.resolve();
			await started();
		};

		it('loads nothing before the first idle period, then loads it and prepares the next key press', async () => {
			const idle: (() => void)[] = [];
			const plans = { count: 0 };
			const kit = deferredKit();
			makePlayer(1, { idle, plans, motion: kit.load });
			expect(kit.calls).toBe(0);
			expect(idle).toHaveLength(1);
			idle.shift()!();
			expect(kit.calls).toBe(1);
			expect(plans.count).toBe(0);
			kit.resolve();
			await loaded();
			// Loaded: the neighbouring plans follow, one per idle period, as with the code at hand.
			expect(idle).toHaveLength(1);
			idle.shift()!();
			expect(plans.count).toBe(1);
		});

		it('holds a request made before the code has loaded, reports where it heads, and plays the last one', async () => {
			const idle: (() => void)[] = [];
			const kit = deferredKit();
			const { player, painted, reported, step } = makePlayer(0, { idle, motion: kit.load });
			player.request(1);
			player.request(3);
			// Loaded at once on a request, not at the next idle period; one load whatever the number of requests.
			expect(kit.calls).toBe(1);
			// About to move: counted as animating (the component hides focus and messages), nothing planned yet.
			expect(player.animating).toBe(true);
			expect(player.transition).toBeNull();
			expect(player.current).toBe(3);
			expect(step()).toBe(3);
			expect(reported.at(-1)).toEqual({ index: 3, id: '1.24' });
			expect(painted).toEqual([]);
			kit.resolve();
			await loaded();
			expect(player.transition?.fromIndex).toBe(0);
			expect(player.transition?.toIndex).toBe(3);
			expect(painted).toHaveLength(1);
			clock.advance(total * 2);
			expect(player.settled).toBe(3);
			expect(reported.filter((r) => r.index === 3)).toHaveLength(1);
		});

		it('drops a held request when the step it rests on is asked for again', async () => {
			const kit = deferredKit();
			const { player, painted } = makePlayer(2, { idle: [], motion: kit.load });
			player.request(3);
			player.request(2);
			expect(player.current).toBe(2);
			kit.resolve();
			await loaded();
			expect(player.animating).toBe(false);
			expect(player.settled).toBe(2);
			expect(painted).toEqual([]);
		});

		it('plays nothing when destroyed before the code has loaded', async () => {
			const kit = deferredKit();
			const { player, painted } = makePlayer(0, { idle: [], motion: kit.load });
			player.request(2);
			player.destroy();
			kit.resolve();
			await loaded();
			expect(player.animating).toBe(false);
			expect(painted).toEqual([]);
			expect(clock.running()).toBe(0);
		});

		it('holds a scrub too, and shows it once loaded', async () => {
			const kit = deferredKit();
			const { player, painted } = makePlayer(2, { idle: [], motion: kit.load });
			player.scrub(0.25);
			kit.resolve();
			await loaded();
			expect(player.transition?.fromIndex).toBe(1);
			expect(player.progress).toBeCloseTo(0.25, 9);
			expect(painted.at(-1)?.time).toBeCloseTo(total * 0.25, 6);
		});
	});

	it('scrubs the transition into the current step and settles at either end on release', async () => {
		const { player, painted } = makePlayer(1);
		player.scrub(0.5);
		await started();
		expect(player.animating).toBe(true);
		expect(painted.at(-1)?.time).toBeCloseTo(total * 0.5, 9);
		clock.advance(total * 2);
		expect(player.progress).toBe(0.5);
		player.scrub(0);
		player.release();
		expect(player.settled).toBe(0);
		expect(player.animating).toBe(false);
	});
});
