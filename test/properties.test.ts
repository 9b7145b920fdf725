/**
 * Property-based tests of the pipeline's robustness, with a fixed seed so every run checks the same cases:
 * - `validateStoryline` never throws, on anything and on valid storylines with random corruptions;
 * - every valid random storyline validates, resolves to the scenes it describes, and lays out with the layout
 *   invariants holding.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkLayout, hardViolations, layoutStoryline } from '../src/lib/layout/index.js';
import {
	DIAGRAM_ERROR_CODES,
	EDGE_KINDS,
	NODE_KINDS,
	validateStoryline,
	type EdgeSpec,
	type EdgeUpdate,
	type L10n,
	type LocalizedText,
	type NodeKind,
	type NodeSpec,
	type NodeUpdate,
	type StepPatch,
	type StepSpec,
	type StorylineSpec,
	type ValidationResult
} from '../src/lib/model/index.js';

fc.configureGlobal({ seed: 20261123, numRuns: 200 });

/* ---------- text and ids ---------- */

const latinWord = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9./()_-]{0,11}$/);
/** A path-like token too long for one line, so the layout must break it. */
const longToken = fc.stringMatching(/^[a-z][a-z0-9/_.-]{18,40}$/);
const hangulWord = fc
	.array(fc.integer({ min: 0xac00, max: 0xd7a3 }), { minLength: 1, maxLength: 6 })
	.map((codes) => String.fromCharCode(...codes));

const phrase = (word: fc.Arbitrary<string>, maxWords: number) =>
	fc.array(word, { minLength: 1, maxLength: maxWords }).map((words) => words.join(' '));

const latinText = fc.oneof(
	{ arbitrary: phrase(latinWord, 8), weight: 4 },
	{ arbitrary: longToken, weight: 1 }
);
const hangulText = phrase(hangulWord, 6);
const mixedText = phrase(fc.oneof(latinWord, hangulWord), 6);

/** One string for both languages, or `{ en, ko }`: Latin and Hangul of varying length. */
const text: fc.Arbitrary<LocalizedText> = fc.oneof(
	latinText,
	hangulText,
	mixedText,
	fc.record({ en: latinText, ko: hangulText })
);

/** Ids as authors write them, plus names an object's prototype already has (they must work as plain ids). */
const nodeId = fc.oneof(
	{ arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4}){0,2}$/), weight: 9 },
	{ arbitrary: fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty'), weight: 1 }
);

const SOURCES = {
	'k8s-blog': { title: 'Kubernetes blog', url: 'https://kubernetes.io/blog/' },
	'cri-kep': { title: 'KEP: CRI' }
};
const SOURCE_IDS = Object.keys(SOURCES);

const NON_GROUP_KINDS = NODE_KINDS.filter((kind) => kind !== 'group');

/* ---------- a valid storyline, described as a model and then written as a spec ---------- */

/** A node of the storyline's cast; each step decides whether it is on stage and how it looks there. */
interface CastNode {
	id: string;
	group: boolean;
	label: LocalizedText;
	altLabel: LocalizedText;
	badge: LocalizedText | undefined;
	description: LocalizedText | undefined;
	href: string | undefined;
	sources: string[] | undefined;
}

interface CastEdge {
	from: number;
	to: number;
	/** Has its own id (every second edge on one pair has one anyway). */
	named: boolean;
	label: LocalizedText | undefined;
	altLabel: LocalizedText | undefined;
	endpoint: string | undefined;
	kind: (typeof EDGE_KINDS)[number] | undefined;
}

interface StepPlan {
	present: boolean[];
	parentPick: number[];
	kindPick: number[];
	altLabel: boolean[];
	keepOptional: boolean[];
	order: number[];
	edgePresent: boolean[];
	edgeAltLabel: boolean[];
	focusPicks: number[];
	messages: { pick: number; label: LocalizedText; reverse: boolean }[];
	asPatch: boolean;
	title: LocalizedText;
	narration: LocalizedText;
}

