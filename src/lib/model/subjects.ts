/**
 * How messages name what they are about: `Node "kubelet" in step "1.24"`, `Step "1.24"`, `Source "k8s-blog"`.
 * Entities without a usable id are named by their path instead, so every message still points somewhere.
 */

/** A step as messages name it: by id when it has a string one, else by position. */
export interface StepRef {
	id: string | undefined;
	index: number;
}

const MAX_QUOTED = 60;

/** A value quoted for a message; long or odd strings are escaped and shortened. */
export function quote(value: string): string {
	const short = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 1)}…` : value;
	return JSON.stringify(short);
}

/** `step "1.24"` or `steps[2]`, for use inside a sentence. */
export function stepPhrase(step: StepRef): string {
	return step.id === undefined ? `steps[${step.index}]` : `step ${quote(step.id)}`;
}

/** `Step "1.24"` or `The step at steps[2]`, to start a sentence. */
export function stepSubject(step: StepRef): string {
	return step.id === undefined ? `The step at steps[${step.index}]` : `Step ${quote(step.id)}`;
}

export function storylineSubject(id: string | undefined): string {
	return id === undefined ? 'The storyline' : `Storyline ${quote(id)}`;
}

export function sourceSubject(key: string): string {
	return `Source ${quote(key)}`;
}

export type EntityKind = 'node' | 'edge';
/** Where an entity entry sits in a step: the full scene, or one of the patch lists. */
export type EntityRole = 'scene' | 'add' | 'update';

/**
 * `Node "kubelet" in step "1.24"`, `Edge "a->b" added in step "1.5"`, `The update of node "x" in step "1.24"`;
 * without an id: `The node at steps[0].nodes[3]`.
 */
export function entitySubject(
	kind: EntityKind,
	id: string | undefined,
	role: EntityRole,
	step: StepRef,
	path: string
): string {
	if (id === undefined) return role === 'update' ? `The ${kind} update at ${path}` : `The ${kind} at ${path}`;
	const name = `${kind} ${quote(id)}`;
	if (role === 'update') return `The update of ${name} in ${stepPhrase(step)}`;
	const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
	return role === 'add'
		? `${capitalised} added in ${stepPhrase(step)}`
		: `${capitalised} in ${stepPhrase(step)}`;
}

/** `Message messages[1] in step "1.24"`: messages have no id, so their position names them. */
export function messageSubject(index: number, step: StepRef): string {
	return `Message messages[${index}] in ${stepPhrase(step)}`;
}
