/**
 * Size limits for a storyline: a spec from a user (the playground, a `src` of the web component) must not be
 * able to freeze the page by being enormous. Checked in two passes:
 * - `checkRawLimits` before anything else reads the spec: the number of steps, the length of every node and edge
 *   list, the length of every string (ids, labels, text) — cheap, and it stops a giant spec early;
 * - `checkSceneLimits` on the resolved storyline: nodes + edges per step (patches add up) and nesting depth.
 */
import { isLang } from '../i18n/langs.js';
import { limitExceeded } from './errors.js';
import { edgeIdOf, idOf, read } from './locate.js';
import type { PathKey } from './paths.js';
import { stepSubject, storylineSubject, type StepRef } from './subjects.js';
import type { DiagramError, Scene, Storyline } from './types.js';

export interface StorylineLimits {
	/** Steps in one storyline. */
	steps: number;
	/** Nodes plus edges in one step's scene (after patches apply), and in any one list of a step. */
	elementsPerStep: number;
	/** How deep groups nest: a top-level node is at depth 0, a node inside one group at depth 1. */
	nestingDepth: number;
	/** Characters in a label: node, edge, step and message labels, badges. */
	labelLength: number;
	/** Characters in any other text: titles, narration, notes, descriptions, endpoints, links. */
	textLength: number;
	/** Characters in an id, or in a reference to one (`from`, `to`, `parent`, `focus`, `sources` …). */
	idLength: number;
}

export type LimitName = keyof StorylineLimits;

/**
 * Roomy for any diagram a person can read — the benchmark lays out 1000-node storylines (about 2000 nodes and
 * edges per step) — and small enough that validating and laying out a spec at the limits stays a matter of
 * seconds, not minutes.
 */
export const DEFAULT_LIMITS: Readonly<StorylineLimits> = Object.freeze({
	steps: 500,
	elementsPerStep: 5000,
	nestingDepth: 12,
	labelLength: 200,
	textLength: 5000,
	idLength: 100
});

/** Defaults for whatever is not given; a limit of `Infinity` switches that check off. */
export function resolveLimits(limits: Partial<StorylineLimits> | undefined): StorylineLimits {
	const resolved = { ...DEFAULT_LIMITS };
	for (const name of Object.keys(DEFAULT_LIMITS) as LimitName[]) {
		const value = limits?.[name];
		if (value === undefined) continue;
		if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
			throw new RangeError(`limits.${name} must be a number ≥ 0 (or Infinity), got ${String(value)}.`);
		}
		resolved[name] = value;
	}
	return resolved;
}

/** Characters as a reader counts them: code points, so an emoji or a Hangul syllable is one. */
export function characterCount(text: string, stopAfter = Infinity): number {
	let count = 0;
	for (const _ of text) {
		count++;
		if (count > stopAfter) break;
	}
	return count;
}

/** Fields whose string values are ids or references to ids. */
const ID_FIELDS = new Set(['id', 'from', 'to', 'parent', 'edge']);
/** Fields holding lists of ids. */
const ID_LIST_FIELDS = new Set(['focus', 'sources', 'nodes', 'edges']);
/** Fields whose text is a short label drawn in the diagram. */
const LABEL_FIELDS = new Set(['label', 'badge']);
/** The scene lists of a step whose length is capped before they are read. */
const ENTITY_LISTS: readonly (readonly PathKey[])[] = [
	['nodes'],
	['edges'],
	['add', 'nodes'],
	['add', 'edges'],
	['update', 'nodes'],
	['update', 'edges'],
	['remove', 'nodes'],
	['remove', 'edges']
];

/**
 * Limits that can be checked on the raw spec, before validation reads it. A spec over the size limits (too many
 * steps, a list too long) gets only those errors back: the rest of it is not worth reading.
 */
