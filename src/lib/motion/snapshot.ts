/**
 * Freezes a frame of a running transition into a `StepLayout`, so a step requested mid-transition can be
 * planned from what is on screen (`planTransition(layoutFromFrame(plan, frame), target)`) instead of jumping.
 * Items more than half faded in count as present, the others as absent; labels take the side of their
 * cross-fade they are closer to. The new plan starts from full opacity, so a half-faded item may pop slightly.
 */
import type { EdgeRoute, NodeBox, StepLayout } from '../layout/types.js';
import type { TransitionFrame } from './frame.js';
import type { TransitionPlan } from './types.js';

const VISIBLE = 0.5;

export function layoutFromFrame(plan: TransitionPlan, frame: TransitionFrame): StepLayout {
	const nodeFrames = new Map(frame.nodes.map((n) => [n.id, n]));
	const edgeFrames = new Map(frame.edges.map((e) => [e.id, e]));
	const nodes: NodeBox[] = [];
	for (const item of plan.nodes) {
		const now = nodeFrames.get(item.id);
		const base = item.to ?? item.from;
		if (!now || !base || now.opacity < VISIBLE) continue;
		const label = (now.labelMix < VISIBLE ? item.from : item.to)?.label ?? base.label;
		nodes.push({ ...base, ...now.box, label });
	}
	const present = new Set(nodes.map((n) => n.id));
	const edges: EdgeRoute[] = [];
	for (const item of plan.edges) {
		const now = edgeFrames.get(item.id);
		const base = item.to ?? item.from;
		if (!now || !base || now.opacity < VISIBLE || !present.has(base.from) || !present.has(base.to)) continue;
		const labelSource = (now.labelMix < VISIBLE ? item.from : item.to)?.label ?? base.label;
		const showLabel = now.label && labelSource && now.labelOpacity >= VISIBLE;
		edges.push({
			id: base.id,
			from: base.from,
			to: base.to,
			points: now.points,
			...(showLabel ? { label: { ...labelSource, ...now.label } } : {})
		});
	}
	return {
		stepId: `${plan.fromStep}→${plan.toStep}@${frame.time}`,
		width: frame.width,
		height: frame.height,
		nodes,
		edges
	};
}
