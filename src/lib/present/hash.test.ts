import { describe, expect, it } from 'vitest';
import { hashForStep, stepFromHash } from './hash.js';

const storyline = {
	steps: [{ id: '1.0' }, { id: '1.5' }, { id: 'containerd-1.1' }, { id: '1.24' }]
} as never;

describe('stepFromHash', () => {
	it.each<[string, number]>([
		['#1.24', 3],
		['1.24', 3],
		['#containerd-1.1', 2],
		['#3', 2], // 1-based, the way people count slides
		['#1', 0],
		['', 0], // no hash: the start of the talk
		['#', 0],
		['#5', -1], // beyond the last step
		['#0', -1],
		['#2.0', -1],
		['#%E0%A4%A', -1], // a malformed escape
		['#containerd%2D1.1', 2] // escaped characters are decoded
	])('%j → %i', (hash, expected) => {
		expect(stepFromHash(storyline, hash)).toBe(expected);
	});

	it('prefers a step id over a 1-based number when both could match', () => {
		const numbered = { steps: [{ id: 'intro' }, { id: '1' }, { id: 'end' }] } as never;
		expect(stepFromHash(numbered, '#1')).toBe(1);
	});
});

describe('hashForStep', () => {
	it('writes the step id, so the link survives steps added before it', () => {
		expect(hashForStep(storyline, 3)).toBe('#1.24');
		expect(hashForStep(storyline, 0)).toBe('#1.0');
	});

	it('escapes what a URL fragment cannot hold and round-trips', () => {
		const odd = { steps: [{ id: 'a b#c' }] } as never;
		expect(hashForStep(odd, 0)).toBe('#a%20b%23c');
		expect(stepFromHash(odd, hashForStep(odd, 0))).toBe(0);
	});

	it('is empty for a step that does not exist', () => {
		expect(hashForStep(storyline, 4)).toBe('');
		expect(hashForStep(storyline, -1)).toBe('');
	});

	it('round-trips every step', () => {
		for (let i = 0; i < 4; i++) expect(stepFromHash(storyline, hashForStep(storyline, i))).toBe(i);
	});
});
