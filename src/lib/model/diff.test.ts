import { describe, expect, test } from 'vitest';
import { describeDiff, diffScenes } from './diff.js';
import type { DiagramEdge, DiagramNode, Scene } from './types.js';

const text = (en: string, ko = en) => ({ en, ko });
const node = (id: string, extra: Partial<DiagramNode> = {}): DiagramNode => ({
	id,
	label: text(id),
	kind: 'daemon',
	sources: [],
	...extra
});
const edge = (from: string, to: string, extra: Partial<DiagramEdge> = {}): DiagramEdge => ({
	id: `${from}->${to}`,
	from,
	to,
	kind: 'call',
	sources: [],
	...extra
});
const scene = (id: string, nodes: DiagramNode[], edges: DiagramEdge[] = []): Scene => ({
	id,
	index: 0,
	label: text(id),
	title: text(id),
	narration: text(id),
	sources: [],
	focus: [],
	messages: [],
	nodes,
	edges
});

const v15 = scene(
	'1.5',
	[
		node('kubelet'),
		node('dockershim', { label: text('dockershim', '도커심') }),
		node('rktlet'),
		node('dockerd'),
		node('containerd')
	],
	[edge('kubelet', 'dockershim'), edge('dockershim', 'dockerd'), edge('kubelet', 'rktlet')]
);
const v124 = scene(
	'1.24',
	[
		node('kubelet'),
		node('dockerd', { badge: text('optional', '선택') }),
		node('containerd'),
		node('cri-dockerd', { label: text('cri-dockerd', 'cri-dockerd 어댑터') })
	],
	[edge('kubelet', 'cri-dockerd'), edge('cri-dockerd', 'dockerd')]
);

describe('diffScenes', () => {
	test('sorts ids into added, removed, changed and kept', () => {
		expect(diffScenes(v15, v124)).toEqual({
			nodes: {
				added: ['cri-dockerd'],
				removed: ['dockershim', 'rktlet'],
				changed: ['dockerd'],
				kept: ['kubelet', 'containerd']
			},
			edges: {
				added: ['kubelet->cri-dockerd', 'cri-dockerd->dockerd'],
				removed: ['kubelet->dockershim', 'dockershim->dockerd', 'kubelet->rktlet'],
				changed: [],
				kept: []
			}
		});
	});

	test.each([
		['label', { label: text('x', 'y') }],
		['kind', { kind: 'runtime' as const }],
		['parent', { parent: 'host' }],
		['badge', { badge: text('beta') }],
		['description', { description: text('d') }],
		['href', { href: 'https://example.com' }]
	])('a node whose %s differs is changed', (_field, extra) => {
		const diff = diffScenes(scene('a', [node('n')]), scene('b', [node('n', extra)]));
		expect(diff.nodes).toEqual({ added: [], removed: [], changed: ['n'], kept: [] });
	});

	test('sources alone do not make a node changed', () => {
		const diff = diffScenes(scene('a', [node('n')]), scene('b', [node('n', { sources: ['s'] })]));
		expect(diff.nodes.kept).toEqual(['n']);
	});

	test.each([
		['label', { label: text('gRPC') }],
		['kind', { kind: 'spawn' as const }],
		['endpoint', { endpoint: '/run/containerd.sock' }],
		['ends', { to: 'b2' }]
	])('an edge whose %s differs is changed', (_field, extra) => {
		const nodes = [node('a'), node('b'), node('b2')];
		const diff = diffScenes(scene('a', nodes, [edge('a', 'b')]), scene('b', nodes, [edge('a', 'b', extra)]));
		expect(diff.edges).toEqual({ added: [], removed: [], changed: ['a->b'], kept: [] });
	});
});

describe('describeDiff', () => {
	const diff = diffScenes(v15, v124);

	test('in English, with labels', () => {
		expect(describeDiff(diff, v15, v124, 'en')).toBe(
			'Added: cri-dockerd. Removed: dockershim, rktlet. Changed: dockerd. ' +
				'New connections: kubelet → cri-dockerd, cri-dockerd → dockerd. ' +
				'Removed connections: kubelet → dockershim, dockershim → dockerd, kubelet → rktlet.'
		);
	});

	test('in Korean, with Korean labels from the scene each node is in', () => {
		expect(describeDiff(diff, v15, v124, 'ko')).toBe(
			'추가: cri-dockerd 어댑터. 제거: 도커심, rktlet. 변경: dockerd. ' +
				'새 연결: kubelet → cri-dockerd 어댑터, cri-dockerd 어댑터 → dockerd. ' +
				'제거된 연결: kubelet → 도커심, 도커심 → dockerd, kubelet → rktlet.'
		);
	});

	test('only what happened is mentioned', () => {
		const a = scene('a', [node('dockershim'), node('rktlet')]);
		const b = scene('b', [node('cri-dockerd')]);
		expect(describeDiff(diffScenes(a, b), a, b, 'en')).toBe(
			'Added: cri-dockerd. Removed: dockershim, rktlet.'
		);
		expect(describeDiff(diffScenes(a, b), a, b, 'ko')).toBe('추가: cri-dockerd. 제거: dockershim, rktlet.');
	});

	test('no changes', () => {
		expect(describeDiff(diffScenes(v15, v15), v15, v15, 'en')).toBe('No changes.');
		expect(describeDiff(diffScenes(v15, v15), v15, v15, 'ko')).toBe('변경 없음.');
	});
});
