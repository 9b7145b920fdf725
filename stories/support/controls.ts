/** Controls shared by the stories: stack, step, language, theme and motion. */
import type { MotionPreference, Theme } from '$lib/index.js';
import { LANGS } from '$lib/model/index.js';
import type { ArgTypes } from '@storybook/sveltekit';
import { STACK_IDS } from './stacks.js';

type InputType = ArgTypes[string];

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const MOTIONS: readonly MotionPreference[] = ['auto', 'reduce', 'full'];

export const stackControl: InputType = {
	name: 'stack',
	description:
		'Which bundled stack to show (a key of `stacks` from `stackmotion/stacks`). Not a prop: the story lays it out and passes `layout`.',
	control: 'select',
	options: [...STACK_IDS],
	table: { category: 'story' }
};

export const stepControl: InputType = {
	description: 'The step: its index (0-based) or its id, e.g. `"1.24"`.',
	control: { type: 'number', min: 0, step: 1 }
};

export const langControl: InputType = {
	description: 'Language of every label, the narration and the accessible text.',
	control: 'inline-radio',
	options: [...LANGS]
};

export const themeControl: InputType = {
	description: '`auto` follows the viewer’s colour scheme; `light` and `dark` force one.',
	control: 'inline-radio',
	options: [...THEMES]
};

export const motionControl: InputType = {
	description:
		'`auto` follows `prefers-reduced-motion`; `reduce` swaps steps instantly and says what changed; `full` always animates.',
	control: 'inline-radio',
	options: [...MOTIONS]
};

/** Objects that a control cannot edit sensibly: shown in the table, not as a control. */
export const noControl: InputType = { control: false };
