/**
 * Counts what a component leaves behind, by instrumenting the browser's prototypes for the length of a test:
 * event listeners (added and not removed), ResizeObservers still observing something, BroadcastChannels left
 * open, intervals still running, and errors (uncaught, unhandled rejections, console.error).
 * Install after a warm-up mount, so one-time module setup (a library's own global listener) is not counted.
 */

interface ListenerRecord {
	target: EventTarget;
	type: string;
	capture: boolean;
	listener: unknown;
}

export interface Leaks {
	/** `Type on Target`, for every listener still attached. */
	listeners: string[];
	/** ResizeObservers that still observe at least one element. */
	observers: number;
	/** BroadcastChannels opened and not closed. */
	channels: string[];
	intervals: number;
	errors: string[];
}

export interface Instrumentation {
	/** What is left now. */
	leaks(): Leaks;
	/** How many listeners, observers and channels were ever created (to show the counters saw something). */
	created(): { listeners: number; observers: number; channels: number };
	uninstall(): void;
}

function describeTarget(target: EventTarget): string {
	if (target === window) return 'window';
	if (target === document) return 'document';
	if (target instanceof Element) {
		const classes = typeof target.className === 'string' ? target.className.split(/\s+/)[0] : '';
		return `<${target.tagName.toLowerCase()}${classes ? `.${classes}` : ''}>`;
	}
	return target.constructor.name;
}

export function instrument(): Instrumentation {
	const restore: (() => void)[] = [];
	const patch = <T extends object, K extends keyof T>(owner: T, key: K, value: T[K]) => {
		const original = owner[key];
		owner[key] = value;
		restore.push(() => (owner[key] = original));
	};

	// Listeners: one record per (target, type, capture, listener), as the DOM itself deduplicates them.
	const listeners = new Map<string, ListenerRecord>();
	const ids = new WeakMap<object, number>();
	let nextId = 0;
	const idOf = (value: object) => {
		let id = ids.get(value);
		if (id === undefined) ids.set(value, (id = nextId++));
		return id;
	};
	const capture = (options: boolean | AddEventListenerOptions | EventListenerOptions | undefined) =>
		typeof options === 'boolean' ? options : Boolean(options?.capture);
	const keyOf = (target: EventTarget, type: string, listener: object, useCapture: boolean) =>
		`${idOf(target)} ${type} ${useCapture} ${idOf(listener)}`;
	let listenersCreated = 0;
	const add = EventTarget.prototype.addEventListener;
	const remove = EventTarget.prototype.removeEventListener;
	patch(EventTarget.prototype, 'addEventListener', function (this: EventTarget, type, listener, options) {
		if (listener) {
			const key = keyOf(this, type, listener, capture(options));
			if (!listeners.has(key)) listenersCreated++;
			const once = typeof options === 'object' && options?.once;
			// A `once` listener removes itself when it fires; `signal` removes it on abort.
			if (!once) listeners.set(key, { target: this, type, capture: capture(options), listener });
			const signal = typeof options === 'object' ? options?.signal : undefined;
			if (signal) add.call(signal, 'abort', () => listeners.delete(key), { once: true });
		}
		return add.call(this, type, listener, options);
	});
	patch(EventTarget.prototype, 'removeEventListener', function (this: EventTarget, type, listener, options) {
		if (listener) listeners.delete(keyOf(this, type, listener, capture(options)));
		return remove.call(this, type, listener, options);
	});

	// ResizeObservers: which elements each one observes.
	const observed = new Map<ResizeObserver, Set<Element>>();
	let observersCreated = 0;
	const proto = ResizeObserver.prototype;
	const observe = proto.observe;
	const unobserve = proto.unobserve;
	const disconnect = proto.disconnect;
	patch(proto, 'observe', function (this: ResizeObserver, element, options) {
		let set = observed.get(this);
		if (!set) {
			observed.set(this, (set = new Set()));
			observersCreated++;
		}
		set.add(element);
		return observe.call(this, element, options);
	});
	patch(proto, 'unobserve', function (this: ResizeObserver, element) {
		observed.get(this)?.delete(element);
		return unobserve.call(this, element);
	});
	patch(proto, 'disconnect', function (this: ResizeObserver) {
		observed.get(this)?.clear();
		return disconnect.call(this);
	});

	// BroadcastChannels: replaced by a subclass that remembers whether each one was closed.
	const open = new Set<BroadcastChannel>();
	let channelsCreated = 0;
	const Original = globalThis.BroadcastChannel;
	class CountedChannel extends Original {
		constructor(name: string) {
			super(name);
			open.add(this);
			channelsCreated++;
		}
		override close() {
			open.delete(this);
			super.close();
		}
	}
	patch(globalThis, 'BroadcastChannel', CountedChannel);

	// Intervals (a timeout ends by itself; an interval runs until cleared).
	const intervals = new Set<number>();
	const setIntervalOriginal = window.setInterval;
	const clearIntervalOriginal = window.clearInterval;
	patch(window, 'setInterval', ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
		const id = setIntervalOriginal(handler, timeout, ...args);
		intervals.add(id);
		return id;
	}) as typeof window.setInterval);
	patch(window, 'clearInterval', ((id?: number) => {
		if (id !== undefined) intervals.delete(id);
		clearIntervalOriginal(id);
	}) as typeof window.clearInterval);

	// Errors, however they surface.
	const errors: string[] = [];
	const onError = (event: Event) => void errors.push(`error: ${(event as ErrorEvent).message}`);
	const onRejection = (event: Event) =>
		void errors.push(`unhandled rejection: ${String((event as PromiseRejectionEvent).reason)}`);
	add.call(window, 'error', onError);
	add.call(window, 'unhandledrejection', onRejection);
	restore.push(() => {
		remove.call(window, 'error', onError);
		remove.call(window, 'unhandledrejection', onRejection);
	});
	const consoleError = console.error;
	patch(console, 'error', (...args: unknown[]) => {
		errors.push(`console.error: ${args.map(String).join(' ')}`);
		consoleError.apply(console, args);
	});

	return {
		leaks() {
			const live = [...listeners.values()].filter(
				(r) =>
					// A listener on a removed element goes with the element (Svelte, like the DOM, does not
					// remove those one by one); one on a closed channel can never fire again.
					!(r.target instanceof Node && r.target !== document && !r.target.isConnected) &&
					!(r.target instanceof Original && !open.has(r.target as BroadcastChannel))
			);
			return {
				listeners: live.map(
					(r) => `${r.type}${r.capture ? ' (capture)' : ''} on ${describeTarget(r.target)}`
				),
				observers: [...observed.values()].filter((set) => set.size > 0).length,
				channels: [...open].map((c) => c.name),
				intervals: intervals.size,
				errors: [...errors]
			};
		},
		created: () => ({
			listeners: listenersCreated,
			observers: observersCreated,
			channels: channelsCreated
		}),
		uninstall() {
			for (const undo of restore.reverse()) undo();
		}
	};
}

export const NOTHING_LEFT: Leaks = { listeners: [], observers: 0, channels: [], intervals: 0, errors: [] };
