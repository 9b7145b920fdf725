import { describe, expect, it } from 'vitest';
import { formatError } from '../model/errors.js';
import type {
	EdgeSpec,
	LocalizedText,
	NodeSpec,
	PatchStepSpec,
	Scene,
	StepSpec,
	Storyline,
	StorylineSpec
} from '../model/types.js';
import { validateStoryline } from '../model/validate.js';
import { SOURCES, pickSources } from './sources.js';
import { stacks } from './index.js';

/** Every stack the package documents, in the order of its public surface. */
const EXPECTED_STACKS = [
	'kubernetes-cri',
	'docker-engine',
	'docker-history',
	'oci',
	'container-history',
	'orchestrators',
	'redhat-lineage',
	'pod-creation',
	'vm-vs-container'
];

/**
 * Node budget per step: each step must stay readable on one 16:9 slide. The timeline's events are one-line boxes
 * stacked in era columns, so it may hold a few more.
 */
const MAX_NODES: Record<string, number> = { 'kubernetes-cri': 16, 'container-history': 22 };
const DEFAULT_MAX_NODES = 19;
const MAX_NESTING_DEPTH = 3;

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

function resolve(spec: StorylineSpec): Storyline {
	const result = validateStoryline(spec);
	if (!result.ok) throw new Error(result.errors.map((e) => formatError(e)).join('\n'));
	return result.storyline;
}

function isPatch(step: StepSpec): step is PatchStepSpec {
	return !('nodes' in step);
}

type NodeFields = Partial<NodeSpec> & { id: string };
type EdgeFields = Partial<EdgeSpec> & { id?: string };

/** Every node and edge a step states, whole or as an update, with the path it is stated at. */
function statedItems(
	step: StepSpec,
	s: number
): { nodes: [string, NodeFields][]; edges: [string, EdgeFields][] } {
	if (!isPatch(step)) {
		return {
			nodes: step.nodes.map((n, i) => [`steps[${s}].nodes[${i}]`, n]),
			edges: (step.edges ?? []).map((e, i) => [`steps[${s}].edges[${i}]`, e])
		};
	}
	return {
		nodes: [
			...(step.add?.nodes ?? []).map((n, i): [string, NodeFields] => [`steps[${s}].add.nodes[${i}]`, n]),
			...(step.update?.nodes ?? []).map((n, i): [string, NodeFields] => [`steps[${s}].update.nodes[${i}]`, n])
		],
		edges: [
			...(step.add?.edges ?? []).map((e, i): [string, EdgeFields] => [`steps[${s}].add.edges[${i}]`, e]),
			...(step.update?.edges ?? []).map((e, i): [string, EdgeFields] => [`steps[${s}].update.edges[${i}]`, e])
		]
	};
}

type TextRole = 'prose' | 'name';

/** Every user-visible string of a spec with its path and role (prose must be translated; names may not be). */
function texts(spec: StorylineSpec): { path: string; role: TextRole; text: LocalizedText }[] {
	const out: { path: string; role: TextRole; text: LocalizedText }[] = [];
	const add = (path: string, role: TextRole, text: LocalizedText | undefined) => {
		if (text !== undefined) out.push({ path, role, text });
	};
	add('title', 'prose', spec.title);
	add('description', 'prose', spec.description);
	spec.steps.forEach((step, s) => {
		add(`steps[${s}].label`, 'name', step.label);
		add(`steps[${s}].title`, 'prose', step.title);
		add(`steps[${s}].narration`, 'prose', step.narration);
		add(`steps[${s}].notes`, 'prose', step.notes);
		(step.messages ?? []).forEach((m, i) => add(`steps[${s}].messages[${i}].label`, 'name', m.label));
		const { nodes, edges } = statedItems(step, s);
		for (const [path, node] of nodes) {
			add(`${path}.label`, 'name', node.label);
			add(`${path}.badge`, 'name', node.badge);
			add(`${path}.description`, 'prose', node.description);
		}
		for (const [path, edge] of edges) add(`${path}.label`, 'name', edge.label);
	});
	return out;
}

