import { describe, expect, test } from 'vitest';
import { parseSpecSource } from '../../src/lib/authoring/parse.js';
import { sandbox } from './harness.js';

describe('stackmotion new', () => {
	test('writes a commented starter that validates: three steps, patches that add, update and remove', async () => {
		const box = sandbox();
		const result = await box.cli('new', 'my-platform');
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(
			'wrote my-platform.stackmotion.yaml\nnext: stackmotion validate my-platform.stackmotion.yaml\n'
		);
		const text = box.read('my-platform.stackmotion.yaml');
		expect(text.split('\n')[0]).toBe(
			'# yaml-language-server: $schema=https://unpkg.com/stackmotion/dist/schema.json'
		);
		const parsed = parseSpecSource(text, { file: 'my-platform.stackmotion.yaml' });
		if (!parsed.ok)
			throw new Error(parsed.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
		const { storyline } = parsed;
		expect(storyline.id).toBe('my-platform');
		expect(storyline.steps.map((s) => s.id)).toEqual(['v1', 'v2', 'v3']);
		const spec = parsed.spec as { steps: Record<string, unknown>[] };
		expect(Object.keys(spec.steps[2] ?? {})).toEqual(expect.arrayContaining(['add', 'update', 'remove']));
		// Both languages are written, and a group holds nodes.
		expect(storyline.title).toEqual({ en: 'My platform', ko: '나의 플랫폼' });
		expect(storyline.steps[0]?.nodes.find((n) => n.id === 'web')?.parent).toBe('server');
		// The removal took effect, the update too.
		expect(storyline.steps[2]?.nodes.map((n) => n.id)).not.toContain('db');
		expect(storyline.steps[2]?.nodes.find((n) => n.id === 'cache')?.badge).toEqual({
			en: 'warm',
			ko: '예열됨'
		});
		await expect(box.cli('validate', 'my-platform.stackmotion.yaml')).resolves.toMatchObject({ code: 0 });
	});

	test('renders: the starter is drawable as it is', async () => {
		const box = sandbox();
		await box.cli('new', 'starter');
		const result = await box.cli(
			'render',
			'starter.stackmotion.yaml',
			'--step',
			'v3',
			'--lang',
			'ko',
			'--no-embed-font'
		);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('관리형 데이터베이스');
	}, 60_000);

	test('into a folder, with --schema for a local copy of the schema', async () => {
		const box = sandbox();
		const result = await box.cli(
			'new',
			'specs/shop',
			'--schema',
			'../node_modules/stackmotion/dist/schema.json'
		);
		expect(result.code).toBe(0);
		expect(box.read('specs/shop.stackmotion.yaml')).toMatch(
			/^# yaml-language-server: \$schema=\.\.\/node_modules\/stackmotion\/dist\/schema\.json\n/
		);
	});

	test('does not overwrite without --force (exit 2)', async () => {
		const box = sandbox();
		box.write('taken.stackmotion.yaml', 'mine');
		const refused = await box.cli('new', 'taken');
		expect(refused.code).toBe(2);
		expect(refused.stderr).toMatch(/taken\.stackmotion\.yaml already exists.*--force/);
		expect(box.read('taken.stackmotion.yaml')).toBe('mine');
		const forced = await box.cli('new', 'taken', '--force');
		expect(forced.code).toBe(0);
		expect(box.read('taken.stackmotion.yaml')).toContain('id: taken');
	});

	test('a name that cannot be an id: exit 2 with the rule', async () => {
		const result = await sandbox().cli('new', 'My Platform');
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/"My Platform" cannot be a storyline id: use lowercase letters/);
	});
});
