import * as v from 'valibot';
import { expect, test } from 'vitest';
import { StorylineSpecSchema } from './schema.js';
import type { StorylineSpec } from './types.js';

/** Compile-time: whatever the schema accepts is a `StorylineSpec`. */
const asSpec = (parsed: v.InferOutput<typeof StorylineSpecSchema>): StorylineSpec => parsed;

test('the schema accepts a minimal spec and its output types as StorylineSpec', () => {
	const input = {
		id: 'mini',
		title: 'Mini',
		steps: [
			{ id: '1', label: '1', title: '1', narration: '1', nodes: [{ id: 'a', label: 'A', kind: 'daemon' }] }
		]
	};
	const result = v.safeParse(StorylineSpecSchema, input);
	expect(result.success).toBe(true);
	if (result.success) expect(asSpec(result.output).steps).toHaveLength(1);
});

test('the schema is made of JSON-Schema-friendly parts only', () => {
	const allowed = new Set([
		'strict_object',
		'array',
		'string',
		'picklist',
		'record',
		'union',
		'optional',
		'boolean',
		'regex',
		'min_length',
		'description',
		'title',
		'examples'
	]);
	const seen = new Set<string>();
	const visit = (node: unknown): void => {
		if (typeof node !== 'object' || node === null) return;
		const schema = node as Record<string, unknown>;
		if (typeof schema.type === 'string') seen.add(schema.type);
		for (const key of ['wrapped', 'item', 'value', 'key']) visit(schema[key]);
		for (const child of Object.values((schema.entries as object | undefined) ?? {})) visit(child);
		for (const option of (schema.options as unknown[] | undefined) ?? []) visit(option);
		for (const action of ((schema.pipe as unknown[] | undefined) ?? []).slice(1)) visit(action);
	};
	visit(StorylineSpecSchema);
	expect([...seen].filter((type) => !allowed.has(type))).toEqual([]);
	expect(seen).toContain('strict_object');
});
