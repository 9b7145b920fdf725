/**
 * One scene → one ELK graph. Nodes keep their scene order (ELK's model order), groups become compound nodes padded
 * for their label, edge labels become ELK labels with their measured size, and every coordinate in ELK's answer is
 * absolute (`elk.json.shapeCoords` / `elk.json.edgeCoords` ROOT).
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { Direction } from '../model/types.js';
import { edgeContainer, type MeasuredScene } from './measure-scene.js';
import { GROUP_STYLE, SPACING } from './style.js';

export const ROOT_ID = '@root';

/** The id of an edge's ELK label. */
export function edgeLabelId(edgeId: string): string {
	return `${edgeId}@label`;
}

/**
 * Edge labels sit centred on their edge, the line passing behind the label's box (ELK reads these per label, not
 * from the graph). Measured against labels beside the edge and labels at the head or tail: head/tail labels save
 * ~15 % of the height but crowd group borders and the group's own label; beside-the-edge labels cost the same
 * height as inline ones and read less clearly.
 */
export const EDGE_LABEL_OPTIONS: LayoutOptions = {
	'elk.edgeLabels.placement': 'CENTER',
	'elk.edgeLabels.inline': 'true'
};

/**
 * Options ELK reads from each compound node, not inherited from the root: every group repeats them, or its
 * children would be spaced by ELK's defaults (20 px) instead of the house spacing.
 */
/** The closest two lines (or a line and a box) come at any spacing scale. */
export const MIN_EDGE_SPACING = 8;

export function graphOptions(scale = 1): LayoutOptions {
	// Lines keep at least MIN_EDGE_SPACING apart, whatever the scale: closer parallel lines read as one.
	const at = (n: number, min = 0) => String(Math.max(min, Math.round(n * scale * 100) / 100));
	return {
		'elk.spacing.nodeNode': at(SPACING.nodeNode),
		'elk.layered.spacing.nodeNodeBetweenLayers': at(SPACING.betweenLayers),
		'elk.spacing.edgeNode': at(SPACING.edgeNode, MIN_EDGE_SPACING),
		'elk.layered.spacing.edgeNodeBetweenLayers': at(SPACING.edgeNode, MIN_EDGE_SPACING),
		'elk.spacing.edgeEdge': at(SPACING.edgeEdge, MIN_EDGE_SPACING),
		'elk.layered.spacing.edgeEdgeBetweenLayers': at(SPACING.edgeEdge, MIN_EDGE_SPACING),
		'elk.spacing.edgeLabel': '4',
		'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX'
	};
}

/**
 * How a storyline is composed for its stage: the flow direction and whether ELK wraps long chains of layers
 * into rows or columns that fill the stage's aspect ratio. The engine chooses one per storyline (`compose.ts`).
 */
export interface Composition {
	direction: Direction;
	/** Wrap long chains (ELK's MULTI_EDGE wrapping) toward `aspect`. */
	wrap: boolean;
	/** Width ÷ height of the stage: the target of wrapping and of packing disconnected parts. */
	aspect: number;
	/**
	 * The house spacing (`SPACING`) times this: below 1 the text is larger relative to the room between boxes,
	 * so a long chain takes less of the stage and its names are drawn larger. Default 1.
	 */
	spacing?: number;
}

/** The options of the whole diagram: the house style of a stackmotion diagram. */
export function baseLayoutOptions(composition: Composition): LayoutOptions {
	const { direction } = composition;
	return {
		'elk.algorithm': 'layered',
		'elk.direction': direction === 'right' ? 'RIGHT' : 'DOWN',
		'elk.aspectRatio': String(composition.aspect),
		...(composition.wrap
			? {
					'elk.layered.wrapping.strategy': 'MULTI_EDGE',
					'elk.layered.wrapping.additionalEdgeSpacing': String(SPACING.edgeEdge)
				}
			: {}),
		'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
		'elk.edgeRouting': 'ORTHOGONAL',
		'elk.json.shapeCoords': 'ROOT',
		'elk.json.edgeCoords': 'ROOT',
		'elk.padding': padding(SPACING.diagramPadding, SPACING.diagramPadding, SPACING.diagramPadding),
		// Keeps the authored order of top-level siblings wherever crossings allow. Only on the root: elkjs 0.12
		// throws ("reading 'a'") when a group inside a hierarchical layout sets it.
		'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
		...graphOptions(composition.spacing)
	};
}

function padding(top: number, side: number, bottom: number): string {
	return `[top=${top},left=${side},bottom=${bottom},right=${side}]`;
}

export function toElkGraph(measured: MeasuredScene, composition: Composition): ElkNode {
	const { direction } = composition;
	const { scene, nodeById, leaves, groups, edgeLabels, childrenOf } = measured;

	const edgesByContainer = new Map<string | undefined, ElkExtendedEdge[]>();
	for (const edge of scene.edges) {
		const label = edgeLabels.get(edge.id);
		const elkEdge: ElkExtendedEdge = {
			id: edge.id,
			// A watch points from the watcher to what it watches, but the data flows the other way: lay it out
			// reversed so the watched (an API server) ranks above its watchers, then turn the route back.
			sources: [laidOutReversed(edge) ? edge.to : edge.from],
			targets: [laidOutReversed(edge) ? edge.from : edge.to],
			// ELK ignores a label without text; the text itself is never measured by ELK (the size is ours).
			...(label
				? {
						labels: [
							{
								id: edgeLabelId(edge.id),
								text: edge.id,
								width: label.width,
								height: label.height,
								layoutOptions: EDGE_LABEL_OPTIONS
							}
						]
					}
				: {})
		};
		const container = edgeContainer(edge, nodeById);
		const list = edgesByContainer.get(container) ?? [];
		list.push(elkEdge);
		edgesByContainer.set(container, list);
	}

	const childrenIn = (parent: string | undefined): ElkNode[] =>
		(childrenOf.get(parent) ?? []).map((child) => build(child.id));

	const build = (id: string): ElkNode => {
		const leaf = leaves.get(id);
		if (leaf) return { id, width: leaf.width, height: leaf.height };
		const group = groups.get(id);
		if (!group) throw new Error(`node "${id}" was not measured`);
		const children = childrenIn(id);
		const edges = edgesByContainer.get(id) ?? [];
		return {
			id,
			// An empty group is laid out as a box of its minimum size.
			...(children.length === 0 ? { width: group.minWidth, height: group.minHeight } : {}),
			layoutOptions: {
				...graphOptions(composition.spacing),
				'elk.padding': padding(GROUP_STYLE.paddingTop, GROUP_STYLE.paddingSide, GROUP_STYLE.paddingBottom),
				'elk.nodeSize.constraints': 'MINIMUM_SIZE',
				// elkjs 0.12 applies the minimum size of a group *with children* in its rotated frame when the
				// layout runs top-down (width and height swapped: a group came out as tall as its label is wide), so
				// the pair is given transposed there; an empty group is a plain node and takes it as is.
				'elk.nodeSize.minimum':
					direction === 'right' || children.length === 0
						? `(${group.minWidth}, ${group.minHeight})`
						: `(${group.minHeight}, ${group.minWidth})`
			},
			children,
			edges
		};
	};

	return {
		id: ROOT_ID,
		layoutOptions: baseLayoutOptions(composition),
		children: childrenIn(undefined),
		edges: edgesByContainer.get(undefined) ?? []
	};
}

/** Edges ELK lays out against their direction (their routes are reversed back afterwards). */
export function laidOutReversed(edge: { kind: string }): boolean {
	return edge.kind === 'watch';
}
