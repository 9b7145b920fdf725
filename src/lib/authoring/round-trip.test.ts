import { describe, expect, test } from 'vitest';
import { validateStoryline } from '../model/validate.js';
import { stacks } from '../stacks/index.js';
import { formatErrors } from './format.js';
import { parseSpecSource } from './parse.js';
import { storylineToYaml } from './to-yaml.js';

describe.each(Object.entries(stacks))('bundled stack %s', (id, spec) => {
	const expected = validateStoryline(spec);
	if (!expected.ok) throw new Error(`stack ${id} is invalid`);

	test('→ YAML → parse gives the same resolved storyline', () => {
		const yaml = storylineToYaml(spec);
		expect(yaml.startsWith('# yaml-language-server: $schema=')).toBe(true);
		const parsed = parseSpecSource(yaml, { file: `${id}.stackmotion.yaml` });
		if (!parsed.ok) throw new Error(formatErrors(parsed.errors));
		expect(parsed.storyline).toStrictEqual(expected.storyline);
	});

	test('→ JSON → parse gives the same resolved storyline', () => {
		const json = JSON.stringify({ $schema: './schema.json', ...spec }, null, '\t');
		const parsed = parseSpecSource(json, { file: `${id}.stackmotion.json` });
		if (!parsed.ok) throw new Error(formatErrors(parsed.errors));
		expect(parsed.storyline).toStrictEqual(expected.storyline);
	});
});

test('the YAML is readable: block style, step ids that look like numbers quoted, no JSON braces', () => {
	const yaml = storylineToYaml(stacks['kubernetes-cri']!, { schemaUrl: './schema.json' });
	expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
	expect(yaml).toMatch(/^steps:$/m);
	expect(yaml).toMatch(/^ {2}- id: "1\.0"$/m);
	expect(yaml).not.toMatch(/^\s*\{/m);
});

test('schemaUrl: false leaves the editor comment out', () => {
	expect(storylineToYaml(stacks.oci!, { schemaUrl: false }).startsWith('id: oci')).toBe(true);
});
