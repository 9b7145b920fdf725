/**
 * Large storylines take the joint layout's short path (one compaction per step, see `LARGE_STEP_NODES`): the
 * steps still hold every hard invariant and move persisting nodes no more than laying each step out alone.
 */
import ElkBundled from 'elkjs/lib/elk.bundled.js';
import { expect, test, vi } from 'vitest';
import { syntheticStoryline } from '../../../bench/synthetic.js';
import { validateStoryline } from '../model/validate.js';
import { createLayoutEngine } from './engine.js';
import { checkLayout, hardViolations } from './invariants.js';
import { LARGE_STEP_NODES } from './joint.js';
import { stabilityReport } from './stability.js';

// Two real ELK layouts of a few hundred nodes, plus compaction: tens of seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 240_000 });

test('a storyline over the large-step size lays out with every invariant and no more movement than alone', async () => {
	const validation = validateStoryline(syntheticStoryline(LARGE_STEP_NODES + 60));
	if (!validation.ok) throw new Error(JSON.stringify(validation.errors.slice(0, 3)));
	const { storyline } = validation;
	expect(Math.max(...storyline.steps.map((s) => s.nodes.length))).toBeGreaterThan(LARGE_STEP_NODES);

	const engine = createLayoutEngine(new ElkBundled.default());
	const joint = await engine.layoutStoryline(storyline);
	const independent = await engine.layoutStoryline(storyline, { mode: 'independent' });
	expect(hardViolations(checkLayout(joint))).toEqual([]);
	const report = stabilityReport(joint, independent);
	expect(report.totals.displacementRatio ?? Infinity).toBeLessThanOrEqual(1);
});
