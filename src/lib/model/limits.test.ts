/* eslint-disable @typescript-eslint/no-explicit-any -- the specs here are raw data, edited per row */
import { describe, expect, test } from 'vitest';
import { syntheticStoryline } from '../../../bench/synthetic.js';
import { stacks } from '../stacks/index.js';
import { characterCount, DEFAULT_LIMITS, type StorylineLimits } from './limits.js';
import type { DiagramError } from './types.js';
import { validateStoryline } from './validate.js';

const node = (id: string, kind = 'daemon', extra: object = {}) => ({ id, label: id, kind, ...extra });
const step = (id: string, body: object) => ({
	id,
	label: `v${id}`,
	title: `Step ${id}`,
	narration: `What changed in ${id}.`,
	...body
});

/** host (group) ⊃ kubelet, dockerd; containerd; two edges. Step "2" patches it. */
const base = (): any => ({
	id: 'demo',
	title: 'Demo',
	sources: { 'k8s-blog': { title: 'Kubernetes blog', url: 'https://kubernetes.io/blog/' } },
	steps: [
		step('1', {
			nodes: [
				node('host', 'group'),
				node('kubelet', 'daemon', { parent: 'host' }),
				node('dockerd', 'daemon', { parent: 'host' }),
				node('containerd', 'runtime')
			],
			edges: [
				{ from: 'kubelet', to: 'dockerd', label: 'HTTP' },
				{ from: 'dockerd', to: 'containerd' }
			]
		}),
		step('2', { add: { nodes: [node('runc', 'runtime')], edges: [{ from: 'containerd', to: 'runc' }] } })
	]
});

/** `depth` groups nested in a chain, the innermost holding one daemon at depth `depth`. */
const nested = (depth: number): any => {
	const nodes: object[] = [];
	for (let i = 0; i < depth; i++) nodes.push(node(`g${i}`, 'group', i === 0 ? {} : { parent: `g${i - 1}` }));
	nodes.push(node('leaf', 'daemon', depth === 0 ? {} : { parent: `g${depth - 1}` }));
	return { id: 'deep', title: 'Deep', steps: [step('1', { nodes })] };
};

type Row = {
	name: string;
	spec: () => any;
	limits?: Partial<StorylineLimits>;
	/** [path, fragment of the message]; every error is `limit-exceeded`. */
	errors: [string, string][];
};

const rows: Row[] = [
	{
		name: 'more steps than allowed',
		spec: base,
		limits: { steps: 1 },
		errors: [['steps', 'Storyline "demo" has 2 steps; the limit is 1. Split the storyline into several']]
	},
	{
		name: 'more nodes and edges in a scene than allowed',
		spec: base,
		limits: { elementsPerStep: 7 },
		errors: [['steps[1]', 'Step "2" has 8 nodes and edges; the limit is 7.']]
	},
	{
		name: 'a scene list longer than allowed is refused before anything else is read',
		spec: () => {
			const s = base();
			s.steps[0].nodes[1].kind = 'no-such-kind';
			return s;
		},
		limits: { elementsPerStep: 3 },
		errors: [['steps[0].nodes', 'Step "1" has 4 entries in one list; the limit is 3.']]
	},
	{
		name: 'groups nested deeper than allowed',
		spec: () => nested(4),
		limits: { nestingDepth: 3 },
		errors: [['steps[0].nodes[4].parent', 'Node "leaf" in step "1" has 4 levels of nesting; the limit is 3.']]
	},
	{
		name: 'a node label longer than allowed',
		spec: () => {
			const s = base();
			s.steps[0].nodes[1].label = 'k'.repeat(21);
			return s;
		},
		limits: { labelLength: 20 },
		errors: [
			['steps[0].nodes[1].label', 'Node "kubelet" in step "1" has 21 characters in a label; the limit is 20.']
		]
	},
	{
		name: 'one language of a localized label longer than allowed',
		spec: () => {
			const s = base();
			s.steps[1].add.edges[0].label = { en: 'exec', ko: '가'.repeat(12) };
			return s;
		},
		limits: { labelLength: 10 },
		errors: [['steps[1].add.edges[0].label.ko', 'Edge "containerd->runc" in step "2" has 12 characters']]
	},
	{
		name: 'narration longer than allowed',
		spec: () => {
			const s = base();
			s.steps[1].narration = 'x'.repeat(101);
			return s;
		},
		limits: { textLength: 100 },
		errors: [['steps[1].narration', 'Step "2" has 101 characters of text; the limit is 100.']]
	},
	{
		name: 'a source title longer than allowed',
		spec: () => {
			const s = base();
			s.sources['k8s-blog'].title = 'y'.repeat(31);
			return s;
		},
		limits: { textLength: 30 },
		errors: [['sources.k8s-blog.title', 'Storyline "demo" has 31 characters of text']]
	},
	{
		name: 'an id, a reference and a source key longer than allowed',
		spec: () => {
			const long = 'a'.repeat(13);
			const s = base();
			s.steps[1].add.nodes[0].id = long;
			s.steps[1].add.edges[0].to = long;
			s.steps[1].focus = [long];
			s.sources[long] = { title: 'Long' };
			return s;
		},
		limits: { idLength: 12 },
		errors: [
			['sources.aaaaaaaaaaaaa', 'has 13 characters in an id; the limit is 12. Use a shorter id'],
			['steps[1].add.edges[0].to', 'has 13 characters in an id'],
			['steps[1].add.nodes[0].id', 'has 13 characters in an id'],
			['steps[1].focus[0]', 'has 13 characters in an id']
		]
	},
	{
		name: 'an id in a remove list longer than allowed',
		spec: () => {
			const s = base();
			s.steps[1].remove = { edges: ['dockerd->containerd'] };
			return s;
		},
		limits: { idLength: 10 },
		errors: [['steps[1].remove.edges[0]', 'has 19 characters in an id; the limit is 10.']]
	}
];

