import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateStoryline } from '../../src/lib/model/validate.js';
import { buildReference, DEFAULTS, REFERENCE_FILE, SCHEMA_FILE } from '../../scripts/build-reference.mjs';

type Schema = {
	properties?: Record<string, Schema>;
	$defs?: Record<string, Schema>;
	items?: Schema;
	type?: string;
};
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema;

describe('docs/spec-reference.md', () => {
	test('is what scripts/build-reference.mjs makes from src/lib/schema.json (UPDATE_DOCS=1 rewrites it)', async () => {
		const expected = await buildReference(schema);
		if (process.env.UPDATE_DOCS) writeFileSync(REFERENCE_FILE, expected);
		const committed = readFileSync(REFERENCE_FILE, 'utf8');
		expect(
			committed === expected,
			'docs/spec-reference.md is stale: run `node scripts/build-reference.mjs` (or UPDATE_DOCS=1 with this test)'
		).toBe(true);
	});

	test('has a row for every field of every object in the schema, under its object', async () => {
		const markdown = await buildReference(schema);
		const sections = new Map(
			markdown
				.split(/^### /m)
				.slice(1)
				.map((part) => [part.slice(0, part.indexOf('\n')), part] as const)
		);
		const objects: [string, Schema][] = [
			['Storyline', schema],
			...Object.entries(schema.$defs ?? {}).filter(([, def]) => def.properties)
		];
		let rows = 0;
		for (const [name, object] of objects) {
			const section = sections.get(name);
			expect(section, name).toBeDefined();
			for (const field of Object.keys(object.properties ?? {})) {
				expect(section, `${name}.${field}`).toMatch(
					new RegExp(`^\\| \`${field.replace('$', '\\$')}\` +\\|`, 'm')
				);
				rows++;
			}
		}
		expect(rows).toBeGreaterThan(40);
		// Inline objects (a step's patches) get their own sections too.
		expect([...sections.keys()]).toEqual(expect.arrayContaining(['Step.add', 'Step.remove', 'Step.update']));
	});

	test('the defaults it lists are what the validator fills in', () => {
		const result = validateStoryline({
			id: 'defaults',
			title: 'Defaults',
			steps: [
				{
					id: 'one',
					label: 'one',
					title: 'One',
					narration: 'Defaults.',
					nodes: [
						{ id: 'a', label: 'A', kind: 'process' },
						{ id: 'b', label: 'B', kind: 'process' }
					],
					edges: [{ from: 'a', to: 'b' }],
					messages: [{ edge: 'a->b', label: 'hello' }]
				}
			]
		});
		if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
		const [step] = result.storyline.steps;
		expect(result.storyline.direction).toBe(DEFAULTS['Storyline.direction']);
		expect(step?.edges[0]?.id).toBe(DEFAULTS['Edge.id'].replace('<from>', 'a').replace('<to>', 'b'));
		expect(step?.edges[0]?.kind).toBe(DEFAULTS['Edge.kind']);
		expect(step?.messages[0]?.reverse).toBe(DEFAULTS['Message.reverse']);
	});
});
