import { expect, test } from 'vitest';
import { causeDetail, formatError, layoutCrashed, layoutFailed, layoutTimeout } from './errors.js';
import { formatPath } from './paths.js';
import { validateStoryline } from './validate.js';

test('formatError puts path, code and message on one line', () => {
	expect(
		formatError({
			code: 'dangling-edge',
			path: 'steps[1].edges[0].to',
			keys: ['steps', 1, 'edges', 0, 'to'],
			message: 'Edge "a->b" points to "b".'
		})
	).toBe('steps[1].edges[0].to  dangling-edge  Edge "a->b" points to "b".');
});

test('formatError names the root path', () => {
	expect(
		formatError({ code: 'invalid-type', path: '', keys: [], message: 'The storyline must be an object.' })
	).toBe('(root)  invalid-type  The storyline must be an object.');
});

test('layoutFailed names the step and passes the detail on', () => {
	expect(layoutFailed({ id: '1.24', index: 2 }, 'ELK threw "bad input"')).toEqual({
		code: 'layout-failed',
		path: 'steps[2]',
		keys: ['steps', 2],
		message:
			'Step "1.24" could not be laid out: ELK threw "bad input". Check the scene for unusual nesting or report a bug.'
	});
});

test('layoutFailed without a step names the storyline', () => {
	expect(layoutFailed(undefined, 'ELK failed on step "1.24"', 'kubernetes-cri').message).toBe(
		'Storyline "kubernetes-cri" could not be laid out: ELK failed on step "1.24". Check the scene for unusual nesting or report a bug.'
	);
});

test('layoutCrashed and layoutTimeout carry their codes, name the storyline and say what to do', () => {
	const crashed = layoutCrashed('my-stack', 'Out of memory');
	expect(crashed).toMatchObject({ code: 'layout-crashed', path: '' });
	expect(crashed.message).toMatch(/storyline "my-stack": Out of memory\. It is restarted/);
	const late = layoutTimeout(undefined, 250);
	expect(late).toMatchObject({ code: 'layout-timeout', path: '' });
	expect(late.message).toMatch(/^The storyline took longer than 250 ms/);
});

test('causeDetail reads the message of errors, error-like objects and anything else', () => {
	expect(causeDetail(new Error('boom'))).toBe('boom');
	expect(causeDetail({ message: 'from elkjs' })).toBe('from elkjs');
	expect(causeDetail(42)).toBe('42');
});

test('every error carries its path as keys, and the two name the same place', () => {
	const spec = {
		id: 'x',
		title: 'T',
		sources: { 'k8s blog': { title: 1 } },
		steps: [
			{
				id: 'a',
				label: 'a',
				title: 't',
				narration: 'n',
				nodes: [
					{ id: 'g', label: 'g', kind: 'daemon' },
					{ id: 'n', label: 'n', kind: 'daemon', parent: 'g' }
				],
				edges: [{ from: 'n', to: 'missing' }]
			},
			{ id: 'a', label: 'b', title: 't', narration: 'n', remove: { nodes: ['zz'] } }
		]
	};
	const result = validateStoryline(spec);
	const errors = result.ok ? [] : result.errors;
	expect(errors.map((e) => e.keys)).toEqual(expect.arrayContaining([['sources', 'k8s blog', 'title']]));
	const resolved = validateStoryline({ ...spec, sources: {} });
	const later = resolved.ok ? [] : resolved.errors;
	expect(later.map((e) => e.code)).toEqual(
		expect.arrayContaining(['parent-not-group', 'dangling-edge', 'duplicate-id', 'unknown-patch-target'])
	);
	for (const e of [...errors, ...later]) expect(formatPath(e.keys), e.message).toBe(e.path);
	expect(later.find((e) => e.code === 'dangling-edge')?.keys).toEqual(['steps', 0, 'edges', 0, 'to']);
});
