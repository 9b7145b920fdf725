/**
 * Structural checks: run the valibot schema over the raw spec and turn its issues into catalogue errors with
 * author-facing paths. Also reports what valibot lets through: arrays where objects belong (valibot accepts
 * them as objects), every unknown key of an object (valibot stops at the first), and reserved source ids
 * (valibot's record skips them silently).
 */
import * as v from 'valibot';
import {
	blankText,
	emptyStoryline,
	invalidId,
	invalidType,
	invalidValue,
	missingField,
	reservedSourceId,
	unknownField,
	type Where
} from './errors.js';
import { formatPath, pathPrefixes, type PathKey } from './paths.js';
import { locate } from './locate.js';
import { EDGE_ID_PATTERN, ID_PATTERN, NON_BLANK_PATTERN, StorylineSpecSchema } from './schema.js';
import { closest } from './suggest.js';
import type { DiagramError } from './types.js';

export interface StructureReport {
	errors: DiagramError[];
	/** Every path that has a structural error at or below it; semantic checks skip those parts. */
	dirty: Set<string>;
}

/** Object keys that JavaScript objects cannot hold as plain data. */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const TEXT_EXPECTED = 'a string, or an object with "en" and "ko" strings';

/** The runtime shape of the valibot schema nodes we navigate; only what this module reads. */
interface SchemaNode {
	type: string;
	wrapped?: SchemaNode;
	entries?: Record<string, SchemaNode>;
	item?: SchemaNode;
	value?: SchemaNode;
	options?: readonly unknown[];
	pipe?: readonly { type: string; requirement?: unknown }[];
}

type Issue = v.BaseIssue<unknown>;

const ROOT = StorylineSpecSchema as unknown as SchemaNode;

export function checkStructure(input: unknown): StructureReport {
	const found: { keys: PathKey[]; error: DiagramError }[] = [];
	const add = (keys: PathKey[], error: DiagramError): void => void found.push({ keys, error });

	const arraysAsObjects: PathKey[][] = [];
	findArraysAsObjects(ROOT, input, [], arraysAsObjects);
	for (const keys of arraysAsObjects) {
		add(keys, invalidType(keys, where(keys, input), describeExpected(schemaAt(keys)), 'an array'));
	}

	const reported = new Set<string>();
	const result = v.safeParse(StorylineSpecSchema, input, { abortEarly: false });
	for (const issue of result.issues ?? []) {
		for (const { keys, error } of mapIssue(issue, [], input, reported)) {
			if (!arraysAsObjects.some((blocked) => startsWith(keys, blocked))) add(keys, error);
		}
	}

	for (const keys of reservedSourceKeys(input)) {
		add(keys, reservedSourceId(keys, String(keys[1])));
	}

	const dirty = new Set<string>();
	for (const { keys } of found) for (const prefix of pathPrefixes(keys)) dirty.add(prefix);
	return { errors: found.map((f) => f.error), dirty };
}

/* ---------- issue mapping ---------- */

function mapIssue(
	issue: Issue,
	prefix: PathKey[],
	root: unknown,
	reported: Set<string>
): { keys: PathKey[]; error: DiagramError }[] {
	const items = issue.path ?? [];
	const keys = [...prefix, ...items.map((item) => item.key as PathKey)];
	const last = items[items.length - 1];

	if (issue.type === 'union') {
		// Localized text: an object that failed as { en, ko } gets that branch's issues; anything else is a type error.
		if (isPlainObject(issue.input)) {
			return (issue.issues ?? [])
				.filter((sub) => !(sub.path === undefined && sub.type === 'string'))
				.flatMap((sub) => mapIssue(sub, keys, root, reported));
		}
		return [
			{ keys, error: invalidType(keys, where(keys, root), TEXT_EXPECTED, describeActual(issue.input)) }
		];
	}

	if (last?.origin === 'key') {
		const objectKeys = keys.slice(0, -1);
		if (issue.expected === 'never') return unknownFields(objectKeys, last.input, root, reported);
		const { subject, fieldKeys } = locate(objectKeys, root);
		const field = formatPath([...fieldKeys, String(last.key)]);
		return [{ keys, error: missingField(keys, subject, field, describeExpected(schemaAt(keys))) }];
	}

	const w = where(keys, root);
	switch (issue.type) {
		case 'regex': {
			const value = String(issue.input);
			if (issue.requirement === NON_BLANK_PATTERN) return [{ keys, error: blankText(keys, w) }];
			const edge = issue.requirement === EDGE_ID_PATTERN;
			if (edge || issue.requirement === ID_PATTERN) return [{ keys, error: invalidId(keys, w, value, edge) }];
			break;
		}
		case 'picklist': {
			const value = String(issue.input);
			const options = (unwrap(schemaAt(keys))?.options ?? []).map(String);
			return [{ keys, error: invalidValue(keys, w, value, options, closest(value, options)) }];
		}
		case 'min_length':
			return [{ keys, error: emptyStoryline(keys, locate([], root).subject) }];
	}
	return [
		{ keys, error: invalidType(keys, w, describeExpected(schemaAt(keys)), describeActual(issue.input)) }
	];
}

