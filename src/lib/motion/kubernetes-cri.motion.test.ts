/**
 * The motion pipeline over a real storyline: every transition between consecutive kubernetes-cri steps (both
 * ways), laid out by the real engine, sampled across its timeline.
 */
import { describe, expect, test } from 'vitest';
import { layoutStoryline } from '../layout/index.js';
import type { Point, StepLayout } from '../layout/types.js';
import { validateStoryline } from '../model/validate.js';
import { kubernetesCri } from '../stacks/kubernetes-cri.js';
import { diagonalSegments, distanceToBorder, maxPointDifference } from './fixtures/routes.js';
import { sampleTransition, type TransitionFrame } from './frame.js';
import { planTransition, reversePlan } from './plan.js';
import { simplifyRoute } from '../layout/geometry.js';
import type { TransitionPlan } from './types.js';

async function steps(): Promise<StepLayout[]> {
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error(`kubernetes-cri does not validate: ${JSON.stringify(result.errors)}`);
	return (await layoutStoryline(result.storyline)).steps;
}

/** Everything wrong with one frame: diagonal segments, detached ends. */
function frameProblems(plan: TransitionPlan, frame: TransitionFrame): string[] {
	const boxes = new Map(frame.nodes.map((n) => [n.id, n.box]));
	const problems: string[] = [];
	frame.edges.forEach((edge, i) => {
		const item = plan.edges[i];
		const route = item?.to ?? item?.from;
		const source = route && boxes.get(route.from);
		const target = route && boxes.get(route.to);
		if (!source || !target) return problems.push(`${edge.id}: unknown node`);
		const at = `${plan.fromStep}→${plan.toStep} ${edge.id} at ${frame.time.toFixed(3)}s`;
		if (diagonalSegments(edge.points).length > 0) problems.push(`${at}: diagonal`);
		if (distanceToBorder(edge.points[0] as Point, source) > 0.5) problems.push(`${at}: start detached`);
		if (distanceToBorder(edge.points[edge.points.length - 1] as Point, target) > 0.5) {
			problems.push(`${at}: end detached`);
		}
	});
	return problems;
}

/** Differences between a frame and the step it should show (visible boxes and routes). */
function differences(frame: TransitionFrame, layout: StepLayout): string[] {
	const problems: string[] = [];
	const nodes = new Map(frame.nodes.filter((n) => n.opacity > 0).map((n) => [n.id, n.box]));
	const edges = new Map(frame.edges.filter((e) => e.opacity > 0).map((e) => [e.id, e.points]));
	if (nodes.size !== layout.nodes.length) problems.push(`${layout.stepId}: ${nodes.size} nodes shown`);
	for (const node of layout.nodes) {
		const box = nodes.get(node.id);
		if (!box || maxPointDifference([box], [node]) > 1e-6 || box.width !== node.width) {
			problems.push(`${layout.stepId}: node ${node.id}`);
		}
	}
	if (edges.size !== layout.edges.length) problems.push(`${layout.stepId}: ${edges.size} edges shown`);
	for (const edge of layout.edges) {
		if (maxPointDifference(edges.get(edge.id) ?? [], simplifyRoute(edge.points)) > 1e-6) {
			problems.push(
				`${layout.stepId}: edge ${edge.id} ${JSON.stringify(edges.get(edge.id))} vs ${JSON.stringify(edge.points)}`
			);
		}
	}
	return problems;
}

describe('kubernetes-cri transitions', async () => {
	const layouts = await steps();
	const pairs = layouts.slice(1).flatMap((to, i) => {
		const from = layouts[i] as StepLayout;
		return [
			[from, to],
			[to, from]
		] as const;
	});

	test.each(pairs.map(([from, to]) => [`${from.stepId} → ${to.stepId}`, from, to] as const))(
		'%s: starts and ends on the steps, every frame orthogonal and attached',
		(_name, from, to) => {
			const plan = planTransition(from, to);
			const sample = sampleTransition(plan);
			expect(differences(sample(0), from)).toEqual([]);
			expect(differences(sample(plan.totalDuration), to)).toEqual([]);
			const problems: string[] = [];
			for (let i = 0; i <= 60; i++)
				problems.push(...frameProblems(plan, sample((plan.totalDuration * i) / 60)));
			expect(problems).toEqual([]);
			expect(plan.totalDuration).toBeGreaterThan(0);
			expect(plan.totalDuration).toBeLessThan(3);
		}
	);

	test('plans are plain data and reverse exactly', () => {
		for (const [from, to] of pairs) {
			const plan = planTransition(from, to);
			expect(JSON.parse(JSON.stringify(plan))).toStrictEqual(plan);
			expect(reversePlan(reversePlan(plan))).toStrictEqual(plan);
		}
	});
});
