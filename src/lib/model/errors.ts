/**
 * The error catalogue: every message a spec problem can produce is built here, so wording stays consistent.
 * Each builder returns a `DiagramError` for one code; codes with distinct situations (a duplicate node vs. a
 * duplicate step) have one builder per situation, all named after their code.
 * Messages name their subject, say what is wrong, and say how to fix it.
 */
import { quote, stepPhrase, stepSubject, type EntityKind, type StepRef } from './subjects.js';
import type { LimitName } from './limits.js';
import { diagramError as error, type ErrorKeys } from './diagram-error.js';
import type { DiagramError } from './types.js';

// The errors a page can meet at run time (a layout failing, an unknown step, a layout file that would not load)
// live apart, so a page that draws a baked layout loads them without the spec catalogue below.
export * from './runtime-errors.js';
export type { ErrorKeys } from './diagram-error.js';

/** Who an error is about (`Node "kubelet" in step "1.24"`) and, optionally, which of its fields (`label.en`). */
export interface Where {
	subject: string;
	field?: string;
}

/** `Node "x" in step "1.0": "label"` or just `Node "x" in step "1.0"`. */
function at(where: Where): string {
	return where.field === undefined ? where.subject : `${where.subject}: ${quote(where.field)}`;
}

function list(values: readonly string[]): string {
	return values.join(', ');
}

function didYouMean(suggestion: string | undefined): string {
	return suggestion === undefined ? '' : ` Did you mean ${quote(suggestion)}?`;
}

/* ---------- structure ---------- */

export function invalidType(keys: ErrorKeys, where: Where, expected: string, actual: string): DiagramError {
	return error('invalid-type', keys, `${at(where)} must be ${expected}, but it is ${actual}.`);
}

/** The whole spec could not be read (a getter or proxy threw); nothing more specific can be said. */
export function unreadable(detail: string): DiagramError {
	return error(
		'invalid-type',
		[],
		`The storyline could not be read (${detail}). Pass plain data: objects, arrays, strings and booleans.`
	);
}

export function missingField(
	keys: ErrorKeys,
	subject: string,
	field: string,
	expected: string
): DiagramError {
	return error(
		'missing-field',
		keys,
		`${subject} is missing the required field ${quote(field)}. Add ${quote(field)}: ${expected}.`
	);
}

/** A full scene step that has `edges` (or nothing) but no `nodes`. */
export function missingNodes(keys: ErrorKeys, step: StepRef, first: boolean): DiagramError {
	const fix = first
		? 'The first step must list its whole scene: add "nodes".'
		: 'Add "nodes" for a full scene, or move the edges into "add" to change the previous scene.';
	return error('missing-field', keys, `${stepSubject(step)} has "edges" but no "nodes". ${fix}`);
}

export function unknownField(
	keys: ErrorKeys,
	subject: string,
	field: string,
	allowed: readonly string[],
	suggestion: string | undefined,
	hint = ''
): DiagramError {
	const fix =
		suggestion === undefined ? ` Remove it, or use one of: ${list(allowed)}.` : didYouMean(suggestion);
	return error('unknown-field', keys, `${subject} has an unknown field ${quote(field)}.${fix}${hint}`);
}

/* ---------- values ---------- */

export function invalidValue(
	keys: ErrorKeys,
	where: Where,
	value: string,
	allowed: readonly string[],
	suggestion: string | undefined
): DiagramError {
	return error(
		'invalid-value',
		keys,
		`${at(where)} is ${quote(value)}, which is not allowed.${didYouMean(suggestion)} Use one of: ${list(allowed)}.`
	);
}

export function blankText(keys: ErrorKeys, where: Where): DiagramError {
	return error(
		'invalid-value',
		keys,
		`${at(where)} is empty. Write some text, or leave the field out if optional.`
	);
}

/** `focus` or `messages[].edge` naming something that is not in the step's scene. */
export function unknownReference(
	keys: ErrorKeys,
	where: Where,
	id: string,
	expected: 'a node or edge' | 'an edge'
): DiagramError {
	return error(
		'invalid-value',
		keys,
		`${at(where)} names ${quote(id)}, which is not ${expected} in this step. Fix the id or remove the entry.`
	);
}

