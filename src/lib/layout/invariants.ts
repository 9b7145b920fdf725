/**
 * What every laid-out step must satisfy, as pure checks that return the violations they find (an empty list is a
 * pass). Unit tests, property tests and the playground can all run them; none of them looks at raw coordinates.
 */
import { KIND_CAPTION } from '../model/kinds.js';
import { LANGS, type DiagramNode, type Scene } from '../model/types.js';
import { BADGE_GAP, captionWidth } from './node-size.js';
import { boxContains, boxesOverlap, placeOfPoint } from './geometry.js';
import { badgePillWidth, EDGE_STYLE, GROUP_STYLE, NODE_STYLE } from './style.js';
import { measureText } from './text.js';
import type { Box, EdgeRoute, NodeBox, Point, StepLayout, StorylineLayout } from './types.js';

export type InvariantRule =
	| 'order'
	| 'child-inside-parent'
	| 'sibling-overlap'
	| 'edge-endpoint'
	| 'orthogonal'
	| 'text-fits'
	| 'edge-label-overlaps-node'
	| 'edge-label-crosses-group'
	| 'inside-diagram';

export interface Violation {
	rule: InvariantRule;
	step: string;
	/** The node or edge id at fault. */
	subject: string;
	message: string;
}

/** Geometry tolerance: the layout rounds to 0.01 px, ELK itself is exact to well under this. */
export const TOLERANCE = 0.5;

/**
 * Rules a layout must never break. `edge-label-crosses-group` (a label box straddling a group's border) is
 * reported by `checkStep` but only as advice: ELK places labels of edges that leave a group in the gap between
 * layers, where they may touch the border without hiding anything.
 */
export const HARD_RULES: readonly InvariantRule[] = [
	'order',
	'child-inside-parent',
	'sibling-overlap',
	'edge-endpoint',
	'orthogonal',
	'text-fits',
	'edge-label-overlaps-node',
	'inside-diagram'
];

function fmt(box: Box): string {
	return `(${box.x}, ${box.y}, ${box.width}×${box.height})`;
}

function normalized(text: string): string {
	return text.replace(/\s+/g, '');
}

function checkOrder(step: StepLayout, scene: Scene, report: Report): void {
	const seen = new Set<string>();
	for (const node of step.nodes) {
		if (node.parent !== undefined && !seen.has(node.parent)) {
			report('order', node.id, `node "${node.id}" is listed before its parent "${node.parent}"`);
		}
		seen.add(node.id);
	}
	const sceneNodes = scene.nodes.map((n) => n.id).sort();
	const layoutNodes = step.nodes.map((n) => n.id).sort();
	if (sceneNodes.join('\n') !== layoutNodes.join('\n')) {
		report('order', scene.id, `the layout's nodes [${layoutNodes}] differ from the scene's [${sceneNodes}]`);
	}
	const sceneEdges = scene.edges.map((e) => e.id).join('\n');
	if (step.edges.map((e) => e.id).join('\n') !== sceneEdges) {
		report('order', scene.id, 'the layout’s edges are not the scene’s edges in scene order');
	}
}

function checkNesting(step: StepLayout, byId: Map<string, NodeBox>, report: Report): void {
	for (const node of step.nodes) {
		if (node.parent === undefined) continue;
		const parent = byId.get(node.parent);
		if (!parent) {
			report('child-inside-parent', node.id, `parent "${node.parent}" of "${node.id}" is not laid out`);
			continue;
		}
		const content: Box = {
			x: parent.x + GROUP_STYLE.paddingSide,
			y: parent.y + GROUP_STYLE.paddingTop,
			width: parent.width - 2 * GROUP_STYLE.paddingSide,
			height: parent.height - GROUP_STYLE.paddingTop - GROUP_STYLE.paddingBottom
		};
		if (!boxContains(content, node, TOLERANCE)) {
			report(
				'child-inside-parent',
				node.id,
				`"${node.id}" ${fmt(node)} is not inside the padded content ${fmt(content)} of "${parent.id}"`
			);
		}
	}
}

function checkSiblings(step: StepLayout, report: Report): void {
	const byParent = new Map<string | undefined, NodeBox[]>();
	for (const node of step.nodes) byParent.set(node.parent, [...(byParent.get(node.parent) ?? []), node]);
	for (const siblings of byParent.values()) {
		siblings.forEach((a, i) => {
			for (const b of siblings.slice(i + 1)) {
				if (boxesOverlap(a, b, TOLERANCE))
					report('sibling-overlap', a.id, `"${a.id}" ${fmt(a)} overlaps "${b.id}" ${fmt(b)}`);
			}
		});
	}
}

