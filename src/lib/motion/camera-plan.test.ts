/**
 * The camera as a stage of the transition plan: data in the plan, sampled with everything else, reversible,
 * instant under reduced motion.
 */
import { describe, expect, it } from 'vitest';
import { sampleTransition } from './frame.js';
import { planTransition, reversePlan } from './plan.js';
import { after, before } from './fixtures/steps.js';

const wide = { x: 0, y: 0, width: 620, height: 400 };
const close = { x: 80, y: 180, width: 300, height: 193.5 };

describe('camera in the plan', () => {
	it('moves the frame in the change stage, from the first frame to the last', () => {
		const plan = planTransition(before, after, { camera: { from: wide, to: close } });
		const camera = plan.camera;
		expect(camera).toBeDefined();
		expect(camera?.start).toBe(plan.stages.change.start);
		expect(camera?.duration).toBeGreaterThan(0);
		const frame = sampleTransition(plan);
		expect(frame(0).view).toEqual(wide);
		expect(frame(plan.totalDuration).view).toEqual(close);
		const mid = frame((camera?.start ?? 0) + (camera?.duration ?? 0) / 2).view;
		// Half-way through (eased in and out), the frame is half-way between: the same for x, y, width and height.
		expect(mid?.x).toBeCloseTo(40, 6);
		expect(mid?.width).toBeCloseTo(460, 6);
	});

	it('reverses: the reversed plan frames from the last frame back to the first', () => {
		const plan = planTransition(before, after, { camera: { from: wide, to: close } });
		const back = reversePlan(plan);
		expect(back.camera?.from).toEqual(close);
		expect(back.camera?.to).toEqual(wide);
		const frame = sampleTransition(back);
		expect(frame(0).view).toEqual(close);
		expect(frame(back.totalDuration).view).toEqual(wide);
		expect(reversePlan(back).camera).toEqual(plan.camera);
	});

	it('swaps the frame at once, with the content, under reduced motion', () => {
		const plan = planTransition(before, after, { camera: { from: wide, to: close }, reducedMotion: true });
		expect(plan.totalDuration).toBe(0);
		expect(sampleTransition(plan)(0).view).toEqual(close);
	});

	it('a camera move alone (same step, new frame) is a transition of its own', () => {
		const plan = planTransition(after, after, { camera: { from: wide, to: close } });
		expect(plan.nodes.every((n) => n.kind === 'stay')).toBe(true);
		expect(plan.totalDuration).toBeGreaterThan(0);
		expect(sampleTransition(plan)(plan.totalDuration).view).toEqual(close);
	});

	it('has no camera, and no view in its frames, when planned without one', () => {
		const plan = planTransition(before, after);
		expect(plan.camera).toBeUndefined();
		expect(sampleTransition(plan)(0).view).toBeUndefined();
	});
});
