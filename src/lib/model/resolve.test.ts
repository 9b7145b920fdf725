import { describe, expect, test } from 'vitest';
import type { Scene, Storyline, StorylineSpec } from './types.js';
import { validateStoryline } from './validate.js';

/** A Kubernetes-CRI-like storyline: a full scene, then two patches. */
const spec: StorylineSpec = {
	id: 'kubernetes-cri',
	title: { en: 'Kubernetes and its runtimes', ko: '쿠버네티스와 런타임' },
	sources: {
		'k8s-blog': { title: 'Kubernetes blog', url: 'https://kubernetes.io/blog/' },
		'cri-intro': { title: 'Introducing CRI' }
	},
	steps: [
		{
			id: '1.0',
			label: 'v1.0',
			title: 'Kubernetes 1.0',
			narration: { en: 'The kubelet talks to Docker directly.', ko: 'kubelet이 Docker와 직접 통신합니다.' },
			notes: 'Point at the kubelet.',
			focus: ['kubelet', 'kubelet->dockerd'],
			messages: [{ edge: 'kubelet->dockerd', label: 'create' }],
			nodes: [
				// Listed before its group: ordering must put the group first.
				{ id: 'kubelet', label: 'kubelet', kind: 'daemon', parent: 'node' },
				{ id: 'node', label: { en: 'Node', ko: '노드' }, kind: 'group' },
				{ id: 'dockerd', label: 'dockerd', kind: 'daemon', parent: 'node', sources: ['k8s-blog'] },
				{ id: 'docker-cli', label: 'docker', kind: 'client', href: 'https://docs.docker.com/' }
			],
			edges: [
				{ from: 'kubelet', to: 'dockerd' },
				{
					from: 'docker-cli',
					to: 'dockerd',
					label: { en: 'REST', ko: 'REST' },
					endpoint: '/var/run/docker.sock',
					kind: 'data'
				}
			]
		},
		{
			id: '1.5',
			label: 'v1.5',
			title: 'Kubernetes 1.5: CRI',
			narration: 'CRI arrives.',
			sources: ['cri-intro'],
			add: {
				nodes: [
					{ id: 'cri', label: 'CRI', kind: 'interface' },
					{ id: 'containerd', label: 'containerd', kind: 'runtime', parent: 'node' }
				],
				edges: [
					{ from: 'kubelet', to: 'cri', kind: 'implements' },
					{ id: 'cri-to-containerd', from: 'cri', to: 'containerd' }
				]
			},
			update: {
				nodes: [{ id: 'dockerd', badge: { en: 'via dockershim', ko: 'dockershim 경유' } }],
				edges: [{ id: 'kubelet->dockerd', label: 'dockershim', kind: 'spawn' }]
			}
		},
		{
			id: '1.24',
			label: 'v1.24',
			title: 'Kubernetes 1.24',
			narration: 'dockershim is removed.',
			remove: { nodes: ['dockerd'], edges: ['kubelet->dockerd', 'docker-cli->dockerd'] },
			// docker-cli persists and moves into a group that is added after it: it keeps its place.
			update: { nodes: [{ id: 'docker-cli', parent: 'tools' }] },
			add: { nodes: [{ id: 'tools', label: 'Tools', kind: 'group' }] }
		},
		{ id: 'recap', label: 'Recap', title: 'Recap', narration: 'Nothing changes; the narration does.' }
	]
};

