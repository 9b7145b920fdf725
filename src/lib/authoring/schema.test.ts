import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { stacks } from '../stacks/index.js';
import { buildSpecJsonSchema } from './json-schema.js';

const SCHEMA_FILE = fileURLToPath(new URL('../schema.json', import.meta.url));
const generated = `${JSON.stringify(buildSpecJsonSchema(), null, '\t')}\n`;

if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);

type Json = Record<string, unknown>;
const schema = JSON.parse(generated) as Json;
const defs = schema.$defs as Record<string, Json>;

/** Follows `$ref`s into `$defs`. */
function deref(node: Json): Json {
	const ref = node.$ref;
	if (typeof ref !== 'string') return node;
	const name = ref.replace('#/$defs/', '');
	const target = defs[name];
	if (!target) throw new Error(`dangling $ref ${ref}`);
	return { ...target, ...node, $ref: undefined };
}

/**
 * Walks a value alongside the schema and records every object key it meets, with whether the schema describes
 * it. This is the structural check that stands in for a JSON Schema validator (none is a dependency).
 */
function walk(value: unknown, node: Json, path: string, out: { path: string; described: boolean }[]): void {
	const s = deref(node);
	if (Array.isArray(value)) {
		const items = s.items as Json | undefined;
		if (items) value.forEach((item, i) => walk(item, items, `${path}[${i}]`, out));
		return;
	}
	if (typeof value !== 'object' || value === null) return;
	const anyOf = s.anyOf as Json[] | undefined;
	const objectOption = anyOf?.map(deref).find((option) => option.type === 'object');
	const target = objectOption ?? s;
	const properties = (target.properties ?? {}) as Record<string, Json>;
	const additional = target.additionalProperties;
	for (const [key, child] of Object.entries(value)) {
		const childSchema =
			properties[key] ?? (typeof additional === 'object' ? (additional as Json) : undefined);
		if (!childSchema) {
			out.push({ path: `${path}.${key}`, described: false });
			continue;
		}
		const described = typeof deref(childSchema).description === 'string';
		out.push({ path: `${path}.${key}`, described });
		walk(child, childSchema, `${path}.${key}`, out);
	}
}

test('the committed src/lib/schema.json is what the valibot schema generates', () => {
	const committed = readFileSync(SCHEMA_FILE, 'utf8');
	expect(
		committed === generated,
		'src/lib/schema.json is stale: run `UPDATE_SCHEMA=1 npx vitest run --project node src/lib/authoring/schema.test.ts` and commit it'
	).toBe(true);
});

test('the schema is draft-07 with no dangling references', () => {
	expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
	const refs = generated.match(/"\$ref": "[^"]+"/g) ?? [];
	expect(refs.length).toBeGreaterThan(10);
	for (const ref of refs) {
		const name = /#\/\$defs\/([^"]+)/.exec(ref)?.[1];
		expect(name && defs[name], ref).toBeTruthy();
	}
});

describe.each(Object.entries(stacks))('bundled stack %s', (_id, spec) => {
	test('every key it uses is in the schema and described', () => {
		const seen: { path: string; described: boolean }[] = [];
		walk(spec, schema, '', seen);
		expect(seen.length).toBeGreaterThan(20);
		expect(seen.filter((k) => !k.described).map((k) => k.path)).toEqual([]);
	});
});

test('every field of every object in the schema has a description', () => {
	const missing: string[] = [];
	const visit = (node: Json, path: string) => {
		for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
			if (typeof deref(child).description !== 'string') missing.push(`${path}.${key}`);
			visit(deref(child), `${path}.${key}`);
			const items = deref(child).items as Json | undefined;
			if (items) visit(deref(items), `${path}.${key}[]`);
		}
	};
	visit(schema, '');
	for (const [name, def] of Object.entries(defs)) visit(def, `$defs.${name}`);
	expect(missing).toEqual([]);
});

test('the schema rejects unknown keys and requires what validation requires', () => {
	expect(schema.additionalProperties).toBe(false);
	expect(schema.required).toEqual(['id', 'title', 'steps']);
	expect(defs.Node?.required).toEqual(['id', 'label', 'kind']);
	expect(defs.Edge?.required).toEqual(['from', 'to']);
	expect(defs.Step?.required).toEqual(['id', 'label', 'title', 'narration']);
	expect(defs.Node?.additionalProperties).toBe(false);
});
