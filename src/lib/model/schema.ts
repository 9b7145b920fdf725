/**
 * The structure of a `StorylineSpec` as valibot schemas: types, required fields, enums and id syntax.
 * Cross-references (edges, parents, patch targets, sources) are checked by `validateStoryline`, not here.
 *
 * Kept to plain objects, arrays, strings, picklists, records and unions so a JSON Schema can be generated from it.
 * A step is one object with every field optional (`nodes`/`edges` for a full scene, `add`/`remove`/`update` for a
 * patch) rather than a union: the validator then reports "mixed step" or "patch on the first step" precisely instead
 * of an opaque "matches neither variant".
 */
import * as v from 'valibot';
import { DIRECTIONS, EDGE_KINDS, NODE_KINDS } from './types.js';

/**
 * Node, step and storyline ids: letters, digits, `.`, `_`, `-`; no leading punctuation.
 * Spelled without the `i` flag because JSON Schema patterns carry no flags.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Edge ids may also contain `>`, as in the default `from->to`. */
export const EDGE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._>-]*$/;
/** Text must contain something visible. */
export const NON_BLANK_PATTERN = /\S/;

export const IdSchema = idField(
	'A stable id: letters, digits, ".", "_" and "-", starting with a letter or digit.',
	['containerd', '1.24']
);

export const EdgeIdSchema = edgeIdField(
	'An edge id; like a node id but may contain ">", e.g. "kubelet->containerd".',
	['kubelet->containerd']
);

/*
 * Field builders. Every field carries its own description (editors show it on hover; the docs' field reference
 * is generated from it). Ids and plain text are built as one flat pipe so the regex stays visible to the
 * structural checks, which name the expected id syntax in their messages.
 */
function idField(description: string, examples: readonly string[]) {
	return v.pipe(v.string(), v.regex(ID_PATTERN), v.description(description), v.examples(examples));
}

function edgeIdField(description: string, examples: readonly string[]) {
	return v.pipe(v.string(), v.regex(EDGE_ID_PATTERN), v.description(description), v.examples(examples));
}

function plainText(description: string, examples: readonly string[]) {
	return v.pipe(v.string(), v.regex(NON_BLANK_PATTERN), v.description(description), v.examples(examples));
}

function text(description: string, examples: readonly (string | { en: string; ko: string })[]) {
	return v.pipe(LocalizedTextSchema, v.description(description), v.examples(examples));
}

function sourceRefs(description: string) {
	return v.pipe(
		v.array(v.pipe(v.string(), v.regex(NON_BLANK_PATTERN))),
		v.description(description),
		v.examples([['k8s-cri-blog']])
	);
}

function nodeKind(description: string) {
	return v.pipe(NodeKindSchema, v.description(description));
}

function edgeKind(description: string) {
	return v.pipe(EdgeKindSchema, v.description(description));
}

const NonBlankSchema = v.pipe(v.string(), v.regex(NON_BLANK_PATTERN));

export const LocalizedTextSchema = v.pipe(
	v.union([
		NonBlankSchema,
		v.strictObject({
			en: v.pipe(NonBlankSchema, v.description('The English text.')),
			ko: v.pipe(NonBlankSchema, v.description('The Korean text.'))
		})
	]),
	v.description('Text for the audience: one string for every language, or { "en": ..., "ko": ... }.')
);

const HREF_DESCRIPTION =
	'An absolute http(s) URL or a relative URL; rendered as a link with rel="noopener noreferrer".';
const NODE_SOURCES = 'Ids into the storyline\'s "sources" table: where the claims about this node come from.';
const EDGE_SOURCES = 'Ids into the storyline\'s "sources" table: where the claims about this edge come from.';

export const NodeKindSchema = v.pipe(
	v.picklist(NODE_KINDS),
	v.description('What a component is; drives its shape, colour and the small caption above its label.')
);
export const EdgeKindSchema = v.pipe(
	v.picklist(EDGE_KINDS),
	v.description('What a connection means; drives the line style. Defaults to "call".')
);
export const DirectionSchema = v.pipe(
	v.picklist(DIRECTIONS),
	v.description('Which way the main flow reads: "down" (a stack, the default) or "right" (a timeline).')
);

