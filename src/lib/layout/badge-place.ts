/**
 * Where each badge pill sits on its box's top border. Its usual place is the top-right corner, but ELK, which
 * knows nothing of badges, often brings an edge into the top border right there: the pill then covers the
 * arrowhead, and the audience cannot see which box the call enters. This pass, run on the finished routes,
 * slides such a pill along the border to the nearest place clear of every edge and edge label that meets it
 * (`NodeBox.badgeX`), preferring the place the same pill had in the step before so that it does not wander
 * between steps. Pure data; when no place is clear the pill stays where it usually is.
 */
import { badgePillWidth, GROUP_STYLE, NODE_STYLE, usualBadgeLeft } from './style.js';
import { groupTitleWidth } from './group-title.js';
import type { NodeBox, StepLayout } from './types.js';

/** Room kept between a pill and an edge beside it: an arrowhead's half-width and a little air. */
const EDGE_CLEARANCE = 7;

/** Room kept between a pill and the end of its border, or a group's title. */
const BORDER_CLEARANCE = 8;

/** Two lefts this close are the same place. */
const SAME = 0.01;

interface Span {
	start: number;
	end: number;
}

/** The spans along `node`'s top border, relative to the box, that a pill there must keep clear of. */
function obstacles(
	node: NodeBox,
	step: StepLayout,
	parents: ReadonlyMap<string, string>,
	from: number,
	reach: number
): Span[] {
	const top = node.y - NODE_STYLE.badgeHeight / 2 - 1;
	const bottom = node.y + NODE_STYLE.badgeHeight / 2 + 1;
	const spans: Span[] = [];
	const add = (x0: number, x1: number, clearance: number) => {
		if (x1 < node.x + from || x0 > node.x + reach) return;
		spans.push({ start: x0 - node.x - clearance, end: x1 - node.x + clearance });
	};
	// A pill hanging past the corner must not cover a neighbour (its box with its own badge) either; the
	// groups around the node are not in the way, their borders may pass under a pill.
	const around = new Set<string>();
	for (let at = node.parent; at !== undefined && !around.has(at); at = parents.get(at)) around.add(at);
	for (const other of step.nodes) {
		if (other.id === node.id || around.has(other.id)) continue;
		const raised = other.badgeWidth === undefined ? 0 : NODE_STYLE.badgeHeight / 2;
		if (other.y - raised > bottom || other.y + other.height < top) continue;
		if (other.isGroup && other.y + GROUP_STYLE.paddingTop < top) continue;
		add(other.x, other.x + other.width, BORDER_CLEARANCE);
	}
	for (const edge of step.edges) {
		for (let i = 1; i < edge.points.length; i++) {
			const a = edge.points[i - 1];
			const b = edge.points[i];
			if (!a || !b) continue;
			if (Math.max(a.y, b.y) < top || Math.min(a.y, b.y) > bottom) continue;
			add(Math.min(a.x, b.x), Math.max(a.x, b.x), EDGE_CLEARANCE);
		}
		const label = edge.label;
		if (label && label.y <= bottom && label.y + label.height >= top) {
			add(label.x, label.x + label.width, 2);
		}
	}
	return spans;
}

/**
 * The leftmost a pill may go: past a group's title; on a leaf, hanging past the top-left corner by up to half
 * its width (`width`), as it may past the right one, but never past the drawing's left side. The search prefers
 * the places nearest the usual corner, so a pill hangs on the left only when nothing inside is clear: a narrow box
 * with arrows into its top (crun under conmon's two exec arrows in kubernetes-cri).
 */
function lowestLeft(node: NodeBox, width: number): number {
	if (!node.isGroup) return Math.min(BORDER_CLEARANCE, Math.max(-width / 2, 4 - node.x));
	return GROUP_STYLE.paddingSide + groupTitleWidth(node.label) + BORDER_CLEARANCE;
}

/**
 * The pill's left end on `node` in `step`: `undefined` for its usual place, whenever that is clear. Otherwise
 * `before`, where the same pill was moved to in the previous step (relative to its box), if it is clear here
 * too; else the clear place nearest the usual one.
 */
export function badgeLeft(
	node: NodeBox,
	step: StepLayout,
	before?: number,
	parents: ReadonlyMap<string, string> = parentsOf(step)
): number | undefined {
	if (node.badgeWidth === undefined) return undefined;
	const width = badgePillWidth(node.badgeWidth);
	const usual = usualBadgeLeft(node.width, node.badgeWidth);
	// A pill may hang past the top-right corner by up to half its width (as a tag on a corner does): on a
	// narrow box, or between a group's title and its corner, an arrow into the top border often leaves no
	// clear place inside. Whatever stands beside the corner is in `obstacles`; the drawing's right side, where
	// a still picture ends, is never crossed.
	const highest = Math.max(usual, Math.min(node.width - width / 2, step.width - node.x - width - 4));
	const lowest = lowestLeft(node, width);
	const spans = obstacles(node, step, parents, lowest, highest + width);
	const clear = (left: number) => spans.every((s) => left + width <= s.start || left >= s.end);
	if (clear(usual)) return undefined;
	const within = (left: number) => left >= lowest - SAME && left <= highest + SAME;
	const candidates = [usual, ...spans.flatMap((s) => [s.start - width, s.end])]
		.filter(within)
		.sort((a, b) => Math.abs(a - usual) - Math.abs(b - usual));
	if (before !== undefined && within(before)) candidates.unshift(before);
	const chosen = candidates.find(clear);
	return chosen === undefined || Math.abs(chosen - usual) < SAME ? undefined : Math.round(chosen * 100) / 100;
}

/** Each node's parent, by id. */
function parentsOf(step: StepLayout): Map<string, string> {
	return new Map(step.nodes.flatMap((n) => (n.parent === undefined ? [] : [[n.id, n.parent] as const])));
}

/** Every step with its badges placed clear of the edges (`badgeX`); the steps in storyline order. */
export function placeBadges(steps: StepLayout[]): StepLayout[] {
	let before = new Map<string, number>();
	return steps.map((step) => {
		const placed = new Map<string, number>();
		const parents = parentsOf(step);
		const nodes = step.nodes.map((node) => {
			if (node.badgeWidth === undefined) return node;
			const { badgeX: _previous, ...rest } = node;
			const left = badgeLeft(rest, step, before.get(node.id), parents);
			if (left === undefined) return rest;
			placed.set(node.id, left);
			return { ...rest, badgeX: left };
		});
		before = placed;
		return { ...step, nodes };
	});
}