/** The resolved content a step must end up with: what the model says, independent of how it was written. */
interface ExpectedScene {
	nodes: Map<string, { parent: string | undefined; kind: NodeKind; label: L10n }>;
	edges: Map<string, { from: string; to: string }>;
}

interface GeneratedStoryline {
	spec: StorylineSpec;
	expected: ExpectedScene[];
}

/** True with probability `p` (in tenths). */
const mostly = (p: number) =>
	fc.oneof(
		{ arbitrary: fc.constant(true), weight: Math.round(p * 10) },
		{ arbitrary: fc.constant(false), weight: 10 - Math.round(p * 10) }
	);
/** A value with probability `p` (in tenths), else undefined. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>, p: number): fc.Arbitrary<T | undefined> =>
	fc.oneof(
		{ arbitrary, weight: Math.round(p * 10) },
		{ arbitrary: fc.constant(undefined), weight: 10 - Math.round(p * 10) }
	);

const castNode = (id: string): fc.Arbitrary<CastNode> =>
	fc.record({
		id: fc.constant(id),
		group: mostly(0.35),
		label: text,
		altLabel: text,
		badge: maybe(fc.oneof(latinWord, hangulWord), 0.3),
		description: maybe(text, 0.3),
		href: maybe(
			fc.constantFrom('https://kubernetes.io/docs/', 'HTTPS://EXAMPLE.COM/a?b#c', '/docs/cri'),
			0.3
		),
		sources: maybe(fc.subarray(SOURCE_IDS, { minLength: 1 }), 0.3)
	});

/**
 * An edge between two different cast members (the validator rejects self-loops): `to` skips `from`, since a
 * filter could never pass on one node.
 */
const castEdge = (nodes: number): fc.Arbitrary<CastEdge> =>
	fc
		.record({
			from: fc.nat(nodes - 1),
			to: fc.nat(nodes - 2),
			named: mostly(0.2),
			label: maybe(text, 0.5),
			altLabel: maybe(text, 0.5),
			endpoint: maybe(
				fc.constantFrom('/run/containerd/containerd.sock', 'unix:///var/run/crio.sock', ':10250'),
				0.3
			),
			kind: maybe(fc.constantFrom(...EDGE_KINDS), 0.5)
		})
		.map((e) => ({ ...e, to: e.to >= e.from ? e.to + 1 : e.to }));

const stepPlan = (nodes: number, edges: number): fc.Arbitrary<StepPlan> => {
	const perNode = <T>(arbitrary: fc.Arbitrary<T>) =>
		fc.array(arbitrary, { minLength: nodes, maxLength: nodes });
	const perEdge = <T>(arbitrary: fc.Arbitrary<T>) =>
		fc.array(arbitrary, { minLength: edges, maxLength: edges });
	return fc.record({
		present: perNode(mostly(0.8)),
		parentPick: perNode(fc.nat(8)),
		kindPick: perNode(fc.nat(NON_GROUP_KINDS.length - 1)),
		altLabel: perNode(mostly(0.2)),
		keepOptional: perNode(mostly(0.85)),
		order: perNode(fc.nat(nodes)),
		edgePresent: perEdge(mostly(0.7)),
		edgeAltLabel: perEdge(mostly(0.2)),
		focusPicks: fc.array(fc.nat(30), { maxLength: 2 }),
		messages: fc.array(fc.record({ pick: fc.nat(30), label: text, reverse: fc.boolean() }), { maxLength: 2 }),
		asPatch: mostly(0.7),
		title: text,
		narration: text
	});
};

const localize = (t: LocalizedText): L10n =>
	typeof t === 'string' ? { en: t, ko: t } : { en: t.en, ko: t.ko };

interface ModelScene {
	nodes: Map<string, NodeSpec>;
	edges: Map<string, EdgeSpec>;
}

