/* eslint-disable @typescript-eslint/no-explicit-any -- hostile raw inputs */
import { describe, expect, test } from 'vitest';
import { DIAGRAM_ERROR_CODES } from './codes.js';
import { validateStoryline } from './validate.js';

const validStep = () => ({
	id: '1',
	label: 'one',
	title: 'One',
	narration: 'One.',
	nodes: [{ id: 'a', label: 'A', kind: 'daemon' }]
});

function cyclicRoot(): any {
	const root: any = { id: 'loop', title: 'Loop' };
	root.steps = [root];
	root.self = root;
	return root;
}

function cyclicStep(): any {
	const step: any = validStep();
	step.nodes.push(step);
	step.add = { nodes: [step] };
	return { id: 'x', title: 'X', steps: [step] };
}

function deep(depth: number): any {
	let value: any = 'leaf';
	for (let i = 0; i < depth; i++) value = { label: value };
	return { id: 'deep', title: value, steps: [validStep()] };
}

const throwingGetter = () => {
	const spec: any = { id: 'x', title: 'X' };
	Object.defineProperty(spec, 'steps', {
		enumerable: true,
		get() {
			throw new Error('boom');
		}
	});
	return spec;
};

const throwingProxy = () =>
	new Proxy(
		{},
		{
			get() {
				throw new Error('trap');
			},
			has() {
				throw new Error('trap');
			},
			ownKeys() {
				throw new Error('trap');
			}
		}
	);

class Spec {
	id = 'cls';
	title = 'Class';
	steps = [validStep()];
	author = 'someone';
}

const garbage: [string, () => unknown][] = [
	['undefined', () => undefined],
	['null', () => null],
	['zero', () => 0],
	['NaN', () => NaN],
	['a string', () => 'kubernetes-cri'],
	['an empty string', () => ''],
	['true', () => true],
	['a symbol', () => Symbol('spec')],
	['a bigint', () => 10n],
	['a function', () => () => ({})],
	['an empty array', () => []],
	['an array of numbers', () => [1, 2, 3]],
	['an empty object', () => ({})],
	['a Date', () => new Date(0)],
	['a RegExp', () => /spec/],
	['a Map', () => new Map([['id', 'x']])],
	['a null-prototype object', () => Object.assign(Object.create(null), { id: 'x', title: 'X', steps: [] })],
	['a self-referencing root', cyclicRoot],
	['a self-referencing step', cyclicStep],
	['steps full of junk', () => ({ id: 'x', title: 'X', steps: [null, 1, 'x', [], undefined, {}] })],
	['an array-like steps object', () => ({ id: 'x', title: 'X', steps: { length: 3, 0: validStep() } })],
	['a sparse steps array', () => ({ id: 'x', title: 'X', steps: new Array(3) })],
	['deeply nested text', () => deep(2000)],
	['a throwing getter', throwingGetter],
	['a throwing proxy', throwingProxy],
	[
		'a frozen spec with junk',
		() => Object.freeze({ id: 7, title: [], steps: Object.freeze([Object.freeze({})]) })
	],
	['a class instance with an extra field', () => new Spec()],
	['a huge id', () => ({ id: 'x'.repeat(100_000) + ' ', title: 'X', steps: [validStep()] })],
	['constructor and prototype keys', () => JSON.parse('{"constructor":{"prototype":{"x":1}},"prototype":1}')],
	[
		'numbers where ids belong',
		() => ({ id: 1, title: 'X', steps: [{ ...validStep(), nodes: [{ id: 2, label: 3, kind: 4 }] }] })
	],
	[
		'edges between nothing',
		() => ({ id: 'x', title: 'X', steps: [{ ...validStep(), edges: [{}, { from: 1 }, []] }] })
	],
	[
		'patches of the wrong shape',
		() => ({
			id: 'x',
			title: 'X',
			steps: [
				validStep(),
				{
					...validStep(),
					id: '2',
					nodes: undefined,
					add: 'x',
					remove: { nodes: 'a' },
					update: { nodes: [1] }
				}
			]
		})
	]
];

describe('validateStoryline never throws', () => {
	test.each(garbage)('on %s', (_name, make) => {
		const result = validateStoryline(make());
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.length).toBeGreaterThan(0);
		for (const error of result.errors) {
			expect(DIAGRAM_ERROR_CODES).toContain(error.code);
			expect(typeof error.path).toBe('string');
			expect(error.message.length).toBeGreaterThan(10);
		}
	});

	test('a throwing getter is reported as unreadable at the root', () => {
		expect(validateStoryline(throwingGetter())).toEqual({
			ok: false,
			errors: [
				{
					code: 'invalid-type',
					path: '',
					keys: [],
					message:
						'The storyline could not be read (boom). Pass plain data: objects, arrays, strings and booleans.'
				}
			]
		});
	});
});

test('symbol keys are not data and are ignored', () => {
	expect(validateStoryline({ id: 'x', title: 'X', steps: [validStep()], [Symbol('k')]: 1 }).ok).toBe(true);
});

describe('prototype pollution', () => {
	const hostile = `{
		"id": "p", "title": "P",
		"__proto__": { "polluted": "root" },
		"sources": { "__proto__": { "title": "x", "polluted": "source" }, "ok": { "title": "fine" } },
		"steps": [{
			"id": "1", "label": "1", "title": "1", "narration": "1",
			"constructor": { "prototype": { "polluted": "ctor" } },
			"nodes": [
				{ "id": "a", "label": { "en": "a", "ko": "a", "__proto__": { "polluted": "label" } }, "kind": "daemon",
				  "__proto__": { "polluted": "node" } }
			]
		}]
	}`;

	test('__proto__ and constructor keys are reported and Object.prototype stays clean', () => {
		const result = validateStoryline(JSON.parse(hostile));
		expect(({} as any).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
		expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([
			['unknown-field', 'steps[0].nodes[0].label.__proto__'],
			['unknown-field', 'steps[0].nodes[0].__proto__'],
			['unknown-field', 'steps[0].constructor'],
			['unknown-field', '__proto__'],
			['invalid-id', 'sources.__proto__']
		]);
	});

	test('a valid storyline resolved from JSON yields plain objects with Object.prototype', () => {
		const result = validateStoryline(
			JSON.parse(
				'{"id":"p","title":"P","sources":{"a":{"title":"A"}},"steps":[' + JSON.stringify(validStep()) + ']}'
			)
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(Object.getPrototypeOf(result.storyline.sources)).toBe(Object.prototype);
		expect(Object.getPrototypeOf(result.storyline.steps[0]?.nodes[0])).toBe(Object.prototype);
	});
});