describe('limits', () => {
	test.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
		const result = validateStoryline(row.spec(), { limits: row.limits });
		expect(result.ok).toBe(false);
		const errors: DiagramError[] = result.ok ? [] : result.errors;
		expect(errors.map((e) => e.code)).toEqual(row.errors.map(() => 'limit-exceeded'));
		expect(errors.map((e) => e.path)).toEqual(row.errors.map(([path]) => path));
		errors.forEach((e, i) => expect(e.message).toContain(row.errors[i]?.[1]));
		// Every message names the option that raises the limit.
		for (const e of errors) expect(e.message).toMatch(/raise limits\.\w+\.$/);
	});

	test('at the limit is fine, one over is not', () => {
		expect(validateStoryline(base(), { limits: { steps: 2, elementsPerStep: 8 } }).ok).toBe(true);
		expect(validateStoryline(nested(3), { limits: { nestingDepth: 3 } }).ok).toBe(true);
		expect(validateStoryline(nested(4), { limits: { nestingDepth: 3 } }).ok).toBe(false);
		const label = (n: number) => {
			const s = base();
			s.steps[0].nodes[1].label = 'k'.repeat(n);
			return s;
		};
		expect(validateStoryline(label(20), { limits: { labelLength: 20 } }).ok).toBe(true);
		expect(validateStoryline(label(21), { limits: { labelLength: 20 } }).ok).toBe(false);
	});

	test('other errors are still reported next to a text limit', () => {
		const s = base();
		s.steps[0].narration = 'n'.repeat(41);
		s.steps[0].nodes[3].kind = 'runtim';
		const result = validateStoryline(s, { limits: { textLength: 40 } });
		expect(result.ok ? [] : result.errors.map((e) => `${e.code} ${e.path}`)).toEqual([
			'limit-exceeded steps[0].narration',
			'invalid-value steps[0].nodes[3].kind'
		]);
	});

	test('Infinity switches a limit off; a nonsense limit is a programming error', () => {
		expect(validateStoryline(nested(20), { limits: { nestingDepth: Infinity } }).ok).toBe(true);
		expect(validateStoryline(nested(20)).ok).toBe(false);
		expect(() => validateStoryline(base(), { limits: { steps: -1 } })).toThrow(RangeError);
		expect(() => validateStoryline(base(), { limits: { steps: Number.NaN } })).toThrow(/limits\.steps/);
	});

	test('characters are counted as a reader counts them', () => {
		expect(characterCount('kubelet')).toBe(7);
		expect(characterCount('컨테이너')).toBe(4);
		expect(characterCount('🐳 docker')).toBe(8);
		expect(characterCount('x'.repeat(1000), 10)).toBe(11);
		const s = base();
		s.steps[0].nodes[1].label = '🐳'.repeat(20);
		expect(validateStoryline(s, { limits: { labelLength: 20 } }).ok).toBe(true);
	});
});

describe('the defaults', () => {
	test('allow at least 2000 nodes and edges per step, and every bundled stack', () => {
		expect(DEFAULT_LIMITS.elementsPerStep).toBeGreaterThanOrEqual(2000);
		for (const [id, spec] of Object.entries(stacks)) {
			const result = validateStoryline(spec);
			expect(result.ok ? 'ok' : result.errors, id).toBe('ok');
		}
	});

	test("accept the benchmark's 1000-node storyline", () => {
		const spec = syntheticStoryline(1000);
		const result = validateStoryline(spec);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const biggest = Math.max(...result.storyline.steps.map((s) => s.nodes.length + s.edges.length));
		expect(biggest).toBeGreaterThan(1500);
		expect(biggest).toBeLessThanOrEqual(DEFAULT_LIMITS.elementsPerStep);
	});

	test('refuse a spec far beyond them quickly, before reading it', () => {
		const huge = { id: 'huge', title: 'Huge', steps: Array.from({ length: 100_000 }, () => ({})) };
		const started = performance.now();
		const result = validateStoryline(huge);
		expect(performance.now() - started).toBeLessThan(200);
		expect(result.ok ? [] : result.errors.map((e) => `${e.code} ${e.path}`)).toEqual([
			'limit-exceeded steps'
		]);
		const giant = 'x'.repeat(1_000_000);
		const long = base();
		long.steps[0].notes = giant;
		const text = validateStoryline(long);
		expect(text.ok ? [] : text.errors.map((e) => e.message)).toEqual([
			`Step "1" has 1000000 characters of text; the limit is ${DEFAULT_LIMITS.textLength}. Shorten the text, or raise limits.textLength.`
		]);
	});
});
