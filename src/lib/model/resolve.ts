/**
 * Semantic checks and resolution: walks the raw spec, using only the parts that passed the structural checks
 * (`dirty` lists the paths that did not), applies each step's patch to the previous scene, and checks ids,
 * references, links and sources. Produces the resolved `Storyline` alongside the errors; the caller only
 * hands the storyline out when there are none.
 *
 * Noise rules (one real problem, one error):
 * - an entry with a structural error is left out of its scene, and references to its id are not reported;
 * - a step that is not an object is skipped; the next patch applies to the last step that was an object;
 * - a step with both a scene and a patch is treated as its scene (or as its patch when it has no "nodes");
 * - a first step that is a patch starts from an empty scene and only its "add" is applied.
 */
import {
	duplicateAdd,
	duplicateEntity,
	duplicatePatchEntry,
	duplicateStep,
	missingField,
	missingNodes,
	mixedStep,
	patchOnFirstStep,
	unknownPatchTarget,
	unknownReference,
	unknownSource,
	unsafeHref,
	updateOfRemoved
} from './errors.js';
import { isSafeHref } from './href.js';
import { edgeIdOf, idOf, locate, read } from './locate.js';
import { formatPath, type PathKey } from './paths.js';
import {
	carryOver,
	cloneEdge,
	cloneNode,
	emptyScene,
	toEdge,
	toNode,
	updateEdge,
	updateNode,
	type WorkScene
} from './scene.js';
import { checkScene, type Removal } from './scene-checks.js';
import { isPlainObject, RESERVED_KEYS } from './structure.js';
import { messageSubject, sourceSubject, stepSubject, type EntityKind, type StepRef } from './subjects.js';
import { closest } from './suggest.js';
import { localize } from './text.js';
import type {
	DiagramError,
	EdgeSpec,
	EdgeUpdate,
	L10n,
	LocalizedText,
	NodeSpec,
	NodeUpdate,
	Scene,
	SourceSpec,
	Storyline
} from './types.js';

export interface Resolution {
	errors: DiagramError[];
	/** Complete only when `errors` is empty. */
	storyline: Storyline | undefined;
}

const SCENE_FIELDS = ['nodes', 'edges'] as const;
const PATCH_FIELDS = ['add', 'remove', 'update'] as const;

export function resolveStoryline(root: unknown, dirty: ReadonlySet<string>): Resolution {
	if (!isPlainObject(root)) return { errors: [], storyline: undefined };
	return new Resolver(root, dirty).run();
}

class Resolver {
	private readonly errors: DiagramError[] = [];
	/** Source ids the storyline declares; undefined when its `sources` table is malformed (then nothing is checked). */
	private readonly knownSources: Set<string> | undefined;

	constructor(
		private readonly root: Record<string, unknown>,
		private readonly dirty: ReadonlySet<string>
	) {
		const table = read(root, 'sources');
		if (table === undefined) this.knownSources = new Set();
		else if (isPlainObject(table)) this.knownSources = new Set(Object.keys(table).filter(isUsableKey));
	}

	run(): Resolution {
		const sources = this.resolveSources();
		const rawSteps = read(this.root, 'steps');
		const scenes = Array.isArray(rawSteps) ? this.resolveSteps(rawSteps) : [];
		const storyline: Storyline = {
			id: this.stringAt(['id']),
			title: this.textAt(['title']),
			direction: read(this.root, 'direction') === 'right' ? 'right' : 'down',
			sources,
			steps: scenes
		};
		const description = this.optionalTextAt(['description']);
		if (description !== undefined) storyline.description = description;
		return { errors: this.errors, storyline };
	}

	/* ---------- sources ---------- */

	private resolveSources(): Record<string, SourceSpec> {
		const table = read(this.root, 'sources');
		const entries: [string, SourceSpec][] = [];
		for (const key of this.knownSources ?? []) {
			const keys: PathKey[] = ['sources', key];
			const url = read(read(table, key), 'url');
			if (typeof url === 'string' && this.isClean([...keys, 'url']) && !isSafeHref(url)) {
				this.errors.push(unsafeHref([...keys, 'url'], { subject: sourceSubject(key), field: 'url' }, url));
			}
			if (!this.isClean(keys)) continue;
			const spec = read(table, key) as SourceSpec;
			entries.push([
				key,
				spec.url === undefined ? { title: spec.title } : { title: spec.title, url: spec.url }
			]);
		}
		// fromEntries defines own properties, so no key can reach a prototype.
		return Object.fromEntries(entries);
	}