export function checkRawLimits(
	spec: unknown,
	limits: StorylineLimits
): { errors: DiagramError[]; tooLarge: boolean } {
	const storylineId = idOf(spec);
	const steps = read(spec, 'steps');
	if (Array.isArray(steps) && steps.length > limits.steps) {
		return {
			errors: [
				limitExceeded(['steps'], storylineSubject(storylineId), 'steps', steps.length, limits.steps, 'steps')
			],
			tooLarge: true
		};
	}
	const sizeErrors: DiagramError[] = [];
	if (Array.isArray(steps)) {
		steps.forEach((step, index) => {
			const ref: StepRef = { id: idOf(step), index };
			for (const keys of ENTITY_LISTS) {
				const list = keys.reduce<unknown>((value, key) => read(value, key), step);
				if (Array.isArray(list) && list.length > limits.elementsPerStep) {
					sizeErrors.push(
						limitExceeded(
							['steps', index, ...keys],
							stepSubject(ref),
							'entries in one list',
							list.length,
							limits.elementsPerStep,
							'elementsPerStep'
						)
					);
				}
			}
		});
	}
	if (sizeErrors.length > 0) return { errors: sizeErrors, tooLarge: true };
	return { errors: checkStrings(spec, storylineId, limits), tooLarge: false };
}

/** Every string in the spec against the limit for its kind of field, with the path of each one too long. */
function checkStrings(
	spec: unknown,
	storylineId: string | undefined,
	limits: StorylineLimits
): DiagramError[] {
	const errors: DiagramError[] = [];
	const seen = new Set<object>();
	// An explicit stack, not recursion: a deeply nested (malformed) spec must not overflow the call stack.
	const stack: { value: unknown; keys: PathKey[]; field: string | undefined }[] = [
		{ value: spec, keys: [], field: undefined }
	];
	while (stack.length > 0) {
		const { value, keys, field } = stack.pop() as (typeof stack)[number];
		if (typeof value === 'string') {
			const kind = fieldKind(field);
			const limit = limits[kind];
			const count = characterCount(value, limit);
			if (count > limit) {
				errors.push(
					limitExceeded(
						keys,
						subjectOf(keys, spec, storylineId),
						LIMIT_UNITS[kind],
						characterCount(value),
						limit,
						kind
					)
				);
			}
			continue;
		}
		if (typeof value !== 'object' || value === null || seen.has(value)) continue;
		seen.add(value);
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) {
				stack.push({ value: value[i], keys: [...keys, i], field: listField(field) });
			}
			continue;
		}
		const entries = Object.keys(value);
		// `sources` is a table keyed by source id: its keys are ids too.
		if (field === 'sources' && keys.length === 1) {
			for (const key of entries) {
				if (characterCount(key, limits.idLength) > limits.idLength) {
					errors.push(
						limitExceeded(
							[...keys, key],
							storylineSubject(storylineId),
							LIMIT_UNITS.idLength,
							characterCount(key),
							limits.idLength,
							'idLength'
						)
					);
				}
			}
		}
		for (let i = entries.length - 1; i >= 0; i--) {
			const key = entries[i] as string;
			const child = readOwn(value, key);
			// Localized text `{ en, ko }` keeps the field it belongs to; a source entry's fields are its own.
			const childField = isLang(key) ? field : key;
			stack.push({ value: child, keys: [...keys, key], field: childField });
		}
	}
	return errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

type StringLimit = 'labelLength' | 'textLength' | 'idLength';

const LIMIT_UNITS: Record<StringLimit, string> = {
	labelLength: 'characters in a label',
	textLength: 'characters of text',
	idLength: 'characters in an id'
};

/** Items of an id list are ids; items of anything else keep no field name of their own. */
function listField(field: string | undefined): string | undefined {
	return field !== undefined && ID_LIST_FIELDS.has(field) ? `${field}[]` : undefined;
}

function fieldKind(field: string | undefined): StringLimit {
	if (field === undefined) return 'textLength';
	if (ID_FIELDS.has(field) || field.endsWith('[]')) return 'idLength';
	if (LABEL_FIELDS.has(field)) return 'labelLength';
	return 'textLength';
}

function readOwn(value: object, key: string): unknown {
	try {
		return (value as Record<string, unknown>)[key];
	} catch {
		return undefined;
	}
}