/** One step's scene from the cast and the plan: parents are earlier present groups, nesting at most 3 deep. */
function sceneOf(cast: CastNode[], castEdges: CastEdge[], edgeIds: string[], plan: StepPlan): ModelScene {
	const nodes = new Map<string, NodeSpec>();
	const depth = new Map<string, number>();
	cast.forEach((c, i) => {
		if (!plan.present[i]) return;
		const groups = cast.slice(0, i).filter((g, j) => g.group && plan.present[j]);
		const pick = (plan.parentPick[i] ?? 0) % (groups.length + 1);
		let parent = groups[pick]?.id;
		const parentDepth = parent === undefined ? -1 : (depth.get(parent) ?? 0);
		// Groups sit at depth 0..2, so leaves are at most three groups deep.
		if (c.group && parentDepth >= 2) parent = undefined;
		depth.set(c.id, parent === undefined ? 0 : parentDepth + 1);
		const keep = plan.keepOptional[i] ?? true;
		const node: NodeSpec = {
			id: c.id,
			label: plan.altLabel[i] ? c.altLabel : c.label,
			kind: c.group ? 'group' : (NON_GROUP_KINDS[plan.kindPick[i] ?? 0] ?? 'daemon')
		};
		if (parent !== undefined) node.parent = parent;
		if (keep && c.badge !== undefined) node.badge = c.badge;
		if (keep && c.description !== undefined) node.description = c.description;
		if (keep && c.href !== undefined) node.href = c.href;
		if (keep && c.sources !== undefined) node.sources = c.sources;
		nodes.set(c.id, node);
	});
	const edges = new Map<string, EdgeSpec>();
	castEdges.forEach((e, k) => {
		const from = cast[e.from]?.id;
		const to = cast[e.to]?.id;
		const id = edgeIds[k];
		if (!plan.edgePresent[k] || from === undefined || to === undefined || id === undefined) return;
		if (!nodes.has(from) || !nodes.has(to)) return;
		const edge: EdgeSpec = { from, to };
		if (id !== `${from}->${to}`) edge.id = id;
		const label = plan.edgeAltLabel[k] ? e.altLabel : e.label;
		if (label !== undefined) edge.label = label;
		if (e.endpoint !== undefined) edge.endpoint = e.endpoint;
		if (e.kind !== undefined) edge.kind = e.kind;
		edges.set(id, edge);
	});
	return { nodes, edges };
}

const NODE_FIELDS = ['label', 'kind', 'parent', 'badge', 'description', 'href', 'sources'] as const;
const EDGE_FIELDS = ['label', 'endpoint', 'kind'] as const;

/** A value an update cannot express: an optional field that was set and is now absent (or moved ends). */
function mustReplace<T extends object>(before: T, after: T, fields: readonly (keyof T)[]): boolean {
	return fields.some((f) => before[f] !== undefined && after[f] === undefined);
}

function changedFields<T extends object>(before: T, after: T, fields: readonly (keyof T)[]): Partial<T> {
	const changed: Partial<T> = {};
	for (const f of fields) {
		if (after[f] !== undefined && JSON.stringify(before[f]) !== JSON.stringify(after[f]))
			changed[f] = after[f];
	}
	return changed;
}

/**
 * The patch that turns one scene into the next: remove what goes (and what an update cannot change), update
 * what changes, add what is new (and the replacements). Nothing is added twice or removed without reason.
 */