	/* ---------- steps ---------- */

	private resolveSteps(rawSteps: unknown[]): Scene[] {
		const scenes: Scene[] = [];
		const firstPathOfStep = new Map<string, string>();
		let previous: { scene: WorkScene; step: StepRef } | undefined;
		rawSteps.forEach((raw, index) => {
			if (!isPlainObject(raw)) return;
			const step: StepRef = { id: idOf(raw), index };
			if (step.id !== undefined && this.isClean(['steps', index, 'id'])) {
				const first = firstPathOfStep.get(step.id);
				if (first !== undefined) this.errors.push(duplicateStep(['steps', index, 'id'], step.id, first));
				else firstPathOfStep.set(step.id, formatPath(['steps', index]));
			}
			this.checkEntryFields(raw, index);
			const scene = this.resolveStepScene(raw, step, previous);
			this.checkStepReferences(raw, step, scene);
			scenes.push(this.toScene(raw, step, scene));
			previous = { scene, step };
		});
		return scenes;
	}

	private resolveStepScene(
		raw: Record<string, unknown>,
		step: StepRef,
		previous: { scene: WorkScene; step: StepRef } | undefined
	): WorkScene {
		const stepPath: PathKey[] = ['steps', step.index];
		const sceneFields = SCENE_FIELDS.filter((f) => read(raw, f) !== undefined);
		const patchFields = PATCH_FIELDS.filter((f) => read(raw, f) !== undefined);
		const hasNodes = sceneFields.includes('nodes');
		if (sceneFields.length > 0 && patchFields.length > 0) {
			this.errors.push(mixedStep(stepPath, step, sceneFields, patchFields));
			if (hasNodes) return this.fullScene(raw, step);
			return this.patchScene(raw, step, previous);
		}
		if (hasNodes) return this.fullScene(raw, step);
		if (sceneFields.length > 0) {
			// `edges` alone: not a usable scene, and not a patch either.
			this.errors.push(missingNodes([...stepPath, 'nodes'], step, previous === undefined));
			return previous ? carryOver(previous.scene) : emptyScene();
		}
		if (previous === undefined) {
			if (patchFields.length > 0) this.errors.push(patchOnFirstStep(stepPath, step, patchFields));
			else
				this.errors.push(
					missingField([...stepPath, 'nodes'], stepSubject(step), 'nodes', 'an array of nodes')
				);
		}
		return this.patchScene(raw, step, previous);
	}

	private fullScene(raw: Record<string, unknown>, step: StepRef): WorkScene {
		const scene = emptyScene();
		const base: PathKey[] = ['steps', step.index];
		const firstPath = new Map<string, string>();
		this.eachClean<NodeSpec>(raw, [...base, 'nodes'], 'node', scene, (spec, at) => {
			const first = firstPath.get(spec.id);
			if (first !== undefined)
				return void this.errors.push(duplicateEntity([...at, 'id'], 'node', spec.id, step, first));
			firstPath.set(spec.id, formatPath(at));
			scene.nodes.set(spec.id, nodeStatedAt(spec, at));
		});
		firstPath.clear();
		this.eachClean<EdgeSpec>(raw, [...base, 'edges'], 'edge', scene, (spec, at) => {
			const edge = toEdge(spec);
			const first = firstPath.get(edge.id);
			if (first !== undefined) {
				const idAt = spec.id === undefined ? at : [...at, 'id'];
				return void this.errors.push(duplicateEntity(idAt, 'edge', edge.id, step, first));
			}
			firstPath.set(edge.id, formatPath(at));
			scene.edges.set(edge.id, { edge, fromPath: [...at, 'from'], toPath: [...at, 'to'] });
		});
		this.errors.push(...checkScene(scene, { step, removedNodes: new Map() }));
		return scene;
	}

