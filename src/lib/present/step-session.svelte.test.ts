import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { scene, storyline as buildStoryline } from '../layout/fixtures/scene-builder.js';
import { channelName } from './channel.js';
import { fakeBus, fakeWindow, type FakeBus, type FakeWindow } from './fixtures.js';
import { hashForStep, stepFromHash } from './hash.js';
import { StepSession, type ChannelRole, type HashMode } from './step-session.svelte.js';

const STEP_IDS = ['1.0', '1.5', 'containerd 1.1/ü', '1.24'];
const talk = buildStoryline(
	'talk',
	'down',
	STEP_IDS.map((id, i) => scene(id, i, [], []))
);

interface Mounted {
	session: StepSession;
	/** The component's own step (what `bind:step` holds). */
	step(): number;
	setStep(value: number): void;
	linked: number[];
	disconnect(): void;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
	for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A session as a component holds it: its step in `$state`, connected as on mount. */
function mount(options: {
	win?: FakeWindow | null;
	bus?: FakeBus | null;
	hash?: HashMode;
	channel?: ChannelRole;
	step?: number;
}): Mounted {
	let mounted!: Mounted;
	const stopRoot = $effect.root(() => {
		let step = $state(options.step ?? 0);
		const linked: number[] = [];
		const session = new StepSession({
			storyline: () => talk,
			step: {
				get current() {
					return step;
				},
				set current(value) {
					step = value;
				}
			},
			hash: () => options.hash ?? 'push',
			channel: () => options.channel ?? 'off',
			onlinked: (index) => linked.push(index),
			window: options.win ?? null,
			openChannel: options.bus ? (name) => options.bus!.open(name) : null
		});
		const disconnect = session.connect();
		mounted = {
			session,
			step: () => step,
			setStep: (value) => {
				step = value;
				flushSync();
			},
			linked,
			disconnect
		};
	});
	flushSync();
	const disconnect = mounted.disconnect;
	let stopped = false;
	const stop = () => {
		if (stopped) return;
		stopped = true;
		disconnect();
		stopRoot();
	};
	cleanups.push(stop);
	mounted.disconnect = stop;
	return mounted;
}

describe('the step session and the URL hash', () => {
	it('opens at the step the hash names (by id or 1-based number) and reports it once', () => {
		const byId = mount({ win: fakeWindow(hashForStep(talk, 2)) });
		expect(byId.step()).toBe(2);
		expect(byId.linked).toEqual([2]);
		expect(byId.session.ready).toBe(true);

		const byNumber = mount({ win: fakeWindow('#4') });
		expect(byNumber.step()).toBe(3);
	});

	it('ignores a malformed or unknown hash, at open and later', () => {
		const win = fakeWindow('#%E0%A4%A');
		const mounted = mount({ win, step: 1 });
		expect(mounted.step()).toBe(1);
		expect(mounted.linked).toEqual([]);
		expect(mounted.session.ready).toBe(true);
		win.navigate('#%E0%A4%A', 'hashchange');
		win.navigate('#nope', 'popstate');
		win.navigate('#99', 'hashchange');
		flushSync();
		expect(mounted.step()).toBe(1);
	});

	it('round-trips every step through its hash, ids that need escaping included', () => {
		for (let i = 0; i < talk.steps.length; i++) {
			const hash = hashForStep(talk, i);
			expect(stepFromHash(talk, hash), hash).toBe(i);
			const mounted = mount({ win: fakeWindow(hash) });
			expect(mounted.step(), hash).toBe(i);
		}
		expect(hashForStep(talk, 2)).toBe(`#${encodeURIComponent('containerd 1.1/ü')}`);
	});

	it('a presenter writes a history entry per step; the hash it wrote is not written again', () => {
		const win = fakeWindow();
		const mounted = mount({ win, hash: 'push' });
		expect(win.writes).toEqual([]);
		mounted.setStep(1);
		mounted.setStep(2);
		expect(win.writes).toEqual([
			{ how: 'push', url: hashForStep(talk, 1) },
			{ how: 'push', url: hashForStep(talk, 2) }
		]);
		expect(stepFromHash(talk, win.hash)).toBe(2);
	});

	it('a viewer or speaker window replaces the entry instead', () => {
		const win = fakeWindow('#2');
		const mounted = mount({ win, hash: 'replace' });
		expect(mounted.step()).toBe(1);
		// `#2` already names step 1: nothing to write until the step changes.
		expect(win.writes).toEqual([]);
		mounted.setStep(3);
		expect(win.writes).toEqual([{ how: 'replace', url: hashForStep(talk, 3) }]);
	});

	it('follows back/forward and an edited hash', () => {
		const win = fakeWindow();
		const mounted = mount({ win, hash: 'push' });
		mounted.setStep(3);
		win.navigate(hashForStep(talk, 1), 'popstate');
		flushSync();
		expect(mounted.step()).toBe(1);
		win.navigate('#1', 'hashchange');
		flushSync();
		expect(mounted.step()).toBe(0);
		// Arriving by navigation writes nothing: the hash already names the step.
		expect(win.writes).toEqual([{ how: 'push', url: hashForStep(talk, 3) }]);
	});

	it('with the hash off, neither reads nor writes it', () => {
		const win = fakeWindow('#3');
		const mounted = mount({ win, hash: 'off' });
		expect(mounted.step()).toBe(0);
		mounted.setStep(1);
		expect(win.writes).toEqual([]);
		expect(win.listeners()).toBe(0);
	});

	it('stops listening once disconnected', () => {
		const win = fakeWindow();
		const mounted = mount({ win });
		expect(win.listeners()).toBe(2);
		mounted.disconnect();
		expect(win.listeners()).toBe(0);
		win.navigate('#3', 'popstate');
		expect(mounted.step()).toBe(0);
	});
});

describe('the step session and the speaker window', () => {
	it('a speaker window that opens is told the step, follows the presenter and steers it back', () => {
		const bus = fakeBus();
		const presenter = mount({ bus, channel: 'presenter', step: 2 });
		const speaker = mount({ bus, channel: 'speaker' });
		// hello → step
		expect(speaker.session.connected).toBe(true);
		expect(speaker.step()).toBe(2);

		presenter.setStep(3);
		expect(speaker.step()).toBe(3);

		expect(speaker.session.move('prev')).toBe(true);
		flushSync();
		expect(presenter.step()).toBe(2);
		expect(speaker.step()).toBe(2);
		expect(bus.posted.map((m) => m.data)).toEqual([
			{ type: 'step', index: 2 },
			{ type: 'hello' },
			{ type: 'step', index: 2 },
			{ type: 'step', index: 3 },
			{ type: 'go', index: 2 },
			{ type: 'step', index: 2 }
		]);
	});

	it('a presenter opened later announces its step to a waiting speaker window', () => {
		const bus = fakeBus();
		const speaker = mount({ bus, channel: 'speaker' });
		expect(speaker.session.connected).toBe(false);
		mount({ bus, channel: 'presenter', step: 1 });
		expect(speaker.session.connected).toBe(true);
		expect(speaker.step()).toBe(1);
	});

	it('ignores what it must not obey: a stray shape, a step past the end, a speaker told to go', () => {
		const bus = fakeBus();
		const presenter = mount({ bus, channel: 'presenter', step: 1 });
		const speaker = mount({ bus, channel: 'speaker' });
		const name = channelName(talk.id);
		bus.inject(name, { type: 'go', index: 3, extra: true });
		bus.inject(name, { type: 'go', index: 99 });
		bus.inject(name, { type: 'step', index: 99 });
		bus.inject(name, 'step');
		flushSync();
		expect(presenter.step()).toBe(1);
		expect(speaker.step()).toBe(1);
		// A presenter does not follow another presenter's announcements; a speaker does not obey `go`.
		bus.inject(name, { type: 'step', index: 3 });
		flushSync();
		expect(presenter.step()).toBe(1);
		expect(speaker.step()).toBe(3);
		bus.inject(name, { type: 'go', index: 0 });
		flushSync();
		expect(presenter.step()).toBe(0);
		expect(speaker.step()).toBe(0);
	});

	it('closes its channel when disconnected, and hears nothing after', () => {
		const bus = fakeBus();
		const presenter = mount({ bus, channel: 'presenter' });
		const speaker = mount({ bus, channel: 'speaker' });
		expect(bus.openPorts()).toBe(2);
		speaker.disconnect();
		expect(bus.openPorts()).toBe(1);
		expect(speaker.session.connected).toBe(false);
		presenter.setStep(2);
		expect(speaker.step()).toBe(0);
	});
});

describe('the step keys', () => {
	it('move within the storyline and stop at its ends', () => {
		const mounted = mount({});
		const { session } = mounted;
		expect(session.move('prev')).toBe(false);
		expect(session.move('next')).toBe(true);
		expect(mounted.step()).toBe(1);
		expect(session.move('last')).toBe(true);
		expect(mounted.step()).toBe(3);
		expect(session.move('next')).toBe(false);
		expect(session.move('first')).toBe(true);
		expect(mounted.step()).toBe(0);
	});

	it('clamps a step outside the storyline to it, and go() refuses what is not a step', () => {
		const mounted = mount({ step: 10 });
		expect(mounted.session.index).toBe(3);
		expect(mounted.session.go(1.5)).toBe(false);
		expect(mounted.session.go(-1)).toBe(false);
		expect(mounted.session.go(4)).toBe(false);
		expect(mounted.step()).toBe(10);
	});
});
