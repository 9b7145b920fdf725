import { describe, expect, it } from 'vitest';
import { edge, node, step } from '../motion/fixtures/steps.js';
import { badgeLeft, placeBadges } from './badge-place.js';
import { NODE_STYLE, usualBadgeLeft } from './style.js';
import type { NodeBox } from './types.js';

const b = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
/** A 200 × 60 box at (100, 100) with a badge whose text is 40 wide: its pill is 52 wide, usually at 138–190. */
const badged = (id = 'n', extra: Partial<NodeBox> = {}): NodeBox => ({
	...node(id, b(100, 100, 200, 60)),
	badgeWidth: 40,
	...extra
});
const pill = 40 + 2 * NODE_STYLE.badgePaddingX;
const usual = usualBadgeLeft(200, 40);
/** An edge coming down into the top border at x (absolute). */
const into = (x: number, id = 'a') =>
	edge(id, 'n', [
		{ x, y: 20 },
		{ x, y: 100 }
	]);

describe('badgeLeft', () => {
	it('leaves a pill at the top-right corner when no edge meets the border there', () => {
		expect(usual).toBe(200 - pill - 10);
		expect(badgeLeft(badged(), step('s', 400, 200, [badged()], [into(120)]))).toBeUndefined();
	});

	it('slides a pill off an arrow that enters under it, to the nearest clear place', () => {
		// The arrow at 270 (box-relative 170) lies under the usual pill (138–190).
		const left = badgeLeft(badged(), step('s', 400, 200, [badged()], [into(270)]));
		expect(left).toBeDefined();
		const l = left as number;
		// Clear of the arrow and its head by the clearance, on the left of it (the right side has no room).
		expect(l + pill).toBeLessThanOrEqual(170 - 7 + 0.01);
		expect(l).toBeGreaterThanOrEqual(8);
	});

	it('hangs a pill past the top-left corner when arrows leave no room inside, never past the drawing', () => {
		// Arrows at box-relative 45, 100 and 160 leave no 52-wide gap inside the 200-wide box, and the drawing's
		// right side (at 310) keeps the pill from hanging far enough past the right corner.
		const arrows = (x: number) => [into(x + 45, 'a'), into(x + 100, 'b'), into(x + 160, 'c')];
		const left = badgeLeft(badged(), step('s', 310, 200, [badged()], arrows(100)));
		expect(left).toBeCloseTo(45 - 7 - pill, 2);
		expect(left as number).toBeGreaterThanOrEqual(-pill / 2);
		// The same box 10 from the drawing's left side may not hang past it: nothing is clear, the pill stays.
		const near = { ...badged(), x: 10 };
		expect(badgeLeft(near, step('s', 220, 200, [near], arrows(10)))).toBeUndefined();
	});

	it('keeps a group’s pill clear of its title, and leaves it where it is when nothing is clear', () => {
		const group = { ...badged(), isGroup: true, label: { en: ['a very long group title'], ko: ['긴 제목'] } };
		// Arrows at every 30 units along the border: no gap wide enough for the pill.
		const edges = [130, 160, 190, 220, 250, 280].map((x, i) => into(x, `e${i}`));
		expect(badgeLeft(group, step('s', 400, 200, [group], edges))).toBeUndefined();
	});

	it('counts an edge label on the border as in the way too', () => {
		const labelled = edge(
			'a',
			'n',
			[
				{ x: 120, y: 20 },
				{ x: 120, y: 100 }
			],
			{
				text: 'gRPC',
				box: b(230, 92, 50, 16)
			}
		);
		const left = badgeLeft(badged(), step('s', 400, 200, [badged()], [labelled])) as number;
		expect(left + pill <= 130 - 2 + 0.01 || left >= 180 + 2 - 0.01).toBe(true);
	});
});

describe('placeBadges', () => {
	it('keeps a moved pill where it was in the step before while that place stays clear', () => {
		// Step 1: the arrow at 270 pushes the pill left, to 111. Step 2: the arrow moves to 290, still under the
		// usual place; 131 would be nearer the corner, but 111 is still clear, so the pill does not wander.
		const [first, second] = placeBadges([
			step('one', 400, 200, [badged()], [into(270)]),
			step('two', 400, 200, [badged()], [into(290)])
		]);
		const a = first?.nodes[0]?.badgeX;
		expect(a).toBe(111);
		expect(second?.nodes[0]?.badgeX).toBe(111);
		expect(placeBadges([step('two', 400, 200, [badged()], [into(290)])])[0]?.nodes[0]?.badgeX).toBe(131);
	});

	it('sets badgeX only where a pill moved, and forgets a stale one', () => {
		const [clear] = placeBadges([step('one', 400, 200, [badged('n', { badgeX: 20 })], [into(120)])]);
		expect(clear?.nodes[0]).not.toHaveProperty('badgeX');
		const [plain] = placeBadges([step('one', 400, 200, [node('x', b(0, 0, 100, 40))], [])]);
		expect(plain?.nodes[0]).not.toHaveProperty('badgeX');
	});
});
