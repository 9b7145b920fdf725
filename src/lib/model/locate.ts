/**
 * Names the subject of a structural error from its path: the entity the path runs through (a node, edge, step,
 * source or the storyline) and the field inside it, e.g. `steps[0].nodes[3].label.en` →
 * `Node "kubelet" in step "1.0"` + `label.en`. Reads ids from the raw spec, which may be malformed.
 */
import type { PathKey } from './paths.js';
import {
	entitySubject,
	messageSubject,
	sourceSubject,
	stepSubject,
	storylineSubject,
	type EntityKind,
	type EntityRole,
	type StepRef
} from './subjects.js';

export interface Located {
	subject: string;
	/** The path inside the subject; empty when the error is about the subject as a whole. */
	fieldKeys: PathKey[];
}

export function locate(keys: readonly PathKey[], root: unknown): Located {
	const [first, second, ...rest] = keys;
	if (first === 'sources' && typeof second === 'string') {
		return { subject: sourceSubject(second), fieldKeys: rest };
	}
	if (first === 'steps' && typeof second === 'number') {
		return locateInStep(second, read(read(root, 'steps'), second), rest);
	}
	return { subject: storylineSubject(idOf(root)), fieldKeys: [...keys] };
}

function locateInStep(index: number, raw: unknown, keys: PathKey[]): Located {
	const step: StepRef = { id: idOf(raw), index };
	const stepPath = `steps[${index}]`;
	const [a, b, c, ...rest] = keys;
	if ((a === 'nodes' || a === 'edges') && typeof b === 'number') {
		const fieldKeys = c === undefined ? [] : [c, ...rest];
		return entity(kindOf(a), 'scene', read(read(raw, a), b), step, `${stepPath}.${a}[${b}]`, fieldKeys);
	}
	if ((a === 'add' || a === 'update') && (b === 'nodes' || b === 'edges') && typeof c === 'number') {
		const entry = read(read(read(raw, a), b), c);
		return entity(kindOf(b), a, entry, step, `${stepPath}.${a}.${b}[${c}]`, rest);
	}
	if (a === 'messages' && typeof b === 'number') {
		return { subject: messageSubject(b, step), fieldKeys: c === undefined ? [] : [c, ...rest] };
	}
	return { subject: stepSubject(step), fieldKeys: keys };
}

function entity(
	kind: EntityKind,
	role: EntityRole,
	raw: unknown,
	step: StepRef,
	path: string,
	fieldKeys: PathKey[]
): Located {
	return {
		subject: entitySubject(kind, kind === 'node' ? idOf(raw) : edgeIdOf(raw), role, step, path),
		fieldKeys
	};
}

function kindOf(collection: 'nodes' | 'edges'): EntityKind {
	return collection === 'nodes' ? 'node' : 'edge';
}

/** Own properties only: a spec's prototype chain is not part of it. */
export function read(value: unknown, key: PathKey): unknown {
	if (typeof value !== 'object' || value === null) return undefined;
	return Object.prototype.hasOwnProperty.call(value, key)
		? (value as Record<PathKey, unknown>)[key]
		: undefined;
}

export function idOf(raw: unknown): string | undefined {
	const id = read(raw, 'id');
	return typeof id === 'string' && id !== '' ? id : undefined;
}

/** An edge's explicit id, else the default `from->to` when both ends are strings. */
export function edgeIdOf(raw: unknown): string | undefined {
	const id = idOf(raw);
	if (id !== undefined) return id;
	const from = read(raw, 'from');
	const to = read(raw, 'to');
	return typeof from === 'string' && typeof to === 'string' ? `${from}->${to}` : undefined;
}
