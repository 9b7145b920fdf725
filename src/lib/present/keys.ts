/**
 * The keyboard bindings of every stepped view: one table drives the presenter's, the speaker window's and the
 * storyline's key handling and the help overlay, so the help can never list a key that does nothing.
 * Framework-free: events are read through their plain fields.
 */
import { LANG_NAMES, LANGS } from '../i18n/langs.js';
import type { Words } from '../i18n/words.js';

export type PresenterAction =
	| 'next'
	| 'prev'
	| 'first'
	| 'last'
	| 'overview'
	| 'blackout'
	| 'fullscreen'
	| 'language'
	| 'speaker'
	| 'help';

/** The actions that move between steps: every stepped view (presenter, speaker window, storyline) takes these. */
export type StepAction = Extract<PresenterAction, 'next' | 'prev' | 'first' | 'last'>;

const STEP_ACTIONS: ReadonlySet<PresenterAction> = new Set<StepAction>(['next', 'prev', 'first', 'last']);

export function isStepAction(action: PresenterAction | null): action is StepAction {
	return action !== null && STEP_ACTIONS.has(action);
}

/** The fields of a `KeyboardEvent` the bindings look at. */
export interface KeyInput {
	key: string;
	/** The physical key (`KeyB`): lets B, F, L, S work while a Korean (or other non-Latin) input mode is on. */
	code?: string;
	shiftKey?: boolean;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
}

/** Where keyboard focus is: typing into a field, on a button or link, or anywhere else. */
export type FocusContext = 'text-entry' | 'control' | 'other';

export interface KeyBinding {
	action: PresenterAction;
	/** `KeyboardEvent.key` values. */
	keys: readonly string[];
	/** `KeyboardEvent.code` values used when `key` is not a Latin character (e.g. Hangul input mode). */
	codes?: readonly string[];
	/** How the help overlay names the keys. */
	shown: string;
	/** What the help overlay says the keys do, in the words of the shown language. */
	label: (words: Words) => string;
}

/** Every presenter binding, in the order the help overlay lists them. */
export const PRESENTER_KEYS: readonly KeyBinding[] = [
	{
		action: 'next',
		keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' '],
		shown: '→  Space  PageDown',
		label: (w) => w.step.next
	},
	{
		action: 'prev',
		keys: ['ArrowLeft', 'ArrowUp', 'PageUp'],
		shown: '←  PageUp',
		label: (w) => w.step.prev
	},
	{ action: 'first', keys: ['Home'], shown: 'Home', label: (w) => w.step.first },
	{ action: 'last', keys: ['End'], shown: 'End', label: (w) => w.step.last },
	{
		action: 'overview',
		keys: ['o', 'O'],
		codes: ['KeyO'],
		shown: 'O',
		label: (w) => w.keyHelp.overview
	},
	{
		action: 'blackout',
		keys: ['b', 'B', '.'],
		codes: ['KeyB', 'Period'],
		shown: 'B  .',
		label: (w) => w.keyHelp.blackout
	},
	{
		action: 'fullscreen',
		keys: ['f', 'F'],
		codes: ['KeyF'],
		shown: 'F',
		label: (w) => w.presenter.fullscreen
	},
	{
		action: 'language',
		keys: ['l', 'L'],
		codes: ['KeyL'],
		shown: 'L',
		label: (w) => w.keyHelp.language(LANGS.map((lang) => LANG_NAMES[lang]).join(' / '))
	},
	{
		action: 'speaker',
		keys: ['s', 'S'],
		codes: ['KeyS'],
		shown: 'S',
		label: (w) => w.keyHelp.speaker
	},
	{
		action: 'help',
		keys: ['?'],
		shown: '?',
		label: (w) => w.keyHelp.help
	}
];

/** Keys a focused button or link already acts on: the presenter must not steal them. */
const ACTIVATION_KEYS = new Set([' ', 'Enter']);

/**
 * The presenter action for a key press, or null when the presenter should leave the key alone: with a
 * modifier (browser shortcuts such as Ctrl+L), while typing into a field, or an activation key on a control.
 * Shift+Space goes back, as in most slide tools.
 */
export function presenterAction(event: KeyInput, focus: FocusContext = 'other'): PresenterAction | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	if (focus === 'text-entry') return null;
	if (focus === 'control' && ACTIVATION_KEYS.has(event.key)) return null;
	if (event.key === ' ' && event.shiftKey) return 'prev';
	const byKey = PRESENTER_KEYS.find((b) => b.keys.includes(event.key));
	if (byKey) return byKey.action;
	// A non-Latin character (Hangul input mode turns B into ㅠ): fall back to the physical key.
	if (event.code && /^[^\x20-\x7e]$/u.test(event.key)) {
		const code = event.code;
		return PRESENTER_KEYS.find((b) => b.codes?.includes(code))?.action ?? null;
	}
	return null;
}

/** The parts of an element the focus check reads (duck-typed, so this runs without a DOM). */
interface FocusTarget {
	tagName?: string;
	type?: string;
	isContentEditable?: boolean;
	getAttribute?: (name: string) => string | null;
}

const TEXT_ENTRY_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const CONTROL_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);
const CONTROL_ROLES = new Set(['button', 'link', 'checkbox', 'switch', 'menuitem', 'tab', 'option']);

/** Classifies the element a key event targets (`event.target`). */
export function focusContextOf(target: unknown): FocusContext {
	if (typeof target !== 'object' || target === null) return 'other';
	const element = target as FocusTarget;
	const tag = element.tagName?.toUpperCase() ?? '';
	// Every <input> counts, ranges and checkboxes included: arrows and Space already mean something there.
	if (TEXT_ENTRY_TAGS.has(tag) || element.isContentEditable === true) return 'text-entry';
	const role = element.getAttribute?.('role') ?? '';
	if (role === 'textbox' || role === 'slider' || role === 'spinbutton') return 'text-entry';
	if (CONTROL_TAGS.has(tag) || CONTROL_ROLES.has(role)) return 'control';
	return 'other';
}
