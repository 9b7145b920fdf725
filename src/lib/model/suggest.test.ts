import { describe, expect, test } from 'vitest';
import { closest, editDistance } from './suggest.js';

describe('editDistance', () => {
	test.each([
		['label', 'label', 0],
		['lable', 'label', 1],
		['labl', 'label', 1],
		['kind', 'kinds', 1],
		['deamon', 'daemon', 1],
		['', 'abc', 3],
		['narator', 'narration', 3],
		['abc', 'xyz', 3]
	])('%s → %s is %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});
});

describe('closest', () => {
	const fields = ['id', 'label', 'kind', 'parent', 'badge', 'description', 'href', 'sources'];
	test.each([
		['lable', 'label'],
		['Label', 'label'],
		['kidn', 'kind'],
		['parnet', 'parent'],
		['descripton', 'description'],
		['source', 'sources'],
		['colour', undefined],
		['x', undefined],
		['descr', undefined]
	])('%s → %s', (input, expected) => {
		expect(closest(input, fields)).toBe(expected);
	});

	test('a tie keeps the earlier candidate', () => {
		expect(closest('ab', ['aa', 'bb'])).toBe('aa');
	});
});