	/** remove → update → add on a copy of the previous scene (or on nothing, for a first step). */
	private patchScene(
		raw: Record<string, unknown>,
		step: StepRef,
		previous: { scene: WorkScene; step: StepRef } | undefined
	): WorkScene {
		const scene = previous ? carryOver(previous.scene) : emptyScene();
		const base: PathKey[] = ['steps', step.index];
		const removedNodes = new Map<string, Removal>();
		if (previous) {
			const removedEdges = new Map<string, Removal>();
			this.applyRemovals(raw, step, previous.step, 'node', scene, removedNodes);
			this.applyRemovals(raw, step, previous.step, 'edge', scene, removedEdges);
			this.applyNodeUpdates(raw, step, previous.step, scene, removedNodes);
			this.applyEdgeUpdates(raw, step, previous.step, scene, removedEdges);
		}
		this.eachClean<NodeSpec>(raw, [...base, 'add', 'nodes'], 'node', scene, (spec, at) => {
			if (scene.nodes.has(spec.id))
				return void this.errors.push(duplicateAdd([...at, 'id'], 'node', spec.id, step));
			scene.brokenNodes.delete(spec.id);
			scene.nodes.set(spec.id, nodeStatedAt(spec, at));
		});
		this.eachClean<EdgeSpec>(raw, [...base, 'add', 'edges'], 'edge', scene, (spec, at) => {
			const edge = toEdge(spec);
			if (scene.edges.has(edge.id)) {
				const idAt = spec.id === undefined ? at : [...at, 'id'];
				return void this.errors.push(duplicateAdd(idAt, 'edge', edge.id, step));
			}
			scene.brokenEdges.delete(edge.id);
			scene.edges.set(edge.id, { edge, fromPath: [...at, 'from'], toPath: [...at, 'to'] });
		});
		this.errors.push(...checkScene(scene, { step, removedNodes }));
		return scene;
	}

	private applyRemovals(
		raw: Record<string, unknown>,
		step: StepRef,
		previousStep: StepRef,
		kind: EntityKind,
		scene: WorkScene,
		removed: Map<string, Removal>
	): void {
		const keys: PathKey[] = ['steps', step.index, 'remove', kind === 'node' ? 'nodes' : 'edges'];
		const items = read(read(raw, 'remove'), keys[3] as string);
		if (!Array.isArray(items)) return;
		const present: Map<string, unknown> = kind === 'node' ? scene.nodes : scene.edges;
		const broken = kind === 'node' ? scene.brokenNodes : scene.brokenEdges;
		const unknown = kind === 'node' ? scene.unknownNodes : scene.unknownEdges;
		items.forEach((id: unknown, i) => {
			const at = [...keys, i];
			if (typeof id !== 'string' || !this.isClean(at)) return;
			const first = removed.get(id);
			if (first !== undefined) {
				const firstPath = formatPath(first.keys);
				return void this.errors.push(duplicatePatchEntry(at, 'removes', kind, id, step, firstPath));
			}
			// The kind decides whether children left behind were orphaned from a group (see checkParents).
			const removedKind = kind === 'node' ? scene.nodes.get(id)?.node.kind : scene.edges.get(id)?.edge.kind;
			if (present.delete(id) || broken.delete(id)) removed.set(id, { keys: at, kind: removedKind });
			else if (!unknown) this.errors.push(unknownPatchTarget(at, 'removes', kind, id, step, previousStep));
		});
	}

	private applyNodeUpdates(
		raw: Record<string, unknown>,
		step: StepRef,
		previousStep: StepRef,
		scene: WorkScene,
		removed: ReadonlyMap<string, Removal>
	): void {
		const updated = new Map<string, string>();
		this.eachClean<NodeUpdate>(
			raw,
			['steps', step.index, 'update', 'nodes'],
			undefined,
			scene,
			(spec, at) => {
				const target = this.updateTarget('node', spec.id, at, step, previousStep, scene, removed, updated);
				if (!target) return;
				const w = scene.nodes.get(spec.id);
				if (!w) return;
				w.node = updateNode(w.node, spec);
				if (spec.parent !== undefined) w.parentPath = [...at, 'parent'];
				if (spec.kind !== undefined) w.kindPath = [...at, 'kind'];
			}
		);
	}

	private applyEdgeUpdates(
		raw: Record<string, unknown>,
		step: StepRef,
		previousStep: StepRef,
		scene: WorkScene,
		removed: ReadonlyMap<string, Removal>
	): void {
		const updated = new Map<string, string>();
		this.eachClean<EdgeUpdate>(
			raw,
			['steps', step.index, 'update', 'edges'],
			undefined,
			scene,
			(spec, at) => {
				const target = this.updateTarget('edge', spec.id, at, step, previousStep, scene, removed, updated);
				const w = scene.edges.get(spec.id);
				if (target && w) w.edge = updateEdge(w.edge, spec);
			}
		);
	}

