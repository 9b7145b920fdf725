import { expect, test } from 'vitest';
import { validateStoryline } from '../../model/validate.js';
import { layoutStoryline } from '../index.js';
import { checkLayout, hardViolations } from '../invariants.js';
import { answerLayoutRequest } from './answer.js';
import { isLayoutResponse } from './protocol.js';

const spec = {
	id: 'tiny',
	title: 'Tiny',
	steps: [
		{
			id: 'v1',
			label: 'v1',
			title: 'One',
			narration: 'The client calls the daemon.',
			nodes: [
				{ id: 'cli', label: 'cli', kind: 'client' },
				{ id: 'daemon', label: 'daemon', kind: 'daemon' }
			],
			edges: [{ from: 'cli', to: 'daemon', label: 'REST' }]
		}
	]
};

function tiny() {
	const result = validateStoryline(spec);
	if (!result.ok) throw new Error('fixture is invalid');
	return result.storyline;
}

test('a request is answered with a layout from the real engine, under its id', async () => {
	const response = await answerLayoutRequest({ id: 7, storyline: tiny() }, layoutStoryline);
	expect(isLayoutResponse(response)).toBe(true);
	if (!response?.ok) throw new Error('expected a layout');
	expect(response.id).toBe(7);
	expect(response.layout.steps).toHaveLength(1);
	expect(hardViolations(checkLayout(response.layout))).toEqual([]);
	// The answer crosses postMessage: it must survive a structured clone unchanged.
	expect(structuredClone(response)).toEqual(response);
});

test('an engine error is answered as data with its message and stack', async () => {
	const response = await answerLayoutRequest({ id: 3, storyline: tiny() }, () =>
		Promise.reject(new Error('ELK exploded'))
	);
	expect(response).toMatchObject({ id: 3, ok: false, error: { message: 'ELK exploded' } });
	expect(response?.ok === false && response.error.stack).toContain('ELK exploded');
});

test('messages that are not layout requests get no answer', async () => {
	const never = () => Promise.reject(new Error('must not be called'));
	expect(await answerLayoutRequest({ cmd: 'algorithms', id: 1 }, never)).toBeUndefined();
	expect(await answerLayoutRequest(null, never)).toBeUndefined();
	expect(await answerLayoutRequest({ id: 'x', storyline: {} }, never)).toBeUndefined();
});
