import { describe, expect, test } from 'vitest';
import { DIAGRAM_AREA, fitRegion, TITLE_AREA, titleLayout, toPoints, toSlideBox } from './geometry.js';

describe('slide geometry', () => {
	test('a region is scaled uniformly into the area and centred on the axis with room to spare', () => {
		const area = { x: 1, y: 2, width: 10, height: 5 };
		const t = fitRegion({ x: 100, y: 50, width: 400, height: 400 }, area);
		expect(t.scale).toBeCloseTo(5 / 400);
		const box = toSlideBox(t, { x: 100, y: 50, width: 400, height: 400 });
		expect(box.y).toBeCloseTo(2);
		expect(box.height).toBeCloseTo(5);
		expect(box.x).toBeCloseTo(1 + (10 - 5) / 2);
		// 15 units at 1/80 in per unit: 15 / 80 × 72 pt.
		expect(toPoints(t, 15)).toBeCloseTo((15 / 80) * 72);
		expect(() => fitRegion({ x: 0, y: 0, width: 0, height: 10 })).toThrow(/empty region/);
	});

	test('a short title keeps 28 pt on one line; a long one shrinks to 20 pt, then wraps and lowers the diagram', () => {
		const short = titleLayout('Kubernetes 1.24');
		expect(short).toMatchObject({ size: 28, lines: 1 });
		expect(short.diagramArea).toEqual(DIAGRAM_AREA);
		const long = titleLayout(
			'Kubernetes 1.5 (2016-12): the Container Runtime Interface, and what it replaced'
		);
		expect(long.size).toBeLessThan(28);
		expect(long.size).toBeGreaterThanOrEqual(20);
		const longer = titleLayout('A title long enough to need two lines even at twenty points, '.repeat(2));
		expect(longer).toMatchObject({ size: 20, lines: 2 });
		expect(longer.diagramArea.y).toBeGreaterThan(DIAGRAM_AREA.y);
		expect(longer.diagramArea.y).toBeGreaterThanOrEqual(longer.box.y + longer.box.height);
		expect(longer.diagramArea.y + longer.diagramArea.height).toBeCloseTo(
			DIAGRAM_AREA.y + DIAGRAM_AREA.height
		);
		expect(longer.box.x).toBe(TITLE_AREA.x);
	});
});
