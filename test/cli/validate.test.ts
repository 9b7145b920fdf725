import { describe, expect, test } from 'vitest';
import { sandbox } from './harness.js';

const GOOD = `id: demo
title: Demo
steps:
  - id: one
    label: one
    title: One
    narration: Two nodes.
    nodes:
      - { id: a, label: A, kind: process }
      - { id: b, label: B, kind: storage }
    edges:
      - { from: a, to: b }
`;

// Line 12, column 24 is the "c" an edge points to; line 22, column 19 the parent that does not exist.
const DANGLING = `id: demo
title: Demo
steps:
  - id: one
    label: one
    title: One
    narration: Two nodes.
    nodes:
      - { id: a, label: A, kind: process }
      - { id: b, label: B, kind: storage }
    edges:
      - { from: a, to: c }
  - id: two
    label: two
    title: Two
    narration: A third.
    add:
      nodes:
        - id: d
          label: D
          kind: process
          parent: nowhere
`;

// Line 9, column 34 is a kind that does not exist.
const BAD_KIND = `id: demo
title: Demo
steps:
  - id: one
    label: one
    title: One
    narration: One node.
    nodes:
      - { id: a, label: A, kind: gizmo }
`;

describe('stackmotion validate', () => {
	test('a valid file: exit 0 and a one-line summary', async () => {
		const box = sandbox();
		box.write('good.stackmotion.yaml', GOOD);
		const result = await box.cli('validate', 'good.stackmotion.yaml');
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('ok  good.stackmotion.yaml  storyline "demo": 1 step, 2 nodes, 1 edge\n');
	});

	test('errors are printed file:line:col  code  message, at the offending values; exit 1', async () => {
		const box = sandbox();
		box.write('bad.stackmotion.yaml', DANGLING);
		const result = await box.cli('validate', 'bad.stackmotion.yaml');
		expect(result.code).toBe(1);
		const lines = result.stdout.split('\n').filter((l) => /^bad\.stackmotion\.yaml:/.test(l));
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^bad\.stackmotion\.yaml:12:24 {2}dangling-edge {2}\S/);
		expect(lines[1]).toMatch(/^bad\.stackmotion\.yaml:22:19 {2}unknown-parent {2}.*nowhere/);
		expect(result.stdout).toMatch(/1 file checked, 1 with errors\n$/);
	});

	test('a value outside its allowed set points at the value', async () => {
		const box = sandbox();
		box.write('kind.stackmotion.yaml', BAD_KIND);
		const result = await box.cli('validate', 'kind.stackmotion.yaml');
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(/^kind\.stackmotion\.yaml:9:34 {2}invalid-value {2}.*"gizmo"/);
	});

	test('a JSON syntax error points at its line and column', async () => {
		const box = sandbox();
		box.write('broken.json', '{\n  "id": "demo",\n  "title": "Demo"\n  "steps": []\n}\n');
		const result = await box.cli('validate', 'broken.json');
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(/^broken\.json:4:3 {2}syntax-error {2}/);
	});

	test('a YAML syntax error points at its line', async () => {
		const box = sandbox();
		box.write('tabs.yaml', 'id: demo\ntitle: [Demo\nsteps: []\n');
		const result = await box.cli('validate', 'tabs.yaml');
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(/^tabs\.yaml:\d+:\d+ {2}syntax-error {2}/);
	});

	test('several files: each reported, exit 1 if any has errors', async () => {
		const box = sandbox();
		box.write('good.stackmotion.yaml', GOOD);
		box.write('bad.stackmotion.yaml', DANGLING);
		const result = await box.cli('validate', 'good.stackmotion.yaml', 'bad.stackmotion.yaml');
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('ok  good.stackmotion.yaml');
		expect(result.stdout).toContain('bad.stackmotion.yaml:12:24');
		expect(result.stdout).toMatch(/2 files checked, 1 with errors\n$/);
	});

	test('a missing file is a usage error (exit 2), named, and nothing is checked', async () => {
		const box = sandbox();
		box.write('good.stackmotion.yaml', GOOD);
		const result = await box.cli('validate', 'good.stackmotion.yaml', 'nowhere.stackmotion.yaml');
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('error: nowhere.stackmotion.yaml: no such file.\n');
		expect(result.stdout).toBe('');
	});

	test('a file that is not YAML or JSON is a usage error', async () => {
		const box = sandbox();
		box.write('spec.ts', 'export default {}');
		const result = await box.cli('validate', 'spec.ts');
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/spec\.ts: not a spec file/);
	});

	test('no file at all: commander says what is missing, exit 2', async () => {
		const result = await sandbox().cli('validate');
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/missing required argument 'files'/);
	});
});