	/** Whether an update entry names something it can update; reports why not. */
	private updateTarget(
		kind: EntityKind,
		id: string,
		at: PathKey[],
		step: StepRef,
		previousStep: StepRef,
		scene: WorkScene,
		removed: ReadonlyMap<string, Removal>,
		updated: Map<string, string>
	): boolean {
		const first = updated.get(id);
		if (first !== undefined) {
			this.errors.push(duplicatePatchEntry([...at, 'id'], 'updates', kind, id, step, first));
			return false;
		}
		updated.set(id, formatPath(at));
		const present = kind === 'node' ? scene.nodes.has(id) : scene.edges.has(id);
		if (present) return true;
		if (removed.has(id)) this.errors.push(updateOfRemoved([...at, 'id'], kind, id, step));
		else if (
			!(kind === 'node' ? scene.brokenNodes : scene.brokenEdges).has(id) &&
			!(kind === 'node' ? scene.unknownNodes : scene.unknownEdges)
		) {
			this.errors.push(unknownPatchTarget([...at, 'id'], 'updates', kind, id, step, previousStep));
		}
		return false;
	}

	/**
	 * Calls `use` for each structurally clean entry of the list at `keys`. Ids of unclean entries are remembered
	 * as broken (when `brokenKind` is given) so references to them stay quiet; so are all references to that
	 * kind when the list itself is malformed.
	 */
	private eachClean<T>(
		raw: Record<string, unknown>,
		keys: PathKey[],
		brokenKind: EntityKind | undefined,
		scene: WorkScene,
		use: (spec: T, at: PathKey[]) => void
	): void {
		if (brokenKind !== undefined && isMalformedList(raw, keys.slice(2))) {
			if (brokenKind === 'node') scene.unknownNodes = true;
			else scene.unknownEdges = true;
		}
		const items = keys.slice(2).reduce<unknown>((value, key) => read(value, key), raw);
		if (!Array.isArray(items)) return;
		items.forEach((item: unknown, i) => {
			if (this.isClean([...keys, i])) return use(item as T, [...keys, i]);
			if (brokenKind === 'node') {
				const id = idOf(item);
				if (id !== undefined) scene.brokenNodes.add(id);
			} else if (brokenKind === 'edge') {
				const id = edgeIdOf(item);
				if (id !== undefined) scene.brokenEdges.add(id);
			}
		});
	}

	/* ---------- per-field checks that do not need a clean entry ---------- */

	/** `href` safety and `sources` references on every node and edge entry of a step, and on the step itself. */
	private checkEntryFields(raw: Record<string, unknown>, index: number): void {
		this.checkSourceRefs(['steps', index]);
		const lists: PathKey[][] = [
			['nodes'],
			['edges'],
			['add', 'nodes'],
			['add', 'edges'],
			['update', 'nodes'],
			['update', 'edges']
		];
		for (const list of lists) {
			const items = list.reduce<unknown>((value, key) => read(value, key), raw);
			if (!Array.isArray(items)) continue;
			items.forEach((item: unknown, i) => {
				if (!isPlainObject(item)) return;
				const keys: PathKey[] = ['steps', index, ...list, i];
				const href = read(item, 'href');
				if (
					list.includes('nodes') &&
					typeof href === 'string' &&
					this.isClean([...keys, 'href']) &&
					!isSafeHref(href)
				) {
					const { subject } = locate(keys, this.root);
					this.errors.push(unsafeHref([...keys, 'href'], { subject, field: 'href' }, href));
				}
				this.checkSourceRefs(keys);
			});
		}
	}

	private checkSourceRefs(ownerKeys: PathKey[]): void {
		const known = this.knownSources;
		const keys = [...ownerKeys, 'sources'];
		const refs = this.readAt(keys);
		if (known === undefined || !Array.isArray(refs) || !this.isClean(keys)) return;
		const { subject } = locate(ownerKeys, this.root);
		refs.forEach((ref: unknown, i) => {
			if (typeof ref !== 'string' || known.has(ref)) return;
			this.errors.push(unknownSource([...keys, i], subject, ref, closest(ref, [...known])));
		});
	}

