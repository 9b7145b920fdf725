/**
 * What a plan changes, by id: for reduced motion (instant swap, then highlight what changed and say it in
 * words) and for accessible announcements.
 */
import type { TransitionPlan } from './types.js';

export interface PlanSummary {
	nodes: { entered: string[]; exited: string[]; moved: string[]; resized: string[]; relabelled: string[] };
	edges: { entered: string[]; exited: string[]; rerouted: string[]; relabelled: string[] };
}

export function summarizePlan(plan: TransitionPlan): PlanSummary {
	const ids = <T extends { id: string }>(items: T[], keep: (item: T) => boolean) =>
		items.filter(keep).map((item) => item.id);
	const { nodes, edges } = plan;
	return {
		nodes: {
			entered: ids(nodes, (n) => n.kind === 'enter'),
			exited: ids(nodes, (n) => n.kind === 'exit'),
			moved: ids(nodes, (n) => n.moved),
			resized: ids(nodes, (n) => n.resized),
			relabelled: ids(nodes, (n) => n.relabelled)
		},
		edges: {
			entered: ids(edges, (e) => e.kind === 'enter'),
			exited: ids(edges, (e) => e.kind === 'exit'),
			rerouted: ids(edges, (e) => e.rerouted),
			relabelled: ids(edges, (e) => e.relabelled)
		}
	};
}

/** Ids of what is new or different in the target step (what to highlight after an instant swap). */
export function changedIds(plan: TransitionPlan): string[] {
	const changed = (kind: string) => kind !== 'stay' && kind !== 'exit';
	return [...plan.nodes, ...plan.edges].filter((item) => changed(item.kind)).map((item) => item.id);
}
