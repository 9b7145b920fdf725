/**
 * Reads the storyline's JSON Schema by a YAML path: what may be written at a place (keys with their
 * descriptions, allowed values) and what a key means. Used by the playground's completion and hover docs.
 */

export interface JsonSchemaNode {
	$ref?: string;
	type?: string | string[];
	description?: string;
	properties?: Record<string, JsonSchemaNode>;
	additionalProperties?: boolean | JsonSchemaNode;
	items?: JsonSchemaNode;
	anyOf?: JsonSchemaNode[];
	oneOf?: JsonSchemaNode[];
	allOf?: JsonSchemaNode[];
	enum?: unknown[];
	const?: unknown;
	required?: string[];
	examples?: unknown[];
	default?: unknown;
	$defs?: Record<string, JsonSchemaNode>;
	definitions?: Record<string, JsonSchemaNode>;
}

/** A step of a YAML path: a mapping key, or `ITEM` for any entry of a sequence. */
export const ITEM = Symbol('item');
export type SchemaKey = string | typeof ITEM;

export interface KeyDoc {
	key: string;
	description: string;
	type: string;
	required: boolean;
}

const MAX_DEPTH = 32;

function resolveRef(root: JsonSchemaNode, ref: string): JsonSchemaNode | undefined {
	const match = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
	if (!match) return undefined;
	const table = match[1] === '$defs' ? root.$defs : root.definitions;
	return table?.[match[2]!];
}

/**
 * The alternatives a schema node stands for, with `$ref`s followed and `anyOf`/`oneOf`/`allOf` flattened. A
 * description written beside a `$ref` is kept on the first alternative (the more specific text wins).
 */
export function alternatives(
	root: JsonSchemaNode,
	node: JsonSchemaNode | undefined,
	depth = 0
): JsonSchemaNode[] {
	if (!node || depth > MAX_DEPTH) return [];
	if (node.$ref) {
		const target = resolveRef(root, node.$ref);
		const found = alternatives(root, target, depth + 1);
		if (node.description && found[0]) found[0] = { ...found[0], description: node.description };
		return found;
	}
	const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
	if (branches.length === 0) return [node];
	const flat = branches.flatMap((branch) => alternatives(root, branch, depth + 1));
	const own = { ...node, anyOf: undefined, oneOf: undefined, allOf: undefined };
	return node.description && flat[0]
		? [{ ...flat[0], description: node.description }, ...flat.slice(1), own]
		: flat;
}

/** Every schema node that may sit at `path` (several when the schema offers alternatives). */
export function schemasAt(root: JsonSchemaNode, path: readonly SchemaKey[]): JsonSchemaNode[] {
	let current = alternatives(root, root);
	for (const key of path) {
		const next: JsonSchemaNode[] = [];
		for (const node of current) {
			if (key === ITEM) {
				if (node.items) next.push(...alternatives(root, node.items));
			} else if (node.properties?.[key]) {
				next.push(...alternatives(root, node.properties[key]));
			} else if (typeof node.additionalProperties === 'object') {
				next.push(...alternatives(root, node.additionalProperties));
			}
		}
		current = next;
		if (current.length === 0) break;
	}
	return current;
}

/** A short type name for docs: `string`, `"down" | "right"`, `list`, `object`. */
export function typeName(root: JsonSchemaNode, node: JsonSchemaNode): string {
	const names = new Set<string>();
	for (const alt of alternatives(root, node)) {
		if (alt.enum) names.add(alt.enum.map((v) => JSON.stringify(v)).join(' | '));
		else if (alt.const !== undefined) names.add(JSON.stringify(alt.const));
		else if (alt.type === 'array') names.add('list');
		else if (alt.type === 'object' && alt.properties && Object.keys(alt.properties).length > 0)
			names.add(`{ ${Object.keys(alt.properties).join(', ')} }`);
		else if (alt.type === 'object') names.add('object');
		else if (typeof alt.type === 'string') names.add(alt.type);
	}
	return [...names].join(' or ') || 'any';
}

function describe(node: JsonSchemaNode | undefined): string {
	return node?.description ?? '';
}

/** The keys that may be written in the mapping at `path`, with what each means. */
export function keysAt(root: JsonSchemaNode, path: readonly SchemaKey[]): KeyDoc[] {
	const byKey = new Map<string, KeyDoc>();
	for (const node of schemasAt(root, path)) {
		for (const [key, child] of Object.entries(node.properties ?? {})) {
			if (key === '$schema' || byKey.has(key)) continue;
			const description = describe(child) || describe(alternatives(root, child)[0]);
			byKey.set(key, {
				key,
				description,
				type: typeName(root, child),
				required: node.required?.includes(key) ?? false
			});
		}
	}
	return [...byKey.values()];
}

/** The values a scalar at `path` may take, when the schema lists them (enums, constants, booleans). */
export function valuesAt(root: JsonSchemaNode, path: readonly SchemaKey[]): string[] {
	const values = new Set<string>();
	for (const node of schemasAt(root, path)) {
		for (const value of node.enum ?? []) values.add(String(value));
		if (node.const !== undefined) values.add(String(node.const));
		if (node.type === 'boolean') {
			values.add('true');
			values.add('false');
		}
	}
	return [...values];
}

/** What the key at the end of `path` means: its description and type, for a hover. */
export function docAt(
	root: JsonSchemaNode,
	path: readonly SchemaKey[]
): { description: string; type: string } | undefined {
	const last = path.at(-1);
	if (last === undefined || last === ITEM) return undefined;
	const parents = schemasAt(root, path.slice(0, -1));
	for (const parent of parents) {
		const child =
			parent.properties?.[last] ??
			(typeof parent.additionalProperties === 'object' ? parent.additionalProperties : undefined);
		if (!child) continue;
		const description = describe(child) || describe(alternatives(root, child)[0]);
		return { description, type: typeName(root, child) };
	}
	return undefined;
}
