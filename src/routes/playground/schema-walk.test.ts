import { expect, test } from 'vitest';
import schema from '$lib/schema.json' with { type: 'json' };
import { docAt, ITEM, keysAt, valuesAt, type JsonSchemaNode } from './schema-walk.js';

const root = schema as JsonSchemaNode;

test('the top level offers the storyline fields, with their descriptions, and not $schema', () => {
	const keys = keysAt(root, []);
	expect(keys.map((k) => k.key)).toEqual(
		expect.arrayContaining(['id', 'title', 'steps', 'direction', 'sources'])
	);
	expect(keys.map((k) => k.key)).not.toContain('$schema');
	const steps = keys.find((k) => k.key === 'steps')!;
	expect(steps.description).toMatch(/steps/i);
	expect(steps.required).toBe(true);
});

test('a node entry offers node fields, and kind offers the node kinds', () => {
	const path = ['steps', ITEM, 'nodes', ITEM] as const;
	expect(keysAt(root, path).map((k) => k.key)).toEqual(
		expect.arrayContaining(['id', 'label', 'kind', 'parent'])
	);
	expect(valuesAt(root, [...path, 'kind'])).toEqual(expect.arrayContaining(['client', 'daemon', 'group']));
});

test('patch lists are walked too: add.edges entries offer edge fields', () => {
	const keys = keysAt(root, ['steps', ITEM, 'add', 'edges', ITEM]).map((k) => k.key);
	expect(keys).toEqual(expect.arrayContaining(['from', 'to', 'label']));
});

test('localized text offers en and ko', () => {
	expect(keysAt(root, ['title']).map((k) => k.key)).toEqual(expect.arrayContaining(['en', 'ko']));
});

test('hover docs: the description written beside a field, and its type', () => {
	const doc = docAt(root, ['steps', ITEM, 'nodes', ITEM, 'kind']);
	expect(doc?.description).toMatch(/shape/);
	expect(doc?.type).toContain('"group"');
	expect(docAt(root, ['direction'])?.type).toBe('"down" | "right"');
	expect(docAt(root, ['no-such-field'])).toBeUndefined();
});
