import { afterEach, describe, expect, it } from 'vitest';
import {
	channelName,
	openPresenterChannel,
	parseMessage,
	type ChannelPort,
	type PresenterChannel,
	type PresenterMessage
} from './channel.js';

describe('parseMessage', () => {
	it.each<[string, unknown, PresenterMessage | null]>([
		['a step', { type: 'step', index: 2 }, { type: 'step', index: 2 }],
		['a go', { type: 'go', index: 0 }, { type: 'go', index: 0 }],
		['a hello', { type: 'hello' }, { type: 'hello' }],
		['a negative index', { type: 'step', index: -1 }, null],
		['a fractional index', { type: 'go', index: 1.5 }, null],
		['a string index', { type: 'go', index: '2' }, null],
		['NaN', { type: 'go', index: Number.NaN }, null],
		['a huge index', { type: 'go', index: 2 ** 60 }, null],
		['a missing index', { type: 'step' }, null],
		['an extra field', { type: 'go', index: 1, from: 'elsewhere' }, null],
		['a hello with extras', { type: 'hello', index: 1 }, null],
		['an unknown type', { type: 'jump', index: 1 }, null],
		['an array', ['go', 1], null],
		['a string', 'go 1', null],
		['null', null, null],
		['undefined', undefined, null]
	])('%s', (_name, data, expected) => {
		expect(parseMessage(data)).toEqual(expected);
	});

	it('returns a fresh object, not the untrusted input', () => {
		const data = { type: 'go', index: 1 };
		expect(parseMessage(data)).not.toBe(data);
	});
});

describe('openPresenterChannel', () => {
	const opened: PresenterChannel[] = [];
	const raw: BroadcastChannel[] = [];
	afterEach(() => {
		for (const c of opened.splice(0)) c.close();
		for (const c of raw.splice(0)) c.close();
	});

	/** Resolves with the first `count` messages a channel delivers. */
	function collect(id: string, count: number) {
		const received: PresenterMessage[] = [];
		let done: (messages: PresenterMessage[]) => void = () => {};
		const all = new Promise<PresenterMessage[]>((resolve) => (done = resolve));
		const channel = openPresenterChannel(id, (message) => {
			received.push(message);
			if (received.length === count) done(received);
		});
		if (!channel) throw new Error('BroadcastChannel is missing');
		opened.push(channel);
		return { channel, all };
	}

	it('names the channel after the storyline', () => {
		expect(channelName('kubernetes-cri')).toBe('stackmotion:kubernetes-cri');
	});

	it('delivers well-formed messages between two windows of the same storyline', async () => {
		const speaker = collect('kubernetes-cri', 2);
		const presenter = collect('kubernetes-cri', 1);
		presenter.channel.send({ type: 'step', index: 3 });
		presenter.channel.send({ type: 'step', index: 4 });
		speaker.channel.send({ type: 'go', index: 1 });
		expect(await speaker.all).toEqual([
			{ type: 'step', index: 3 },
			{ type: 'step', index: 4 }
		]);
		expect(await presenter.all).toEqual([{ type: 'go', index: 1 }]);
	});

	it('ignores malformed messages from anyone else on the channel', async () => {
		const listener = collect('oci', 1);
		const stranger = new BroadcastChannel(channelName('oci'));
		raw.push(stranger);
		stranger.postMessage({ type: 'go', index: -3 });
		stranger.postMessage('go to 2');
		stranger.postMessage({ type: 'go', index: 1, extra: true });
		// Messages arrive in order: if any malformed one got through, it would be first.
		stranger.postMessage({ type: 'go', index: 2 });
		expect(await listener.all).toEqual([{ type: 'go', index: 2 }]);
	});

	it('keeps storylines apart', async () => {
		const oci = collect('oci', 1);
		const other = openPresenterChannel('docker-engine', () => {});
		if (other) opened.push(other);
		other?.send({ type: 'go', index: 5 });
		const sameStoryline = new BroadcastChannel(channelName('oci'));
		raw.push(sameStoryline);
		sameStoryline.postMessage({ type: 'go', index: 1 });
		expect(await oci.all).toEqual([{ type: 'go', index: 1 }]);
	});

	it('closes its port once, and sends and delivers nothing after close', () => {
		const log: string[] = [];
		let listener: ((event: { data: unknown }) => void) | undefined;
		const port: ChannelPort = {
			postMessage: (m) => log.push(`post ${JSON.stringify(m)}`),
			addEventListener: (_type, l) => (listener = l),
			close: () => log.push('close')
		};
		const delivered: PresenterMessage[] = [];
		const channel = openPresenterChannel(
			'oci',
			(m) => delivered.push(m),
			() => port
		);
		channel?.send({ type: 'hello' });
		channel?.close();
		channel?.close();
		channel?.send({ type: 'step', index: 1 });
		listener?.({ data: { type: 'go', index: 1 } });
		expect(log).toEqual(['post {"type":"hello"}', 'close']);
		expect(delivered).toEqual([]);
	});

	it('returns null where there is no BroadcastChannel', () => {
		expect(openPresenterChannel('oci', () => {}, null)).toBeNull();
	});
});
