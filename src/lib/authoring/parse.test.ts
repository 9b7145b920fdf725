import { describe, expect, test } from 'vitest';
import { formatError } from './format.js';
import { locatePath, parseSpecSource, type LocatedError, type SpecFormat } from './parse.js';

/* Two small sources, one per syntax; each bad case below edits one line of them. */
const YAML = `id: demo
title: Demo
steps:
  - id: one
    label: One
    title: Step one
    narration: Two nodes.
    nodes:
      - id: client
        label: Client
        kind: client
      - id: server
        label: Server
        kind: daemon
    edges:
      - from: client
        to: server
`;

const JSON_TEXT = `{
  "id": "demo",
  "title": "Demo",
  "steps": [
    {
      "id": "one",
      "label": "One",
      "title": "Step one",
      "narration": "Two nodes.",
      "nodes": [
        { "id": "client", "label": "Client", "kind": "client" },
        { "id": "server", "label": "Server", "kind": "daemon" }
      ],
      "edges": [{ "from": "client", "to": "server" }]
    }
  ]
}
`;

/** Nine laughs deep: about 387 million strings once expanded, 80 aliases as written. */
const BILLION_LAUGHS = [
	'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
	...'bcdefghi'
		.split('')
		.map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)
].join('\n');

function edit(text: string, line: number, replacement: string): string {
	const lines = text.split('\n');
	lines[line - 1] = replacement;
	return lines.join('\n');
}

interface BadCase {
	name: string;
	format: SpecFormat;
	text: string;
	code: string;
	line?: number;
	column?: number;
	options?: { maxBytes?: number };
}

const CASES: BadCase[] = [
	// YAML
	{
		name: 'wrong type',
		format: 'yaml',
		text: edit(YAML, 10, '        label: 42'),
		code: 'invalid-type',
		line: 10,
		column: 16
	},
	{
		name: 'unknown key (points at the key)',
		format: 'yaml',
		text: edit(YAML, 13, '        lable: Server'),
		code: 'unknown-field',
		line: 13,
		column: 9
	},
	{
		name: 'missing field (points at the object)',
		format: 'yaml',
		text: edit(YAML, 14, ''),
		code: 'missing-field',
		line: 12,
		column: 9
	},
	{
		name: 'dangling edge target',
		format: 'yaml',
		text: edit(YAML, 17, '        to: nowhere'),
		code: 'dangling-edge',
		line: 17,
		column: 13
	},
	{
		name: 'duplicate id',
		format: 'yaml',
		text: edit(YAML, 12, '      - id: client'),
		code: 'duplicate-id',
		line: 12,
		column: 13
	},
	{
		name: 'duplicate key',
		format: 'yaml',
		text: edit(YAML, 2, 'title: Demo\ntitle: Again'),
		code: 'duplicate-key',
		line: 3,
		column: 1
	},
	{
		name: 'syntax error (unclosed bracket)',
		format: 'yaml',
		text: edit(YAML, 16, '      - from: [client'),
		code: 'syntax-error',
		line: 17,
		column: 9
	},
	{
		name: 'tab indentation',
		format: 'yaml',
		text: edit(YAML, 5, '\tlabel: One'),
		code: 'syntax-error',
		line: 5,
		column: 1
	},
	{ name: 'too large', format: 'yaml', text: YAML, code: 'input-too-large', options: { maxBytes: 100 } },
	{ name: 'alias bomb', format: 'yaml', text: BILLION_LAUGHS, code: 'alias-limit', line: 2, column: 8 },
	// JSON
	{
		name: 'wrong type',
		format: 'json',
		text: edit(JSON_TEXT, 11, '        { "id": "client", "label": 42, "kind": "client" },'),
		code: 'invalid-type',
		line: 11,
		column: 36
	},
	{
		name: 'unknown key (points at the key)',
		format: 'json',
		text: edit(JSON_TEXT, 12, '        { "id": "server", "lable": "Server", "kind": "daemon" }'),
		code: 'unknown-field',
		line: 12,
		column: 27
	},
	{
		name: 'missing field (points at the object)',
		format: 'json',
		text: edit(JSON_TEXT, 11, '        { "id": "client", "label": "Client" },'),
		code: 'missing-field',
		line: 11,
		column: 9
	},
	{
		name: 'dangling edge target',
		format: 'json',
		text: edit(JSON_TEXT, 14, '      "edges": [{ "from": "client", "to": "nowhere" }]'),
		code: 'dangling-edge',
		line: 14,
		column: 43
	},
	{
		name: 'duplicate id',
		format: 'json',
		text: edit(JSON_TEXT, 12, '        { "id": "client", "label": "Server", "kind": "daemon" }'),
		code: 'duplicate-id',
		line: 12,
		column: 17
	},
	{
		name: 'duplicate key',
		format: 'json',
		text: edit(JSON_TEXT, 3, '  "title": "Demo", "id": "again",'),
		code: 'duplicate-key',
		line: 3,
		column: 20
	},
	{
		name: 'syntax error (missing comma)',
		format: 'json',
		text: edit(JSON_TEXT, 7, '      "label": "One"'),
		code: 'syntax-error',
		line: 8,
		column: 7
	},
	{
		name: 'syntax error (trailing comma)',
		format: 'json',
		text: edit(JSON_TEXT, 12, '        { "id": "server", "label": "Server", "kind": "daemon" },'),
		code: 'syntax-error',
		line: 13,
		column: 7
	},
	{
		name: 'syntax error (single quotes, valid YAML but not JSON)',
		format: 'json',
		text: edit(JSON_TEXT, 2, "  'id': 'demo',"),
		code: 'syntax-error',
		line: 2,
		column: 3
	},
	{
		name: 'tab indentation is fine in JSON, a tab inside a string is not',
		format: 'json',
		text: edit(JSON_TEXT, 3, '\t"title": "De\tmo",'),
		code: 'syntax-error',
		line: 3,
		column: 14
	},
	{ name: 'too large', format: 'json', text: JSON_TEXT, code: 'input-too-large', options: { maxBytes: 100 } }
];

