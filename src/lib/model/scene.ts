/**
 * The scene being resolved for one step: nodes and edges by id in display order, plus where in the spec each was
 * stated *in this step*. Those paths decide where an error is reported; items carried over from the previous step
 * have none, so problems they already had are not reported again.
 */
import type { PathKey } from './paths.js';
import { localize } from './text.js';
import type { DiagramEdge, DiagramNode, EdgeSpec, EdgeUpdate, NodeSpec, NodeUpdate } from './types.js';

export interface WorkNode {
	node: DiagramNode;
	/** Set when this step states the node's parent (full scene, add, or an update of `parent`). */
	parentPath?: PathKey[];
	/** Set when this step states the node's kind (full scene, add, or an update of `kind`). */
	kindPath?: PathKey[];
}

export interface WorkEdge {
	edge: DiagramEdge;
	/** Set when this step states the edge's ends (full scene or add). */
	fromPath?: PathKey[];
	toPath?: PathKey[];
}

export interface WorkScene {
	/** Map order is display order: persisting items keep their place, new ones append. */
	nodes: Map<string, WorkNode>;
	edges: Map<string, WorkEdge>;
	/**
	 * Ids of entries that failed structural checks. They are left out of the scene, but references to them are not
	 * reported again (the entry's own error says what to fix).
	 */
	brokenNodes: Set<string>;
	brokenEdges: Set<string>;
	/**
	 * Set when a whole node (or edge) list was malformed, so which ids it meant to hold is unknown: references to
	 * missing nodes (or edges) are then not reported, the list's own error says what to fix.
	 */
	unknownNodes: boolean;
	unknownEdges: boolean;
}

export function emptyScene(): WorkScene {
	return {
		nodes: new Map(),
		edges: new Map(),
		brokenNodes: new Set(),
		brokenEdges: new Set(),
		unknownNodes: false,
		unknownEdges: false
	};
}

/** The previous step's scene as the starting point of a patch: same order, no paths from the previous step. */
export function carryOver(previous: WorkScene): WorkScene {
	const scene = emptyScene();
	for (const [id, w] of previous.nodes) scene.nodes.set(id, { node: w.node });
	for (const [id, w] of previous.edges) scene.edges.set(id, { edge: w.edge });
	for (const id of previous.brokenNodes) scene.brokenNodes.add(id);
	for (const id of previous.brokenEdges) scene.brokenEdges.add(id);
	scene.unknownNodes = previous.unknownNodes;
	scene.unknownEdges = previous.unknownEdges;
	return scene;
}

export function defaultEdgeId(from: string, to: string): string {
	return `${from}->${to}`;
}

/* ---------- building resolved items field by field (never copying unknown keys) ---------- */

export function toNode(spec: NodeSpec): DiagramNode {
	const node: DiagramNode = { id: spec.id, label: localize(spec.label), kind: spec.kind, sources: [] };
	return applyNodeFields(node, spec);
}

export function updateNode(node: DiagramNode, update: NodeUpdate): DiagramNode {
	return applyNodeFields(cloneNode(node), update);
}

function applyNodeFields(node: DiagramNode, fields: Omit<NodeUpdate, 'id'>): DiagramNode {
	if (fields.label !== undefined) node.label = localize(fields.label);
	if (fields.kind !== undefined) node.kind = fields.kind;
	if (fields.parent !== undefined) node.parent = fields.parent;
	if (fields.badge !== undefined) node.badge = localize(fields.badge);
	if (fields.description !== undefined) node.description = localize(fields.description);
	if (fields.href !== undefined) node.href = fields.href;
	if (fields.sources !== undefined) node.sources = [...fields.sources];
	return node;
}

export function toEdge(spec: EdgeSpec): DiagramEdge {
	const edge: DiagramEdge = {
		id: spec.id ?? defaultEdgeId(spec.from, spec.to),
		from: spec.from,
		to: spec.to,
		kind: 'call',
		sources: []
	};
	return applyEdgeFields(edge, spec);
}

export function updateEdge(edge: DiagramEdge, update: EdgeUpdate): DiagramEdge {
	return applyEdgeFields(cloneEdge(edge), update);
}

function applyEdgeFields(edge: DiagramEdge, fields: Omit<EdgeUpdate, 'id'>): DiagramEdge {
	if (fields.label !== undefined) edge.label = localize(fields.label);
	if (fields.endpoint !== undefined) edge.endpoint = fields.endpoint;
	if (fields.kind !== undefined) edge.kind = fields.kind;
	if (fields.sources !== undefined) edge.sources = [...fields.sources];
	return edge;
}

export function cloneNode(node: DiagramNode): DiagramNode {
	const copy: DiagramNode = {
		id: node.id,
		label: { ...node.label },
		kind: node.kind,
		sources: [...node.sources]
	};
	if (node.parent !== undefined) copy.parent = node.parent;
	if (node.badge !== undefined) copy.badge = { ...node.badge };
	if (node.description !== undefined) copy.description = { ...node.description };
	if (node.href !== undefined) copy.href = node.href;
	return copy;
}

export function cloneEdge(edge: DiagramEdge): DiagramEdge {
	const copy: DiagramEdge = {
		id: edge.id,
		from: edge.from,
		to: edge.to,
		kind: edge.kind,
		sources: [...edge.sources]
	};
	if (edge.label !== undefined) copy.label = { ...edge.label };
	if (edge.endpoint !== undefined) copy.endpoint = edge.endpoint;
	return copy;
}
