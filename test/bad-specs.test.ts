/**
 * The bad-spec corpus: every file in `fixtures/bad-specs/` is a malformed storyline with exactly the errors
 * `validateStoryline` must report for it (code, path and a fragment of the message), no more and no fewer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DIAGRAM_ERROR_CODES, validateStoryline, type DiagramError } from '../src/lib/model/index.js';

interface ExpectedError {
	code: string;
	path: string;
	messageIncludes: string;
}

interface BadSpec {
	name: string;
	description: string;
	categories: string[];
	spec: unknown;
	errors: ExpectedError[];
}

/** What the corpus must cover (the list); each file names the ones it exercises. */
const REQUIRED_CATEGORIES = [
	'wrong-type',
	'missing-field',
	'unknown-field',
	'typo',
	'duplicate-id',
	'dangling-edge',
	'bad-parent',
	'nesting-cycle',
	'bad-patch',
	'unsafe-href',
	'reserved-key',
	'empty-storyline'
] as const;
/** Further categories a file may name. */
const OTHER_CATEGORIES = ['invalid-value', 'invalid-id', 'unknown-source', 'limit'] as const;
const CATEGORIES: readonly string[] = [...REQUIRED_CATEGORIES, ...OTHER_CATEGORIES];

const DIRECTORY = fileURLToPath(new URL('./fixtures/bad-specs/', import.meta.url));

/** JSON.parse, not import: a `"__proto__"` key must stay an own key, as in a user's file. */
function loadCorpus(): BadSpec[] {
	return readdirSync(DIRECTORY)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({
			name: file.replace(/\.json$/, ''),
			...(JSON.parse(readFileSync(DIRECTORY + file, 'utf8')) as Omit<BadSpec, 'name'>)
		}));
}

const corpus = loadCorpus();

/**
 * Pairs each expected error with one actual error of the same code and path whose message contains the fragment.
 * Order is free; multiplicity is not (two expected errors need two actual ones).
 */
function compare(actual: readonly DiagramError[], expected: readonly ExpectedError[]) {
	const unmatched = [...actual];
	const missing: ExpectedError[] = [];
	for (const want of expected) {
		const i = unmatched.findIndex(
			(e) => e.code === want.code && e.path === want.path && e.message.includes(want.messageIncludes)
		);
		if (i < 0) missing.push(want);
		else unmatched.splice(i, 1);
	}
	return { missing, unexpected: unmatched };
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('the corpus', () => {
	test('has at least 40 cases, each a distinct spec', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(40);
		const specs = new Set(corpus.map((c) => JSON.stringify(c.spec)));
		expect(specs.size).toBe(corpus.length);
	});

	test('every file is well-formed: a description, known categories and at least one known error', () => {
		const codes: readonly string[] = DIAGRAM_ERROR_CODES;
		const problems = corpus.flatMap((c) => {
			const found: string[] = [];
			if (typeof c.description !== 'string' || c.description.trim() === '') found.push('no description');
			if (!Array.isArray(c.categories) || c.categories.length === 0) found.push('no categories');
			for (const category of c.categories ?? [])
				if (!CATEGORIES.includes(category)) found.push(`unknown category ${category}`);
			if (!Array.isArray(c.errors) || c.errors.length === 0) found.push('no expected errors');
			for (const e of c.errors ?? []) {
				if (!codes.includes(e.code)) found.push(`unknown code ${e.code}`);
				if (typeof e.path !== 'string') found.push('a path that is not a string');
				if (typeof e.messageIncludes !== 'string' || e.messageIncludes === '')
					found.push('an empty message fragment');
			}
			return found.map((problem) => `${c.name}: ${problem}`);
		});
		expect(problems).toEqual([]);
	});

	test('covers every required category', () => {
		const covered = new Set(corpus.flatMap((c) => c.categories));
		expect(REQUIRED_CATEGORIES.filter((category) => !covered.has(category))).toEqual([]);
	});

	test('has nesting cycles of length 1, 2 and 3', () => {
		// A cycle of n nodes is written with n arrows: "a" → "b" → "a".
		const lengths = new Set(
			corpus.flatMap((c) =>
				c.errors.filter((e) => e.code === 'nesting-cycle').map((e) => e.messageIncludes.split('→').length - 1)
			)
		);
		expect([1, 2, 3].filter((n) => !lengths.has(n))).toEqual([]);
	});
});

describe('validateStoryline on the corpus', () => {
	test.each(corpus.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const before = JSON.stringify(c.spec);
		const keysBefore = prototypeKeys();

		const result = validateStoryline(c.spec);

		expect(result.ok).toBe(false);
		expect(compare(result.ok ? [] : result.errors, c.errors)).toEqual({ missing: [], unexpected: [] });
		// Validation reads its input and nothing else: the spec is unchanged and no prototype was reached.
		expect(JSON.stringify(c.spec)).toBe(before);
		expect(prototypeKeys()).toEqual(keysBefore);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});
});