const NODE = {
	id: 'Stable id of the node, the same in every step, so the node glides between steps instead of being redrawn.',
	label: 'The name drawn in the box.',
	kind: 'What the component is; drives its shape, colour and caption. "group" boxes can contain other nodes.',
	parent: 'Id of a node of kind "group" that contains this one.',
	badge: 'A short tag drawn on the node, e.g. "alpha" or "since 1.6".',
	description: 'A sentence shown in the tooltip and the accessible list of nodes.',
	href: HREF_DESCRIPTION
} as const;

export const NodeSpecSchema = v.pipe(
	v.strictObject({
		id: idField(NODE.id, ['kubelet', 'containerd']),
		label: text(NODE.label, ['kubelet', { en: 'container runtime', ko: '컨테이너 런타임' }]),
		kind: nodeKind(NODE.kind),
		parent: v.optional(idField(NODE.parent, ['node-host'])),
		badge: v.optional(text(NODE.badge, ['alpha', 'since 1.6'])),
		description: v.optional(text(NODE.description, ['Talks to the container runtime through CRI.'])),
		href: v.optional(plainText(NODE.href, ['https://kubernetes.io/docs/concepts/architecture/cri/'])),
		sources: v.optional(sourceRefs(NODE_SOURCES))
	}),
	v.description('A box in the diagram: a component, or a group that contains other nodes.')
);

const EDGE = {
	id: 'Defaults to "<from>-><to>"; give one when two edges join the same pair of nodes.',
	label: 'The protocol or verb written on the edge, e.g. "CRI gRPC".',
	endpoint: 'A socket or address drawn under the label, e.g. "/run/containerd/containerd.sock".',
	kind: 'What the connection means; drives the line style. Defaults to "call".'
} as const;

export const EdgeSpecSchema = v.pipe(
	v.strictObject({
		id: v.optional(edgeIdField(EDGE.id, ['kubelet->containerd', 'kubelet-to-shim'])),
		from: idField('Id of the node the edge starts at; it must be in the same step.', ['kubelet']),
		to: idField('Id of the node the edge points to; it must be in the same step.', ['containerd']),
		label: v.optional(text(EDGE.label, ['CRI gRPC', 'exec'])),
		endpoint: v.optional(plainText(EDGE.endpoint, ['/run/containerd/containerd.sock'])),
		kind: v.optional(edgeKind(EDGE.kind)),
		sources: v.optional(sourceRefs(EDGE_SOURCES))
	}),
	v.description('A connection between two nodes of the same step, drawn as an orthogonal arrow.')
);

export const NodeUpdateSchema = v.pipe(
	v.strictObject({
		id: idField('Id of the node to change; it must be in the previous step.', ['kubelet']),
		label: v.optional(text(NODE.label, ['kubelet'])),
		kind: v.optional(nodeKind(NODE.kind)),
		parent: v.optional(idField(NODE.parent, ['node-host'])),
		badge: v.optional(text(NODE.badge, ['GA'])),
		description: v.optional(text(NODE.description, ['Now speaks CRI directly.'])),
		href: v.optional(plainText(NODE.href, ['https://kubernetes.io/'])),
		sources: v.optional(sourceRefs(NODE_SOURCES))
	}),
	v.description('Changes to a node of the previous step: the fields given replace the old values.')
);

export const EdgeUpdateSchema = v.pipe(
	v.strictObject({
		id: edgeIdField('Id of the edge to change ("<from>-><to>" unless it has its own id).', [
			'kubelet->containerd'
		]),
		label: v.optional(text(EDGE.label, ['CRI gRPC'])),
		endpoint: v.optional(plainText(EDGE.endpoint, ['/run/containerd/containerd.sock'])),
		kind: v.optional(edgeKind(EDGE.kind)),
		sources: v.optional(sourceRefs(EDGE_SOURCES))
	}),
	v.description(
		"Changes to an edge of the previous step. An edge's ends cannot change: remove it and add a new one."
	)
);

export const MessageSpecSchema = v.pipe(
	v.strictObject({
		edge: edgeIdField("Id of an edge in this step's scene that the message travels along.", [
			'kubelet->containerd'
		]),
		label: text('What travels, e.g. the name of a call.', ['RunPodSandbox']),
		reverse: v.optional(
			v.pipe(v.boolean(), v.description("Travel against the edge's direction (a reply). Defaults to false."))
		)
	}),
	v.description('A message that travels along an edge during the step, in order (sequence diagrams).')
);

function patchNodes(description: string) {
	return v.optional(v.pipe(v.array(NodeSpecSchema), v.description(description)));
}

