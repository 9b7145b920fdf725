import { expect, test } from 'vitest';
import { shareHash, textFromHash } from './share.js';
import { STARTER_YAML } from './starter.js';

test('a spec survives the round trip through the hash, Hangul included', () => {
	const hash = shareHash(STARTER_YAML);
	expect(hash).toMatch(/^#yaml=[A-Za-z0-9+\-$]+$/);
	expect(hash.length).toBeLessThan(STARTER_YAML.length);
	expect(textFromHash(hash)).toBe(STARTER_YAML);
});

test('other hashes and damaged ones give nothing', () => {
	expect(textFromHash('#1.24')).toBeUndefined();
	expect(textFromHash('')).toBeUndefined();
	expect(textFromHash('#yaml=')).toBeUndefined();
	expect(textFromHash('#yaml=%%%not-lz')).toBeUndefined();
});