/** Problems with one text, empty when it is fine. */
function textProblems(role: TextRole, text: LocalizedText): string[] {
	if (typeof text === 'string') {
		if (role === 'prose') return ['prose must be written in both languages ({ en, ko })'];
		if (text.trim() === '') return ['empty'];
		if (HANGUL.test(text)) return ['a plain string is shown in English too, so it must not contain Hangul'];
		return [];
	}
	const problems: string[] = [];
	if (text.en.trim() === '' || text.ko.trim() === '') problems.push('a language is empty');
	if (HANGUL.test(text.en)) problems.push('the English text contains Hangul');
	if (role === 'prose' && text.en === text.ko) problems.push('prose is the same in both languages');
	if (text.en !== text.ko && !HANGUL.test(text.ko))
		problems.push('the Korean text differs but has no Hangul');
	return problems;
}

/** Every source id a spec cites, with where. */
function citedSources(spec: StorylineSpec): { path: string; id: string }[] {
	const out: { path: string; id: string }[] = [];
	spec.steps.forEach((step, s) => {
		for (const id of step.sources ?? []) out.push({ path: `steps[${s}].sources`, id });
		const { nodes, edges } = statedItems(step, s);
		for (const [path, item] of [...nodes, ...edges]) {
			for (const id of item.sources ?? []) out.push({ path: `${path}.sources`, id });
		}
	});
	return out;
}

function depthOf(scene: Scene, id: string): number {
	const byId = new Map(scene.nodes.map((n) => [n.id, n]));
	let depth = 0;
	for (let parent = byId.get(id)?.parent; parent !== undefined; parent = byId.get(parent)?.parent) depth++;
	return depth;
}

describe('pickSources', () => {
	it('returns the named citations only', () => {
		const picked = pickSources('moby-changelog', 'cri-o-repo');
		expect(Object.keys(picked)).toEqual(['moby-changelog', 'cri-o-repo']);
		expect(picked['moby-changelog']).toEqual(SOURCES['moby-changelog']);
	});

	it('throws for an unknown id, naming it', () => {
		// @ts-expect-error: the whole point is an id that is not in the table.
		expect(() => pickSources('moby-changelog', 'no-such-source')).toThrow(/no-such-source/);
	});

	it('has a title for every source and only https URLs', () => {
		for (const [id, source] of Object.entries(SOURCES)) {
			expect(source.title.trim(), id).not.toBe('');
			if (source.url !== undefined) expect(source.url, id).toMatch(/^https:\/\/[^\s]+$/);
		}
	});
});

describe('stacks', () => {
	it('bundles every documented stack under its own id', () => {
		expect(Object.keys(stacks).sort()).toEqual([...EXPECTED_STACKS].sort());
		for (const [key, spec] of Object.entries(stacks)) expect(spec.id).toBe(key);
	});
});