	/** `focus` ids and message edges must exist in the step's resolved scene. */
	private checkStepReferences(raw: Record<string, unknown>, step: StepRef, scene: WorkScene): void {
		const focus = read(raw, 'focus');
		if (Array.isArray(focus)) {
			focus.forEach((id: unknown, i) => {
				const keys: PathKey[] = ['steps', step.index, 'focus', i];
				if (typeof id !== 'string' || !this.isClean(keys) || scene.nodes.has(id) || scene.edges.has(id))
					return;
				if (scene.brokenNodes.has(id) || scene.brokenEdges.has(id)) return;
				if (scene.unknownNodes || scene.unknownEdges) return;
				const where = { subject: stepSubject(step), field: `focus[${i}]` };
				this.errors.push(unknownReference(keys, where, id, 'a node or edge'));
			});
		}
		const messages = read(raw, 'messages');
		if (Array.isArray(messages)) {
			messages.forEach((message: unknown, i) => {
				const keys: PathKey[] = ['steps', step.index, 'messages', i, 'edge'];
				const edge = read(message, 'edge');
				if (
					typeof edge !== 'string' ||
					!this.isClean(keys) ||
					scene.edges.has(edge) ||
					scene.brokenEdges.has(edge) ||
					scene.unknownEdges
				) {
					return;
				}
				const where = { subject: messageSubject(i, step), field: 'edge' };
				this.errors.push(unknownReference(keys, where, edge, 'an edge'));
			});
		}
	}

	/* ---------- output ---------- */

	private toScene(raw: Record<string, unknown>, step: StepRef, scene: WorkScene): Scene {
		const base: PathKey[] = ['steps', step.index];
		const out: Scene = {
			id: step.id ?? '',
			index: step.index,
			label: this.textAt([...base, 'label']),
			title: this.textAt([...base, 'title']),
			narration: this.textAt([...base, 'narration']),
			sources: this.stringsAt([...base, 'sources']),
			focus: this.stringsAt([...base, 'focus']),
			messages: [],
			nodes: [...scene.nodes.values()].map((w) => cloneNode(w.node)),
			edges: [...scene.edges.values()].map((w) => cloneEdge(w.edge))
		};
		const notes = this.optionalTextAt([...base, 'notes']);
		if (notes !== undefined) out.notes = notes;
		const messages = read(raw, 'messages');
		if (Array.isArray(messages) && this.isClean([...base, 'messages'])) {
			out.messages = messages.map((m: { edge: string; label: LocalizedText; reverse?: boolean }) => ({
				edge: m.edge,
				label: localize(m.label),
				reverse: m.reverse ?? false
			}));
		}
		return out;
	}

	private readAt(keys: readonly PathKey[]): unknown {
		return keys.reduce<unknown>((value, key) => read(value, key), this.root);
	}

	private isClean(keys: readonly PathKey[]): boolean {
		return !this.dirty.has(formatPath(keys));
	}

	private stringAt(keys: PathKey[]): string {
		const value = this.readAt(keys);
		return typeof value === 'string' ? value : '';
	}

	private stringsAt(keys: PathKey[]): string[] {
		const value = this.readAt(keys);
		return Array.isArray(value) && this.isClean(keys) ? value.map(String) : [];
	}

	/** Resolved text, or empty text where the spec's was malformed (only ever seen alongside errors). */
	private textAt(keys: PathKey[]): L10n {
		return this.optionalTextAt(keys) ?? { en: '', ko: '' };
	}

	private optionalTextAt(keys: PathKey[]): L10n | undefined {
		const value = this.readAt(keys);
		if (value === undefined || !this.isClean(keys)) return undefined;
		return localize(value as LocalizedText);
	}
}

function nodeStatedAt(spec: NodeSpec, at: readonly PathKey[]) {
	return {
		node: toNode(spec),
		parentPath: spec.parent === undefined ? undefined : [...at, 'parent'],
		kindPath: [...at, 'kind']
	};
}

/** Whether the list at `keys` (or an object on the way to it) is present but not the array/object it must be. */
function isMalformedList(raw: Record<string, unknown>, keys: readonly PathKey[]): boolean {
	let value: unknown = raw;
	for (const [i, key] of keys.entries()) {
		value = read(value, key);
		if (value === undefined) return false;
		const last = i === keys.length - 1;
		if (last ? !Array.isArray(value) : !isPlainObject(value)) return true;
	}
	return false;
}

function isUsableKey(key: string): boolean {
	return !RESERVED_KEYS.includes(key);
}
