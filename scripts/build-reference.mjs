/**
 * Writes docs/spec-reference.md, the field reference of storyline spec files, from the generated JSON Schema
 * (src/lib/schema.json): every object, every field with its type, whether it is required, its default, an
 * example and its description. Run `node scripts/build-reference.mjs`; a test fails when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

/** @typedef {{ [key: string]: any }} JsonSchema */

const ROOT_NAME = 'Storyline';

/**
 * What the validator fills in for optional fields the schema gives no `default` for. A test checks each one
 * against `validateStoryline`, so this list cannot drift from what the code does.
 */
export const DEFAULTS = {
	'Storyline.direction': 'down',
	'Edge.id': '<from>-><to>',
	'Edge.kind': 'call',
	'Message.reverse': false
};

/** @param {string} text */
function cell(text) {
	return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
}

/** @param {unknown} value */
function code(value) {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return `\`${text.replace(/`/g, 'ˋ')}\``;
}

/** @param {string} name */
function anchor(name) {
	return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** @param {string} ref */
function refName(ref) {
	return ref.replace('#/$defs/', '');
}

/**
 * A field's type in words, linking to the sections of named objects.
 * @param {JsonSchema} schema
 * @param {string} path where an inline object's own section is
 * @returns {string}
 */
function typeOf(schema, path) {
	if (schema.$ref) return `[${refName(schema.$ref)}](#${anchor(refName(schema.$ref))})`;
	if (schema.enum) return `one of ${schema.enum.map((/** @type {unknown} */ v) => code(v)).join(', ')}`;
	if (schema.const !== undefined) return code(schema.const);
	if (schema.anyOf) return schema.anyOf.map((/** @type {JsonSchema} */ s) => typeOf(s, path)).join(' or ');
	if (schema.type === 'array') return `list of ${typeOf(schema.items ?? {}, path)}`;
	if (schema.type === 'object') {
		if (schema.properties) return `[object](#${anchor(path)})`;
		if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
			return `map of id → ${typeOf(schema.additionalProperties, path)}`;
		}
		return 'object';
	}
	return schema.type ?? 'any';
}

/**
 * Constraints worth knowing that the type does not say (patterns, counts).
 * @param {JsonSchema} schema
 */
function constraints(schema) {
	const notes = [];
	const items = schema.type === 'array' ? (schema.items ?? {}) : schema;
	if (items.pattern && items.pattern !== '\\S') notes.push(`Must match ${code(items.pattern)}.`);
	if (items.pattern === '\\S') notes.push('Not blank.');
	if (schema.minItems) notes.push(`At least ${schema.minItems}.`);
	if (items.format) notes.push(`Format: ${items.format}.`);
	return notes;
}

/**
 * @param {string} title
 * @param {JsonSchema} schema an object schema with properties
 * @param {string[]} out
 */
function objectSection(title, schema, out) {
	const required = new Set(schema.required ?? []);
	/** @type {[string, JsonSchema][]} */
	const nested = [];
	out.push(`### ${title}`, '');
	if (schema.description) out.push(schema.description, '');
	out.push(
		'| field | type | required | default | example | description |',
		'| --- | --- | --- | --- | --- | --- |'
	);
	for (const [name, field] of Object.entries(schema.properties ?? {})) {
		const path = `${title}.${name}`;
		const inline = field.type === 'object' && field.properties ? field : undefined;
		if (inline) nested.push([path, inline]);
		const itemObject = field.type === 'array' && field.items?.type === 'object' && field.items.properties;
		if (itemObject) nested.push([`${path}[]`, field.items]);
		const description = [field.description ?? field.items?.description ?? '', ...constraints(field)]
			.filter(Boolean)
			.join(' ');
		const examples = field.examples ?? field.items?.examples;
		const example = examples?.length ? code(examples[0]) : '';
		const known = /** @type {Record<string, unknown>} */ (DEFAULTS)[path];
		const fallback =
			field.default !== undefined ? code(field.default) : known !== undefined ? code(known) : '';
		out.push(
			`| \`${name}\` | ${cell(typeOf(field, itemObject ? `${path}[]` : path))} | ${required.has(name) ? 'yes' : ''} | ${cell(fallback)} | ${cell(example)} | ${cell(description)} |`
		);
	}
	out.push('');
	if (schema.additionalProperties === false) out.push('No other fields are allowed.', '');
	for (const [path, inner] of nested) objectSection(path, inner, out);
}

/**
 * @param {string} title
 * @param {JsonSchema} schema a schema that is not an object with properties (e.g. text in one or two languages)
 * @param {string[]} out
 */
function valueSection(title, schema, out) {
	out.push(`### ${title}`, '');
	if (schema.description) out.push(schema.description, '');
	for (const choice of schema.anyOf ?? [schema]) {
		if (choice.type === 'object' && choice.properties) {
			const fields = Object.entries(choice.properties)
				.map(([name, field]) => `\`${name}\` (${field.description ?? field.type})`)
				.join(', ');
			out.push(`- an object with ${fields}${choice.additionalProperties === false ? ', nothing else' : ''}`);
		} else out.push(`- ${[typeOf(choice, title), ...constraints(choice)].join('. ')}`);
	}
	out.push('');
}

/**
 * The reference as Markdown, formatted as the repository's Prettier formats it (so `npm run lint` agrees).
 * @param {JsonSchema} schema
 * @returns {Promise<string>}
 */
export async function buildReference(schema) {
	const options = (await resolveConfig(REFERENCE_FILE)) ?? {};
	return format(referenceMarkdown(schema), { ...options, parser: 'markdown' });
}

/**
 * @param {JsonSchema} schema
 * @returns {string}
 */
export function referenceMarkdown(schema) {
	const out = [
		'# Storyline spec reference',
		'',
		'<!-- Generated from src/lib/schema.json by scripts/build-reference.mjs: do not edit by hand. -->',
		'',
		`Every field of a storyline spec file (\`*.stackmotion.yaml\` or \`.json\`), from the JSON Schema the validator's own schema generates (${code(schema.$id ?? 'schema.json')}). Point your editor at it for completion and checking: \`# yaml-language-server: $schema=${schema.$id ?? 'schema.json'}\` as the first line of a YAML file, or \`"$schema"\` in a JSON file. For a walkthrough, read [Write your own storyline](./write-your-own-storyline.md).`,
		'',
		'## Objects',
		''
	];
	objectSection(ROOT_NAME, schema, out);
	for (const [name, def] of Object.entries(schema.$defs ?? {})) {
		if (def.type === 'object' && def.properties) objectSection(name, def, out);
		else valueSection(name, def, out);
	}
	return `${out
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trimEnd()}\n`;
}

export const SCHEMA_FILE = fileURLToPath(new URL('../src/lib/schema.json', import.meta.url));
export const REFERENCE_FILE = fileURLToPath(new URL('../docs/spec-reference.md', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
	writeFileSync(REFERENCE_FILE, await buildReference(schema));
	console.log('wrote docs/spec-reference.md');
}