function patchBetween(before: ModelScene, after: ModelScene): StepPatch {
	const removeNodes: string[] = [];
	const addNodes: NodeSpec[] = [];
	const updateNodes: NodeUpdate[] = [];
	for (const [id, old] of before.nodes) {
		const now = after.nodes.get(id);
		if (!now || mustReplace(old, now, NODE_FIELDS)) removeNodes.push(id);
	}
	for (const [id, now] of after.nodes) {
		const old = before.nodes.get(id);
		if (!old || removeNodes.includes(id)) addNodes.push(now);
		else {
			const changed = changedFields(old, now, NODE_FIELDS);
			if (Object.keys(changed).length > 0) updateNodes.push({ id, ...changed });
		}
	}
	const removeEdges: string[] = [];
	const addEdges: EdgeSpec[] = [];
	const updateEdges: EdgeUpdate[] = [];
	for (const [id, old] of before.edges) {
		const now = after.edges.get(id);
		const moved = now !== undefined && (now.from !== old.from || now.to !== old.to);
		if (!now || moved || mustReplace(old, now, EDGE_FIELDS)) removeEdges.push(id);
	}
	for (const [id, now] of after.edges) {
		const old = before.edges.get(id);
		if (!old || removeEdges.includes(id)) addEdges.push(now);
		else {
			const changed = changedFields(old, now, EDGE_FIELDS);
			if (Object.keys(changed).length > 0) updateEdges.push({ id, ...changed });
		}
	}
	const patch: StepPatch = {};
	if (removeNodes.length || removeEdges.length)
		patch.remove = {
			...(removeNodes.length ? { nodes: removeNodes } : {}),
			...(removeEdges.length ? { edges: removeEdges } : {})
		};
	if (updateNodes.length || updateEdges.length)
		patch.update = {
			...(updateNodes.length ? { nodes: updateNodes } : {}),
			...(updateEdges.length ? { edges: updateEdges } : {})
		};
	if (addNodes.length || addEdges.length)
		patch.add = {
			...(addNodes.length ? { nodes: addNodes } : {}),
			...(addEdges.length ? { edges: addEdges } : {})
		};
	return patch;
}

function pickDistinct<T>(items: readonly T[], picks: readonly number[]): T[] {
	if (items.length === 0) return [];
	return [...new Set(picks.map((p) => items[p % items.length] as T))];
}

type StepCommon = Omit<StepSpec, 'nodes' | 'edges' | 'add' | 'remove' | 'update'>;

function buildStoryline(
	id: string,
	title: LocalizedText,
	direction: 'down' | 'right' | undefined,
	cast: CastNode[],
	castEdges: CastEdge[],
	plans: StepPlan[]
): GeneratedStoryline {
	// Default ids `from->to`; a named edge (or a second edge on one pair) gets `e-<index>`.
	const seen = new Set<string>();
	const castEdgeIds = castEdges.map((e, k) => {
		const natural = `${cast[e.from]?.id}->${cast[e.to]?.id}`;
		const id = e.named || seen.has(natural) ? `e-${k}` : natural;
		seen.add(natural);
		return id;
	});
	const steps: StepSpec[] = [];
	const expected: ExpectedScene[] = [];
	let previous: ModelScene | undefined;
	plans.forEach((plan, index) => {
		const scene = sceneOf(cast, castEdges, castEdgeIds, plan);
		const common: StepCommon = {
			id: `1.${index * 5}`,
			label: `v1.${index * 5}`,
			title: plan.title,
			narration: plan.narration
		};
		const focus = pickDistinct([...scene.nodes.keys(), ...scene.edges.keys()], plan.focusPicks);
		if (focus.length) common.focus = focus;
		const edgeIds = [...scene.edges.keys()];
		const messages = plan.messages.flatMap((m) => {
			const edge = edgeIds[m.pick % Math.max(1, edgeIds.length)];
			return edge === undefined ? [] : [{ edge, label: m.label, ...(m.reverse ? { reverse: true } : {}) }];
		});
		if (messages.length) common.messages = messages;
		if (previous && plan.asPatch) {
			steps.push({ ...common, ...patchBetween(previous, scene) });
		} else {
			// Full scenes list nodes in a shuffled order: children may come before their parents.
			const nodes = [...scene.nodes.values()]
				.map((node, i) => ({ node, key: plan.order[i] ?? 0, i }))
				.sort((a, b) => a.key - b.key || a.i - b.i)
				.map((entry) => entry.node);
			const edges = [...scene.edges.values()];
			steps.push({ ...common, nodes, ...(edges.length ? { edges } : {}) });
		}
		expected.push({
			nodes: new Map(
				[...scene.nodes.values()].map((n) => [
					n.id,
					{ parent: n.parent, kind: n.kind, label: localize(n.label) }
				])
			),
			edges: new Map([...scene.edges].map(([edgeId, e]) => [edgeId, { from: e.from, to: e.to }]))
		});
		previous = scene;
	});
	const spec: StorylineSpec = { id, title, sources: SOURCES, steps };
	if (direction !== undefined) spec.direction = direction;
	return { spec, expected };
}

