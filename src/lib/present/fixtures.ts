/**
 * Stand-ins for what a step session talks to, for tests: a window with a URL hash and a history, and a
 * same-origin broadcast bus that delivers each message to every other port of its name, as `BroadcastChannel`
 * does (at once here, so a test needs no waiting).
 */
import type { ChannelPort } from './channel.js';
import type { SessionWindow } from './step-session.svelte.js';

type Listener = () => void;

export interface FakeWindow extends SessionWindow {
	/** What the address bar shows after the hash. */
	readonly hash: string;
	/** Every history entry written, in order, and how. */
	readonly writes: { how: 'push' | 'replace'; url: string }[];
	/** The user edits the hash (fires `hashchange`) or goes back/forward to an entry with it (fires `popstate`). */
	navigate(hash: string, event: 'hashchange' | 'popstate'): void;
	listeners(): number;
}

export function fakeWindow(initialHash = ''): FakeWindow {
	let hash = initialHash;
	const writes: { how: 'push' | 'replace'; url: string }[] = [];
	const listeners = new Map<string, Set<Listener>>();
	const write = (how: 'push' | 'replace') => (_state: unknown, _title: string, url?: string | URL | null) => {
		const text = String(url ?? '');
		writes.push({ how, url: text });
		hash = text.startsWith('#') ? text : hash;
	};
	return {
		get hash() {
			return hash;
		},
		writes,
		location: {
			get hash() {
				return hash;
			}
		},
		history: { state: null, pushState: write('push'), replaceState: write('replace') },
		addEventListener(type, listener) {
			if (!listeners.has(type)) listeners.set(type, new Set());
			listeners.get(type)?.add(listener);
		},
		removeEventListener(type, listener) {
			listeners.get(type)?.delete(listener);
		},
		navigate(next, event) {
			hash = next;
			for (const listener of [...(listeners.get(event) ?? [])]) listener();
		},
		listeners: () => [...listeners.values()].reduce((n, set) => n + set.size, 0)
	};
}

export interface FakeBus {
	open(name: string): ChannelPort;
	/** Everything posted, by whom (the port's number in opening order) — raw, as sent. */
	readonly posted: { from: number; name: string; data: unknown }[];
	/** A message from outside the app (another tool, an old version) on a channel. */
	inject(name: string, data: unknown): void;
	openPorts(): number;
}

export function fakeBus(): FakeBus {
	const ports: {
		name: string;
		number: number;
		closed: boolean;
		listeners: ((event: { data: unknown }) => void)[];
	}[] = [];
	const posted: { from: number; name: string; data: unknown }[] = [];
	const deliver = (name: string, data: unknown, except?: number) => {
		for (const port of ports) {
			if (port.name !== name || port.closed || port.number === except) continue;
			for (const listener of port.listeners) listener({ data: structuredClone(data) });
		}
	};
	return {
		posted,
		open(name) {
			const port = {
				name,
				number: ports.length,
				closed: false,
				listeners: [] as ((e: { data: unknown }) => void)[]
			};
			ports.push(port);
			return {
				postMessage(data) {
					if (port.closed) throw new Error('posted to a closed channel');
					posted.push({ from: port.number, name, data });
					deliver(name, data, port.number);
				},
				addEventListener(_type, listener) {
					port.listeners.push(listener);
				},
				close() {
					port.closed = true;
				}
			};
		},
		inject: (name, data) => deliver(name, data),
		openPorts: () => ports.filter((p) => !p.closed).length
	};
}