function resolve(input: unknown): Storyline {
	const result = validateStoryline(input);
	if (!result.ok) throw new Error(result.errors.map((e) => `${e.path} ${e.code}`).join('\n'));
	return result.storyline;
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const stepAt = (s: Storyline, i: number): Scene => {
	const scene = s.steps[i];
	if (!scene) throw new Error(`no step ${i}`);
	return scene;
};

describe('a valid multi-step storyline', () => {
	const storyline = resolve(spec);

	test('storyline fields resolve with defaults', () => {
		expect({ ...storyline, steps: storyline.steps.length }).toEqual({
			id: 'kubernetes-cri',
			title: { en: 'Kubernetes and its runtimes', ko: '쿠버네티스와 런타임' },
			direction: 'down',
			sources: {
				'k8s-blog': { title: 'Kubernetes blog', url: 'https://kubernetes.io/blog/' },
				'cri-intro': { title: 'Introducing CRI' }
			},
			steps: 4
		});
	});

	test('the first step is a full scene: parents first, text localized, edge defaults filled', () => {
		expect(stepAt(storyline, 0)).toEqual({
			id: '1.0',
			index: 0,
			label: { en: 'v1.0', ko: 'v1.0' },
			title: { en: 'Kubernetes 1.0', ko: 'Kubernetes 1.0' },
			narration: { en: 'The kubelet talks to Docker directly.', ko: 'kubelet이 Docker와 직접 통신합니다.' },
			notes: { en: 'Point at the kubelet.', ko: 'Point at the kubelet.' },
			sources: [],
			focus: ['kubelet', 'kubelet->dockerd'],
			messages: [{ edge: 'kubelet->dockerd', label: { en: 'create', ko: 'create' }, reverse: false }],
			nodes: [
				{ id: 'node', label: { en: 'Node', ko: '노드' }, kind: 'group', sources: [] },
				{
					id: 'kubelet',
					label: { en: 'kubelet', ko: 'kubelet' },
					kind: 'daemon',
					parent: 'node',
					sources: []
				},
				{
					id: 'dockerd',
					label: { en: 'dockerd', ko: 'dockerd' },
					kind: 'daemon',
					parent: 'node',
					sources: ['k8s-blog']
				},
				{
					id: 'docker-cli',
					label: { en: 'docker', ko: 'docker' },
					kind: 'client',
					href: 'https://docs.docker.com/',
					sources: []
				}
			],
			edges: [
				{ id: 'kubelet->dockerd', from: 'kubelet', to: 'dockerd', kind: 'call', sources: [] },
				{
					id: 'docker-cli->dockerd',
					from: 'docker-cli',
					to: 'dockerd',
					label: { en: 'REST', ko: 'REST' },
					endpoint: '/var/run/docker.sock',
					kind: 'data',
					sources: []
				}
			]
		});
	});

	test('a patch updates in place and appends what it adds', () => {
		const scene = stepAt(storyline, 1);
		expect(ids(scene.nodes)).toEqual(['node', 'kubelet', 'dockerd', 'docker-cli', 'cri', 'containerd']);
		expect(ids(scene.edges)).toEqual([
			'kubelet->dockerd',
			'docker-cli->dockerd',
			'kubelet->cri',
			'cri-to-containerd'
		]);
		expect(scene.nodes.find((n) => n.id === 'dockerd')).toEqual({
			id: 'dockerd',
			label: { en: 'dockerd', ko: 'dockerd' },
			kind: 'daemon',
			parent: 'node',
			badge: { en: 'via dockershim', ko: 'dockershim 경유' },
			sources: ['k8s-blog']
		});
		expect(scene.edges[0]).toEqual({
			id: 'kubelet->dockerd',
			from: 'kubelet',
			to: 'dockerd',
			label: { en: 'dockershim', ko: 'dockershim' },
			kind: 'spawn',
			sources: []
		});
		expect(scene.sources).toEqual(['cri-intro']);
		expect(scene.focus).toEqual([]);
		expect(scene.messages).toEqual([]);
		expect(scene).not.toHaveProperty('notes');
	});

	test('remove → update → add: a persisting node keeps its place when it moves into a new group', () => {
		const scene = stepAt(storyline, 2);
		expect(ids(scene.nodes)).toEqual(['node', 'kubelet', 'tools', 'docker-cli', 'cri', 'containerd']);
		expect(scene.nodes.find((n) => n.id === 'docker-cli')?.parent).toBe('tools');
		expect(ids(scene.edges)).toEqual(['kubelet->cri', 'cri-to-containerd']);
	});

	test('a step with neither scene nor patch repeats the previous scene', () => {
		const [recap, previous] = [stepAt(storyline, 3), stepAt(storyline, 2)];
		expect(recap.nodes).toEqual(previous.nodes);
		expect(recap.edges).toEqual(previous.edges);
		expect(recap.nodes[0]).not.toBe(previous.nodes[0]);
	});

	test('the result never aliases the input', () => {
		const input = structuredClone(spec);
		const out = resolve(input);
		const step0 = input.steps[0];
		const firstNode = step0 && 'nodes' in step0 ? step0.nodes[1] : undefined;
		expect(stepAt(out, 0).nodes[0]?.label).not.toBe(firstNode?.label);
		stepAt(out, 0).nodes[0]!.label.en = 'changed';
		stepAt(out, 0).focus.push('x');
		out.sources['k8s-blog']!.title = 'changed';
		expect(input).toEqual(spec);
	});
});

describe('patch semantics', () => {
	const base = {
		id: 's',
		title: 'S',
		steps: [
			{
				id: 'a',
				label: 'a',
				title: 'a',
				narration: 'a',
				nodes: [
					{ id: 'x', label: 'x', kind: 'daemon' },
					{ id: 'y', label: 'y', kind: 'daemon' }
				],
				edges: [{ from: 'x', to: 'y' }]
			}
		]
	};
	const withPatch = (patch: object) => ({
		...base,
		steps: [...base.steps, { id: 'b', label: 'b', title: 'b', narration: 'b', ...patch }]
	});

	test('remove and add of one id in one step replaces it, keeping nothing of the old one', () => {
		const out = resolve(
			withPatch({
				remove: { nodes: ['x'], edges: ['x->y'] },
				add: { nodes: [{ id: 'x', label: 'new x', kind: 'runtime' }], edges: [{ from: 'y', to: 'x' }] }
			})
		);
		const scene = stepAt(out, 1);
		expect(ids(scene.nodes)).toEqual(['y', 'x']);
		expect(scene.nodes[1]).toEqual({
			id: 'x',
			label: { en: 'new x', ko: 'new x' },
			kind: 'runtime',
			sources: []
		});
		expect(ids(scene.edges)).toEqual(['y->x']);
	});

	test('node and edge ids live in separate namespaces', () => {
		const out = resolve(withPatch({ add: { edges: [{ id: 'x', from: 'y', to: 'x' }] } }));
		expect(ids(stepAt(out, 1).edges)).toEqual(['x->y', 'x']);
	});

	test('an update can move a persisting node into a group added later', () => {
		const addGroup = withPatch({ add: { nodes: [{ id: 'g', label: 'g', kind: 'group' }] } });
		const out = resolve({
			...addGroup,
			steps: [
				...addGroup.steps,
				{ id: 'c', label: 'c', title: 'c', narration: 'c', update: { nodes: [{ id: 'y', parent: 'g' }] } }
			]
		});
		expect(ids(stepAt(out, 1).nodes)).toEqual(['x', 'y', 'g']);
		expect(ids(stepAt(out, 2).nodes)).toEqual(['x', 'g', 'y']);
		expect(stepAt(out, 2).nodes[2]?.parent).toBe('g');
	});

	test('deep nesting orders every ancestor before its descendants', () => {
		const out = resolve({
			id: 'n',
			title: 'n',
			direction: 'right',
			steps: [
				{
					id: 'only',
					label: 'o',
					title: 'o',
					narration: 'o',
					nodes: [
						{ id: 'leaf', label: 'leaf', kind: 'process', parent: 'inner' },
						{ id: 'inner', label: 'inner', kind: 'group', parent: 'outer' },
						{ id: 'other', label: 'other', kind: 'process' },
						{ id: 'outer', label: 'outer', kind: 'group' }
					]
				}
			]
		});
		expect(out.direction).toBe('right');
		expect(ids(stepAt(out, 0).nodes)).toEqual(['outer', 'inner', 'leaf', 'other']);
	});
});