function patchEdges(description: string) {
	return v.optional(v.pipe(v.array(EdgeSpecSchema), v.description(description)));
}

export const StepSpecSchema = v.pipe(
	v.strictObject({
		id: idField('Stable id of the step, used in URLs ("#1.24") and by the "step" property.', ['1.24', 'v2']),
		label: text('Short name on the step control.', ['v1.24', '1.0']),
		title: text('The heading shown for this step.', [{ en: 'Dockershim removed', ko: 'dockershim 제거' }]),
		narration: text('One to three sentences shown beside the diagram (and read by screen readers).', [
			'The kubelet talks to containerd through CRI.'
		]),
		notes: v.optional(
			text('Speaker notes: what to point at, the misconception to correct.', ['Point at the shim.'])
		),
		sources: v.optional(sourceRefs('Ids into the storyline\'s "sources" table backing this step.')),
		focus: v.optional(
			v.pipe(
				v.array(EdgeIdSchema),
				v.description('Node or edge ids to highlight in this step (what the narration points at).'),
				v.examples([['kubelet', 'kubelet->containerd']])
			)
		),
		messages: v.optional(
			v.pipe(
				v.array(MessageSpecSchema),
				v.description('Messages that travel along edges during this step, in order.')
			)
		),
		nodes: v.optional(
			v.pipe(
				v.array(NodeSpecSchema),
				v.description(
					"The whole scene's nodes. Required on the first step; a later step lists either these or a patch."
				)
			)
		),
		edges: v.optional(
			v.pipe(v.array(EdgeSpecSchema), v.description('The whole scene\'s edges (with "nodes").'))
		),
		add: v.optional(
			v.pipe(
				v.strictObject({
					nodes: patchNodes('Nodes to add to the previous scene.'),
					edges: patchEdges('Edges to add to the previous scene.')
				}),
				v.description('Patch: nodes and edges to add (applied after "remove" and "update").')
			)
		),
		remove: v.optional(
			v.pipe(
				v.strictObject({
					nodes: v.optional(
						v.pipe(
							v.array(IdSchema),
							v.description('Ids of nodes to remove. Not cascading: remove their edges and children too.')
						)
					),
					edges: v.optional(v.pipe(v.array(EdgeIdSchema), v.description('Ids of edges to remove.')))
				}),
				v.description('Patch: ids to remove from the previous scene (applied first).')
			)
		),
		update: v.optional(
			v.pipe(
				v.strictObject({
					nodes: v.optional(v.pipe(v.array(NodeUpdateSchema), v.description('Nodes to change, by id.'))),
					edges: v.optional(v.pipe(v.array(EdgeUpdateSchema), v.description('Edges to change, by id.')))
				}),
				v.description('Patch: fields to change on nodes and edges of the previous scene.')
			)
		)
	}),
	v.description(
		'A step: either a full scene ("nodes", "edges") or a patch on the previous step ("add", "remove", "update").'
	)
);

export const SourceSpecSchema = v.pipe(
	v.strictObject({
		title: plainText('The citation as a reader sees it.', ['Kubernetes blog: Dockershim removal FAQ']),
		url: v.optional(plainText(HREF_DESCRIPTION, ['https://kubernetes.io/blog/2022/02/17/dockershim-faq/']))
	}),
	v.description('A citation that nodes, edges and steps refer to by its id.')
);

export const StorylineSpecSchema = v.pipe(
	v.strictObject({
		id: idField('Stable id of the storyline.', ['kubernetes-cri', 'my-platform']),
		title: text("The storyline's title.", [{ en: 'From dockershim to CRI', ko: 'dockershim에서 CRI로' }]),
		description: v.optional(
			text('A sentence or two about what the storyline shows.', ['How the kubelet reaches a runtime.'])
		),
		direction: v.optional(DirectionSchema),
		sources: v.optional(
			v.pipe(
				v.record(v.string(), SourceSpecSchema),
				v.description('Source id → citation. Nodes, edges and steps refer to these ids in their "sources".')
			)
		),
		steps: v.pipe(
			v.array(StepSpecSchema),
			v.minLength(1),
			v.description('The steps in order. The first lists its whole scene; later ones may patch the previous.')
		)
	}),
	v.title('stackmotion storyline'),
	v.description('An animated architecture diagram: a sequence of steps, each a scene of nodes and edges.')
);
