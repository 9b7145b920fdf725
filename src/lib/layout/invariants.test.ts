import { describe, expect, test } from 'vitest';
import { edge, node, scene } from './fixtures/scene-builder.js';
import { checkStep, hardViolations, type InvariantRule } from './invariants.js';
import { measureEdgeLabel, measureGroup, measureNode } from './node-size.js';
import type { EdgeRoute, NodeBox, StepLayout } from './types.js';

// A valid hand-made step: group g (with child a) above b, an edge a → b with a label, all inside the diagram.
const nodes = [
	node('g', 'group', 'Group'),
	node('a', 'daemon', 'alpha', { parent: 'g' }),
	node('b', 'runtime', 'beta')
];
const edges = [edge('a', 'b', { label: 'call' })];
const theScene = scene('s', 0, nodes, edges);

function box(
	id: string,
	x: number,
	y: number,
	width: number,
	height: number,
	extra: Partial<NodeBox> = {}
): NodeBox {
	const spec = nodes.find((n) => n.id === id);
	const label =
		spec?.kind === 'group' ? measureGroup(spec).label : measureNode(spec ?? node(id, 'daemon', id)).label;
	return {
		id,
		x,
		y,
		width,
		height,
		isGroup: spec?.kind === 'group',
		depth: spec?.parent ? 1 : 0,
		label,
		...extra
	};
}

function validStep(): StepLayout {
	const labelSize = measureEdgeLabel(edges[0] ?? edge('a', 'b'));
	const route: EdgeRoute = {
		id: 'a->b',
		from: 'a',
		to: 'b',
		points: [
			{ x: 80, y: 103 },
			{ x: 80, y: 130 },
			{ x: 100, y: 130 },
			{ x: 100, y: 200 }
		],
		...(labelSize
			? {
					label: { x: 110, y: 150, width: labelSize.width, height: labelSize.height, lines: labelSize.lines }
				}
			: {})
	};
	return {
		stepId: 's',
		width: 300,
		height: 300,
		nodes: [
			box('g', 16, 16, 200, 103),
			box('a', 32, 50, 96, 53, { parent: 'g' }),
			box('b', 16, 200, 160, 60)
		],
		edges: [route]
	};
}

function rulesOf(step: StepLayout): InvariantRule[] {
	return [...new Set(checkStep(step, theScene).map((v) => v.rule))];
}

describe('checkStep', () => {
	test('a valid step has no violations', () => {
		expect(checkStep(validStep(), theScene)).toEqual([]);
	});

	test.each<[string, (step: StepLayout) => void, InvariantRule]>([
		['a child listed before its parent', (s) => s.nodes.reverse(), 'order'],
		['a node missing from the layout', (s) => s.nodes.pop(), 'order'],
		[
			'a child in its parent’s label padding',
			(s) => Object.assign(s.nodes[1] ?? {}, { y: 20 }),
			'child-inside-parent'
		],
		['a child outside its parent', (s) => Object.assign(s.nodes[1] ?? {}, { x: 190 }), 'child-inside-parent'],
		['overlapping top-level siblings', (s) => Object.assign(s.nodes[2] ?? {}, { y: 100 }), 'sibling-overlap'],
		[
			'an edge starting inside its node',
			(s) => Object.assign(s.edges[0]?.points[0] ?? {}, { y: 90 }),
			'edge-endpoint'
		],
		[
			'an edge ending off its node',
			(s) => Object.assign(s.edges[0]?.points[3] ?? {}, { y: 195 }),
			'edge-endpoint'
		],
		[
			'a diagonal segment',
			(s) => Object.assign(s.edges[0]?.points[2] ?? {}, { x: 101, y: 131 }),
			'orthogonal'
		],
		['a box too narrow for its label', (s) => Object.assign(s.nodes[2] ?? {}, { width: 40 }), 'text-fits'],
		['a box too short for its label', (s) => Object.assign(s.nodes[2] ?? {}, { height: 30 }), 'text-fits'],
		[
			'label lines that lost a word',
			(s) => Object.assign(s.nodes[2] ?? {}, { label: { en: [], ko: ['beta'] } }),
			'text-fits'
		],
		['a group too narrow for its label', (s) => Object.assign(s.nodes[0] ?? {}, { width: 40 }), 'text-fits'],
		['an edge label box too small', (s) => Object.assign(s.edges[0]?.label ?? {}, { width: 5 }), 'text-fits'],
		[
			'an edge label over a node',
			(s) => Object.assign(s.edges[0]?.label ?? {}, { x: 20, y: 210 }),
			'edge-label-overlaps-node'
		],
		[
			'an edge label across a group border',
			(s) => Object.assign(s.edges[0]?.label ?? {}, { x: 200, y: 60 }),
			'edge-label-crosses-group'
		],
		['a node outside the diagram', (s) => Object.assign(s, { height: 250 }), 'inside-diagram']
	])('reports %s', (_name, breakIt, rule) => {
		const step = validStep();
		breakIt(step);
		expect(rulesOf(step)).toContain(rule);
	});

	test('a label across a group border is advice, not a hard violation', () => {
		const step = validStep();
		Object.assign(step.edges[0]?.label ?? {}, { x: 200, y: 60 });
		const violations = checkStep(step, theScene);
		expect(violations.map((v) => v.rule)).toEqual(['edge-label-crosses-group']);
		expect(hardViolations(violations)).toEqual([]);
	});
});