describe.each(Object.entries(stacks))('stack %s', (id, spec) => {
	it('validates without errors', () => {
		const result = validateStoryline(spec);
		const errors = result.ok ? [] : result.errors.map((e) => formatError(e));
		expect(errors).toEqual([]);
	});

	it('has at least two steps to animate', () => {
		expect(spec.steps.length).toBeGreaterThanOrEqual(2);
	});

	it('writes every user-visible string in both languages', () => {
		const found = texts(spec);
		expect(found.length).toBeGreaterThan(0);
		const problems = found.flatMap(({ path, role, text }) =>
			textProblems(role, text).map((problem) => `${path}: ${problem}`)
		);
		expect(problems).toEqual([]);
	});

	it('cites only sources listed in its sources table, and lists none it does not cite', () => {
		const table = spec.sources ?? {};
		const cited = citedSources(spec);
		expect(cited.length).toBeGreaterThan(0);
		const unknown = cited.filter(({ id: sourceId }) => !Object.hasOwn(table, sourceId));
		expect(unknown).toEqual([]);
		const used = new Set(cited.map((c) => c.id));
		expect(Object.keys(table).filter((sourceId) => !used.has(sourceId))).toEqual([]);
		for (const sourceId of Object.keys(table)) expect(table[sourceId]).toEqual(SOURCES[sourceId]);
	});

	it('gives every step, node and edge at least one source', () => {
		const storyline = resolve(spec);
		const unsourced = storyline.steps.flatMap((scene) => [
			...(scene.sources.length === 0 ? [`step ${scene.id}`] : []),
			...scene.nodes.filter((n) => n.sources.length === 0).map((n) => `step ${scene.id}: node ${n.id}`),
			...scene.edges.filter((e) => e.sources.length === 0).map((e) => `step ${scene.id}: edge ${e.id}`)
		]);
		expect(unsourced).toEqual([]);
	});

	it('patches only what the previous step has, and adds only what it lacks', () => {
		const storyline = resolve(spec);
		const problems: string[] = [];
		spec.steps.forEach((step, s) => {
			const previous = storyline.steps[s - 1];
			if (!isPatch(step) || previous === undefined) return;
			const nodes = new Set(previous.nodes.map((n) => n.id));
			const edges = new Set(previous.edges.map((e) => e.id));
			const removedNodes = new Set(step.remove?.nodes ?? []);
			const removedEdges = new Set(step.remove?.edges ?? []);
			for (const nodeId of removedNodes)
				if (!nodes.has(nodeId)) problems.push(`${step.id}: remove node ${nodeId}`);
			for (const edgeId of removedEdges)
				if (!edges.has(edgeId)) problems.push(`${step.id}: remove edge ${edgeId}`);
			for (const u of step.update?.nodes ?? [])
				if (!nodes.has(u.id)) problems.push(`${step.id}: update node ${u.id}`);
			for (const u of step.update?.edges ?? [])
				if (!edges.has(u.id)) problems.push(`${step.id}: update edge ${u.id}`);
			for (const n of step.add?.nodes ?? []) {
				if (nodes.has(n.id) && !removedNodes.has(n.id))
					problems.push(`${step.id}: add existing node ${n.id}`);
			}
			for (const e of step.add?.edges ?? []) {
				const edgeId = e.id ?? `${e.from}->${e.to}`;
				if (edges.has(edgeId) && !removedEdges.has(edgeId))
					problems.push(`${step.id}: add existing edge ${edgeId}`);
			}
		});
		expect(problems).toEqual([]);
	});

	it('keeps ids stable: a node never changes kind, an edge never changes ends', () => {
		const storyline = resolve(spec);
		const kinds = new Map<string, string>();
		const ends = new Map<string, string>();
		const changes: string[] = [];
		for (const scene of storyline.steps) {
			for (const node of scene.nodes) {
				const before = kinds.get(node.id);
				if (before !== undefined && before !== node.kind)
					changes.push(`${scene.id}: ${node.id} ${before} → ${node.kind}`);
				kinds.set(node.id, node.kind);
			}
			for (const edge of scene.edges) {
				const now = `${edge.from} → ${edge.to}`;
				const before = ends.get(edge.id);
				if (before !== undefined && before !== now)
					changes.push(`${scene.id}: ${edge.id} ${before} ≠ ${now}`);
				ends.set(edge.id, now);
			}
		}
		expect(kinds.size).toBeGreaterThan(0);
		expect(changes).toEqual([]);
	});

	it('stays readable on one slide: bounded node count and nesting depth per step', () => {
		const storyline = resolve(spec);
		const max = MAX_NODES[id] ?? DEFAULT_MAX_NODES;
		for (const scene of storyline.steps) {
			expect(scene.nodes.length, `step ${scene.id}`).toBeLessThanOrEqual(max);
			for (const node of scene.nodes) {
				expect(depthOf(scene, node.id), `step ${scene.id}: ${node.id}`).toBeLessThan(MAX_NESTING_DEPTH);
			}
		}
	});

	it('focuses and sends messages only on what the step shows', () => {
		const storyline = resolve(spec);
		const problems: string[] = [];
		for (const scene of storyline.steps) {
			const ids = new Set([...scene.nodes.map((n) => n.id), ...scene.edges.map((e) => e.id)]);
			const edgeIds = new Set(scene.edges.map((e) => e.id));
			for (const target of scene.focus) if (!ids.has(target)) problems.push(`${scene.id}: focus ${target}`);
			for (const m of scene.messages)
				if (!edgeIds.has(m.edge)) problems.push(`${scene.id}: message on ${m.edge}`);
		}
		expect(storyline.steps.every((scene) => scene.focus.length > 0)).toBe(true);
		expect(problems).toEqual([]);
	});
});

