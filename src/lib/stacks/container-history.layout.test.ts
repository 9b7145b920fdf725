/**
 * The container history reads as a timeline: eras left to right, and inside an era its events top to bottom in
 * date order (the order their badges give), in every step, in the layout the deck actually shows (joint).
 */
import { describe, expect, it, vi } from 'vitest';
import { layoutStoryline } from '../layout/index.js';
import type { NodeBox, StepLayout } from '../layout/types.js';
import type { Storyline } from '../model/types.js';
import { validateStoryline } from '../model/validate.js';
import { stacks } from './index.js';

vi.setConfig({ testTimeout: 60_000 });

function resolve(): Storyline {
	const result = validateStoryline(stacks['container-history']);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	return result.storyline;
}

const storyline = resolve();
const layoutPromise = layoutStoryline(storyline);

/** "2014-03", "~2008", "2020-12-04" → a string that sorts by date. */
function dateOf(nodeId: string): string {
	const node = storyline.steps.flatMap((s) => s.nodes).find((n) => n.id === nodeId);
	const badge = node?.badge?.en;
	if (!badge) throw new Error(`event "${nodeId}" has no date badge`);
	return badge.replace(/^~/, '');
}

function erasOf(step: StepLayout): { era: NodeBox; events: NodeBox[] }[] {
	return step.nodes
		.filter((n) => n.isGroup)
		.map((era) => ({ era, events: step.nodes.filter((n) => n.parent === era.id) }));
}

describe('container-history timeline', () => {
	it.each(storyline.steps.map((s) => s.id))(
		'step %s: each era lists its events in date order',
		async (id) => {
			const step = (await layoutPromise).steps.find((s) => s.stepId === id) as StepLayout;
			for (const { era, events } of erasOf(step)) {
				expect(events.length, era.id).toBeGreaterThan(0);
				const byDate = [...events].sort((a, b) => dateOf(a.id).localeCompare(dateOf(b.id)));
				const topToBottom = [...events].sort((a, b) => a.y - b.y);
				expect(
					topToBottom.map((e) => e.id),
					era.id
				).toEqual(byDate.map((e) => e.id));
			}
		}
	);

	it.each(storyline.steps.map((s) => s.id))('step %s: eras read left to right by date', async (id) => {
		const step = (await layoutPromise).steps.find((s) => s.stepId === id) as StepLayout;
		const eras = erasOf(step).sort((a, b) => a.era.x - b.era.x);
		// Each step reveals one more era.
		expect(eras).toHaveLength(storyline.steps.findIndex((s) => s.id === id) + 1);
		for (let i = 1; i < eras.length; i++) {
			const before = eras[i - 1]!;
			const after = eras[i]!;
			const lastBefore = before.events
				.map((e) => dateOf(e.id))
				.sort()
				.at(-1)!;
			const firstAfter = after.events.map((e) => dateOf(e.id)).sort()[0]!;
			expect(lastBefore <= firstAfter, `${before.era.id} before ${after.era.id}`).toBe(true);
			// Every event of an era lies right of every event of the era before it.
			const rightEdge = Math.max(...before.events.map((e) => e.x + e.width));
			expect(Math.min(...after.events.map((e) => e.x))).toBeGreaterThan(rightEdge);
		}
	});
});
