/**
 * The renderer's contract: the classes and data attributes of the SVG that `DiagramCanvas` draws, which the
 * motion painter, the exporters and the tests find elements by. The components write their markup with these
 * names and everything that reads the markup looks them up here, so renaming one is one change.
 * (`styles/diagram.css` styles the same classes.)
 */

/** Classes, without the dot. */
export const CLASS = {
	/** Every component's root element; carries `data-theme`. */
	root: 'sm-root',
	svg: 'sm-svg',
	node: 'sm-node',
	group: 'sm-group',
	/** A leaf node's shape. */
	nodeBox: 'sm-node-box',
	/** A group's shape. */
	groupBox: 'sm-group-box',
	/** A node's caption and label, translated to the box centre. */
	nodeContent: 'sm-node-content',
	/** The label before a relabel, drawn under the new one while they cross-fade (also has `nodeContent`). */
	nodeContentPrevious: 'sm-node-content-previous',
	nodeBadgeGroup: 'sm-node-badge-group',
	/** The "new in 1.5" / "changed" / "removed in 1.24" pill. */
	change: 'sm-change',
	changeBox: 'sm-change-box',
	changeText: 'sm-change-text',
	edge: 'sm-edge',
	edgeLine: 'sm-edge-line',
	edgeLabel: 'sm-edge-label',
	/** The SVG's layers, in drawing order (`DiagramCanvas`). */
	layerGroups: 'sm-layer-groups',
	layerEdges: 'sm-layer-edges',
	layerNodes: 'sm-layer-nodes',
	layerEdgeLabels: 'sm-layer-edge-labels',
	layerMessages: 'sm-layer-messages',
	message: 'sm-message',
	messageBox: 'sm-message-box',
	messageText: 'sm-message-text'
} as const;

/** Data attributes, as written in the markup (Svelte needs attribute names literally; the canvas's browser
 * test checks that the markup carries these). */
export const ATTR = {
	/** On a node's or group's root `<g>`: its id. */
	nodeId: 'data-node-id',
	/** On a node's and an edge's root `<g>`: its kind. */
	kind: 'data-kind',
	/** On an edge's root `<g>`: its id. */
	edgeId: 'data-edge-id',
	/** On an edge label's `<g>` (a layer of its own, above the nodes): the edge's id. */
	edgeLabelId: 'data-edge-label-id',
	/** On a node's badge group: the measured width of its text, for placing the badge when the box resizes. */
	textWidth: 'data-text-width',
	/** On a node's badge group: its left end when the layout moved it off the top-right corner (`badgeX`). */
	badgeX: 'data-badge-x',
	/** On a component root while a transition plays. */
	animating: 'data-animating',
	theme: 'data-theme'
} as const;

/** `data-node-id` → `nodeId`: the `dataset` key of a data attribute. */
function datasetKey(attribute: string): string {
	return attribute.slice('data-'.length).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** `dataset` keys of the attributes above (`element.dataset[DATASET.nodeId]`). */
export const DATASET = Object.fromEntries(
	Object.entries(ATTR).map(([name, attribute]) => [name, datasetKey(attribute)])
) as { readonly [K in keyof typeof ATTR]: string };

const cls = (name: string) => `.${name}`;

/** Selectors the painter and the exporters use. `:scope >` ones are relative to a node's or edge's root. */
export const SELECTOR = {
	svg: `svg${cls(CLASS.svg)}`,
	root: cls(CLASS.root),
	node: `[${ATTR.nodeId}]`,
	edge: `[${ATTR.edgeId}]`,
	edgeLabel: `[${ATTR.edgeLabelId}]`,
	animating: `[${ATTR.animating}]`,
	/** A node's shape, leaf or group. */
	shapeBox: `:scope > ${cls(CLASS.nodeBox)}, :scope > ${cls(CLASS.groupBox)}`,
	content: `:scope > ${cls(CLASS.nodeContent)}:not(${cls(CLASS.nodeContentPrevious)})`,
	previousContent: `:scope > ${cls(CLASS.nodeContentPrevious)}`,
	badge: `:scope > ${cls(CLASS.nodeBadgeGroup)}`,
	change: `:scope > ${cls(CLASS.change)}`,
	edgeLine: cls(CLASS.edgeLine)
} as const;
