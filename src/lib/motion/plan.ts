/**
 * `planTransition` describes, as data, how the diagram gets from one laid-out step to another; a driver then
 * plays it (GSAP) or samples it (`sampleTransition`). Nothing here touches the DOM or a clock.
 *
 * Going back ("←"): a plan is valid played backwards too — every frame of it is a sensible picture — so when
 * the user steps back across the transition that just played, the driver should reverse *that* timeline
 * (GSAP `reverse()`): the audience sees exactly what they just saw, rewound. When the step reached by going
 * back is any other (a jump, or a different transition), plan afresh from the current step to the target, or
 * use `reversePlan`, whose staging again removes first, moves second and adds last. Playing a plan at
 * progress p does not show the same frame as its reverse at 1 − p: the staging order differs on purpose.
 */
import type { Box, StepLayout } from '../layout/types.js';
import { classifyEdges, classifyNodes, type EdgeChangeItem, type NodeChangeItem } from './classify.js';
import { resolveOptions, stageChanges } from './stage.js';
import type {
	EdgeTransition,
	NodeTransition,
	PlanOptions,
	ResolvedPlanOptions,
	Size,
	TransitionPlan
} from './types.js';

export function planTransition(from: StepLayout, to: StepLayout, options?: PlanOptions): TransitionPlan {
	const resolved = resolveOptions(options);
	const size = {
		from: { width: from.width, height: from.height },
		to: { width: to.width, height: to.height }
	};
	return assemble(
		from.stepId,
		to.stepId,
		classifyNodes(from, to),
		classifyEdges(from, to),
		size,
		resolved,
		options?.camera
	);
}

/**
 * The plan from `plan`'s target back to its source: entering and exiting swap, boxes and routes swap, and the
 * stages are laid out again (exit first). Reversing twice gives the original plan back.
 */
export function reversePlan(plan: TransitionPlan): TransitionPlan {
	return assemble(
		plan.toStep,
		plan.fromStep,
		plan.nodes.map(reverseNode),
		plan.edges.map(reverseEdge),
		{ from: plan.size.to, to: plan.size.from },
		plan.options,
		plan.camera ? { from: plan.camera.to, to: plan.camera.from } : undefined
	);
}

function assemble(
	fromStep: string,
	toStep: string,
	nodes: NodeChangeItem[],
	edges: EdgeChangeItem[],
	size: { from: Size; to: Size },
	options: ResolvedPlanOptions,
	camera: { from: Box; to: Box } | undefined
): TransitionPlan {
	const staged = stageChanges(nodes, edges, size, options, camera);
	return {
		fromStep,
		toStep,
		size: staged.size,
		...(staged.camera ? { camera: staged.camera } : {}),
		nodes: staged.nodes,
		edges: staged.edges,
		stages: staged.stages,
		totalDuration: staged.totalDuration,
		options
	};
}

const swapKind = <K extends string>(kind: K): K =>
	(kind === 'enter' ? 'exit' : kind === 'exit' ? 'enter' : kind) as K;

function reverseNode(item: NodeTransition): NodeChangeItem {
	const { id, isGroup, kind, moved, resized, relabelled, from, to, distance } = item;
	return {
		id,
		isGroup,
		kind: swapKind(kind),
		moved,
		resized,
		relabelled,
		...(to ? { from: to } : {}),
		...(from ? { to: from } : {}),
		distance
	};
}

function reverseEdge(item: EdgeTransition): EdgeChangeItem {
	const { id, kind, rerouted, relabelled, from, to, distance } = item;
	return {
		id,
		kind: swapKind(kind),
		rerouted,
		relabelled,
		...(to ? { from: to } : {}),
		...(from ? { to: from } : {}),
		distance
	};
}
