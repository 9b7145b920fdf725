import { expect, test } from 'vitest';
import { parentsFirst } from './order.js';

const run = (ids: string[], parents: Record<string, string>) => parentsFirst(ids, (id) => parents[id]);

test.each([
	['no parents keeps the order', ['a', 'b', 'c'], {}, ['a', 'b', 'c']],
	['parent already first', ['g', 'a', 'b'], { a: 'g', b: 'g' }, ['g', 'a', 'b']],
	[
		'parent pulled forward to its first child',
		['x', 'a', 'b', 'g'],
		{ a: 'g', b: 'g' },
		['x', 'g', 'a', 'b']
	],
	['chains of ancestors', ['leaf', 'mid', 'top'], { leaf: 'mid', mid: 'top' }, ['top', 'mid', 'leaf']],
	['unknown parents are ignored', ['a', 'b'], { a: 'missing' }, ['a', 'b']],
	['a self-parent does not loop', ['a', 'b'], { a: 'a' }, ['a', 'b']],
	['an uncut cycle does not loop or drop nodes', ['a', 'b', 'c'], { a: 'b', b: 'a' }, ['b', 'a', 'c']]
] as const)('%s', (_name, ids, parents, expected) => {
	expect(run([...ids], parents)).toEqual(expected);
});
