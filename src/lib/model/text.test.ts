import { expect, test } from 'vitest';
import { localize, textIn } from './text.js';

test('a plain string serves both languages', () => {
	expect(localize('containerd')).toEqual({ en: 'containerd', ko: 'containerd' });
});

test('an object is copied, not shared', () => {
	const text = { en: 'Node', ko: '노드' };
	const resolved = localize(text);
	expect(resolved).toEqual(text);
	expect(resolved).not.toBe(text);
});

test('textIn picks the language, and is empty for absent text', () => {
	expect(textIn({ en: 'Node', ko: '노드' }, 'ko')).toBe('노드');
	expect(textIn({ en: 'Node', ko: '노드' }, 'en')).toBe('Node');
	expect(textIn(undefined, 'en')).toBe('');
});