/* ---------- ids ---------- */

export function invalidId(keys: ErrorKeys, where: Where, value: string, edge: boolean): DiagramError {
	const extra = edge ? ' (edge ids may also contain ">")' : '';
	return error(
		'invalid-id',
		keys,
		`${at(where)} is ${quote(value)}, which is not a valid id. Use letters, digits, ".", "_" and "-"${extra}, ` +
			'starting with a letter or digit, e.g. "cri-dockerd".'
	);
}

export function reservedSourceId(keys: ErrorKeys, key: string): DiagramError {
	return error(
		'invalid-id',
		keys,
		`Source ${quote(key)} uses a reserved name that JavaScript objects cannot hold safely. Choose another source id.`
	);
}

export function emptyStoryline(keys: ErrorKeys, subject: string): DiagramError {
	return error('empty-storyline', keys, `${subject} has no steps. Add at least one step with "nodes".`);
}

export function duplicateEntity(
	keys: ErrorKeys,
	kind: EntityKind,
	id: string,
	step: StepRef,
	firstPath: string
): DiagramError {
	const fix = kind === 'node' ? 'Give each node a unique id.' : 'Give one of them its own "id".';
	return error(
		'duplicate-id',
		keys,
		`${kind === 'node' ? 'Node' : 'Edge'} ${quote(id)} appears twice in ${stepPhrase(step)} (first at ${firstPath}). ${fix}`
	);
}

export function duplicateStep(keys: ErrorKeys, id: string, firstPath: string): DiagramError {
	return error(
		'duplicate-id',
		keys,
		`Step ${quote(id)} appears twice (first at ${firstPath}). Give each step a unique id.`
	);
}

/** `add` of an id the previous scene already has. */
export function duplicateAdd(keys: ErrorKeys, kind: EntityKind, id: string, step: StepRef): DiagramError {
	return error(
		'duplicate-id',
		keys,
		`${stepSubject(step)} adds ${kind} ${quote(id)}, which is already in the scene. ` +
			`Use "update" to change it, or "remove" it in the same step to replace it.`
	);
}

/** The same id twice in one `remove` or `update` list. */
export function duplicatePatchEntry(
	keys: ErrorKeys,
	verb: 'removes' | 'updates',
	kind: EntityKind,
	id: string,
	step: StepRef,
	firstPath: string
): DiagramError {
	return error(
		'duplicate-id',
		keys,
		`${stepSubject(step)} ${verb} ${kind} ${quote(id)} twice (first at ${firstPath}). Merge the two entries.`
	);
}

/* ---------- references inside a scene ---------- */

export function danglingEdge(
	keys: ErrorKeys,
	edgeId: string,
	end: 'from' | 'to',
	nodeId: string,
	step: StepRef
): DiagramError {
	const verb = end === 'to' ? 'points to' : 'starts at';
	return error(
		'dangling-edge',
		keys,
		`Edge ${quote(edgeId)} ${verb} ${quote(nodeId)}, which is not a node in ${stepPhrase(step)}. ` +
			`Add a node with id ${quote(nodeId)} or fix the id.`
	);
}

/** The layout draws connections between two different nodes; an edge back to its own node has no route. */
export function selfLoop(keys: ErrorKeys, edgeId: string, nodeId: string): DiagramError {
	return error(
		'invalid-value',
		keys,
		`Edge ${quote(edgeId)} goes from node ${quote(nodeId)} to itself; stackmotion draws connections between ` +
			'two different nodes. Point "to" at another node or remove the edge.'
	);
}

/** A patch removes a node but leaves an edge of the previous scene attached to it. */
export function danglingAfterRemoval(
	keys: ErrorKeys,
	step: StepRef,
	nodeId: string,
	edgeId: string
): DiagramError {
	return error(
		'dangling-edge',
		keys,
		`${stepSubject(step)} removes node ${quote(nodeId)}, but edge ${quote(edgeId)} still connects to it. ` +
			'Remove the edge in the same step, or keep the node.'
	);
}

