/**
 * ELK's answer → one `StepLayout`. Coordinates are already absolute (the graph asked for ROOT coordinates); this
 * module only reads them, keeps ELK's bend points as they are, and rounds to 0.01 px for small, stable JSON.
 */
import type { ElkEdgeSection, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { round2, roundPoint, straighten, withoutRepeats } from './geometry.js';
import { nodeBoxOf, type MeasuredScene } from './measure-scene.js';
import { keepAuthoredOrder } from './sibling-order.js';
import { edgeLabelId, laidOutReversed } from './to-elk.js';
import type { EdgeRoute, NodeBox, Point, StepLayout } from './types.js';

/** Every node and edge of ELK's answer by id, wherever they sit in the hierarchy. */
function indexGraph(root: ElkNode): { nodes: Map<string, ElkNode>; edges: Map<string, ElkExtendedEdge> } {
	const nodes = new Map<string, ElkNode>();
	const edges = new Map<string, ElkExtendedEdge>();
	const visit = (node: ElkNode) => {
		for (const edge of node.edges ?? []) edges.set(edge.id, edge);
		for (const child of node.children ?? []) {
			nodes.set(child.id, child);
			visit(child);
		}
	};
	visit(root);
	return { nodes, edges };
}

/** Chains an edge's sections start to end (ELK may split a route that crosses hierarchy levels). */
function routePoints(edgeId: string, sections: ElkEdgeSection[]): Point[] {
	if (sections.length === 0) throw new Error(`ELK returned no route for edge "${edgeId}"`);
	const byId = new Map(sections.map((section) => [section.id, section]));
	const first = sections.find((s) => !(s.incomingSections ?? []).some((id) => byId.has(id))) ?? sections[0];
	const points: Point[] = [];
	const seen = new Set<string>();
	let section: ElkEdgeSection | undefined = first;
	while (section && !seen.has(section.id)) {
		seen.add(section.id);
		for (const point of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
			points.push(roundPoint(point));
		}
		const next: string | undefined = section.outgoingSections?.[0];
		section = next === undefined ? undefined : byId.get(next);
	}
	// ELK's routes across group borders can come back a fraction of a pixel off axis (a hierarchical port and
	// the edge's bend disagree by up to ~0.5 px): straightened, every end stays on its node's border.
	return straighten(withoutRepeats(points));
}

export function fromElkGraph(measured: MeasuredScene, result: ElkNode): StepLayout {
	const { scene, nodeById, edgeLabels } = measured;
	const elk = indexGraph(result);

	const depthOf = (id: string): number => {
		const parent = nodeById.get(id)?.parent;
		return parent === undefined ? 0 : depthOf(parent) + 1;
	};

	const nodes: NodeBox[] = scene.nodes.map((node) => {
		const shape = elk.nodes.get(node.id);
		if (!shape || shape.x === undefined || shape.y === undefined) {
			throw new Error(`ELK returned no position for node "${node.id}"`);
		}
		const box = {
			x: round2(shape.x),
			y: round2(shape.y),
			width: round2(shape.width ?? 0),
			height: round2(shape.height ?? 0)
		};
		return nodeBoxOf(measured, node, box, depthOf(node.id));
	});

	const edges: EdgeRoute[] = scene.edges.map((edge) => {
		const elkEdge = elk.edges.get(edge.id);
		if (!elkEdge) throw new Error(`ELK returned no edge "${edge.id}"`);
		const route: EdgeRoute = {
			id: edge.id,
			from: edge.from,
			to: edge.to,
			points: routePoints(edge.id, elkEdge.sections ?? [])
		};
		if (laidOutReversed(edge)) route.points.reverse();
		const size = edgeLabels.get(edge.id);
		const elkLabel = elkEdge.labels?.find((label) => label.id === edgeLabelId(edge.id));
		if (size && elkLabel) {
			route.label = {
				x: round2(elkLabel.x ?? 0),
				y: round2(elkLabel.y ?? 0),
				width: size.width,
				height: size.height,
				lines: size.lines
			};
		}
		return route;
	});

	const layout: StepLayout = {
		stepId: scene.id,
		width: round2(result.width ?? 0),
		height: round2(result.height ?? 0),
		nodes,
		edges
	};
	// The graph carries its own direction (to-elk set it): the axis along which a layer's nodes stack.
	const direction = result.layoutOptions?.['elk.direction'] === 'RIGHT' ? 'right' : 'down';
	return keepAuthoredOrder(layout, scene, direction);
}
