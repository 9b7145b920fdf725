import { describe, expect, test } from 'vitest';
import { compact, type CompactEdge, type CompactNode, type CompactStep } from './compact.js';
import { GROUP_STYLE, SPACING } from './style.js';
import type { Box } from './types.js';

const M = SPACING.diagramPadding;

function leaf(id: string, x: number, y: number, width = 100, height = 50, parent?: string): CompactNode {
	return {
		id,
		isGroup: false,
		box: { x, y, width, height },
		min: { width, height },
		...(parent ? { parent } : {})
	};
}

function only(step: CompactStep, direction: 'down' | 'right' = 'down') {
	const result = compact({ step, direction, margin: M });
	expect(result).toBeDefined();
	return result as NonNullable<typeof result>;
}

function boxOf(result: ReturnType<typeof only>, id: string): Box {
	return result.nodes.get(id) as Box;
}

describe('compact', () => {
	test('closes a gap in a row down to the house spacing, keeping the edge across it attached and straight', () => {
		const edge: CompactEdge = {
			id: 'a->b',
			from: 'a',
			to: 'b',
			points: [
				{ x: 116, y: 41 },
				{ x: 416, y: 41 }
			]
		};
		const result = only({ nodes: [leaf('a', 16, 16), leaf('b', 416, 16)], edges: [edge] }, 'right');
		const a = boxOf(result, 'a');
		const b = boxOf(result, 'b');
		expect(b.x - (a.x + a.width)).toBe(SPACING.betweenLayers);
		expect(result.edges.get('a->b')?.points).toEqual([
			{ x: a.x + a.width, y: 41 },
			{ x: b.x, y: 41 }
		]);
		expect(result.width).toBe(b.x + b.width + M);
	});

	test('never brings facing nodes closer than they were', () => {
		const result = only({ nodes: [leaf('a', 16, 16), leaf('b', 126, 16)], edges: [] });
		expect(boxOf(result, 'b').x - 116).toBe(10);
	});

	test('moves a lone node up to the margin, at its own size', () => {
		const result = only({ nodes: [leaf('a', 300, 500, 120, 60)], edges: [] });
		expect(boxOf(result, 'a')).toEqual({ x: M, y: M, width: 120, height: 60 });
		expect([result.width, result.height]).toEqual([120 + 2 * M, 60 + 2 * M]);
	});

	test('lets nodes that do not face each other pass on one axis, but never swap their centres', () => {
		// p is above and left of q; nothing faces them, so both slide to the margin on each axis, but q's centre
		// never goes left of p's.
		const result = only({ nodes: [leaf('p', 16, 16, 200, 50), leaf('q', 400, 300, 60, 50)], edges: [] });
		const p = boxOf(result, 'p');
		const q = boxOf(result, 'q');
		expect(q.x + q.width / 2).toBeGreaterThanOrEqual(p.x + p.width / 2 - 1);
		expect(q.y).toBe(p.y + p.height + SPACING.betweenLayers);
	});

	test('keeps a group around its children with its padding, and shrinks it where a child left', () => {
		const group: CompactNode = {
			id: 'g',
			isGroup: true,
			box: { x: 16, y: 16, width: 600, height: 150 },
			min: { width: 120, height: 50 }
		};
		const result = only({ nodes: [group, leaf('a', 500, 100, 100, 50, 'g')], edges: [] });
		expect(boxOf(result, 'g')).toEqual({
			x: M,
			y: M,
			width: 100 + 2 * GROUP_STYLE.paddingSide,
			height: 50 + GROUP_STYLE.paddingTop + GROUP_STYLE.paddingBottom
		});
		expect(boxOf(result, 'a')).toMatchObject({
			x: M + GROUP_STYLE.paddingSide,
			y: M + GROUP_STYLE.paddingTop
		});
	});

	test('a group stays as wide as its label needs', () => {
		const group: CompactNode = {
			id: 'g',
			isGroup: true,
			box: { x: 16, y: 16, width: 600, height: 150 },
			min: { width: 400, height: 50 }
		};
		const result = only({ nodes: [group, leaf('a', 500, 100, 100, 50, 'g')], edges: [] });
		expect(boxOf(result, 'g').width).toBe(400);
	});

	test('with stillness 1, nodes stay at their reference when nothing pushes them', () => {
		const reference = new Map([['a', { x: 200, y: 100 }]]);
		const result = only({ nodes: [leaf('a', 300, 500)], edges: [], reference, stillness: 1 });
		expect(boxOf(result, 'a')).toMatchObject({ x: 200, y: 100 });
		const half = only({ nodes: [leaf('a', 300, 500)], edges: [], reference, stillness: 0.5 });
		expect(boxOf(half, 'a')).toMatchObject({ x: (M + 200) / 2, y: (M + 100) / 2 });
	});

	test('keeps a label centred across its segment and the segment long enough to hold it', () => {
		const edge: CompactEdge = {
			id: 'a->b',
			from: 'a',
			to: 'b',
			points: [
				{ x: 66, y: 66 },
				{ x: 66, y: 466 }
			],
			label: { x: 36, y: 250, width: 60, height: 20 }
		};
		const result = only({ nodes: [leaf('a', 16, 16), leaf('b', 16, 466)], edges: [edge] });
		const label = result.edges.get('a->b')?.label as Box;
		const [start, end] = result.edges.get('a->b')?.points ?? [];
		expect(label.x + label.width / 2).toBe(start?.x);
		expect(label.y - (start?.y ?? 0)).toBeGreaterThanOrEqual(SPACING.edgeNode);
		expect((end?.y ?? 0) - (label.y + label.height)).toBeGreaterThanOrEqual(SPACING.edgeNode);
		expect(boxOf(result, 'b').y).toBe(end?.y);
	});
});
