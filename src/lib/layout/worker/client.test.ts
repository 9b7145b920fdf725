import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Storyline } from '../../model/types.js';
import { validateStoryline } from '../../model/validate.js';
import type { StorylineLayout } from '../types.js';
import { createLayoutWorker, LayoutWorkerError, type WorkerLike } from './client.js';
import type { LayoutRequest, LayoutResponse } from './protocol.js';

/** A worker the test answers by hand; it records what it was sent and whether it was stopped. */
class FakeWorker implements WorkerLike {
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	onmessageerror: ((event: MessageEvent) => void) | null = null;
	readonly sent: LayoutRequest[] = [];
	terminated = false;

	postMessage(message: LayoutRequest): void {
		this.sent.push(message);
	}
	terminate(): void {
		this.terminated = true;
	}
	answer(response: LayoutResponse | Record<string, unknown>): void {
		this.onmessage?.({ data: response } as MessageEvent);
	}
	/** Answers the last request with a layout that names its request, so results can be told apart. */
	succeed(index = this.sent.length - 1): StorylineLayout {
		const request = this.sent[index]!;
		const layout = { format: 1, storyline: request.storyline, steps: [] } as unknown as StorylineLayout;
		this.answer({ id: request.id, ok: true, layout });
		return layout;
	}
	fail(message: string): void {
		this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
	}
}

function storyline(id: string): Storyline {
	const result = validateStoryline({
		id,
		title: id,
		steps: [
			{
				id: 'one',
				label: '1',
				title: 'One',
				narration: 'One node.',
				nodes: [{ id: 'a', label: 'A', kind: 'process' }]
			}
		]
	});
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	return result.storyline;
}

let workers: FakeWorker[];
const create = () => {
	const worker = new FakeWorker();
	workers.push(worker);
	return worker;
};

