/**
 * The pipeline's layering, read from the source: `i18n/` imports nothing outside itself, `model/` only `i18n/`,
 * `layout/` only `model/` and `i18n/` (and elkjs), and `motion/` takes from `layout/` only what imports nothing
 * itself: its types, `geometry.ts` and the house style (`style.ts`). None of them imports Svelte. Tests and
 * fixtures are exempt.
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

	test('i18n/ imports nothing outside itself', () => {
		expect(violations('i18n', (t) => t.startsWith('i18n/'))).toEqual([]);
	});

	test('model/ imports nothing outside itself but i18n/', () => {
		expect(
			violations('model', (t) => t.startsWith('model/') || t.startsWith('i18n/') || t === 'valibot')
		).toEqual([]);
	});

	test('layout/ imports only model/, i18n/ and elkjs', () => {
		const allowed = ['layout/', 'model/', 'i18n/', 'elkjs/'];
		expect(violations('layout', (t) => allowed.some((prefix) => t.startsWith(prefix)))).toEqual([]);
	});

	test('layout/geometry.ts and layout/style.ts import nothing at all, text.ts only its metrics, group-title.ts only those and the languages, so every layer may use them', () => {
		expect(importsOf('layout/geometry.ts')).toEqual([]);
		expect(importsOf('layout/style.ts')).toEqual([]);
		expect(importsOf('layout/text.ts')).toEqual(['layout/metrics.generated.ts']);
		expect(importsOf('layout/metrics.generated.ts')).toEqual([]);
		expect(importsOf('layout/group-title.ts').sort()).toEqual([
			'i18n/langs.ts',
			'layout/style.ts',
			'layout/text.ts',
			'layout/types.ts'
		]);
	});

	test('motion/ takes from layout/ only its types, geometry, style, text metrics and group-title width, and never Svelte or elkjs', () => {
		// The camera measures a group's title with the same font metrics the layout sized it with; those two
		// modules are pure tables and arithmetic (checked below), so motion stays free of ELK and the scene.
		const fromLayout = [
			'layout/types.ts',
			'layout/geometry.ts',
			'layout/style.ts',
			'layout/text.ts',
			'layout/metrics.generated.ts',
			'layout/group-title.ts'
		];
		expect(
			violations(
				'motion',
				(t) =>
					(!t.startsWith('layout/') || fromLayout.includes(t)) &&
					!t.startsWith('svelte') &&
					!t.startsWith('elkjs')
			)
		).toEqual([]);
	});

	test('a page draws its first step without the motion code: the Storyline and its player load GSAP, the planner and the painter only on demand', () => {
		// Static imports that are not `import type`: those load before the first paint.
		const loadedAtOnce = (file: string) =>
			[
				...readFileSync(join(LIB, file), 'utf8').matchAll(
					/(?:^|\n)\s*import\s+(?!type\b)[^'";]*?from\s*'([^']+)'/g
				)
			]
				.map((m) => m[1] as string)
				.map((s) => (s.startsWith('.') ? relative(LIB, resolve(LIB, dirname(file), s)) : s));
		const player = loadedAtOnce('state/storyline-player.svelte.ts');
		const storyline = loadedAtOnce('components/Storyline/Storyline.svelte');
		expect(player).toContain('motion/camera.js');
		for (const file of [...player, ...storyline]) {
			expect(file).not.toMatch(/^gsap/);
			expect(file).not.toMatch(/^motion\/(kit|driver|paint|plan|frame|snapshot|stage|classify)\.js$/);
		}
		expect(readFileSync(join(LIB, 'state/storyline-player.svelte.ts'), 'utf8')).toContain(
			"import('../motion/kit.js')"
		);
	});
});
