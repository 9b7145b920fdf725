/**
 * The current step of one storyline and its transports, for the presenter, the speaker window and the stack
 * viewer alike:
 * - the URL hash: read when the page opens (a link opens its step), written as the step changes (a history
 *   entry per step, or replacing the entry), and followed on back/forward or an edited hash;
 * - the speaker-window channel (`present/channel.ts`): a presenter obeys `go`, answers `hello` and announces
 *   every step; a speaker window follows the announced step and asks the presenter to go where it steps;
 * - the step keys of the one key table (`present/keys.ts`).
 *
 * The step itself stays the component's (a bindable prop): the session reads and writes it through a box.
 * Nothing here touches the DOM beyond the window's location, history and events, all injectable for tests.
 */
import { onMount, untrack } from 'svelte';
import type { Storyline } from '../model/types.js';
import { boxWith, type Box } from '../state/box.js';
import {
	openPresenterChannel,
	type ChannelPort,
	type PresenterChannel,
	type PresenterMessage
} from './channel.js';
import { hashForStep, stepFromHash } from './hash.js';
import type { StepAction } from './keys.js';

/** `push`: every step is a history entry (a talk); `replace`: the hash follows the step without entries. */
export type HashMode = 'push' | 'replace' | 'off';
/** Which end of the speaker-window channel this session is, if any. */
export type ChannelRole = 'presenter' | 'speaker' | 'off';

/** What the session needs of `window` (so tests and other hosts can stand in). */
export interface SessionWindow {
	location: { readonly hash: string };
	history: Pick<History, 'state' | 'pushState' | 'replaceState'>;
	addEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
	removeEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
}

export interface StepSessionOptions {
	storyline: () => Pick<Storyline, 'id' | 'steps'>;
	/** The component's step (0-based index). */
	step: Box<number>;
	hash: () => HashMode;
	channel: () => ChannelRole;
	/**
	 * Called once on `connect` when the hash names another step than the one shown: the step has been set, and
	 * the caller may re-create its diagram there instead of animating into it (a first render never animates).
	 */
	onlinked?: (index: number) => void;
	/** Default: the page's `window` (none on the server). */
	window?: SessionWindow | null;
	/** Default: `BroadcastChannel` where there is one. */
	openChannel?: ((name: string) => ChannelPort) | null;
}

export class StepSession {
	// Assigned in the constructor before any derived is read (deriveds are lazy).
	#options: StepSessionOptions = {
		storyline: () => ({ id: '', steps: [] }),
		step: { current: 0 },
		hash: () => 'off',
		channel: () => 'off'
	};
	#channel = $state.raw<PresenterChannel | null>(null);

	/** False until `connect` has read the hash: the server-rendered step may not be the one the link names. */
	ready = $state(false);
	/** A speaker window: true once the presenter has told it its step. */
	connected = $state(false);

	readonly count = $derived(this.#storyline().steps.length);
	/** The step shown: the component's step, clamped to the storyline. */
	readonly index = $derived(Math.min(Math.max(0, Math.trunc(this.#options.step.current)), this.count - 1));

	constructor(options: StepSessionOptions) {
		this.#options = options;
	}

	#storyline() {
		return this.#options.storyline();
	}

	/**
	 * Goes to a step (an index inside the storyline, other than the current one); a speaker window asks the
	 * presenter to follow. Returns whether it moved.
	 */
	go(target: number): boolean {
		if (!Number.isInteger(target) || target < 0 || target >= this.count || target === this.index)
			return false;
		this.#options.step.current = target;
		if (this.#options.channel() === 'speaker') this.#channel?.send({ type: 'go', index: target });
		return true;
	}

	/** A step key's action: next, previous, first or last. */
	move(action: StepAction): boolean {
		if (action === 'next') return this.go(this.index + 1);
		if (action === 'prev') return this.go(this.index - 1);
		if (action === 'first') return this.go(0);
		return this.go(this.count - 1);
	}

	/**
	 * Starts the transports (call from `onMount`; returns the cleanup): reads the hash, then keeps the hash and
	 * the channel in step with the step until the cleanup runs.
	 */
	connect(): () => void {
		const win = this.#window();
		if (win && this.#options.hash() !== 'off') {
			const linked = stepFromHash(this.#storyline(), win.location.hash);
			if (linked >= 0 && linked !== this.index) {
				this.#options.step.current = linked;
				this.#options.onlinked?.(linked);
			}
		}
		this.ready = true;
		return $effect.root(() => {
			if (win) this.#followHash(win);
			this.#joinChannel();
		});
	}

	#window(): SessionWindow | null {
		if (this.#options.window !== undefined) return this.#options.window;
		return typeof window === 'undefined' ? null : window;
	}

	#followHash(win: SessionWindow) {
		// Back/forward and an edited hash request the step they name, animated like any other step change.
		$effect(() => {
			if (this.#options.hash() === 'off') return;
			const onnavigate = () => void this.go(stepFromHash(this.#storyline(), win.location.hash));
			win.addEventListener('popstate', onnavigate);
			win.addEventListener('hashchange', onnavigate);
			return () => {
				win.removeEventListener('popstate', onnavigate);
				win.removeEventListener('hashchange', onnavigate);
			};
		});
		// The hash names the step shown. The router's state is carried over so a framework router (SvelteKit's)
		// still recognises the entries as its own page.
		$effect(() => {
			const mode = this.#options.hash();
			const storyline = this.#storyline();
			const index = this.index;
			if (mode === 'off') return;
			const wanted = hashForStep(storyline, index);
			if (!wanted || stepFromHash(storyline, win.location.hash) === index) return;
			if (mode === 'push') win.history.pushState(win.history.state, '', wanted);
			else win.history.replaceState(win.history.state, '', wanted);
		});
	}

	#joinChannel() {
		$effect(() => {
			const role = this.#options.channel();
			if (role === 'off') return;
			const opened = openPresenterChannel(
				this.#storyline().id,
				// A message is an event, never a dependency of this effect (a port may deliver synchronously).
				(message) => untrack(() => this.#receive(role, message)),
				this.#options.openChannel
			);
			this.#channel = opened;
			// A speaker window asks an already open presenter where it is.
			if (role === 'speaker') opened?.send({ type: 'hello' });
			return () => {
				opened?.close();
				this.#channel = null;
				this.connected = false;
			};
		});
		// A presenter announces every step it shows.
		$effect(() => {
			const index = this.index;
			if (this.#options.channel() === 'presenter') this.#channel?.send({ type: 'step', index });
		});
	}

	#receive(role: ChannelRole, message: PresenterMessage) {
		if (role === 'presenter') {
			if (message.type === 'go') this.go(message.index);
			else if (message.type === 'hello') this.#channel?.send({ type: 'step', index: this.index });
			return;
		}
		if (message.type !== 'step' || message.index >= this.count) return;
		this.#options.step.current = message.index;
		this.connected = true;
	}
}

/**
 * The session of a component that shows one storyline with a bindable `step`: the step read and written
 * through `[get, set]`, the transports connected when the component mounts and closed when it is destroyed.
 * Call it while the component initialises (it registers `onMount`).
 */
export function mountStepSession(
	storyline: StepSessionOptions['storyline'],
	[get, set]: [get: () => number, set: (value: number) => void],
	transports: Omit<StepSessionOptions, 'storyline' | 'step'>
): StepSession {
	const session = new StepSession({ storyline, step: boxWith(get, set), ...transports });
	onMount(() => session.connect());
	return session;
}