describe.each(CASES)('$format: $name', ({ format, text, code, line, column, options }) => {
	test(`reports ${code}${line === undefined ? ' without a position' : ` at ${line}:${column}`}`, () => {
		const file = `demo.stackmotion.${format}`;
		const result = parseSpecSource(text, { file, ...options });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const error = result.errors.find((e) => e.code === code);
		expect(error, result.errors.map(formatError).join('\n')).toBeDefined();
		expect({ line: error?.line, column: error?.column, file: error?.file }).toEqual({ line, column, file });
	});
});

test('the two base sources are valid, so every failure above comes from its one edit', () => {
	expect(parseSpecSource(YAML).ok).toBe(true);
	expect(parseSpecSource(JSON_TEXT, { format: 'json' }).ok).toBe(true);
});

test('an alias bomb is refused quickly, without expanding it', () => {
	const started = performance.now();
	const result = parseSpecSource(BILLION_LAUGHS);
	expect(performance.now() - started).toBeLessThan(500);
	expect(result.ok).toBe(false);
	if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(['alias-limit']);
});

test('more alias nodes than the cap are refused at the first one over it', () => {
	const many = ['x: &x 1', ...Array.from({ length: 5 }, (_, i) => `k${i}: *x`)].join('\n');
	const result = parseSpecSource(many, { maxAliases: 3 });
	expect(result.ok).toBe(false);
	if (!result.ok) expect(result.errors[0]).toMatchObject({ code: 'alias-limit', line: 5, column: 5 });
});

test('a few ordinary aliases are fine', () => {
	const text = YAML.replace('        kind: client', '        kind: &k client').replace(
		'        kind: daemon',
		'        kind: *k'
	);
	const result = parseSpecSource(text);
	expect(result.ok).toBe(true);
	if (result.ok) expect(result.storyline.steps[0]?.nodes.map((n) => n.kind)).toEqual(['client', 'client']);
});

test('__proto__ and constructor keys stay data: reported as unknown fields, nothing polluted', () => {
	const yaml = YAML.replace(
		'title: Demo',
		'title: Demo\n__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }'
	);
	const json = JSON_TEXT.replace('"title": "Demo",', '"title": "Demo", "__proto__": { "polluted": true },');
	for (const [text, format] of [
		[yaml, 'yaml'],
		[json, 'json']
	] as const) {
		const result = parseSpecSource(text, { format });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
		expect(result.ok).toBe(false);
		if (result.ok) continue;
		const unknown = result.errors.filter((e) => e.code === 'unknown-field').map((e) => [e.path, e.line]);
		expect(unknown).toContainEqual(['__proto__', 3]);
		if (format === 'yaml') expect(unknown).toContainEqual(['constructor', 4]);
		expect(Object.getPrototypeOf(result.spec)).toBe(Object.prototype);
	}
});