/* ---------- the corrected facts, one test each ---------- */

const resolved = (id: string): Storyline => resolve(stacks[id]!);

function sceneOf(id: string, stepId: string): Scene {
	const scene = resolved(id).steps.find((s) => s.id === stepId);
	if (!scene) throw new Error(`${id} has no step ${stepId}`);
	return scene;
}

function nodeIn(scene: Scene, nodeId: string) {
	return scene.nodes.find((n) => n.id === nodeId);
}

function edgeIn(scene: Scene, edgeId: string) {
	return scene.edges.find((e) => e.id === edgeId);
}

/** Every user-visible string of every bundled stack in one language, for wording checks. */
function allText(lang: 'en' | 'ko'): string {
	return Object.values(stacks)
		.flatMap((spec) => texts(spec))
		.map(({ text }) => (typeof text === 'string' ? text : text[lang]))
		.join('\n');
}

describe('facts: kubernetes-cri', () => {
	const storyline = resolved('kubernetes-cri');
	const ids = storyline.steps.map((s) => s.id);

	it('the shim serves one Pod under the CRI plugin (1.24 and later) and one container under Docker 1.11', () => {
		for (const stepId of ['1.24', '1.31']) {
			const shim = nodeIn(sceneOf('kubernetes-cri', stepId), 'containerd-shim-runc-v2');
			expect(shim?.badge?.en, stepId).toMatch(/per Pod/);
			expect(shim?.description?.en, stepId).toMatch(/all the containers of a Pod/);
			expect(shim?.description?.en, stepId).toMatch(/io\.kubernetes\.cri\.sandbox-id/);
			expect(shim?.sources, stepId).toContain('containerd-runtime-v2');
		}
		const legacy = nodeIn(sceneOf('kubernetes-cri', '1.5'), 'containerd-shim-runc-v2');
		expect(legacy?.badge?.en).toMatch(/per container/);
	});

	it('names the 2016 shim docker-containerd-shim and cites Docker 1.11, not the runtime v2 page', () => {
		const scene = sceneOf('kubernetes-cri', '1.5');
		const shim = nodeIn(scene, 'containerd-shim-runc-v2');
		expect(shim?.label.en).toBe('docker-containerd-shim');
		for (const item of [
			shim,
			edgeIn(scene, 'containerd->containerd-shim-runc-v2'),
			edgeIn(scene, 'containerd-shim-runc-v2->runc')
		]) {
			expect(item?.sources).not.toContain('containerd-runtime-v2');
		}
		expect(shim?.sources).toEqual(expect.arrayContaining(['moby-changelog', 'docker-blog-1-11']));
	});

	it('cites crun, not runc’s libcontainer, for crun → kernel', () => {
		const edge = edgeIn(sceneOf('kubernetes-cri', '1.31'), 'crun->kernel');
		expect(edge?.sources).toContain('crun-repo');
		expect(edge?.sources).not.toContain('runc-libcontainer');
	});

	it('keeps the legacy Docker and rkt paths in 1.5, badged, and lets them leave in containerd 1.1', () => {
		const v15 = sceneOf('kubernetes-cri', '1.5');
		for (const id of ['kubelet-dockertools', 'kubelet-rkt']) {
			expect(nodeIn(v15, id)?.badge?.en, id).toMatch(/legacy/);
		}
		expect(edgeIn(v15, 'kubelet-dockertools->dockerd')).toBeDefined();
		expect(edgeIn(v15, 'kubelet-rkt->rkt')).toBeDefined();
		expect(v15.narration.en).toMatch(/opt-in/);
		const v11 = sceneOf('kubernetes-cri', 'containerd-1.1');
		expect(nodeIn(v11, 'kubelet-dockertools')).toBeUndefined();
		expect(nodeIn(v11, 'kubelet-rkt')).toBeUndefined();
	});

	it('draws crun only when CRI-O 1.31 made it the default; CRI-O 1.24 runs runc', () => {
		const last = storyline.steps[storyline.steps.length - 1]!;
		for (const scene of storyline.steps.slice(0, -1)) expect(nodeIn(scene, 'crun'), scene.id).toBeUndefined();
		expect(edgeIn(sceneOf('kubernetes-cri', '1.24'), 'conmon->runc')).toBeDefined();
		expect(edgeIn(last, 'conmon->crun')).toBeDefined();
		expect(nodeIn(last, 'crun')?.badge?.en).toMatch(/1\.31/);
	});

	it('draws CRI-O down to an OCI runtime from the step where it runs containers (1.0, containerd 1.1)', () => {
		const from = ids.indexOf('containerd-1.1');
		expect(from).toBeGreaterThan(0);
		for (const scene of storyline.steps.slice(from)) {
			expect(edgeIn(scene, 'cri-o->conmon'), scene.id).toBeDefined();
			expect(edgeIn(scene, 'conmon->runc'), scene.id).toBeDefined();
		}
	});

	it('has a step after 1.24 with its four changes, each drawn and sourced (1.26–1.27 on the kubelet one click before)', () => {
		// The kubelet's changes (1.26, 1.27) get a click of their own so each step's focus is one place on the
		// slide; the last step, today, still draws and sources all four.
		expect(ids.slice(ids.indexOf('1.24') + 1)).toEqual(['1.27', '1.31']);
		const kubeletStep = sceneOf('kubernetes-cri', '1.27');
		expect(nodeIn(kubeletStep, 'kubelet-cri-client')?.badge?.en).toMatch(/CRI v1 only \(1\.26\)/);
		expect(nodeIn(kubeletStep, 'kubelet')?.badge?.en).toMatch(/no --container-runtime flag \(1\.27\)/);
		expect(nodeIn(kubeletStep, 'crun')).toBeUndefined();
		expect(kubeletStep.focus).toEqual(['kubelet-cri-client', 'kubelet']);
		const scene = sceneOf('kubernetes-cri', '1.31');
		const before = sceneOf('kubernetes-cri', '1.24');
		// Each change is a badge: on two leaf nodes and on two groups (the kubelet, containerd).
		const changes: [string, RegExp, string][] = [
			['kubelet-cri-client', /CRI v1 only \(1\.26\)/, 'k8s-blog-2022-12-09-1.26'],
			['kubelet', /no --container-runtime flag \(1\.27\)/, 'k8s-blog-2023-03-17-1.27-changes'],
			['crun', /CRI-O default \(1\.31\+\)/, 'cri-o-1.31-crun'],
			['containerd', /2\.0 \(2024-11\)/, 'containerd-2.0-release']
		];
		for (const [nodeId, text, source] of changes) {
			const node = nodeIn(scene, nodeId);
			expect(node?.badge?.en, nodeId).toMatch(text);
			expect(node?.sources, nodeId).toContain(source);
			expect(scene.sources, nodeId).toContain(source);
			expect(nodeIn(before, nodeId)?.badge?.en ?? '', `${nodeId} before`).not.toMatch(text);
		}
		expect(nodeIn(scene, 'kubelet')?.kind).toBe('group');
		expect(nodeIn(scene, 'containerd')?.kind).toBe('group');
		expect(kubeletStep.narration.en).toMatch(/v1alpha2/);
		expect(kubeletStep.narration.en).toMatch(/containerd 1\.6/);
		expect(scene.narration.en).toMatch(/crun/);
		expect(scene.narration.en).toMatch(/containerd 2\.0/);
	});

	it('draws CRI’s two services on a CRI edge and crictl as the operator’s CRI client', () => {
		const cri = edgeIn(sceneOf('kubernetes-cri', '1.5'), 'kubelet-cri-client->dockershim');
		expect(cri?.label?.en).toMatch(/RuntimeService/);
		expect(cri?.label?.en).toMatch(/ImageService/);
		const v124 = sceneOf('kubernetes-cri', '1.24');
		expect(nodeIn(v124, 'crictl')?.kind).toBe('client');
		expect(edgeIn(v124, 'crictl->cri-plugin')?.sources).toContain('k8s-docs-crictl');
	});

	it('counts the hops to containerd in containerd 1.1: three via dockershim, two via cri-containerd, one via the plugin', () => {
		const scene = sceneOf('kubernetes-cri', 'containerd-1.1');
		expect(nodeIn(scene, 'dockershim')?.badge?.en).toBe('3 hops');
		expect(nodeIn(scene, 'cri-containerd')?.badge?.en).toBe('2 hops · 2017');
		expect(nodeIn(scene, 'cri-plugin')?.badge?.en).toBe('1 hop');
		expect(scene.focus).toEqual(expect.arrayContaining(['dockershim', 'cri-plugin', 'cri-containerd']));
		expect(scene.narration.en).toMatch(
			/three through the dockershim and dockerd, two through cri-containerd/
		);
	});

	it('draws each counted path: its calls from the kubelet to containerd are as many as its badge says', () => {
		const scene = sceneOf('kubernetes-cri', 'containerd-1.1');
		const parentOf = new Map(scene.nodes.map((n) => [n.id, n.parent]));
		const within = (id: string, group: string): boolean =>
			id === group || (parentOf.get(id) !== undefined && within(parentOf.get(id) as string, group));
		// Calls from `first` (a box the kubelet's CRI call reaches) down to containerd or a part of it.
		const hopsVia = (first: string): number | undefined => {
			const into = scene.edges.find((e) => e.to === first && e.kind === 'call');
			if (!into || !within(into.from, 'kubelet')) return undefined;
			let [at, hops] = [first, 1];
			while (!within(at, 'containerd')) {
				const next = scene.edges.find((e) => e.from === at && e.kind === 'call');
				if (!next) return undefined;
				[at, hops] = [next.to, hops + 1];
			}
			return hops;
		};
		for (const via of ['dockershim', 'cri-containerd', 'cri-plugin']) {
			const badge = nodeIn(scene, via)?.badge?.en ?? '';
			expect(hopsVia(via), `${via}: ${badge}`).toBe(Number.parseInt(badge, 10));
		}
		for (const id of ['kubelet->cri-containerd', 'cri-containerd->containerd']) {
			expect(edgeIn(scene, id)?.sources, id).toContain('k8s-blog-2017-11-02-containerd');
		}
	});

	it('draws cri-containerd, the 2017 daemon the CRI plugin replaced, in the containerd 1.1 step only', () => {
		const shown = resolved('kubernetes-cri')
			.steps.filter((step) => nodeIn(step, 'cri-containerd'))
			.map((step) => step.id);
		expect(shown).toEqual(['containerd-1.1']);
		const daemon = nodeIn(sceneOf('kubernetes-cri', 'containerd-1.1'), 'cri-containerd');
		expect(daemon?.parent).toBe('node');
		expect(daemon?.sources).toEqual(
			expect.arrayContaining(['k8s-blog-2017-11-02-containerd', 'k8s-blog-2018-05-24-containerd-ga'])
		);
	});

	it('says CRI-O builds no images and Skopeo does not build them', () => {
		const scene = sceneOf('kubernetes-cri', '1.24');
		const crio = nodeIn(scene, 'cri-o');
		expect(crio?.description?.en).toMatch(/builds no images/);
		expect(crio?.sources).toEqual(expect.arrayContaining(['cri-o-readme-scope', 'buildah-repo']));
		expect(scene.notes?.en).toMatch(/Skopeo copies and inspects images but does not build them/);
		expect(scene.sources).toContain('skopeo-repo');
	});
});

