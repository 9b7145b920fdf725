/**
 * The storyline data model: what an author writes (`*Spec`) and what `validateStoryline` resolves it into.
 * Framework-free: no Svelte, GSAP or elkjs here.
 */
import type { PathKey } from './paths.js';

export type { PathKey } from './paths.js';

// The languages live in `i18n/`, which imports nothing: the model still depends on nothing outside itself
// but that dependency-free table of languages and words.
import type { L10n } from '../i18n/langs.js';
export { LANGS, type L10n, type Lang } from '../i18n/langs.js';

/** Text shown to the audience: one string for every language, or one per language. */
export type LocalizedText = string | L10n;

/** What a component is; drives its shape, colour and the small caption above its label. */
export const NODE_KINDS = [
	'client',
	'daemon',
	'shim',
	'runtime',
	'process',
	'library',
	'kernel-feature',
	'interface',
	'spec',
	'storage',
	'external',
	'org',
	'distro',
	'event',
	'group'
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** What a connection means; drives the line style. */
export const EDGE_KINDS = ['call', 'spawn', 'implements', 'derives', 'contains', 'watch', 'data'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Which way the main flow of a diagram reads. */
export const DIRECTIONS = ['down', 'right'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface NodeSpec {
	/** Stable kebab-case id, the same in every step (and every stack) so transitions can match it. */
	id: string;
	label: LocalizedText;
	kind: NodeKind;
	/** Id of a node of kind `group` that contains this one. */
	parent?: string;
	/** A short tag drawn on the node, e.g. "alpha" or "since 1.6". */
	badge?: LocalizedText;
	/** A sentence shown in tooltips and the accessible list. */
	description?: LocalizedText;
	/** Where to read more: http(s) URL only. */
	href?: string;
	/** Ids into the storyline's `sources` table. */
	sources?: string[];
}

export interface EdgeSpec {
	/** Defaults to `${from}->${to}`; give one when two edges join the same pair. */
	id?: string;
	from: string;
	to: string;
	/** The protocol or verb, e.g. "CRI gRPC". */
	label?: LocalizedText;
	/** A socket or address, e.g. "/run/containerd/containerd.sock"; drawn under the label. */
	endpoint?: string;
	kind?: EdgeKind;
	sources?: string[];
}

/** Partial updates name their target by id; every other field replaces the previous value. */
export type NodeUpdate = { id: string } & Partial<Omit<NodeSpec, 'id'>>;
export type EdgeUpdate = { id: string } & Partial<Omit<EdgeSpec, 'id' | 'from' | 'to'>>;

export interface StepPatch {
	add?: { nodes?: NodeSpec[]; edges?: EdgeSpec[] };
	/** Ids to remove. Removing a node does not cascade: remove its edges and children too. */
	remove?: { nodes?: string[]; edges?: string[] };
	update?: { nodes?: NodeUpdate[]; edges?: EdgeUpdate[] };
}

interface StepCommon {
	/** Stable id, e.g. "1.24"; used in URLs (`#1.24`). */
	id: string;
	/** Short name on the step control, e.g. "v1.24". */
	label: LocalizedText;
	title: LocalizedText;
	/** 1–3 sentences shown beside the diagram. */
	narration: LocalizedText;
	/** Longer speaker notes: what to point at, the misconception to correct. */
	notes?: LocalizedText;
	sources?: string[];
	/** Node or edge ids to highlight in this step (what the narration points at). */
	focus?: string[];
	/** Messages that travel along edges during this step, in order (sequence diagrams such as Pod creation). */
	messages?: MessageSpec[];
}

export interface MessageSpec {
	/** Id of an edge present in this step's scene. */
	edge: string;
	/** What travels, e.g. "RunPodSandbox". */
	label: LocalizedText;
	/** Travel against the edge's direction (a reply). */
	reverse?: boolean;
}

/** A step that states its whole scene. The first step must be one. */
export interface SceneStepSpec extends StepCommon {
	nodes: NodeSpec[];
	edges?: EdgeSpec[];
}

/** A step that changes the previous step's scene. */
export interface PatchStepSpec extends StepCommon, StepPatch {}

export type StepSpec = SceneStepSpec | PatchStepSpec;

export interface SourceSpec {
	title: string;
	url?: string;
}

export interface StorylineSpec {
	id: string;
	title: LocalizedText;
	description?: LocalizedText;
	/** Which way the main flow reads: `down` (a stack, default) or `right` (a timeline). */
	direction?: Direction;
	/** Source id → citation. Nodes, edges and steps refer to these ids. */
	sources?: Record<string, SourceSpec>;
	steps: StepSpec[];
}

/* ---------- resolved ---------- */

export interface DiagramNode {
	id: string;
	label: L10n;
	kind: NodeKind;
	parent?: string;
	badge?: L10n;
	description?: L10n;
	href?: string;
	sources: string[];
}

export interface DiagramEdge {
	id: string;
	from: string;
	to: string;
	label?: L10n;
	endpoint?: string;
	kind: EdgeKind;
	sources: string[];
}

/** One step, resolved to its full scene. Nodes are ordered parents before children. */
export interface Scene {
	id: string;
	index: number;
	label: L10n;
	title: L10n;
	narration: L10n;
	notes?: L10n;
	sources: string[];
	focus: string[];
	messages: { edge: string; label: L10n; reverse: boolean }[];
	nodes: DiagramNode[];
	edges: DiagramEdge[];
}

export interface Storyline {
	id: string;
	title: L10n;
	description?: L10n;
	direction: Direction;
	sources: Record<string, SourceSpec>;
	steps: Scene[];
}

/** One problem in a spec: a stable code, where it is (`steps[2].add.edges[4].to`), and how to fix it. */
export interface DiagramError {
	code: DiagramErrorCode;
	/** Where in the spec, as an author reads it: `steps[2].edges[4].to`; `''` is the storyline itself. */
	path: string;
	/** The same place as keys from the root: `['steps', 2, 'edges', 4, 'to']`. */
	keys: PathKey[];
	message: string;
}

export type DiagramErrorCode =
	| 'invalid-type'
	| 'missing-field'
	| 'unknown-field'
	| 'invalid-value'
	| 'invalid-id'
	| 'empty-storyline'
	| 'duplicate-id'
	| 'dangling-edge'
	| 'unknown-parent'
	| 'parent-not-group'
	| 'nesting-cycle'
	| 'unknown-patch-target'
	| 'patch-on-first-step'
	| 'mixed-step'
	| 'unsafe-href'
	| 'unknown-source'
	// A spec over a size limit of validateStoryline's `limits`.
	| 'limit-exceeded'
	| 'layout-failed'
	| 'layout-crashed'
	| 'layout-timeout'
	// Reading a YAML/JSON source (stackmotion/authoring).
	| 'syntax-error'
	| 'duplicate-key'
	| 'input-too-large'
	| 'alias-limit';

export type ValidationResult = { ok: true; storyline: Storyline } | { ok: false; errors: DiagramError[] };
