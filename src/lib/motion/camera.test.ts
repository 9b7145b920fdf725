import { describe, expect, it } from 'vitest';
import type { StorylineLayout } from '../layout/types.js';
import type { Scene } from '../model/types.js';
import {
	cameraFrame,
	cameraFrames,
	contentBounds,
	focusBounds,
	nameSizeOnScreen,
	withAspect
} from './camera.js';
import { edge, node, step } from './fixtures/steps.js';

const b = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

/** A tall storyline: step 0 holds one node at the top, step 1 a long column with the focus at the bottom. */
const first = step('one', 400, 1200, [node('a', b(16, 16, 120, 48))], []);
const second = step(
	'two',
	400,
	1200,
	[
		node('a', b(16, 16, 120, 48)),
		node('b', b(16, 600, 120, 48)),
		node('c', b(216, 1100, 120, 48)),
		node('d', b(16, 1100, 120, 48))
	],
	[
		edge('a', 'b', [
			{ x: 76, y: 64 },
			{ x: 76, y: 600 }
		])
	]
);
const scene = (id: string, focus: string[]) => ({ id, focus }) as unknown as Scene;
const layout = {
	format: 1,
	storyline: { id: 's', steps: [scene('one', []), scene('two', ['c'])] },
	steps: [first, second]
} as unknown as StorylineLayout;

describe('contentBounds / focusBounds', () => {
	it('bounds what the step draws, plus a margin, not the storyline size', () => {
		expect(contentBounds(first)).toEqual(b(0, 0, 152, 80));
		expect(contentBounds(second)).toEqual(b(0, 0, 352, 1164));
	});
	it('bounds a focused edge by its route and both ends', () => {
		expect(focusBounds(second, { focus: ['a->b'] })).toEqual(b(0, 0, 152, 664));
		expect(focusBounds(second, { focus: [] })).toBeUndefined();
		expect(focusBounds(second, { focus: ['missing'] })).toBeUndefined();
	});
});

describe('cameraFrame', () => {
	it('frames each step’s own content at the box’s aspect ratio', () => {
		const frame = cameraFrame(layout, 0, { aspect: 2 });
		expect(frame.width / frame.height).toBeCloseTo(2, 10);
		expect(frame).toEqual(withAspect(b(0, 0, 152, 80), 2));
		expect(frame).toEqual(b(-4, 0, 160, 80));
	});

	it('frames the whole storyline in `storyline` mode, the same for every step', () => {
		const frames = cameraFrames(layout, { mode: 'storyline', aspect: 1 });
		expect(frames[0]).toEqual(frames[1]);
		expect(frames[0]).toEqual(b(-400, 0, 1200, 1200));
	});

	it('closes in on the focus when the whole step would draw names under the floor', () => {
		const options = { aspect: 16 / 9, boxHeight: 540, minNameSize: 24 };
		const whole = cameraFrame(layout, 1, { ...options, fit: 'all' });
		expect(nameSizeOnScreen(whole, 540)).toBeLessThan(24);
		const frame = cameraFrame(layout, 1, options);
		expect(nameSizeOnScreen(frame, 540)).toBeCloseTo(24, 10);
		expect(frame.width / frame.height).toBeCloseTo(16 / 9, 10);
		// The focus (c, bottom right) is inside; the frame stays within the content on the axis it is shorter.
		const c = second.nodes[2]!;
		expect(frame.x).toBeLessThanOrEqual(c.x);
		expect(frame.x + frame.width).toBeGreaterThanOrEqual(c.x + c.width);
		expect(frame.y).toBeLessThanOrEqual(c.y);
		expect(frame.y + frame.height).toBeLessThanOrEqual(1164 + 1e-9);
		expect(frame.y + frame.height).toBeGreaterThanOrEqual(c.y + c.height);
	});

	it('keeps the whole step when it is readable, or when the step has no focus', () => {
		const readable = { aspect: 16 / 9, boxHeight: 5000, minNameSize: 24 };
		expect(cameraFrame(layout, 1, readable)).toEqual(cameraFrame(layout, 1, { aspect: 16 / 9 }));
		const noFocus = {
			...layout,
			storyline: { ...layout.storyline, steps: [scene('one', []), scene('two', [])] }
		};
		const small = { aspect: 16 / 9, boxHeight: 100, minNameSize: 24 };
		expect(cameraFrame(noFocus as StorylineLayout, 1, small)).toEqual(
			cameraFrame(layout, 1, { aspect: 16 / 9 })
		);
	});

	it('takes the focus’s neighbours into the frame when they fit at the floor', () => {
		const focusB = {
			...layout,
			storyline: { ...layout.storyline, steps: [scene('one', []), scene('two', ['b'])] }
		} as StorylineLayout;
		const frame = cameraFrame(focusB, 1, { aspect: 16 / 9, boxHeight: 1200, minNameSize: 24 });
		// a (y 16–64) talks to b (y 600–648): both are in the frame, which centred on b alone would drop a.
		expect(frame.y).toBeLessThanOrEqual(16);
		expect(frame.y + frame.height).toBeGreaterThanOrEqual(648);
		expect(nameSizeOnScreen(frame, 1200)).toBeCloseTo(24, 10);
	});

	it('shows a focus larger than the floor allows whole, rather than cutting it', () => {
		const wide = {
			...layout,
			storyline: { ...layout.storyline, steps: [scene('one', []), scene('two', ['a', 'c'])] }
		};
		const frame = cameraFrame(wide as StorylineLayout, 1, {
			aspect: 16 / 9,
			boxHeight: 540,
			minNameSize: 24
		});
		expect(frame.y).toBeLessThanOrEqual(0);
		expect(frame.y + frame.height).toBeGreaterThanOrEqual(1148);
	});

	it('rejects bad options and unknown steps with a message that names them', () => {
		expect(() => cameraFrame(layout, 5)).toThrow(/step index 5/);
		expect(() => cameraFrame(layout, 0, { aspect: 0 })).toThrow(/aspect/);
		expect(() => cameraFrame(layout, 0, { boxHeight: Number.NaN })).toThrow(/boxHeight/);
	});
});