export function unknownParent(
	keys: ErrorKeys,
	nodeId: string,
	parentId: string,
	step: StepRef
): DiagramError {
	return error(
		'unknown-parent',
		keys,
		`Node ${quote(nodeId)} has parent ${quote(parentId)}, which is not a node in ${stepPhrase(step)}. ` +
			`Add a group with id ${quote(parentId)} or fix the parent.`
	);
}

/** A patch removes a group but leaves a node of the previous scene inside it. */
export function orphanedByRemoval(
	keys: ErrorKeys,
	step: StepRef,
	groupId: string,
	childId: string
): DiagramError {
	return error(
		'unknown-parent',
		keys,
		`${stepSubject(step)} removes group ${quote(groupId)}, but node ${quote(childId)} is still inside it. ` +
			`Remove ${quote(childId)} too, give it another "parent" with "update", or keep the group.`
	);
}

export function parentNotGroup(
	keys: ErrorKeys,
	nodeId: string,
	parentId: string,
	parentKind: string,
	step: StepRef
): DiagramError {
	return error(
		'parent-not-group',
		keys,
		`Node ${quote(nodeId)} has parent ${quote(parentId)}, which is a ${parentKind}, not a group, in ` +
			`${stepPhrase(step)}. Give ${quote(parentId)} the kind "group" or choose another parent.`
	);
}

/** A patch changes a group's kind while a node of the previous scene is still inside it. */
export function parentNoLongerGroup(
	keys: ErrorKeys,
	step: StepRef,
	parentId: string,
	newKind: string,
	childId: string
): DiagramError {
	return error(
		'parent-not-group',
		keys,
		`${stepSubject(step)} makes ${quote(parentId)} a ${newKind}, but node ${quote(childId)} is still inside it. ` +
			`Keep ${quote(parentId)} a group, or give ${quote(childId)} another "parent".`
	);
}

/** `cycle` lists the ids from the first member back to it: `a → b → a` (each is inside the next). */
export function nestingCycle(keys: ErrorKeys, step: StepRef, cycle: readonly string[]): DiagramError {
	return error(
		'nesting-cycle',
		keys,
		`Nodes in ${stepPhrase(step)} are nested in a cycle: ${cycle.map(quote).join(' → ')} ` +
			'(each is inside the next). Remove or change one of these "parent" fields.'
	);
}

/* ---------- patches ---------- */

export function unknownPatchTarget(
	keys: ErrorKeys,
	verb: 'removes' | 'updates',
	kind: EntityKind,
	id: string,
	step: StepRef,
	previous: StepRef
): DiagramError {
	return error(
		'unknown-patch-target',
		keys,
		`${stepSubject(step)} ${verb} ${kind} ${quote(id)}, which is not in the previous ${stepPhrase(previous)}. ` +
			'Fix the id or drop the entry.'
	);
}

/** `update` of something the same step removes (removals apply first). */
export function updateOfRemoved(keys: ErrorKeys, kind: EntityKind, id: string, step: StepRef): DiagramError {
	return error(
		'unknown-patch-target',
		keys,
		`${stepSubject(step)} updates ${kind} ${quote(id)}, which it also removes (removals apply first). ` +
			'Drop one of the two entries.'
	);
}

export function patchOnFirstStep(
	keys: ErrorKeys,
	step: StepRef,
	patchFields: readonly string[]
): DiagramError {
	return error(
		'patch-on-first-step',
		keys,
		`${stepSubject(step)} is the first step, so it has no previous scene to ${patchFields.map(quote).join('/')}. ` +
			'List its whole scene in "nodes" and "edges" instead.'
	);
}

export function mixedStep(
	keys: ErrorKeys,
	step: StepRef,
	sceneFields: readonly string[],
	patchFields: readonly string[]
): DiagramError {
	return error(
		'mixed-step',
		keys,
		`${stepSubject(step)} has both a full scene (${sceneFields.map(quote).join(', ')}) and a patch ` +
			`(${patchFields.map(quote).join(', ')}). Use "nodes"/"edges" for a whole scene, or "add"/"remove"/"update" ` +
			'to change the previous one, not both.'
	);
}

