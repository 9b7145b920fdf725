import ElkBundled from 'elkjs/lib/elk.bundled.js';
import { describe, expect, test, vi } from 'vitest';
import { validateStoryline } from '../model/validate.js';
import type { Storyline } from '../model/types.js';
import { kubernetesCri } from '../stacks/kubernetes-cri.js';
import { createLayoutEngine } from './engine.js';
import { checkLayout, hardViolations } from './invariants.js';
import { AREA_BUDGET, drawingArea } from './joint.js';
import { STILL_DISPLACEMENT, stabilityReport } from './stability.js';

// Real ELK runs, several per storyline: seconds each on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

const engine = createLayoutEngine(new ElkBundled.default());

function resolved(): Storyline {
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error(`kubernetes-cri does not validate: ${JSON.stringify(result.errors)}`);
	return result.storyline;
}

describe('kubernetes-cri', () => {
	const storyline = resolved();
	const layouts = Promise.all([
		engine.layoutStoryline(storyline),
		engine.layoutStoryline(storyline, { mode: 'independent' })
	]);

	test.each(['joint', 'independent'] as const)(
		'every step satisfies every hard invariant (%s)',
		async (mode) => {
			const layout = (await layouts)[mode === 'joint' ? 0 : 1];
			expect(layout?.steps.map((s) => s.stepId)).toEqual(storyline.steps.map((s) => s.id));
			expect(hardViolations(checkLayout(layout as NonNullable<typeof layout>))).toEqual([]);
		}
	);

	test('the joint layout keeps the order of every pair of persisting nodes, in every transition', async () => {
		const [joint] = await layouts;
		if (!joint) throw new Error('no layout');
		const report = stabilityReport(joint);
		expect(report.pairs.map((p) => [`${p.from}→${p.to}`, p.flipped])).toEqual(
			report.pairs.map((p) => [`${p.from}→${p.to}`, []])
		);
		expect(report.totals.orderKept).toBe(1);
	});

	test(`the joint drawing is at most ${AREA_BUDGET}× the drawing of the steps laid out alone`, async () => {
		// A storyline is drawn at one size for all its steps (the largest width by the largest height): that
		// drawing is what the audience sees, so that is the area the joint layout is held to.
		const [joint, independent] = await layouts;
		if (!joint || !independent) throw new Error('no layout');
		expect(drawingArea(joint.steps) / drawingArea(independent.steps)).toBeLessThanOrEqual(AREA_BUDGET);
	});

	test('persisting nodes move at most 0.2× what independent layouts move them, in every transition', async () => {
		const [joint, independent] = await layouts;
		if (!joint || !independent) throw new Error('no layout');
		const report = stabilityReport(joint, independent);
		expect(report.pairs).toHaveLength(storyline.steps.length - 1);
		expect(report.totals.displacementRatio).toBeLessThanOrEqual(0.2);
		// A still transition counts 0 (`STILL_DISPLACEMENT`): 1.24 → 1.27 only changes two badges, and the CRI
		// client's centre shifts by half its wider badge (0.14 % of the diagonal) against the independent 0.21 %.
		for (const pair of report.pairs) {
			expect.soft(pair.displacementRatio, `${pair.from} → ${pair.to}`).toBeLessThanOrEqual(0.2);
		}
		// Not vacuous: most transitions really move.
		const own = stabilityReport(joint);
		expect(own.pairs.filter((p) => p.meanDisplacement > STILL_DISPLACEMENT).length).toBeGreaterThanOrEqual(4);
	});
});
