import { describe, expect, test } from 'vitest';
import { edge, node, scene } from './fixtures/scene-builder.js';
import { measureNode } from './node-size.js';
import { consistentRuns, firstAppearance, unionScene } from './union.js';

describe('firstAppearance', () => {
	test.each<[string, string[][], string[]]>([
		['one list keeps its order', [['a', 'b', 'c']], ['a', 'b', 'c']],
		[
			'later ids go after the known id before them',
			[
				['a', 'c'],
				['a', 'b', 'c']
			],
			['a', 'b', 'c']
		],
		[
			'an id with no known id before it goes first',
			[
				['b', 'c'],
				['a', 'b']
			],
			['a', 'b', 'c']
		],
		[
			'ids that leave keep their place',
			[
				['a', 'b', 'c'],
				['a', 'c', 'd']
			],
			['a', 'b', 'c', 'd']
		],
		[
			'reordering in a later step does not reorder',
			[
				['a', 'b'],
				['b', 'a']
			],
			['a', 'b']
		]
	])('%s', (_name, lists, expected) => {
		expect(firstAppearance(lists)).toEqual(expected);
	});
});

describe('consistentRuns', () => {
	const g = node('g', 'group', 'G');
	const a = node('a', 'daemon', 'a', { parent: 'g' });
	test('steps whose nesting agrees form one run', () => {
		const steps = [
			scene('1', 0, [g, a], []),
			scene('2', 1, [g], []),
			scene('3', 2, [g, a, node('b', 'daemon', 'b')], [])
		];
		expect(consistentRuns(steps).map((run) => run.map((s) => s.id))).toEqual([['1', '2', '3']]);
	});

	test('a node that changes parent starts a new run', () => {
		const steps = [
			scene('1', 0, [g, a], []),
			scene('2', 1, [g, { ...a, parent: undefined }], []),
			scene('3', 2, [g], [])
		];
		expect(consistentRuns(steps).map((run) => run.map((s) => s.id))).toEqual([['1'], ['2', '3']]);
	});

	test('a node that becomes a group starts a new run', () => {
		const steps = [
			scene('1', 0, [node('x', 'daemon', 'x')], []),
			scene('2', 1, [node('x', 'group', 'x')], [])
		];
		expect(consistentRuns(steps)).toHaveLength(2);
	});
});

describe('unionScene', () => {
	test('holds every node and edge of the run, parents first, at their largest size', () => {
		const short = node('a', 'daemon', 'a', { parent: 'g' });
		const long = {
			...short,
			label: { en: 'a much longer label for the same node', ko: '같은 노드의 훨씬 긴 레이블' }
		};
		const union = unionScene([
			scene('1', 0, [node('g', 'group', 'G'), short], []),
			scene(
				'2',
				1,
				[node('b', 'runtime', 'b'), node('g', 'group', 'G'), long],
				[edge('a', 'b', { label: 'x' })]
			)
		]);
		expect(union.scene.nodes.map((n) => n.id)).toEqual(['b', 'g', 'a']);
		expect(union.scene.edges.map((e) => e.id)).toEqual(['a->b']);
		expect(union.leaves.get('a')?.width).toBe(measureNode(long).width);
		expect(union.leaves.get('a')?.width).toBeGreaterThan(measureNode(short).width);
		expect(union.edgeLabels.has('a->b')).toBe(true);
	});
});
