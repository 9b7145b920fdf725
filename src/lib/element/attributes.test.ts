import { describe, expect, it } from 'vitest';
import { flag, layoutUrl, readOptions, readStep } from './attributes.js';

const from = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;

describe('readOptions', () => {
	it('defaults to a bare picture: English, auto theme, no controls, no narration, changes marked', () => {
		expect(readOptions(from({}))).toEqual({
			lang: 'en',
			theme: 'auto',
			motion: 'auto',
			speed: 1,
			controls: false,
			narration: false,
			changes: true,
			camera: 'step',
			fit: 'floor',
			minNameSize: 10
		});
	});

	it('reads every attribute and ignores values it does not know', () => {
		expect(
			readOptions(
				from({
					lang: 'ko',
					theme: 'dark',
					motion: 'reduce',
					speed: '2',
					controls: '',
					narration: 'true',
					camera: 'storyline',
					fit: 'all',
					'min-name-size': '16'
				})
			)
		).toEqual({
			lang: 'ko',
			theme: 'dark',
			motion: 'reduce',
			speed: 2,
			controls: true,
			narration: true,
			changes: true,
			camera: 'storyline',
			fit: 'all',
			minNameSize: 16
		});
		expect(
			readOptions(from({ lang: 'fr', theme: 'pink', speed: '-1', fit: 'some', 'min-name-size': 'big' }))
		).toMatchObject({
			lang: 'en',
			theme: 'auto',
			speed: 1,
			fit: 'floor',
			minNameSize: 10
		});
	});

	it('treats a boolean attribute as on unless it says "false"', () => {
		expect([
			flag(null, true),
			flag('', false),
			flag('false', true),
			flag(' FALSE ', true),
			flag('no', false)
		]).toEqual([true, true, false, false, true]);
	});
});

describe('layoutUrl', () => {
	it('prefers src over stack', () => {
		expect(layoutUrl(from({ src: '/mine.json', stack: 'oci' }), '/layouts/')).toEqual({
			url: '/mine.json',
			path: 'src'
		});
	});

	it('builds the baked layout URL of a stack from the default or the given folder', () => {
		expect(layoutUrl(from({ stack: 'kubernetes-cri' }), 'https://x.test/site/layouts/')?.url).toBe(
			'https://x.test/site/layouts/kubernetes-cri.json'
		);
		expect(layoutUrl(from({ stack: 'oci', layouts: '/static/layouts' }), '/layouts/')?.url).toBe(
			'/static/layouts/oci.json'
		);
	});

	it('escapes a stack id so it cannot leave the folder', () => {
		expect(layoutUrl(from({ stack: '../secret' }), '/layouts/')?.url).toBe('/layouts/..%2Fsecret.json');
	});

	it('has nothing to load without stack or src', () => {
		expect(layoutUrl(from({}), '/layouts/')).toBeUndefined();
	});
});

describe('readStep', () => {
	it('keeps the step as written, or the first step when empty', () => {
		expect([readStep(from({ step: '1.24' })), readStep(from({ step: ' 3 ' })), readStep(from({}))]).toEqual([
			'1.24',
			'3',
			0
		]);
	});
});