/* ---------- links and sources ---------- */

export function unsafeHref(keys: ErrorKeys, where: Where, href: string): DiagramError {
	return error(
		'unsafe-href',
		keys,
		`${at(where)} is ${quote(href)}, which is not a safe link. ` +
			'Use an absolute http:// or https:// URL, or a relative URL without a scheme or spaces.'
	);
}

export function unknownSource(
	keys: ErrorKeys,
	subject: string,
	sourceId: string,
	suggestion: string | undefined
): DiagramError {
	return error(
		'unknown-source',
		keys,
		`${subject} cites source ${quote(sourceId)}, which is not in the storyline's "sources".${didYouMean(suggestion)} ` +
			'Add it to "sources" or fix the id.'
	);
}

/* ---------- limits ---------- */

const LIMIT_FIX: Record<LimitName, string> = {
	steps: 'Split the storyline into several',
	elementsPerStep: 'Split the step into several, or show less at once',
	nestingDepth: 'Nest fewer groups inside each other',
	labelLength: 'Shorten the label (the detail can go into "description")',
	textLength: 'Shorten the text',
	idLength: 'Use a shorter id'
};

/** A spec over one of the size limits of `validateStoryline(spec, { limits })`. */
export function limitExceeded(
	keys: ErrorKeys,
	subject: string,
	what: string,
	value: number,
	limit: number,
	name: LimitName
): DiagramError {
	return error(
		'limit-exceeded',
		keys,
		`${subject} has ${value} ${what}; the limit is ${limit}. ${LIMIT_FIX[name]}, or raise limits.${name}.`
	);
}

/* ---------- the source text (before there is a spec to validate) ---------- */

const FORMAT_NAME: Record<'yaml' | 'json', string> = { yaml: 'YAML', json: 'JSON' };

export function inputTooLarge(bytes: number, maxBytes: number): DiagramError {
	return error(
		'input-too-large',
		[],
		`The file is ${bytes} bytes, more than the limit of ${maxBytes} bytes, so it was not read. ` +
			'Split the storyline into smaller ones, or raise the limit (maxBytes) if you trust the file.'
	);
}

export function nestedTooDeep(maxDepth: number): DiagramError {
	return error(
		'input-too-large',
		[],
		`The file nests lists and mappings more than ${maxDepth} levels deep, so it was not read ` +
			'(a storyline needs about ten). Check for a run of unclosed brackets or runaway indentation.'
	);
}

/** `detail` is the parser's own sentence, e.g. `Tabs are not allowed as indentation`. */
export function syntaxError(format: 'yaml' | 'json', detail: string, fix: string): DiagramError {
	const sentence = detail.trim().replace(/[.:]$/, '');
	return error('syntax-error', [], `${FORMAT_NAME[format]} syntax error: ${sentence}. ${fix}`.trim());
}

export function duplicateKey(format: 'yaml' | 'json', key: string | undefined): DiagramError {
	const which = key === undefined ? 'A key' : `The key ${JSON.stringify(key)}`;
	return error(
		'duplicate-key',
		[],
		`${which} appears twice in the same ${format === 'json' ? 'object' : 'mapping'}; ` +
			'the second would silently replace the first. Remove or rename one of them.'
	);
}

export function aliasLimit(maxAliases: number): DiagramError {
	return error(
		'alias-limit',
		[],
		`The YAML uses aliases (*name) more than ${maxAliases} times once expanded, so it was refused ` +
			'(this is how "billion laughs" documents exhaust memory). Write the repeated parts out, or use fewer aliases.'
	);
}

/** One line for a terminal: `<path>  <code>  <message>`; the root path shows as `(root)`. */
export function formatError(e: DiagramError): string {
	return `${e.path === '' ? '(root)' : e.path}  ${e.code}  ${e.message}`;
}
