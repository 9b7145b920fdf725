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

export const IdSchema = v.pipe(
	v.string(),
	v.regex(ID_PATTERN),
	v.description('A stable id: letters, digits, ".", "_" and "-", starting with a letter or digit.')
);

export const EdgeIdSchema = v.pipe(
	v.string(),
	v.regex(EDGE_ID_PATTERN),
	v.description('An edge id; like a node id but may contain ">", e.g. "kubelet->containerd".')
);

const NonBlankSchema = v.pipe(v.string(), v.regex(NON_BLANK_PATTERN));

export const LocalizedTextSchema = v.pipe(
	v.union([NonBlankSchema, v.strictObject({ en: NonBlankSchema, ko: NonBlankSchema })]),
	v.description('Text for the audience: one string for every language, or { "en": ..., "ko": ... }.')
);

const SourceRefsSchema = v.pipe(
	v.array(NonBlankSchema),
	v.description('Ids into the storyline\'s "sources" table.')
);

const HrefSchema = v.pipe(NonBlankSchema, v.description('An absolute http(s) URL or a relative URL.'));

export const NodeKindSchema = v.picklist(NODE_KINDS);
export const EdgeKindSchema = v.picklist(EDGE_KINDS);
export const DirectionSchema = v.picklist(DIRECTIONS);

export const NodeSpecSchema = v.strictObject({
	id: IdSchema,
	label: LocalizedTextSchema,
	kind: NodeKindSchema,
	parent: v.optional(v.pipe(IdSchema, v.description('Id of a node of kind "group" that contains this one.'))),
	badge: v.optional(LocalizedTextSchema),
	description: v.optional(LocalizedTextSchema),
	href: v.optional(HrefSchema),
	sources: v.optional(SourceRefsSchema)
});

export const EdgeSpecSchema = v.strictObject({
	id: v.optional(EdgeIdSchema),
	from: IdSchema,
	to: IdSchema,
	label: v.optional(LocalizedTextSchema),
	endpoint: v.optional(NonBlankSchema),
	kind: v.optional(EdgeKindSchema),
	sources: v.optional(SourceRefsSchema)
});

export const NodeUpdateSchema = v.strictObject({
	id: IdSchema,
	label: v.optional(LocalizedTextSchema),
	kind: v.optional(NodeKindSchema),
	parent: v.optional(IdSchema),
	badge: v.optional(LocalizedTextSchema),
	description: v.optional(LocalizedTextSchema),
	href: v.optional(HrefSchema),
	sources: v.optional(SourceRefsSchema)
});

export const EdgeUpdateSchema = v.strictObject({
	id: EdgeIdSchema,
	label: v.optional(LocalizedTextSchema),
	endpoint: v.optional(NonBlankSchema),
	kind: v.optional(EdgeKindSchema),
	sources: v.optional(SourceRefsSchema)
});

export const MessageSpecSchema = v.strictObject({
	edge: EdgeIdSchema,
	label: LocalizedTextSchema,
	reverse: v.optional(v.boolean())
});

export const StepSpecSchema = v.pipe(
	v.strictObject({
		id: IdSchema,
		label: LocalizedTextSchema,
		title: LocalizedTextSchema,
		narration: LocalizedTextSchema,
		notes: v.optional(LocalizedTextSchema),
		sources: v.optional(SourceRefsSchema),
		focus: v.optional(v.array(EdgeIdSchema)),
		messages: v.optional(v.array(MessageSpecSchema)),
		nodes: v.optional(v.array(NodeSpecSchema)),
		edges: v.optional(v.array(EdgeSpecSchema)),
		add: v.optional(
			v.strictObject({
				nodes: v.optional(v.array(NodeSpecSchema)),
				edges: v.optional(v.array(EdgeSpecSchema))
			})
		),
		remove: v.optional(
			v.strictObject({ nodes: v.optional(v.array(IdSchema)), edges: v.optional(v.array(EdgeIdSchema)) })
		),
		update: v.optional(
			v.strictObject({
				nodes: v.optional(v.array(NodeUpdateSchema)),
				edges: v.optional(v.array(EdgeUpdateSchema))
			})
		)
	}),
	v.description(
		'A step: either a full scene ("nodes", "edges") or a patch on the previous step ("add", "remove", "update").'
	)
);

export const SourceSpecSchema = v.strictObject({
	title: NonBlankSchema,
	url: v.optional(HrefSchema)
});

export const StorylineSpecSchema = v.pipe(
	v.strictObject({
		id: IdSchema,
		title: LocalizedTextSchema,
		description: v.optional(LocalizedTextSchema),
		direction: v.optional(DirectionSchema),
		sources: v.optional(v.record(v.string(), SourceSpecSchema)),
		steps: v.pipe(v.array(StepSpecSchema), v.minLength(1))
	}),
	v.description('An animated architecture diagram: a sequence of steps, each a scene of nodes and edges.')
);