describe('facts: the kubelet and the API server', () => {
	it('cites the kubelet’s API server source on every kubelet edge labelled "watch"', () => {
		const watches: string[] = [];
		const missing: string[] = [];
		for (const [id, spec] of Object.entries(stacks)) {
			for (const scene of resolve(spec).steps) {
				for (const edge of scene.edges) {
					if (!edge.from.startsWith('kubelet') || !/watch/.test(edge.label?.en ?? '')) continue;
					watches.push(`${id} ${scene.id} ${edge.id}`);
					if (!edge.sources.includes('k8s-kubelet-config-apiserver'))
						missing.push(`${id} ${scene.id} ${edge.id}`);
				}
			}
		}
		expect(watches.length).toBeGreaterThan(0);
		expect(missing).toEqual([]);
	});

	it('cites the access-control and admission pages for authentication, authorization and admission', () => {
		const request = sceneOf('pod-creation', 'request');
		expect(request.narration.en).toMatch(/authentication, authorization and admission/);
		expect(request.sources).toEqual(
			expect.arrayContaining(['k8s-docs-controlling-access', 'k8s-docs-admission-controllers'])
		);
	});

	it('cites pages that mention kubectl for every kubectl node and its HTTPS edge', () => {
		const problems: string[] = [];
		for (const [id, spec] of Object.entries(stacks)) {
			for (const scene of resolve(spec).steps) {
				const kubectl = [nodeIn(scene, 'kubectl'), edgeIn(scene, 'kubectl->kube-apiserver')].filter(
					(x) => x !== undefined
				);
				for (const item of kubectl) {
					const ok = item.sources.some(
						(s) => s === 'k8s-docs-kubectl' || s === 'k8s-docs-controlling-access'
					);
					if (!ok || item.sources.includes('k8s-docs-kube-scheduler'))
						problems.push(`${id} ${scene.id} ${item.id}`);
				}
			}
		}
		expect(problems).toEqual([]);
		expect(nodeIn(sceneOf('orchestrators', 'kubernetes'), 'kubectl')).toBeDefined();
	});

	it('draws etcd in orchestrators, where the API server serves the state etcd stores', () => {
		for (const stepId of ['kubernetes', 'landscape']) {
			const scene = sceneOf('orchestrators', stepId);
			expect(nodeIn(scene, 'etcd')?.parent, stepId).toBe('control-plane');
			expect(edgeIn(scene, 'kube-apiserver->etcd'), stepId).toBeDefined();
		}
	});

	it('tells load balancing (a Service) from autoscaling (HorizontalPodAutoscaler)', () => {
		const scene = sceneOf('orchestrators', 'kubernetes');
		expect(scene.notes?.en).toMatch(/load balancing is a Service/);
		expect(scene.notes?.en).toMatch(/autoscaling \(the HorizontalPodAutoscaler\)/);
		expect(scene.sources).toEqual(expect.arrayContaining(['k8s-docs-service', 'k8s-docs-hpa']));
	});

	it('makes Pods come from a Deployment through a ReplicaSet, by the controller manager, before the scheduler', () => {
		const ids = resolved('pod-creation').steps.map((s) => s.id);
		expect(ids.indexOf('controllers')).toBe(ids.indexOf('schedule') - 1);
		const scene = sceneOf('pod-creation', 'controllers');
		expect(scene.messages.map((m) => m.label.en)).toEqual([
			'Deployment',
			'create ReplicaSet',
			'ReplicaSet',
			'create Pod',
			'Pod (no node yet)'
		]);
		expect(nodeIn(scene, 'kube-controller-manager')?.badge?.en).toBe('Deployment → ReplicaSet → Pod');
	});

	it('runs init containers, created and started one by one, before the app containers', () => {
		const ids = resolved('pod-creation').steps.map((s) => s.id);
		const init = ids.indexOf('init');
		expect(init).toBeGreaterThan(ids.indexOf('sandbox'));
		for (const later of ['pull', 'create', 'start']) expect(ids.indexOf(later), later).toBeGreaterThan(init);
		const scene = sceneOf('pod-creation', 'init');
		const labels = scene.messages.map((m) => m.label.en);
		expect(labels.indexOf('CreateContainer (init)')).toBeLessThan(labels.indexOf('StartContainer (init)'));
		expect(edgeIn(scene, 'runc->init-container')).toBeDefined();
		expect(nodeIn(sceneOf('pod-creation', 'start'), 'init-container')?.badge?.en).toBe('completed');
	});
});

