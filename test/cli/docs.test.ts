import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseSpecSource } from '../../src/lib/authoring/parse.js';

const guide = readFileSync(new URL('../../docs/write-your-own-storyline.md', import.meta.url), 'utf8');

test('the walkthrough’s YAML (first step, then the patches) is a valid three-step storyline', () => {
	const blocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
	const first = blocks.find((b) => b.startsWith('id: my-platform'));
	const patches = blocks.find((b) => b.startsWith('steps:\n  # - id: v1'));
	expect(first).toBeDefined();
	expect(patches).toBeDefined();
	const text = `${first}${(patches ?? '').replace(/^steps:\n/, '')}`;
	const parsed = parseSpecSource(text, { file: 'guide.stackmotion.yaml' });
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
	expect(parsed.storyline.steps.map((s) => s.id)).toEqual(['v1', 'v2', 'v3']);
	expect(parsed.storyline.steps[2]?.nodes.map((n) => n.id).sort()).toEqual([
		'cache',
		'managed-db',
		'server',
		'web'
	]);
});
