/**
 * The message channel between a presenter window and its speaker window (same origin, any number of tabs):
 * a `BroadcastChannel` named `stackmotion:<storyline id>`. The presenter announces every step it moves to;
 * a speaker window asks it to go somewhere, and says hello when it opens so the presenter announces the step.
 * Anything else on the channel (another version, another tool, a typo) is ignored, never trusted.
 */

export type PresenterMessage =
	/** Presenter → speaker: the step now shown (0-based index). */
	| { type: 'step'; index: number }
	/** Speaker → presenter: please go to this step. */
	| { type: 'go'; index: number }
	/** Speaker → presenter: a new window is listening; announce the current step. */
	| { type: 'hello' };

export function channelName(storylineId: string): string {
	return `stackmotion:${storylineId}`;
}

const isIndex = (value: unknown): value is number =>
	typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The message in `data` if it has exactly a known shape, else null. */
export function parseMessage(data: unknown): PresenterMessage | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const record = data as Record<string, unknown>;
	const keys = Object.keys(record).sort().join(',');
	if (record.type === 'hello' && keys === 'type') return { type: 'hello' };
	if ((record.type === 'step' || record.type === 'go') && keys === 'index,type' && isIndex(record.index)) {
		return { type: record.type, index: record.index };
	}
	return null;
}

/** What this module needs of a `BroadcastChannel` (so tests and other transports can stand in). */
export interface ChannelPort {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
	close(): void;
}

export interface PresenterChannel {
	send(message: PresenterMessage): void;
	close(): void;
}

/**
 * Joins the channel of a storyline; `onMessage` receives only well-formed messages. Returns null where
 * there is no `BroadcastChannel` (server rendering, very old browsers): presenting still works, unsynced.
 */
export function openPresenterChannel(
	storylineId: string,
	onMessage: (message: PresenterMessage) => void,
	open: ((name: string) => ChannelPort) | null = defaultOpen()
): PresenterChannel | null {
	if (!open) return null;
	const port = open(channelName(storylineId));
	let closed = false;
	port.addEventListener('message', (event) => {
		const message = closed ? null : parseMessage(event.data);
		if (message) onMessage(message);
	});
	return {
		send(message) {
			if (!closed) port.postMessage(message);
		},
		close() {
			if (closed) return;
			closed = true;
			port.close();
		}
	};
}

function defaultOpen(): ((name: string) => ChannelPort) | null {
	return typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : null;
}