beforeEach(() => {
	workers = [];
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

test('no worker is started before the first request', () => {
	createLayoutWorker({ create });
	expect(workers).toHaveLength(0);
});

test('a request is sent with its storyline and options, and resolves with the answer', async () => {
	const client = createLayoutWorker({ create });
	const pending = client.layout(storyline('s1'), { mode: 'independent' });
	expect(workers).toHaveLength(1);
	expect(workers[0]!.sent[0]).toMatchObject({ storyline: { id: 's1' }, options: { mode: 'independent' } });
	const layout = workers[0]!.succeed();
	await expect(pending).resolves.toBe(layout);
});

test('an engine error comes back as a layout-failed error naming the storyline', async () => {
	const client = createLayoutWorker({ create });
	const pending = client.layout(storyline('s1'));
	const id = workers[0]!.sent[0]!.id;
	workers[0]!.answer({ id, ok: false, error: { message: 'ELK threw "bad input"', stack: 'at elk' } });
	const error = await pending.catch((e: unknown) => e);
	expect(error).toBeInstanceOf(LayoutWorkerError);
	expect((error as LayoutWorkerError).diagnostic).toMatchObject({ code: 'layout-failed', path: '' });
	expect((error as LayoutWorkerError).message).toContain('Storyline "s1" could not be laid out: ELK threw');
	// The worker is healthy: the next request reuses it.
	void client.layout(storyline('s2'));
	expect(workers).toHaveLength(1);
});

test('a crash rejects with layout-crashed, stops the worker, and the next request gets a fresh one', async () => {
	const client = createLayoutWorker({ create });
	const first = client.layout(storyline('s1'));
	workers[0]!.fail('Out of memory');
	await expect(first).rejects.toMatchObject({
		code: 'layout-crashed',
		message: expect.stringContaining('Out of memory')
	});
	expect(workers[0]!.terminated).toBe(true);

	const second = client.layout(storyline('s2'));
	expect(workers).toHaveLength(2);
	workers[1]!.succeed();
	await expect(second).resolves.toMatchObject({ storyline: { id: 's2' } });
});

test('a request still queued behind a crash runs on the fresh worker', async () => {
	const client = createLayoutWorker({ create });
	const first = client.layout(storyline('s1'));
	const second = client.layout(storyline('s2'));
	expect(workers[0]!.sent).toHaveLength(1); // one layout at a time
	workers[0]!.fail('boom');
	await expect(first).rejects.toMatchObject({ code: 'layout-crashed' });
	expect(workers).toHaveLength(2);
	expect(workers[1]!.sent[0]!.storyline.id).toBe('s2');
	workers[1]!.succeed();
	await expect(second).resolves.toMatchObject({ storyline: { id: 's2' } });
});

test('a layout over the time limit rejects with layout-timeout and the worker is replaced', async () => {
	const client = createLayoutWorker({ create, timeoutMs: 500 });
	const slow = client.layout(storyline('s1'));
	const outcome = slow.catch((e: unknown) => e);
	vi.advanceTimersByTime(499);
	expect(workers[0]!.terminated).toBe(false);
	vi.advanceTimersByTime(1);
	const error = (await outcome) as LayoutWorkerError;
	expect(error.code).toBe('layout-timeout');
	expect(error.diagnostic.message).toContain('took longer than 500 ms');
	expect(workers[0]!.terminated).toBe(true);

	// A late answer from the stopped worker is ignored; the next request starts a new one.
	const next = client.layout(storyline('s2'));
	expect(workers).toHaveLength(2);
	workers[1]!.succeed();
	await expect(next).resolves.toMatchObject({ storyline: { id: 's2' } });
});

test('the time limit counts from when the worker starts the layout, not from when it was asked', async () => {
	const client = createLayoutWorker({ create, timeoutMs: 500 });
	const first = client.layout(storyline('s1'));
	const second = client.layout(storyline('s2'));
	vi.advanceTimersByTime(400);
	workers[0]!.succeed(0);
	await first;
	vi.advanceTimersByTime(400); // 800 ms after the second was asked, 400 ms after it started
	workers[0]!.succeed(1);
	await expect(second).resolves.toMatchObject({ storyline: { id: 's2' } });
});

describe('stale requests', () => {
	test('an aborted request that has not started is dropped and never sent', async () => {
		const client = createLayoutWorker({ create });
		const first = client.layout(storyline('s1'));
		const controller = new AbortController();
		const stale = client.layout(storyline('stale'), { signal: controller.signal });
		const latest = client.layout(storyline('latest'));
		controller.abort();
		await expect(stale).rejects.toMatchObject({ name: 'AbortError' });

		workers[0]!.succeed(0);
		await first;
		expect(workers[0]!.sent.map((r) => r.storyline.id)).toEqual(['s1', 'latest']);
		workers[0]!.succeed(1);
		await expect(latest).resolves.toMatchObject({ storyline: { id: 'latest' } });
	});

	test('an aborted running request rejects at once and its late answer is ignored', async () => {
		const client = createLayoutWorker({ create });
		const controller = new AbortController();
		const running = client.layout(storyline('old'), { signal: controller.signal });
		const latest = client.layout(storyline('new'));
		controller.abort();
		await expect(running).rejects.toMatchObject({ name: 'AbortError' });
		workers[0]!.succeed(0); // the old answer arrives anyway
		workers[0]!.succeed(1);
		await expect(latest).resolves.toMatchObject({ storyline: { id: 'new' } });
	});

	test('answers with an unknown id or the wrong shape are ignored', async () => {
		const client = createLayoutWorker({ create });
		const pending = client.layout(storyline('s1'));
		let settled = false;
		void pending.then(
			() => (settled = true),
			() => (settled = true)
		);
		const id = workers[0]!.sent[0]!.id;
		workers[0]!.answer({ id: id + 100, ok: true, layout: {} });
		workers[0]!.answer({ id, error: 'from elkjs own dispatcher' });
		await Promise.resolve();
		expect(settled).toBe(false);
		workers[0]!.succeed();
		await expect(pending).resolves.toMatchObject({ storyline: { id: 's1' } });
	});
});

test('dispose stops the worker and rejects running and queued requests', async () => {
	const client = createLayoutWorker({ create });
	const running = client.layout(storyline('s1'));
	const queued = client.layout(storyline('s2'));
	client.dispose();
	expect(workers[0]!.terminated).toBe(true);
	await expect(running).rejects.toMatchObject({ name: 'AbortError' });
	await expect(queued).rejects.toMatchObject({ name: 'AbortError' });
	await expect(client.layout(storyline('s3'))).rejects.toThrow(/disposed/);
	expect(workers).toHaveLength(1);
});

test('a worker that cannot be created rejects with layout-crashed', async () => {
	const client = createLayoutWorker({
		create: () => {
			throw new Error('Workers are not allowed here');
		}
	});
	await expect(client.layout(storyline('s1'))).rejects.toMatchObject({
		code: 'layout-crashed',
		message: expect.stringContaining('Workers are not allowed here')
	});
});
