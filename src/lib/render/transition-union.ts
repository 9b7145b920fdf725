/**
 * What is drawn while a transition plays: every node and edge of either step (persisting ones at their
 * destination geometry, which the painter then moves from the start), and the old label of each node whose
 * label cross-fades. Shared by the animated `Storyline` and the exporters, so both draw the same elements.
 */
import type { EdgeRoute, LinesByLang, NodeBox } from '../layout/types.js';
import type { TransitionPlan } from '../motion/types.js';

export interface TransitionUnion {
	nodes: NodeBox[];
	edges: EdgeRoute[];
	previousLabels: Map<string, LinesByLang>;
}

export function transitionUnion(plan: TransitionPlan): TransitionUnion {
	const previousLabels = new Map<string, LinesByLang>();
	const nodes = plan.nodes.map((item) => {
		if (item.relabelled && item.from && item.to) previousLabels.set(item.id, item.from.label);
		return (item.to ?? item.from) as NodeBox;
	});
	const edges = plan.edges.map((item) => (item.to ?? item.from) as EdgeRoute);
	return { nodes, edges, previousLabels };
}
