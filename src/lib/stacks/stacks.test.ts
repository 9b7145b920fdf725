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

/** Node budget per step: each step must stay readable on one 16:9 slide. */
const MAX_NODES: Record<string, number> = { 'kubernetes-cri': 16 };
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
