import { describe, expect, it } from 'vitest';
import { formatElapsed, parseStoredStart } from './elapsed.js';

describe('formatElapsed', () => {
	it.each<[number, string]>([
		[0, '0:00'],
		[999, '0:00'],
		[1000, '0:01'],
		[59_999, '0:59'],
		[60_000, '1:00'],
		[754_000, '12:34'],
		[3_599_000, '59:59'],
		[3_600_000, '1:00:00'],
		[3_725_000, '1:02:05'],
		[-5000, '0:00'],
		[Number.NaN, '0:00'],
		[Number.POSITIVE_INFINITY, '0:00']
	])('%d ms → %s', (ms, text) => {
		expect(formatElapsed(ms)).toBe(text);
	});
});

describe('parseStoredStart', () => {
	const now = 1_700_000_000_000;
	it.each<[string | null, number | null]>([
		[String(now - 60_000), now - 60_000],
		[String(now), now],
		[null, null],
		['', null],
		['soon', null],
		['-5', null],
		['1.5', null],
		[String(now + 1), null] // from the future: a changed clock
	])('%j → %j', (stored, expected) => {
		expect(parseStoredStart(stored, now)).toBe(expected);
	});
});
