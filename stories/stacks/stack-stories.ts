/**
 * The stories every bundled stack gets: a walkthrough that plays through all its versions, and one story per
 * step with the step's narration and speaker notes in the docs panel. The story modules that use these are
 * generated from `stacks` by the Storybook config, so nothing here names a particular stack.
 */
import { Storyline, type Lang, type MotionPreference, type Scene, type Theme } from '$lib/index.js';
import type { Storyline as ResolvedStoryline } from '$lib/model/index.js';
import type { Meta, StoryObj } from '@storybook/sveltekit';
import { userEvent, within } from 'storybook/test';
import {
	STEP_BUTTONS,
	expectNarrationOf,
	expectNodesOf,
	expectStorylineAt,
	findElement
} from '../support/assertions.js';
import { langControl, motionControl, themeControl } from '../support/controls.js';
import { show } from '../support/render.js';
import { layoutOf, storylineOf } from '../support/stacks.js';
import StackStep from './StackStep.svelte';

interface StackArgs {
	lang: Lang;
	theme: Theme;
}

interface WalkthroughArgs extends StackArgs {
	motion: MotionPreference;
	speed: number;
}

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' };
const NOTES_HEADING: Record<Lang, string> = { en: 'Speaker notes', ko: '발표자 노트' };

/** Meta for a stack's stories; without an id, for the module that holds every stack (the test run). */
export function stackMeta(stackId?: string): Meta<StackArgs> {
	return {
		args: { lang: 'en', theme: 'light' },
		argTypes: { lang: langControl, theme: themeControl },
		parameters: {
			docs: {
				description: { component: stackId ? describeStack(storylineOf(stackId)) : 'Every bundled stack.' }
			}
		}
	};
}

/** One step, static: the diagram and its narration; the docs panel adds the speaker notes and sources. */
export function stepStory(stackId: string, stepId: string): StoryObj<StackArgs> {
	const storyline = storylineOf(stackId);
	const scene = storyline.steps.find((s) => s.id === stepId);
	if (!scene) throw new Error(`Stack "${stackId}" has no step "${stepId}".`);
	return {
		loaders: [async () => ({ layout: await layoutOf(stackId) })],
		render: (args, { loaded }) =>
			show(StackStep, { layout: loaded.layout, step: stepId, lang: args.lang, theme: args.theme }),
		parameters: { docs: { description: { story: describeStep(storyline, scene) } } },
		play: async ({ canvasElement, args }) => {
			const diagram = await findElement(canvasElement, `.sm-diagram[data-step="${CSS.escape(stepId)}"]`);
			expectNodesOf(diagram, scene);
			expectNarrationOf(canvasElement, scene, args.lang);
		}
	};
}

/** The animated storyline from its first step: the play function steps through every version in turn. */
export function walkthroughStory(stackId: string): StoryObj<WalkthroughArgs> {
	const storyline = storylineOf(stackId);
	return {
		// Fast enough that a test run does not wait long, slow enough to follow each transition by eye.
		args: { motion: 'full', speed: 3 },
		argTypes: {
			motion: motionControl,
			speed: {
				description: 'Playback speed of transitions.',
				control: { type: 'range', min: 0.25, max: 4, step: 0.25 }
			}
		},
		loaders: [async () => ({ layout: await layoutOf(stackId) })],
		render: (args, { loaded }) =>
			show(Storyline, {
				layout: loaded.layout,
				step: 0,
				lang: args.lang,
				theme: args.theme,
				motion: args.motion,
				speed: args.speed
			}),
		parameters: {
			docs: {
				description: {
					story: `Plays through all ${storyline.steps.length} steps with the Next button, checking each one as it arrives. Use ← → on the focused diagram to step yourself.`
				}
			}
		},
		play: async ({ canvasElement, args, step }) => {
			const root = await findElement(canvasElement, '.sm-storyline');
			const next = within(canvasElement).getByRole('button', { name: STEP_BUTTONS[args.lang].next });
			const [first, ...rest] = storyline.steps;
			await expectStorylineAt(root, first!);
			for (const scene of rest) {
				await step(`${scene.label[args.lang]}: ${scene.title[args.lang]}`, async () => {
					await userEvent.click(next);
					await expectStorylineAt(root, scene);
					expectNarrationOf(root, scene, args.lang);
				});
			}
		}
	};
}

function describeStack(storyline: ResolvedStoryline): string {
	const steps = storyline.steps.map((s) => s.label.en).join(' → ');
	return [
		`**${storyline.title.en}**`,
		storyline.description?.en ?? '',
		`${storyline.steps.length} steps: ${steps}.`,
		`**${storyline.title.ko}**`,
		storyline.description?.ko ?? ''
	]
		.filter(Boolean)
		.join('\n\n');
}

/** Narration and speaker notes in both languages, then the step's sources as links. */
function describeStep(storyline: ResolvedStoryline, scene: Scene): string {
	const perLanguage = (['en', 'ko'] as const).map((lang) =>
		[
			`**${scene.label[lang]} — ${scene.title[lang]}** (${LANGUAGE_NAMES[lang]})`,
			scene.narration[lang],
			scene.notes ? `*${NOTES_HEADING[lang]}:* ${scene.notes[lang]}` : ''
		]
			.filter(Boolean)
			.join('\n\n')
	);
	const sources = scene.sources
		.map((id) => storyline.sources[id])
		.filter((source) => source !== undefined)
		.map((source) => `- ${source.url ? `[${source.title}](${source.url})` : source.title}`);
	return [...perLanguage, ...(sources.length ? [`Sources:\n\n${sources.join('\n')}`] : [])].join(
		'\n\n---\n\n'
	);
}