function checkEdge(edge: EdgeRoute, byId: Map<string, NodeBox>, report: Report): void {
	const first = edge.points[0];
	const last = edge.points.at(-1);
	if (!first || !last || edge.points.length < 2) {
		report('edge-endpoint', edge.id, `edge "${edge.id}" has fewer than two points`);
		return;
	}
	const from = byId.get(edge.from);
	const to = byId.get(edge.to);
	if (!from || placeOfPoint(first, from, TOLERANCE) !== 'border') {
		report(
			'edge-endpoint',
			edge.id,
			`edge "${edge.id}" starts at (${first.x}, ${first.y}), not on "${edge.from}"`
		);
	}
	if (!to || placeOfPoint(last, to, TOLERANCE) !== 'border') {
		report('edge-endpoint', edge.id, `edge "${edge.id}" ends at (${last.x}, ${last.y}), not on "${edge.to}"`);
	}
	for (let i = 1; i < edge.points.length; i++) {
		const a = edge.points[i - 1] as Point;
		const b = edge.points[i] as Point;
		if (Math.abs(a.x - b.x) >= TOLERANCE && Math.abs(a.y - b.y) >= TOLERANCE) {
			report(
				'orthogonal',
				edge.id,
				`edge "${edge.id}" segment ${i} (${a.x}, ${a.y}) → (${b.x}, ${b.y}) is diagonal`
			);
		}
	}
}

/** The node's lines hold its whole label, and every line, the caption and the badge fit the box. */
function checkNodeText(box: NodeBox, node: DiagramNode, report: Report): void {
	const fail = (message: string) => report('text-fits', box.id, `"${box.id}": ${message}`);
	for (const lang of LANGS) {
		const lines = box.label[lang];
		if (normalized(lines.join('')) !== normalized(node.label[lang])) {
			fail(`${lang} lines ${JSON.stringify(lines)} are not the label "${node.label[lang]}"`);
		}
		const badge = node.badge
			? measureText(node.badge[lang], NODE_STYLE.badgeSize, NODE_STYLE.badgeWeight)
			: 0;
		if (node.badge && (box.badgeWidth ?? -1) + TOLERANCE < badge) {
			fail(`badgeWidth ${box.badgeWidth} is narrower than the ${lang} badge text (${badge})`);
		}
		const badgeSpace = node.badge ? BADGE_GAP + badgePillWidth(badge) : 0;
		if (box.isGroup) {
			const width = measureText(lines.join(' '), GROUP_STYLE.labelSize, GROUP_STYLE.labelWeight);
			if (width + badgeSpace + 2 * GROUP_STYLE.paddingSide > box.width + TOLERANCE) {
				fail(`the ${lang} group label (${width.toFixed(2)} px) does not fit the width ${box.width}`);
			}
			if (GROUP_STYLE.labelLineHeight > GROUP_STYLE.paddingTop)
				fail('the group label is taller than its padding');
			continue;
		}
		const caption = captionWidth(KIND_CAPTION[node.kind][lang]);
		const widest = Math.max(
			caption,
			...lines.map((line) => measureText(line, NODE_STYLE.labelSize, NODE_STYLE.labelWeight))
		);
		if (widest + 2 * NODE_STYLE.paddingX > box.width + TOLERANCE) {
			fail(`the ${lang} text (${widest.toFixed(2)} px) does not fit the width ${box.width}`);
		}
		if (node.badge && caption + badgeSpace + 2 * NODE_STYLE.paddingX > box.width + TOLERANCE) {
			fail(`the ${lang} caption and badge do not fit side by side in the width ${box.width}`);
		}
		const height =
			2 * NODE_STYLE.paddingY + NODE_STYLE.captionLineHeight + lines.length * NODE_STYLE.labelLineHeight;
		if (height > box.height + TOLERANCE)
			fail(`the ${lang} text (${height} px tall) does not fit the height ${box.height}`);
	}
}

