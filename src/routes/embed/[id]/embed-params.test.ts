import { describe, expect, it } from 'vitest';
import { readEmbedParams } from './embed-params.js';

const read = (query: string) => readEmbedParams(new URLSearchParams(query));

describe('readEmbedParams', () => {
	it('defaults to the first step in English, auto theme, with controls and without narration', () => {
		expect(read('')).toEqual({
			step: undefined,
			lang: 'en',
			theme: 'auto',
			controls: true,
			narration: false
		});
	});

	it('reads every parameter', () => {
		expect(read('step=1.24&lang=ko&theme=dark&controls=0&narration=1')).toEqual({
			step: '1.24',
			lang: 'ko',
			theme: 'dark',
			controls: false,
			narration: true
		});
	});

	it('falls back to defaults for values it does not know', () => {
		expect(read('lang=fr&theme=sepia&step=')).toMatchObject({ step: undefined, lang: 'en', theme: 'auto' });
	});

	it.each([
		['0', false],
		['false', false],
		['off', false],
		['1', true],
		['', true]
	])('controls=%s means %s', (value, expected) => {
		expect(read(`controls=${value}`).controls).toBe(expected);
	});
});
