import { describe, expect, it } from 'vitest';
import type { Box, StorylineLayout } from '../layout/types.js';
import type { Scene } from '../model/types.js';
import {
	cameraFrame,
	cameraFrames,
	contentBounds,
	focusBounds,
	nameSizeOnScreen,
	withAspect
} from './camera.js';
import { framePieces, isCut, snapFrame } from './camera-snap.js';
import { NODE_STYLE } from '../layout/style.js';
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
const scene = (id: string, focus: string[]) =>
	({ id, focus, label: { en: id, ko: id }, nodes: [], edges: [] }) as unknown as Scene;
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

describe('snapFrame: whole components only', () => {
	/** A row of three boxes; the focus is the middle one. */
	const row = step(
		'row',
		800,
		200,
		[node('left', b(16, 76, 200, 48)), node('mid', b(300, 76, 200, 48)), node('right', b(584, 76, 200, 48))],
		[]
	);
	const content = b(0, 60, 800, 80);
	const must = b(284, 60, 232, 80);
	const request = (largestHeight: number) => ({
		aspect: 4,
		must,
		give: 12,
		want: must,
		content,
		largestHeight,
		centre: { x: 400, y: 100 }
	});
	const cuts = (frame: ReturnType<typeof snapFrame>) =>
		framePieces(row).filter((p) => isCut(frame, p)).length;

	it('moves an edge past a component it would cut, when the floor does not allow taking it in', () => {
		// Centred on mid, a 400-wide frame would span 200–600 and cut both neighbours.
		const frame = snapFrame(row, request(100), 16);
		expect(frame.width / frame.height).toBeCloseTo(4, 10);
		expect(frame.height).toBeLessThanOrEqual(100);
		expect(cuts(frame)).toBe(0);
		expect(frame.x).toBeLessThanOrEqual(300);
		expect(frame.x + frame.width).toBeGreaterThanOrEqual(500);
	});

	it('takes a component in when the floor allows a frame that holds it', () => {
		const frame = snapFrame(row, { ...request(200), want: b(0, 60, 516, 80) }, 16);
		expect(cuts(frame)).toBe(0);
		// left and mid are both inside, whole.
		expect(frame.x).toBeLessThanOrEqual(16);
		expect(frame.x + frame.width).toBeGreaterThanOrEqual(500);
	});

	it('grows past the floor only when no allowed frame avoids a cut', () => {
		// Boxes closer together than the room kept around the focus: no frame holds mid without part of a neighbour.
		const tight = step(
			'tight',
			400,
			200,
			[node('l', b(0, 76, 108, 48)), node('m', b(110, 76, 100, 48)), node('r', b(212, 76, 108, 48))],
			[]
		);
		const frame = snapFrame(
			tight,
			{ ...request(30), aspect: 1, must: b(106, 72, 108, 56), give: 0, content: b(-16, 60, 352, 80) },
			16
		);
		expect(framePieces(tight).filter((p) => isCut(frame, p))).toEqual([]);
		// The smallest frame (108 square) would cut both neighbours; the one that cuts neither holds all three.
		// (within the half-unit tolerance of a cut)
		expect(frame.x).toBeLessThanOrEqual(0.5);
		expect(frame.x + frame.width).toBeGreaterThanOrEqual(319.5);
	});

	it('finds the edge between two components closer than the room it keeps (a pill over an outline)', () => {
		// m's change pill reaches 8 below its box, to 56; n's outline starts at 56.5: half a unit between them.
		const stacked = step(
			'stacked',
			400,
			120,
			[node('m', b(0, 0, 100, 48)), node('n', b(0, 58.25, 100, 48))],
			[]
		);
		const marked = new Map([['m', 40]]);
		const frame = snapFrame(
			stacked,
			{
				aspect: 4,
				must: b(-4, -4, 108, 60),
				give: 4,
				want: b(-4, -4, 108, 60),
				content: b(-4, -4, 408, 116),
				largestHeight: 70,
				centre: { x: 50, y: 28 },
				marked
			},
			16
		);
		const [m, n] = framePieces(stacked, marked);
		expect(isCut(frame, m as Box) || isCut(frame, n as Box)).toBe(false);
		expect(frame.y + frame.height).toBeGreaterThanOrEqual(56 - 0.05);
		expect(frame.y + frame.height).toBeLessThanOrEqual(56.5 + 0.05);
	});

	it('treats a group’s title as a component, not the whole group', () => {
		const grouped = step(
			'grouped',
			600,
			400,
			[
				node('g', b(0, 0, 600, 400), { group: true, label: 'kubelet' }),
				node('x', b(16, 34, 100, 48), { parent: 'g' })
			],
			[]
		);
		const [title, leaf] = framePieces(grouped);
		expect(title?.y).toBeGreaterThan(0);
		expect((title?.y ?? 0) + (title?.height ?? 0)).toBeLessThan(34);
		expect(title?.width).toBeLessThan(600);
		// A leaf counts with the outer half of its outline (1.75 all round: a frame edge inside it shows a sliver
		// of the border), and with the change pill that straddles its bottom-left corner, when it has one.
		expect(leaf).toEqual(b(14.25, 32.25, 103.5, 51.5));
		expect(framePieces(grouped, new Map([['x', 20]]))[1]).toEqual(b(12, 32.25, 105.75, 57.75));
		// A pill longer than the box ("new in image → container") reaches past its right side: that counts too.
		expect(framePieces(grouped, new Map([['x', 160]]))[1]).toEqual(b(12, 32.25, 160, 57.75));
		// A badge moved past the top-left corner (`badgeX` < 0) counts on that side, and its top half above.
		const hung = {
			...grouped,
			nodes: grouped.nodes.map((n) => (n.id === 'x' ? { ...n, badgeWidth: 30, badgeX: -20 } : n))
		};
		const piece = framePieces(hung)[1];
		expect(piece?.x).toBeCloseTo(16 - 20, 6);
		expect(piece?.y).toBeCloseTo(34 - NODE_STYLE.badgeHeight / 2, 6);
	});
});

describe('cameraFrame on a storyline', () => {
	it('never cuts a component in a close-up', () => {
		const options = { aspect: 16 / 9, boxHeight: 540, minNameSize: 24 };
		const frame = cameraFrame(layout, 1, options);
		expect(framePieces(second).filter((p) => isCut(frame, p))).toEqual([]);
	});
});
