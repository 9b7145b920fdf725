import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/langs.js';
import { wordsFor } from '../i18n/words.js';
import { PRESENTER_KEYS, focusContextOf, presenterAction, type KeyInput } from './keys.js';

describe('presenterAction', () => {
	it.each<[string, KeyInput, ReturnType<typeof presenterAction>]>([
		['→', { key: 'ArrowRight' }, 'next'],
		['Space', { key: ' ' }, 'next'],
		['PageDown (clicker)', { key: 'PageDown' }, 'next'],
		['←', { key: 'ArrowLeft' }, 'prev'],
		['PageUp (clicker)', { key: 'PageUp' }, 'prev'],
		['Shift+Space', { key: ' ', shiftKey: true }, 'prev'],
		['Home', { key: 'Home' }, 'first'],
		['End', { key: 'End' }, 'last'],
		['o', { key: 'o' }, 'overview'],
		['ㅐ in Hangul mode is O', { key: 'ㅐ', code: 'KeyO' }, 'overview'],
		['b', { key: 'b' }, 'blackout'],
		['B (caps)', { key: 'B', shiftKey: true }, 'blackout'],
		['.', { key: '.' }, 'blackout'],
		['f', { key: 'f' }, 'fullscreen'],
		['l', { key: 'l' }, 'language'],
		['s', { key: 's' }, 'speaker'],
		['? (Shift+/)', { key: '?', shiftKey: true }, 'help'],
		['ㅠ in Hangul mode is B', { key: 'ㅠ', code: 'KeyB' }, 'blackout'],
		['ㅣ in Hangul mode is L', { key: 'ㅣ', code: 'KeyL' }, 'language'],
		['an unbound letter', { key: 'x', code: 'KeyX' }, null],
		['an unbound Hangul letter', { key: 'ㅌ', code: 'KeyX' }, null],
		['Ctrl+L (the address bar)', { key: 'l', ctrlKey: true }, null],
		['Cmd+F (find)', { key: 'f', metaKey: true }, null],
		['Alt+← (browser back)', { key: 'ArrowLeft', altKey: true }, null]
	])('%s', (_name, event, expected) => {
		expect(presenterAction(event)).toBe(expected);
	});

	it('leaves every key alone while typing into a field', () => {
		for (const binding of PRESENTER_KEYS) {
			for (const key of binding.keys) expect(presenterAction({ key }, 'text-entry'), key).toBeNull();
		}
	});

	it('leaves Space and Enter to a focused button, but still steps on arrows', () => {
		expect(presenterAction({ key: ' ' }, 'control')).toBeNull();
		expect(presenterAction({ key: 'Enter' }, 'control')).toBeNull();
		expect(presenterAction({ key: 'ArrowRight' }, 'control')).toBe('next');
		expect(presenterAction({ key: 'PageUp' }, 'control')).toBe('prev');
	});

	it('binds each key to one action only', () => {
		const keys = PRESENTER_KEYS.flatMap((b) => b.keys);
		const codes = PRESENTER_KEYS.flatMap((b) => b.codes ?? []);
		expect(new Set(keys).size).toBe(keys.length);
		expect(new Set(codes).size).toBe(codes.length);
	});

	it('describes every binding in every language for the help overlay', () => {
		for (const binding of PRESENTER_KEYS) {
			expect(binding.shown.trim(), binding.action).not.toBe('');
			for (const lang of LANGS) expect(binding.label(wordsFor(lang)).trim(), binding.action).not.toBe('');
		}
		expect(PRESENTER_KEYS.find((b) => b.action === 'language')?.label(wordsFor('en'))).toBe(
			'Switch language (English / 한국어)'
		);
	});
});

describe('focusContextOf', () => {
	const element = (tagName: string, extra: Record<string, unknown> = {}, role: string | null = null) => ({
		tagName,
		getAttribute: (name: string) => (name === 'role' ? role : null),
		...extra
	});

	it.each<[string, unknown, ReturnType<typeof focusContextOf>]>([
		['a text input', element('INPUT', { type: 'text' }), 'text-entry'],
		['a range input', element('INPUT', { type: 'range' }), 'text-entry'],
		['a textarea', element('TEXTAREA'), 'text-entry'],
		['a select', element('SELECT'), 'text-entry'],
		['a contenteditable div', element('DIV', { isContentEditable: true }), 'text-entry'],
		['a role=textbox div', element('DIV', {}, 'textbox'), 'text-entry'],
		['a role=slider div', element('DIV', {}, 'slider'), 'text-entry'],
		['a button', element('BUTTON'), 'control'],
		['a link', element('A'), 'control'],
		['a role=button div', element('DIV', {}, 'button'), 'control'],
		['the body', element('BODY'), 'other'],
		['a focusable diagram group', element('DIV', {}, 'group'), 'other'],
		['the window (no tag)', {}, 'other'],
		['null', null, 'other']
	])('%s', (_name, target, expected) => {
		expect(focusContextOf(target)).toBe(expected);
	});
});