describe('facts: the other stacks', () => {
	it('does not call AlmaLinux "1:1" in the present-day step; Rocky Linux stays 1:1', () => {
		const scene = sceneOf('redhat-lineage', 'after-2020');
		const alma = edgeIn(scene, 'rhel->almalinux');
		expect(alma?.label?.en).not.toMatch(/1:1/);
		expect(alma?.label?.en).toMatch(/ABI-compatible.*2023-07/);
		expect(alma?.sources).toContain('almalinux-2023-07-13');
		expect(nodeIn(scene, 'almalinux')?.description?.en).toMatch(/2023-06-21/);
		expect(nodeIn(scene, 'almalinux')?.description?.en).not.toMatch(/binary-compatible/);
		expect(edgeIn(scene, 'rhel->rocky-linux')?.label?.en).toMatch(/1:1/);
	});

	it('cites pages about hypervisors, guest kernels and containers for the VM anatomy and the app container', () => {
		const storyline = resolved('vm-vs-container');
		const vmSide = /^(vm-|guest-kernel-|hypervisor)/;
		const problems: string[] = [];
		for (const scene of storyline.steps) {
			for (const item of [...scene.nodes, ...scene.edges]) {
				if (!vmSide.test(item.id)) continue;
				const wrong = item.sources.filter(
					(s) => s === 'oci-runtime-spec-implementations' || s === 'k8s-blog-2016-12-19-cri'
				);
				if (wrong.length > 0) problems.push(`${scene.id} ${item.id}: ${wrong.join(', ')}`);
			}
		}
		expect(problems).toEqual([]);
		const app = nodeIn(sceneOf('vm-vs-container', 'lxc-vs-docker'), 'container-b');
		expect(app?.sources).toEqual(['docker-docs-what-is-a-container']);
	});

	it('gives the container side a runtime/engine layer that mirrors the hypervisor', () => {
		const scene = sceneOf('vm-vs-container', 'container');
		expect(nodeIn(scene, 'container-runtime')?.parent).toBe('container-side');
		for (const edge of [
			'container-runtime->container-a',
			'container-runtime->container-b',
			'container-runtime->host-kernel'
		])
			expect(edgeIn(scene, edge), edge).toBeDefined();
	});

	it('adds containerd 1.0 (2017-12), runc 1.0 (2021-06) and containerd 2.0 (2024-11) to the history', () => {
		const last = resolved('container-history').steps.at(-1)!;
		const dates: [string, string][] = [
			['containerd-1-0-2017', '2017-12'],
			['runc-1-0-2021', '2021-06'],
			['containerd-2-0-2024', '2024-11']
		];
		for (const [id, date] of dates) expect(nodeIn(last, id)?.badge?.en, id).toBe(date);
	});

	it('wires dockerd’s subsystems to what they serve: logs, network, image store and volumes', () => {
		const net = sceneOf('docker-engine', 'subsystems');
		for (const edge of [
			'libnetwork->kernel-network',
			'container-process->containerd-shim-runc-v2',
			'containerd-shim-runc-v2->log-driver'
		])
			expect(edgeIn(net, edge), edge).toBeDefined();
		expect(nodeIn(net, 'kernel-network')?.label.en).toMatch(/veth.*bridge.*iptables/);
		const storage = sceneOf('docker-engine', 'storage');
		for (const edge of ['containerd->image-store', 'volumes->container-process', 'dockerd->registry'])
			expect(edgeIn(storage, edge), edge).toBeDefined();
		expect(nodeIn(storage, 'image-store')?.label.en).toMatch(/snapshotters/);
		expect(nodeIn(storage, 'image-store')?.badge?.en).toBe('Engine 29+');
	});

	it('uses the corrected Korean wording', () => {
		const ko = allText('ko');
		for (const phrase of ['섬길 수', '이미지 저장소', '축소 발표', '시제품', '로그를 순환하지']) {
			expect(ko.includes(phrase), phrase).toBe(false);
		}
		for (const phrase of [
			'함께 쓸 수 있고',
			'동시에 처리할 수 있고',
			'이미지 스토어',
			'조기 종료 발표',
			'프로토타입',
			'로그 로테이션을 하지 않으며'
		]) {
			expect(ko.includes(phrase), phrase).toBe(true);
		}
	});
});