/** `Node "kubelet" in step "1.0"`-style subjects are made by the structural checks; here a coarser one will do. */
function subjectOf(keys: readonly PathKey[], spec: unknown, storylineId: string | undefined): string {
	const [first, index, list, entry, more] = keys;
	if (first !== 'steps' || typeof index !== 'number') return storylineSubject(storylineId);
	const step = read(read(spec, 'steps'), index);
	const ref: StepRef = { id: idOf(step), index };
	const collection =
		list === 'nodes' || list === 'edges'
			? { name: list, at: entry, raw: read(read(step, list), entry ?? '') }
			: (list === 'add' || list === 'update') &&
				  (entry === 'nodes' || entry === 'edges') &&
				  typeof more === 'number'
				? { name: entry, at: more, raw: read(read(read(step, list), entry), more) }
				: undefined;
	if (collection && typeof collection.at === 'number') {
		const id = collection.name === 'nodes' ? idOf(collection.raw) : edgeIdOf(collection.raw);
		const kind = collection.name === 'nodes' ? 'Node' : 'Edge';
		const where = ref.id === undefined ? `steps[${index}]` : `step ${JSON.stringify(ref.id)}`;
		if (id !== undefined && characterCount(id, 60) <= 60) return `${kind} ${JSON.stringify(id)} in ${where}`;
	}
	return stepSubject(ref);
}

/** Nodes + edges per resolved scene, and nesting depth. One error per step and limit, at the step's path. */
export function checkSceneLimits(
	storyline: Storyline,
	spec: unknown,
	limits: StorylineLimits
): DiagramError[] {
	const errors: DiagramError[] = [];
	for (const scene of storyline.steps) {
		const ref: StepRef = { id: scene.id, index: scene.index };
		const elements = scene.nodes.length + scene.edges.length;
		if (elements > limits.elementsPerStep) {
			errors.push(
				limitExceeded(
					['steps', scene.index],
					stepSubject(ref),
					'nodes and edges',
					elements,
					limits.elementsPerStep,
					'elementsPerStep'
				)
			);
		}
		const deepest = deepestNode(scene);
		if (deepest && deepest.depth > limits.nestingDepth) {
			errors.push(
				limitExceeded(
					nodePath(spec, scene.index, deepest.id),
					`Node ${JSON.stringify(deepest.id)} in step ${JSON.stringify(scene.id)}`,
					'levels of nesting',
					deepest.depth,
					limits.nestingDepth,
					'nestingDepth'
				)
			);
		}
	}
	return errors;
}

/** The most deeply nested node of a scene (an acyclic one: validation has ruled cycles out). */
function deepestNode(scene: Scene): { id: string; depth: number } | undefined {
	const parentOf = new Map(scene.nodes.map((n) => [n.id, n.parent]));
	const depthOf = new Map<string, number>();
	const depth = (id: string): number => {
		const known = depthOf.get(id);
		if (known !== undefined) return known;
		// Walk up to the first node whose depth is known, then fill the chain in on the way back.
		const chain: string[] = [];
		let current: string | undefined = id;
		let base = -1;
		while (current !== undefined) {
			const cached = depthOf.get(current);
			if (cached !== undefined) {
				base = cached;
				break;
			}
			chain.push(current);
			current = parentOf.get(current);
			if (chain.length > scene.nodes.length) break; // defensive: never loop on a cycle
		}
		for (let i = chain.length - 1; i >= 0; i--) depthOf.set(chain[i] as string, ++base);
		return depthOf.get(id) ?? 0;
	};
	let deepest: { id: string; depth: number } | undefined;
	for (const node of scene.nodes) {
		const d = depth(node.id);
		if (!deepest || d > deepest.depth) deepest = { id: node.id, depth: d };
	}
	return deepest;
}

/** Where a node's `parent` is written in a step: its scene entry, its `add` or `update` entry, else the step. */
function nodePath(spec: unknown, index: number, id: string): PathKey[] {
	const step = read(read(spec, 'steps'), index);
	for (const keys of [['nodes'], ['update', 'nodes'], ['add', 'nodes']] as const) {
		const list = keys.reduce<unknown>((value, key) => read(value, key), step);
		if (!Array.isArray(list)) continue;
		const at = list.findIndex((entry) => idOf(entry) === id && read(entry, 'parent') !== undefined);
		if (at >= 0) return ['steps', index, ...keys, at, 'parent'];
	}
	return ['steps', index];
}