test('a top-level "$schema" key is for editors and does not count as a field', () => {
	const text = JSON_TEXT.replace('{\n', '{\n  "$schema": "./schema.json",\n');
	expect(parseSpecSource(text, { format: 'json' }).ok).toBe(true);
});

test('format comes from the file name; JSON rules apply to .json only', () => {
	const singleQuoted = "{'id': 'x'}";
	const asJson = parseSpecSource(singleQuoted, { file: 'a.stackmotion.json' });
	const asYaml = parseSpecSource(singleQuoted, { file: 'a.stackmotion.yaml' });
	expect(!asJson.ok && asJson.errors[0]?.code).toBe('syntax-error');
	expect(!asYaml.ok && asYaml.errors.every((e) => e.code !== 'syntax-error')).toBe(true);
});

test('several YAML documents in one file are an error, not silently the first', () => {
	const result = parseSpecSource(`${YAML}---\nid: second\n`);
	expect(!result.ok && result.errors[0]?.code).toBe('syntax-error');
});

test('empty input and non-mapping documents fail with a message, never throw', () => {
	for (const text of ['', '   ', '- a\n- b', '42', 'null']) {
		const result = parseSpecSource(text);
		expect(result.ok).toBe(false);
	}
	expect(parseSpecSource('', { format: 'json' })).toMatchObject({
		ok: false,
		errors: [{ code: 'syntax-error', line: 1, column: 1 }]
	});
});

test.each([
	['JSON brackets', 'json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`],
	['YAML brackets', 'yaml', `a: ${'['.repeat(200_000)}`],
	['YAML compact sequences', 'yaml', `${'- '.repeat(100_000)}x`],
	['YAML indentation', 'yaml', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')]
] as const)('deep nesting (%s) is refused quickly, before the parser sees it', (_name, format, text) => {
	const started = performance.now();
	const result = parseSpecSource(text, { format, maxBytes: 10_000_000 });
	expect(performance.now() - started).toBeLessThan(1000);
	expect(!result.ok && result.errors.map((e) => e.code)).toEqual(['input-too-large']);
});

test('nesting a little deeper than a storyline needs is still read', () => {
	const text = `id: x\ntitle: ${'['.repeat(30)}${']'.repeat(30)}\n`;
	const result = parseSpecSource(text);
	expect(!result.ok && result.errors.find((e) => e.path === 'title')?.code).toBe('invalid-type');
});

test('locatePath finds values, quoted keys and the enclosing object of a missing field', () => {
	expect(locatePath(YAML, ['steps', 0, 'edges', 0, 'to'])).toEqual({ line: 17, column: 13 });
	expect(locatePath(YAML, ['steps', 0, 'nodes', 1])).toEqual({ line: 12, column: 9 });
	expect(locatePath(YAML, ['steps', 0, 'nodes', 1, 'badge'])).toEqual({ line: 12, column: 9 });
	expect(locatePath(JSON_TEXT, ['steps', 0, 'nodes', 0, 'kind'], 'json')).toEqual({ line: 11, column: 54 });
	expect(locatePath('sources:\n  "k8s blog": { title: T }\n', ['sources', 'k8s blog', 'title'])).toEqual({
		line: 2,
		column: 24
	});
	expect(locatePath(YAML, [])).toEqual({ line: 1, column: 1 });
});

describe('formatError', () => {
	const base: LocatedError = {
		code: 'dangling-edge',
		path: 'steps[0].edges[0].to',
		keys: ['steps', 0, 'edges', 0, 'to'],
		message: 'Edge "a->b" points to "b".'
	};
	test('prints file:line:col  code  message', () => {
		expect(formatError({ ...base, file: 'x.stackmotion.yaml', line: 17, column: 13 })).toBe(
			'x.stackmotion.yaml:17:13  dangling-edge  Edge "a->b" points to "b".'
		);
	});
	test('puts a hint on the next line', () => {
		expect(formatError({ ...base, file: 'x.yaml', line: 1, column: 2, hint: 'Add node "b".' })).toBe(
			'x.yaml:1:2  dangling-edge  Edge "a->b" points to "b".\n    hint: Add node "b".'
		);
	});
	test('falls back to the path when there is no position', () => {
		expect(formatError({ ...base, file: 'x.yaml' })).toBe(
			'x.yaml  steps[0].edges[0].to  dangling-edge  Edge "a->b" points to "b".'
		);
		expect(formatError({ ...base, path: '' })).toBe('(root)  dangling-edge  Edge "a->b" points to "b".');
	});
});