function checkEdgeLabelText(edge: EdgeRoute, scene: Scene, report: Report): void {
	const spec = scene.edges.find((e) => e.id === edge.id);
	const label = edge.label;
	if (!spec || (!spec.label && spec.endpoint === undefined)) return;
	if (!label) {
		report('text-fits', edge.id, `edge "${edge.id}" has text but no label box`);
		return;
	}
	for (const lang of LANGS) {
		const lines = label.lines[lang];
		const labelLines = spec.endpoint === undefined ? lines : lines.slice(0, -1);
		if (normalized(labelLines.join('')) !== normalized(spec.label?.[lang] ?? '')) {
			report(
				'text-fits',
				edge.id,
				`edge "${edge.id}" ${lang} lines ${JSON.stringify(lines)} are not its label`
			);
		}
		let height = 2 * EDGE_STYLE.labelPaddingY + labelLines.length * EDGE_STYLE.labelLineHeight;
		let width = Math.max(
			0,
			...labelLines.map((l) => measureText(l, EDGE_STYLE.labelSize, EDGE_STYLE.labelWeight))
		);
		if (spec.endpoint !== undefined) {
			if (lines.at(-1) !== spec.endpoint)
				report('text-fits', edge.id, `edge "${edge.id}" lost its endpoint line`);
			height += EDGE_STYLE.endpointLineHeight;
			width = Math.max(width, measureText(spec.endpoint, EDGE_STYLE.endpointSize, EDGE_STYLE.endpointWeight));
		}
		if (width + 2 * EDGE_STYLE.labelPaddingX > label.width + TOLERANCE || height > label.height + TOLERANCE) {
			report('text-fits', edge.id, `edge "${edge.id}" ${lang} label text does not fit its box ${fmt(label)}`);
		}
	}
}

function checkEdgeLabelPlacement(edge: EdgeRoute, step: StepLayout, report: Report): void {
	const label = edge.label;
	if (!label) return;
	for (const node of step.nodes) {
		if (!node.isGroup) {
			if (boxesOverlap(label, node, TOLERANCE)) {
				report(
					'edge-label-overlaps-node',
					edge.id,
					`the label of "${edge.id}" ${fmt(label)} covers "${node.id}"`
				);
			}
			continue;
		}
		if (boxesOverlap(label, node, TOLERANCE) && !boxContains(node, label, TOLERANCE)) {
			report(
				'edge-label-crosses-group',
				edge.id,
				`the label of "${edge.id}" straddles the border of "${node.id}"`
			);
		}
	}
}

function checkInsideDiagram(step: StepLayout, report: Report): void {
	const diagram: Box = { x: 0, y: 0, width: step.width, height: step.height };
	for (const node of step.nodes) {
		if (!boxContains(diagram, node, TOLERANCE))
			report('inside-diagram', node.id, `"${node.id}" ${fmt(node)} leaves the diagram`);
	}
	for (const edge of step.edges) {
		const outside = edge.points.find((p) => !boxContains(diagram, { ...p, width: 0, height: 0 }, TOLERANCE));
		if (outside)
			report(
				'inside-diagram',
				edge.id,
				`edge "${edge.id}" leaves the diagram at (${outside.x}, ${outside.y})`
			);
		if (edge.label && !boxContains(diagram, edge.label, TOLERANCE)) {
			report('inside-diagram', edge.id, `the label of "${edge.id}" leaves the diagram`);
		}
	}
}

type Report = (rule: InvariantRule, subject: string, message: string) => void;

/** Every violation in one laid-out step, given the scene it was laid out from. */
export function checkStep(step: StepLayout, scene: Scene): Violation[] {
	const violations: Violation[] = [];
	const report: Report = (rule, subject, message) =>
		violations.push({ rule, step: step.stepId, subject, message });
	const byId = new Map(step.nodes.map((node) => [node.id, node]));
	const nodeById = new Map(scene.nodes.map((node) => [node.id, node]));
	checkOrder(step, scene, report);
	checkNesting(step, byId, report);
	checkSiblings(step, report);
	for (const box of step.nodes) {
		const node = nodeById.get(box.id);
		if (node) checkNodeText(box, node, report);
	}
	for (const edge of step.edges) {
		checkEdge(edge, byId, report);
		checkEdgeLabelText(edge, scene, report);
		checkEdgeLabelPlacement(edge, step, report);
	}
	checkInsideDiagram(step, report);
	return violations;
}

/** Every violation in every step of a storyline layout. */
export function checkLayout(layout: StorylineLayout): Violation[] {
	return layout.steps.flatMap((step, i) => {
		const scene = layout.storyline.steps[i];
		if (!scene || scene.id !== step.stepId) {
			return [
				{
					rule: 'order',
					step: step.stepId,
					subject: step.stepId,
					message: 'step does not match the storyline'
				}
			];
		}
		return checkStep(step, scene);
	});
}

/** Only the violations of rules a layout must never break. */
export function hardViolations(violations: Violation[]): Violation[] {
	return violations.filter((v) => HARD_RULES.includes(v.rule));
}
