/**
 * The bundled stacks as stories use them: validated once, laid out once per stack id (elkjs runs in the
 * browser here, the way the playground does), so switching a control back and forth does not lay out again.
 */
import type { StorylineLayout } from '$lib/index.js';
import { layoutStoryline } from '$lib/layout/index.js';
import { validateStoryline, type Storyline } from '$lib/model/index.js';
import { stacks } from '$lib/stacks/index.js';

/** Every bundled stack id, in the order of `stacks` (the flagship first). */
export const STACK_IDS: readonly string[] = Object.keys(stacks);

const storylines = new Map<string, Storyline>();
const layouts = new Map<string, Promise<StorylineLayout>>();

/** The resolved storyline of a bundled stack; throws with every validation error if it has any. */
export function storylineOf(stackId: string): Storyline {
	const cached = storylines.get(stackId);
	if (cached) return cached;
	const spec = stacks[stackId];
	if (!spec) throw new Error(`No bundled stack "${stackId}". Known stacks: ${STACK_IDS.join(', ')}.`);
	const result = validateStoryline(spec);
	if (!result.ok) {
		const problems = result.errors.map((e) => `  ${e.path}: ${e.code}: ${e.message}`).join('\n');
		throw new Error(`Stack "${stackId}" does not validate:\n${problems}`);
	}
	storylines.set(stackId, result.storyline);
	return result.storyline;
}

/** The layout of a bundled stack, computed on first use and shared by every story that shows it. */
export function layoutOf(stackId: string): Promise<StorylineLayout> {
	let layout = layouts.get(stackId);
	if (!layout) {
		layout = layoutStoryline(storylineOf(stackId));
		// A failed layout is reported by the story that asked; the next one tries again.
		layout.catch(() => layouts.delete(stackId));
		layouts.set(stackId, layout);
	}
	return layout;
}