/** One error per unknown key of the object (valibot reports only the first), once per object. */
function unknownFields(
	objectKeys: PathKey[],
	object: unknown,
	root: unknown,
	reported: Set<string>
): { keys: PathKey[]; error: DiagramError }[] {
	const objectPath = formatPath(objectKeys);
	const entries = objectSchema(schemaAt(objectKeys))?.entries;
	if (reported.has(objectPath) || !entries || !isPlainObject(object)) return [];
	reported.add(objectPath);
	const allowed = Object.keys(entries);
	const { subject, fieldKeys } = locate(objectKeys, root);
	const out: { keys: PathKey[]; error: DiagramError }[] = [];
	for (const key in object) {
		if (Object.prototype.hasOwnProperty.call(entries, key)) continue;
		const keys = [...objectKeys, key];
		// The path brackets a key like `레이블`; the message names it as written.
		const field = fieldKeys.length === 0 ? key : `${formatPath(fieldKeys)}.${key}`;
		const hint = endsHint(objectKeys, key);
		out.push({
			keys,
			error: unknownField(keys, subject, field, allowed, closest(key, allowed), hint)
		});
	}
	return out;
}

/** Edge updates cannot move an edge; say so instead of only listing the allowed fields. */
function endsHint(objectKeys: PathKey[], key: string): string {
	const isEdgeUpdate = objectKeys[2] === 'update' && objectKeys[3] === 'edges' && objectKeys.length === 5;
	return isEdgeUpdate && (key === 'from' || key === 'to')
		? " An edge's ends cannot change: remove the edge and add a new one."
		: '';
}

function where(keys: PathKey[], root: unknown): Where {
	const { subject, fieldKeys } = locate(keys, root);
	return fieldKeys.length === 0 ? { subject } : { subject, field: formatPath(fieldKeys) };
}

/* ---------- what valibot lets through ---------- */

/** Arrays where the schema wants an object: valibot's object schemas accept arrays as objects. */
function findArraysAsObjects(
	schema: SchemaNode | undefined,
	value: unknown,
	keys: PathKey[],
	out: PathKey[][]
) {
	const node = unwrap(schema);
	if (!node) return;
	if (node.type === 'strict_object' || node.type === 'record') {
		if (Array.isArray(value)) return void out.push(keys);
		if (!isPlainObject(value)) return;
		if (node.entries) {
			for (const [key, child] of Object.entries(node.entries)) {
				if (key in value) findArraysAsObjects(child, value[key], [...keys, key], out);
			}
		} else {
			for (const key of Object.keys(value)) {
				if (!RESERVED_KEYS.includes(key)) findArraysAsObjects(node.value, value[key], [...keys, key], out);
			}
		}
	} else if (node.type === 'array' && Array.isArray(value)) {
		value.forEach((item: unknown, i) => findArraysAsObjects(node.item, item, [...keys, i], out));
	}
}

function reservedSourceKeys(input: unknown): PathKey[][] {
	if (!isPlainObject(input) || !Object.prototype.hasOwnProperty.call(input, 'sources')) return [];
	const sources = input.sources;
	if (!isPlainObject(sources)) return [];
	return Object.keys(sources)
		.filter((key) => RESERVED_KEYS.includes(key))
		.map((key) => ['sources', key]);
}

/* ---------- schema navigation ---------- */

function unwrap(schema: SchemaNode | undefined): SchemaNode | undefined {
	return schema?.type === 'optional' ? unwrap(schema.wrapped) : schema;
}

/** The object schema at a node, looking into localized text's `{ en, ko }` option. */
function objectSchema(schema: SchemaNode | undefined): SchemaNode | undefined {
	const node = unwrap(schema);
	if (node?.type !== 'union') return node;
	return node.options?.find((option) => (option as SchemaNode).type === 'strict_object') as
		SchemaNode | undefined;
}

/** The schema that describes the value at `keys`, following objects, arrays, records and localized text. */
function schemaAt(keys: readonly PathKey[]): SchemaNode | undefined {
	let node: SchemaNode | undefined = ROOT;
	for (const key of keys) {
		node = objectSchema(node);
		if (node?.type === 'strict_object') node = node.entries?.[String(key)];
		else if (node?.type === 'array') node = node.item;
		else if (node?.type === 'record') node = node.value;
		else return undefined;
	}
	return node;
}

function describeExpected(schema: SchemaNode | undefined): string {
	const node = unwrap(schema);
	switch (node?.type) {
		case 'string': {
			const patterns = (node.pipe ?? []).map((action) => action.requirement);
			if (patterns.includes(EDGE_ID_PATTERN)) return 'an edge id such as "kubelet->containerd"';
			if (patterns.includes(ID_PATTERN)) return 'an id such as "cri-dockerd"';
			return 'a string';
		}
		case 'union':
			return TEXT_EXPECTED;
		case 'picklist':
			return `one of ${(node.options ?? []).map(String).join(', ')}`;
		case 'record':
			return 'an object that maps source ids to { "title", "url" }';
		case 'strict_object':
			return 'an object';
		case 'array':
			return 'an array';
		case 'boolean':
			return 'true or false';
		default:
			return 'a different type';
	}
}

export function describeActual(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	switch (typeof value) {
		case 'object':
			return 'an object';
		case 'undefined':
			return 'undefined';
		default:
			return `a ${typeof value}`;
	}
}

/* ---------- helpers ---------- */

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function startsWith(keys: readonly PathKey[], prefix: readonly PathKey[]): boolean {
	return prefix.length <= keys.length && prefix.every((key, i) => keys[i] === key);
}
