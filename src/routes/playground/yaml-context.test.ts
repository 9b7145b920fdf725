import { describe, expect, test } from 'vitest';
import { ITEM } from './schema-walk.js';
import { keyPathAt, yamlContextAt } from './yaml-context.js';

/** The context at the `|` in `text`. */
function at(text: string) {
	const offset = text.indexOf('|');
	return yamlContextAt(text.replace('|', ''), offset);
}

const doc = `id: demo
title: Demo
steps:
  - id: v1
    label: v1
    nodes:
      - id: cli
        label: cli
      - id: daemon
`;

describe('yamlContextAt', () => {
	test.each([
		['top-level key', 'id: demo\nti|', { kind: 'key', path: [], prefix: 'ti' }],
		[
			'key of a step entry',
			`${doc}  - id: v2\n    na|`,
			{ kind: 'key', path: ['steps', ITEM], prefix: 'na' }
		],
		[
			'key after a sibling key of the same entry',
			`${doc}    edg|`,
			{ kind: 'key', path: ['steps', ITEM], prefix: 'edg' }
		],
		[
			'key of a node entry',
			`${doc}        ki|`,
			{ kind: 'key', path: ['steps', ITEM, 'nodes', ITEM], prefix: 'ki' }
		],
		[
			'first key of a new node entry',
			`${doc}      - |`,
			{ kind: 'key', path: ['steps', ITEM, 'nodes', ITEM], prefix: '' }
		],
		[
			'value of a node field',
			`${doc}        kind: cl|`,
			{ kind: 'value', path: ['steps', ITEM, 'nodes', ITEM], key: 'kind', prefix: 'cl' }
		],
		['value of a top-level field', 'direction: |', { kind: 'value', path: [], key: 'direction', prefix: '' }],
		['key under a nested mapping', 'title:\n  e|', { kind: 'key', path: ['title'], prefix: 'e' }]
	])('%s', (_name, text, expected) => {
		expect(at(text)).toMatchObject(expected);
	});

	test('blank lines, comments and folded text above do not change the path', () => {
		const text = `steps:\n  - id: v1\n    narration: >-\n      A long text\n        indented more\n\n    # a comment\n    ti|`;
		expect(at(text)).toMatchObject({ kind: 'key', path: ['steps', ITEM], prefix: 'ti' });
	});

	test('the replaced range starts where the typed word starts', () => {
		const text = `${doc}        kind: cl`;
		const context = yamlContextAt(text, text.length);
		expect(text.slice(context.from)).toBe('cl');
	});
});

describe('keyPathAt', () => {
	test('a key deep in the document has its full path', () => {
		const offset = doc.indexOf('label: cli') + 2;
		expect(keyPathAt(doc, offset)).toMatchObject({ path: ['steps', ITEM, 'nodes', ITEM, 'label'] });
	});
	test('a key on a sequence marker line belongs to the entry', () => {
		const offset = doc.indexOf('id: daemon') + 1;
		expect(keyPathAt(doc, offset)?.path).toEqual(['steps', ITEM, 'nodes', ITEM, 'id']);
	});
	test('values are not keys', () => {
		expect(keyPathAt(doc, doc.indexOf('demo') + 1)).toBeUndefined();
	});
});
