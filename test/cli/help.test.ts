import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sandbox } from './harness.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
	version: string;
};

describe('stackmotion --help, --version and mistakes', () => {
	test('--help lists every command, exit 0', async () => {
		const result = await sandbox().cli('--help');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Usage: stackmotion \[options\] \[command\]/);
		for (const command of ['validate', 'bake', 'render', 'new'])
			expect(result.stdout).toMatch(new RegExp(`\\n  ${command} `));
		expect(result.stdout).toContain(
			'Exit codes: 0 done, 1 the spec has errors, 2 the command line was wrong.'
		);
	});

	test.each([
		['validate', /Usage: stackmotion validate \[options\] <files\.\.\.>/],
		['bake', /-o, --output <file>/],
		['render', /--theme <theme> colour theme \(choices: "light", "dark", default: "light"\)/],
		['new', /--force overwrite an existing file/]
	])('%s --help, exit 0', async (command, expected) => {
		const result = await sandbox().cli(command, '--help');
		expect(result.code).toBe(0);
		// Commander wraps help to the terminal's width: compare with whitespace runs made single spaces.
		expect(result.stdout.replace(/\s+/g, ' ')).toMatch(expected);
		expect(result.stdout).toMatch(/Examples?:\n {2}\$ stackmotion /);
	});

	test('--version prints the package version', async () => {
		const result = await sandbox().cli('--version');
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`${version}\n`);
	});

	test('an unknown command: exit 2 with a suggestion', async () => {
		const result = await sandbox().cli('valdate', 'x.yaml');
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/unknown command 'valdate'/);
		expect(result.stderr).toMatch(/Did you mean validate\?/);
	});

	test('no command: the help on stderr, exit 2', async () => {
		const result = await sandbox().cli();
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/Usage: stackmotion/);
	});
});
