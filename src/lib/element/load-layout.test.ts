import { describe, expect, it } from 'vitest';
import { MAX_LAYOUT_BYTES, loadLayout, parseLayout } from './load-layout.js';

const layout = {
	storyline: { id: 'demo', steps: [{ id: 'a' }, { id: 'b' }] },
	steps: [
		{ width: 100, height: 50, nodes: [], edges: [] },
		{ width: 120, height: 60, nodes: [], edges: [] }
	]
};

function respond(body: string, init: { status?: number; headers?: Record<string, string> } = {}) {
	const status = init.status ?? 200;
	return async () => ({
		ok: status >= 200 && status < 300,
		status,
		headers: new Headers(init.headers),
		text: async () => body
	});
}

describe('loadLayout', () => {
	it('returns the layout from a JSON response', async () => {
		const result = await loadLayout('/layouts/demo.json', respond(JSON.stringify(layout)));
		expect(result.ok && result.layout.storyline.id).toBe('demo');
	});

	it('reports a missing file with its status and the attribute it came from', async () => {
		const result = await loadLayout('/layouts/nope.json', respond('Not found', { status: 404 }), 'stack');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[0]).toMatchObject({ code: 'invalid-value', path: 'stack' });
		expect(result.errors[0]?.message).toContain('HTTP 404');
		expect(result.errors[0]?.message).toContain('/layouts/nope.json');
	});

	it('reports a network failure instead of throwing', async () => {
		const result = await loadLayout('https://offline.example/x.json', async () => {
			throw new TypeError('Failed to fetch');
		});
		expect(result.ok || result.errors[0]?.message).toContain('Failed to fetch');
	});

	it('reports a file that is not JSON', async () => {
		const result = await loadLayout('/favicon.svg', respond('<svg></svg>'));
		expect(result.ok || result.errors[0]).toMatchObject({ code: 'invalid-type', path: 'src' });
		expect(result.ok || result.errors[0]?.message).toContain('not JSON');
	});

	it('refuses a file larger than the limit, by its declared length or its actual size', async () => {
		const declared = await loadLayout(
			'/big.json',
			respond('{}', { headers: { 'content-length': String(MAX_LAYOUT_BYTES + 1) } })
		);
		expect(declared.ok || declared.errors[0]?.message).toContain('more than the 5.0 MB allowed');
		const actual = await loadLayout('/big.json', respond(' '.repeat(MAX_LAYOUT_BYTES + 1)));
		expect(actual.ok || actual.errors[0]?.message).toContain('more than the 5.0 MB allowed');
	});
});

describe('parseLayout', () => {
	it.each([
		['an array', [], 'expected an object'],
		['no storyline', { steps: [] }, '"storyline"'],
		['no steps', { storyline: layout.storyline }, '"steps" is missing'],
		['a step count mismatch', { ...layout, steps: layout.steps.slice(1) }, '1 laid-out steps for 2'],
		['a step without a size', { ...layout, steps: [layout.steps[0], { nodes: [], edges: [] }] }, 'steps[1]']
	])('says what is wrong with %s', (_name, json, detail) => {
		const result = parseLayout(json, '/x.json');
		expect(result.ok).toBe(false);
		expect(result.ok || result.errors[0]?.message).toContain(detail);
		expect(result.ok || result.errors[0]?.code).toBe('invalid-type');
	});

	it('passes on the errors a failed bake wrote', () => {
		const errors = [{ code: 'layout-failed', path: '', message: 'boom' }];
		expect(parseLayout({ errors }, '/x.json')).toEqual({ ok: false, errors });
	});
});
