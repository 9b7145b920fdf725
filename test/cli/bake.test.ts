import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expandLayout } from '../../src/lib/bake/unpack.js';
import { sandbox } from './harness.js';

const SPEC = `id: demo
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
  - id: two
    label: two
    title: Two
    narration: A third.
    add:
      nodes:
        - { id: c, label: C, kind: runtime }
      edges:
        - { from: b, to: c }
`;

describe('stackmotion bake', () => {
	test('writes the laid-out storyline to -o, one frame per step', async () => {
		const box = sandbox();
		box.write('demo.stackmotion.yaml', SPEC);
		const result = await box.cli('bake', 'demo.stackmotion.yaml', '-o', 'out/demo.layout.json');
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('wrote out/demo.layout.json (2 steps)\n');
		const file = JSON.parse(box.read('out/demo.layout.json')) as { format: number };
		// The compact baked format, which the components and the element read back.
		expect(file.format).toBe(2);
		const layout = expandLayout(file);
		expect(layout.storyline.id).toBe('demo');
		expect(layout.steps).toHaveLength(2);
		expect(layout.steps[1]?.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
		expect(layout.steps[1]?.edges.map((e) => e.id).sort()).toEqual(['a->b', 'b->c']);
	});

	test('-o - (the default) writes the JSON to stdout; --pretty indents it', async () => {
		const box = sandbox();
		box.write('demo.json', JSON.stringify({ id: 'demo', title: 'Demo', steps: [] }));
		box.write('demo.stackmotion.yaml', SPEC);
		const compact = await box.cli('bake', 'demo.stackmotion.yaml');
		expect(compact.code).toBe(0);
		expect(compact.stdout.split('\n')).toHaveLength(2);
		const pretty = await box.cli('bake', 'demo.stackmotion.yaml', '-o', '-', '--pretty');
		expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(compact.stdout));
		expect(pretty.stdout).toContain('\n\t"storyline"');
	});

	test('a bundled stack by id', async () => {
		const result = await sandbox().cli('bake', 'kubernetes-cri');
		expect(result.code).toBe(0);
		const layout = expandLayout(JSON.parse(result.stdout));
		expect(layout.storyline.steps.map((s) => s.id)).toContain('1.24');
	}, 60_000);

	test('--slide leaves out the speaker notes and the sources, and nothing else', async () => {
		const [whole, slide] = await Promise.all([
			sandbox().cli('bake', 'kubernetes-cri'),
			sandbox().cli('bake', 'kubernetes-cri', '--slide')
		]);
		expect(slide.code).toBe(0);
		const [a, b] = [whole, slide].map((r) => expandLayout(JSON.parse(r.stdout)));
		expect(a!.storyline.steps.some((s) => s.notes !== undefined)).toBe(true);
		expect(b!.storyline.steps.every((s) => s.notes === undefined && s.sources.length === 0)).toBe(true);
		expect(Object.keys(b!.storyline.sources)).toEqual([]);
		expect(b!.steps).toEqual(a!.steps);
		expect(b!.storyline.steps.map((s) => s.narration)).toEqual(a!.storyline.steps.map((s) => s.narration));
		expect(slide.stdout.length).toBeLessThan(0.8 * whole.stdout.length);
	}, 120_000);

	test('an invalid spec: errors with line:column on stderr, nothing written, exit 1', async () => {
		const box = sandbox();
		box.write('bad.stackmotion.yaml', SPEC.replace('{ from: b, to: c }', '{ from: b, to: x }'));
		const result = await box.cli('bake', 'bad.stackmotion.yaml', '-o', 'bad.layout.json');
		expect(result.code).toBe(1);
		// Line 21 is `        - { from: b, to: x }`; the x is in column 26.
		expect(result.stderr).toMatch(/^bad\.stackmotion\.yaml:21:26 {2}dangling-edge {2}/);
		expect(result.stdout).toBe('');
		expect(existsSync(join(box.dir, 'bad.layout.json'))).toBe(false);
	});

	test('a spec that is neither a file nor a bundled stack: exit 2, naming the bundled ones', async () => {
		const result = await sandbox().cli('bake', 'kubernetes');
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/^error: kubernetes: no such file, and no bundled stack of that id\..*kubernetes-cri/
		);
	});

	test('an unknown flag: exit 2 with commander’s message', async () => {
		const box = sandbox();
		box.write('demo.stackmotion.yaml', SPEC);
		const result = await box.cli('bake', 'demo.stackmotion.yaml', '--out', 'x.json');
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/unknown option '--out'/);
		expect(result.stderr).toMatch(/Did you mean --output\?/);
	});
});

describe('stackmotion bake --aspect', () => {
	test('16:9, 4:3 and a plain number are read as the stage the layout is composed for', async () => {
		const { parseAspect } = await import('../../src/cli/aspect.js');
		expect(parseAspect('16:9')).toBeCloseTo(16 / 9);
		expect(parseAspect('4:3')).toBeCloseTo(4 / 3);
		expect(parseAspect('1.6')).toBeCloseTo(1.6);
	});

	test('a wrong value stops with exit code 2, naming the flag and what it takes', async () => {
		const box = sandbox();
		box.write('demo.stackmotion.yaml', SPEC);
		for (const wrong of ['wide', '16/9', '0', '16:0', '-1']) {
			const result = await box.cli('bake', 'demo.stackmotion.yaml', '--aspect', wrong);
			expect(result.code, wrong).toBe(2);
			expect(result.stderr, wrong).toContain(
				`--aspect must be a width:height ratio such as 16:9 or 4:3, or a number from 0.1 to 10 (width ÷ height), not "${wrong}".`
			);
			expect(result.stdout, wrong).toBe('');
		}
	});

	test('a long chain baked for 16:9 comes out wider than for 4:3', async () => {
		const box = sandbox();
		const long = {
			id: 'long',
			title: 'Long',
			steps: [
				{
					id: 'one',
					label: 'one',
					title: 'One',
					narration: 'A chain.',
					nodes: Array.from({ length: 16 }, (_, i) => ({
						id: `n${i}`,
						label: `service ${i}`,
						kind: 'process'
					})),
					edges: Array.from({ length: 15 }, (_, i) => ({ from: `n${i}`, to: `n${i + 1}`, label: 'gRPC' }))
				}
			]
		};
		box.write('long.json', JSON.stringify(long));
		const shapes: number[] = [];
		for (const aspect of ['16:9', '4:3']) {
			const result = await box.cli('bake', 'long.json', '--aspect', aspect);
			expect(result.code, result.stderr).toBe(0);
			const step = expandLayout(JSON.parse(result.stdout)).steps[0];
			shapes.push((step?.width ?? 0) / (step?.height ?? 1));
		}
		expect(shapes[0]).toBeGreaterThan(1.2 * (shapes[1] ?? Infinity));
	});
});