/** Valid multi-step storylines: 1–4 steps over a cast of 1–8 nodes; later steps mostly written as patches. */
function validStoryline(): fc.Arbitrary<GeneratedStoryline> {
	return fc.uniqueArray(nodeId, { minLength: 1, maxLength: 8 }).chain((ids) =>
		fc
			.record({
				id: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
				title: text,
				direction: fc.constantFrom(undefined, 'down' as const, 'right' as const),
				cast: fc.tuple(...ids.map(castNode)),
				castEdges:
					ids.length > 1
						? fc.array(castEdge(ids.length), { maxLength: ids.length * 2 })
						: fc.constant<CastEdge[]>([])
			})
			.chain((base) =>
				fc
					.array(stepPlan(ids.length, base.castEdges.length), { minLength: 1, maxLength: 4 })
					.map((plans) =>
						buildStoryline(base.id, base.title, base.direction, base.cast, base.castEdges, plans)
					)
			)
	);
}

/* ---------- corruptions of valid specs ---------- */

type Json = unknown;

interface Corruption {
	at: number;
	op: 'replace' | 'delete' | 'add-key' | 'duplicate' | 'retype' | 'retext' | 'steal';
	key: string;
	value: unknown;
	other: number;
}

const corruption: fc.Arbitrary<Corruption> = fc.record({
	at: fc.nat(),
	op: fc.constantFrom('replace', 'delete', 'add-key', 'duplicate', 'retype', 'retext', 'steal'),
	key: fc.oneof(
		fc.string({ maxLength: 8 }),
		fc.constantFrom(
			'__proto__',
			'constructor',
			'prototype',
			'lable',
			'parnet',
			'nodes',
			'add',
			'id',
			'레이블'
		)
	),
	value: fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true, withBigInt: true }),
	other: fc.nat()
});

/** Every object and array inside a value, with the path to it (the root included). */
function containers(value: Json): { holder: Record<string, unknown> | unknown[]; key: string | number }[] {
	const out: { holder: Record<string, unknown> | unknown[]; key: string | number }[] = [];
	const walk = (holder: Record<string, unknown> | unknown[], key: string | number) => {
		out.push({ holder, key });
		const child = (holder as Record<string | number, unknown>)[key];
		// Only into plain data: boxed strings and typed arrays have read-only indices.
		if (Array.isArray(child)) child.forEach((_, i) => walk(child, i));
		else if (isPlainContainer(child))
			for (const k of Object.keys(child)) walk(child as Record<string, unknown>, k);
	};
	walk({ root: value }, 'root');
	return out;
}

function strings(value: Json): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
	return [];
}

