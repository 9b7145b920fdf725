import { expect, test } from 'vitest';
import { formatError, layoutFailed } from './errors.js';

test('formatError puts path, code and message on one line', () => {
	expect(
		formatError({
			code: 'dangling-edge',
			path: 'steps[1].edges[0].to',
			message: 'Edge "a->b" points to "b".'
		})
	).toBe('steps[1].edges[0].to  dangling-edge  Edge "a->b" points to "b".');
});

test('formatError names the root path', () => {
	expect(formatError({ code: 'invalid-type', path: '', message: 'The storyline must be an object.' })).toBe(
		'(root)  invalid-type  The storyline must be an object.'
	);
});

test('layoutFailed names the step and passes the detail on', () => {
	expect(layoutFailed('steps[2]', { id: '1.24', index: 2 }, 'ELK threw "bad input"')).toEqual({
		code: 'layout-failed',
		path: 'steps[2]',
		message:
			'Step "1.24" could not be laid out: ELK threw "bad input". Check the scene for unusual nesting or report a bug.'
	});
});
