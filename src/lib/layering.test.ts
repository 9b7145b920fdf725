/**
 * The pipeline's layering, read from the source: `model/` imports nothing outside itself, `layout/` only `model/`
 * (and elkjs), and `motion/` takes from `layout/` only its types and the dependency-free `layout/geometry.ts`.
 * None of the three imports Svelte. Tests and fixtures are exempt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const LIB = dirname(fileURLToPath(import.meta.url));

function sources(folder: string): string[] {
	return readdirSync(join(LIB, folder), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('fixtures'))
		.map((file) => join(folder, file));
}

/** Every module a file imports or re-exports: relative ones as paths below `src/lib`, packages by name. */
function importsOf(file: string): string[] {
	const text = readFileSync(join(LIB, file), 'utf8');
	const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*'([^']+)'/g)].map(
		(m) => m[1] as string
	);
	return specifiers.map((s) =>
		s.startsWith('.') ? relative(LIB, resolve(LIB, dirname(file), s)).replace(/\.js$/, '.ts') : s
	);
}

function violations(folder: string, allowed: (target: string) => boolean): string[] {
	return sources(folder).flatMap((file) =>
		importsOf(file)
			.filter((target) => !allowed(target))
			.map((target) => `${file} imports ${target}`)
	);
}

describe('layering', () => {
	test('the scanner sees imports (so an empty list below means something)', () => {
		expect(importsOf('layout/from-elk.ts')).toContain('layout/geometry.ts');
		expect(importsOf('motion/route-match.ts')).toContain('layout/geometry.ts');
		expect(violations('motion', (t) => t.startsWith('motion/'))).not.toEqual([]);
	});

	test('model/ imports nothing outside itself', () => {
		expect(violations('model', (t) => t.startsWith('model/') || t === 'valibot')).toEqual([]);
	});

	test('layout/ imports only model/ and elkjs', () => {
		expect(
			violations('layout', (t) => t.startsWith('layout/') || t.startsWith('model/') || t.startsWith('elkjs/'))
		).toEqual([]);
	});

	test('layout/geometry.ts imports nothing at all, so every layer may use it', () => {
		expect(importsOf('layout/geometry.ts')).toEqual([]);
	});

	test('motion/ takes from layout/ only its types and geometry, and never Svelte or elkjs', () => {
		expect(
			violations(
				'motion',
				(t) =>
					(!t.startsWith('layout/') || t === 'layout/types.ts' || t === 'layout/geometry.ts') &&
					!t.startsWith('svelte') &&
					!t.startsWith('elkjs')
			)
		).toEqual([]);
	});
});
