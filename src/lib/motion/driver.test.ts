import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTransitionDriver, type TransitionDriver } from './driver.js';
import { manualGsap } from './fixtures/manual-gsap.js';
import { after, before } from './fixtures/steps.js';
import { sampleTransition, type TransitionFrame } from './frame.js';
import { planTransition } from './plan.js';

const clock = manualGsap();
afterAll(() => clock.restore());

const plan = planTransition(before, after);
const total = plan.totalDuration;
const sample = sampleTransition(plan);

let painted: TransitionFrame[];
let progress: number[];
let settled: ('start' | 'end')[];
let driver: TransitionDriver;

beforeEach(() => {
	painted = [];
	progress = [];
	settled = [];
	driver = createTransitionDriver({
		gsap: clock.gsap,
		paint: (frame) => painted.push(frame),
		onProgress: (p) => progress.push(p),
		onSettle: (end) => settled.push(end)
	});
});

afterEach(() => driver.kill());

/** The frame on screen is the pure sample at `time`: the driver adds nothing of its own. */
function expectShowsTime(frame: TransitionFrame | undefined, time: number) {
	expect(frame?.time).toBeCloseTo(time, 9);
	expect(frame).toEqual(sample(frame?.time ?? Number.NaN));
}

describe('the transition driver', () => {
	it('has a plan long enough to stop in the middle of', () => {
		expect(total).toBeGreaterThan(0.5);
	});

	it('paints the first frame at once, then plays forward to the end and settles there once', () => {
		driver.play(plan, 'forward');
		expectShowsTime(painted[0], 0);
		clock.advance(total / 2);
		expect(driver.isActive()).toBe(true);
		expect(progress.at(-1)).toBeCloseTo(0.5, 6);
		expectShowsTime(driver.currentFrame(), total / 2);
		clock.advance(total);
		expect(settled).toEqual(['end']);
		expectShowsTime(painted.at(-1), total);
		expect(driver.isActive()).toBe(false);
		expect(clock.running()).toBe(0);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
	});

	it('paints its first frame `lead` seconds in when given one, and still ends exactly at either end', () => {
		const lead = 1 / 60;
		// GSAP keeps its playhead to a microsecond.
		const showsAbout = (frame: TransitionFrame | undefined, time: number) => {
			expect(frame?.time).toBeCloseTo(time, 5);
			expect(frame).toEqual(sample(frame?.time ?? Number.NaN));
		};
		const ahead = createTransitionDriver({
			gsap: clock.gsap,
			paint: (frame) => painted.push(frame),
			onSettle: (end) => settled.push(end),
			lead
		});
		try {
			ahead.play(plan, 'forward');
			showsAbout(painted[0], lead);
			clock.advance(total / 2);
			showsAbout(ahead.currentFrame(), lead + total / 2);
			clock.advance(total);
			expectShowsTime(painted.at(-1), total);
			ahead.play(plan, 'backward');
			showsAbout(painted.at(-1), total - lead);
			clock.advance(total);
			expectShowsTime(painted.at(-1), 0);
			expect(settled).toEqual(['end', 'start']);
			expect(clock.running()).toBe(0);
		} finally {
			ahead.kill();
		}
	});

	it('plays backward through the middle of the plan, from its end to its start', () => {
		driver.play(plan, 'backward');
		expectShowsTime(painted[0], total);
		clock.advance(total / 4);
		expect(progress.at(-1)).toBeCloseTo(0.75, 6);
		expectShowsTime(driver.currentFrame(), (3 * total) / 4);
		clock.advance(total);
		expect(settled).toEqual(['start']);
		expectShowsTime(painted.at(-1), 0);
		expect(clock.running()).toBe(0);
	});

	it('turns around mid-transition from where it is on screen', () => {
		driver.play(plan, 'forward');
		clock.advance(total * 0.3);
		driver.turn('backward');
		clock.advance(total * 0.1);
		expect(progress.at(-1)).toBeCloseTo(0.2, 6);
		clock.advance(total);
		expect(settled).toEqual(['start']);
		expectShowsTime(painted.at(-1), 0);
	});

	it('seeks to an exact frame and stays paused there', () => {
		driver.play(plan, 'forward');
		driver.seek(0.4);
		expectShowsTime(driver.currentFrame(), total * 0.4);
		const count = painted.length;
		clock.advance(total * 2);
		expect(painted.length).toBe(count);
		expect(settled).toEqual([]);
		expect(driver.progress()).toBeCloseTo(0.4, 6);
	});

	it('paints and calls nothing after it is killed', () => {
		driver.play(plan, 'forward');
		clock.advance(total * 0.2);
		driver.kill();
		const count = painted.length;
		clock.advance(total * 2);
		expect(painted.length).toBe(count);
		expect(settled).toEqual([]);
		expect(driver.currentFrame()).toBeUndefined();
		expect(clock.running()).toBe(0);
	});

	it('a plan without duration (reduced motion) paints its end and settles at once, with no timeline', () => {
		driver.play(planTransition(before, after, { reducedMotion: true }), 'forward');
		expect(settled).toEqual(['end']);
		expect(painted).toHaveLength(1);
		expect(clock.running()).toBe(0);
	});
});