function isPlainContainer(value: unknown): value is object {
	if (Array.isArray(value)) return true;
	if (typeof value !== 'object' || value === null) return false;
	const proto: unknown = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/** Applies corruptions to a copy of `spec`: wrong types, missing and unknown keys, typos, stolen ids. */
function corrupt(spec: StorylineSpec, corruptions: Corruption[]): unknown {
	const box: { root: unknown } = { root: structuredClone(spec) };
	for (const c of corruptions) {
		const slots = containers(box.root).map((s, i) => (i === 0 ? { holder: box, key: 'root' } : s));
		const slot = slots[c.at % slots.length];
		if (!slot) continue;
		const holder = slot.holder as Record<string | number, unknown>;
		const current = holder[slot.key];
		const pool = strings(box.root);
		switch (c.op) {
			case 'replace':
				holder[slot.key] = c.value;
				break;
			case 'delete':
				if (Array.isArray(holder) && typeof slot.key === 'number') holder.splice(slot.key, 1);
				else delete holder[slot.key];
				break;
			case 'add-key':
				// An own key, as JSON.parse makes it, even for "__proto__".
				if (isPlainContainer(current) && !(Array.isArray(current) && c.key === 'length'))
					Object.defineProperty(current, c.key, {
						value: c.value,
						enumerable: true,
						writable: true,
						configurable: true
					});
				break;
			case 'duplicate':
				if (Array.isArray(holder)) holder.push(structuredClone(current));
				break;
			case 'retype':
				holder[slot.key] = Array.isArray(current)
					? { ...current }
					: typeof current === 'object' && current !== null
						? Object.values(current)
						: typeof current === 'string'
							? current.length
							: String(current);
				break;
			case 'retext':
				if (typeof current === 'string')
					holder[slot.key] = [current.slice(1), current.toUpperCase(), `${current}x`, ''][c.other % 4];
				break;
			case 'steal':
				if (pool.length) holder[slot.key] = pool[c.other % pool.length];
				break;
		}
	}
	return box.root;
}

/* ---------- checks ---------- */

function expectWellFormed(result: ValidationResult) {
	if (result.ok) {
		expect(result.storyline.steps.length).toBeGreaterThan(0);
		return;
	}
	expect(result.errors.length).toBeGreaterThan(0);
	for (const error of result.errors) {
		expect(DIAGRAM_ERROR_CODES).toContain(error.code);
		expect(typeof error.path).toBe('string');
		expect(error.message).toMatch(/\S/);
	}
}

function expectResolvedAsModelled(result: ValidationResult, expected: ExpectedScene[]) {
	expect(result.ok ? [] : result.errors).toEqual([]);
	if (!result.ok) return;
	const actual = result.storyline.steps.map((scene) => ({
		nodes: new Map(scene.nodes.map((n) => [n.id, { parent: n.parent, kind: n.kind, label: n.label }])),
		edges: new Map(scene.edges.map((e) => [e.id, { from: e.from, to: e.to }]))
	}));
	expect(actual).toEqual(expected);
}

/** Validates, resolves as modelled, lays out, and checks every hard invariant of every step. */
async function expectLaidOutCleanly({ spec, expected }: GeneratedStoryline) {
	const result = validateStoryline(spec);
	expectResolvedAsModelled(result, expected);
	if (!result.ok) return;
	const layout = await layoutStoryline(result.storyline);
	expect(layout.steps.map((s) => s.stepId)).toEqual(result.storyline.steps.map((s) => s.id));
	expect(hardViolations(checkLayout(layout))).toEqual([]);
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('validateStoryline never throws', () => {
	const anything = fc.anything({
		maxDepth: 4,
		withNullPrototype: true,
		withBoxedValues: true,
		withBigInt: true,
		withDate: true,
		withMap: true,
		withSet: true,
		withSparseArray: true,
		withTypedArray: true,
		key: fc.oneof(
			fc.string(),
			fc.constantFrom('__proto__', 'constructor', 'id', 'title', 'steps', 'nodes', 'edges', 'label', 'kind')
		)
	});

	test('on any value', { timeout: 120_000 }, () => {
		const keys = prototypeKeys();
		fc.assert(
			fc.property(anything, (input) => {
				expectWellFormed(validateStoryline(input));
			})
		);
		expect(prototypeKeys()).toEqual(keys);
	});

	test(
		'on valid storylines with random corruptions, and it reports the same errors twice',
		{ timeout: 120_000 },
		() => {
			const keys = prototypeKeys();
			fc.assert(
				fc.property(
					validStoryline(),
					fc.array(corruption, { minLength: 1, maxLength: 4 }),
					({ spec }, corruptions) => {
						const input = corrupt(spec, corruptions);
						const first = validateStoryline(input);
						expectWellFormed(first);
						expect(validateStoryline(input)).toEqual(first);
					}
				)
			);
			expect(prototypeKeys()).toEqual(keys);
			expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		}
	);
});

describe('valid random storylines', () => {
	test('validate and resolve to the scenes they describe', { timeout: 120_000 }, () => {
		fc.assert(
			fc.property(validStoryline(), ({ spec, expected }) => {
				expectResolvedAsModelled(validateStoryline(spec), expected);
			}),
			{ numRuns: 100 }
		);
	});

	test('lay out with every hard layout invariant holding', { timeout: 600_000 }, async () => {
		await fc.assert(fc.asyncProperty(validStoryline(), expectLaidOutCleanly), {
			numRuns: 25
		});
	});
});
