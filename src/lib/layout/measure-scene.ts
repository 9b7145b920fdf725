/**
 * Everything the layout needs to know about a scene before ELK runs: each node's size and wrapped text, each edge
 * label's box, and the nesting. Pure and cheap; ELK does the rest.
 */
import type { DiagramEdge, DiagramNode, Scene } from '../model/types.js';
import {
	measureEdgeLabel,
	measureGroup,
	measureNode,
	type EdgeLabelSize,
	type GroupSize,
	type NodeSize
} from './node-size.js';
import type { Box, NodeBox } from './types.js';

export interface MeasuredScene {
	scene: Scene;
	nodeById: Map<string, DiagramNode>;
	/** Leaf nodes: a fixed size. */
	leaves: Map<string, NodeSize>;
	/** Groups (kind `group`): a minimum size; ELK grows them around their children. */
	groups: Map<string, GroupSize>;
	edgeLabels: Map<string, EdgeLabelSize>;
	/** Children in scene order, by parent id; top-level nodes under `undefined`. */
	childrenOf: Map<string | undefined, DiagramNode[]>;
}

export function isGroup(node: DiagramNode): boolean {
	return node.kind === 'group';
}

export function measureScene(scene: Scene): MeasuredScene {
	const nodeById = new Map(scene.nodes.map((node) => [node.id, node]));
	const leaves = new Map<string, NodeSize>();
	const groups = new Map<string, GroupSize>();
	const childrenOf = new Map<string | undefined, DiagramNode[]>();
	for (const node of scene.nodes) {
		if (isGroup(node)) groups.set(node.id, measureGroup(node));
		else leaves.set(node.id, measureNode(node));
		const siblings = childrenOf.get(node.parent) ?? [];
		siblings.push(node);
		childrenOf.set(node.parent, siblings);
	}
	const edgeLabels = new Map<string, EdgeLabelSize>();
	for (const edge of scene.edges) {
		const size = measureEdgeLabel(edge);
		if (size) edgeLabels.set(edge.id, size);
	}
	return { scene, nodeById, leaves, groups, edgeLabels, childrenOf };
}

/** A laid-out node: its box (already rounded) with the wrapped label and badge width measured for it. */
export function nodeBoxOf(measured: MeasuredScene, node: DiagramNode, box: Box, depth: number): NodeBox {
	const text = measured.leaves.get(node.id) ?? measured.groups.get(node.id);
	const laidOut: NodeBox = {
		id: node.id,
		...box,
		isGroup: measured.groups.has(node.id),
		depth,
		label: text?.label ?? { en: [node.label.en], ko: [node.label.ko] }
	};
	if (node.parent !== undefined) laidOut.parent = node.parent;
	if (text?.badgeWidth !== undefined) laidOut.badgeWidth = text.badgeWidth;
	return laidOut;
}

/** Ids from the node up to its top-level ancestor, the node first. */
export function ancestry(id: string, nodeById: Map<string, DiagramNode>): string[] {
	const chain: string[] = [];
	let current: string | undefined = id;
	while (current !== undefined && !chain.includes(current)) {
		chain.push(current);
		current = nodeById.get(current)?.parent;
	}
	return chain;
}

/**
 * The node whose coordinate system holds an edge (ELK's containment rule): the deepest group containing both ends,
 * or the upper end itself when one end is inside the other; `undefined` is the diagram.
 */
export function edgeContainer(edge: DiagramEdge, nodeById: Map<string, DiagramNode>): string | undefined {
	const fromChain = ancestry(edge.from, nodeById);
	const toChain = ancestry(edge.to, nodeById);
	if (fromChain.includes(edge.to)) return edge.to;
	if (toChain.includes(edge.from)) return edge.from;
	return fromChain.slice(1).find((id) => toChain.includes(id));
}
