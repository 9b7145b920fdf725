/**
 * Spec files: YAML or JSON text in, a validated storyline or located errors out. Every error carries the
 * line:column of what it is about, so editors, the CLI and the Vite plugin can point at it like a compiler.
 *
 * Both syntaxes go through the `yaml` package's document API (JSON is YAML's subset), which keeps every value's
 * position; a `.json` file is held to strict JSON first. Hostile input is bounded: a size cap before parsing, an
 * alias cap before expansion (a "billion laughs" document is refused, not expanded), duplicate keys reported,
 * and `__proto__`/`constructor` keys stay plain data (they become own properties, never prototypes).
 */
import { LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { aliasLimit, duplicateKey, inputTooLarge, nestedTooDeep, syntaxError } from '../model/errors.js';
import type { DiagramError, PathKey, Storyline } from '../model/types.js';
import { validateStoryline } from '../model/validate.js';
import { formatOfFile, type SpecFormat } from './format-of.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { DEFAULT_MAX_DEPTH, estimateYamlDepth } from './nesting.js';
import { offsetOfPath, toLocation, type LocateTarget, type SourceLocation } from './source-locate.js';

export type { SpecFormat } from './format-of.js';
export type { SourceLocation } from './source-locate.js';

/** A `DiagramError` with where it is in the source; `hint` is an optional second line of advice. */
export type LocatedError = DiagramError & { file?: string; line?: number; column?: number; hint?: string };

export interface ParseOptions {
	/** The file name, shown in errors; its extension picks the format when `format` is not given. */
	file?: string;
	/** Defaults from the file extension (`.json` → JSON), else YAML. */
	format?: SpecFormat;
	/** Larger input is refused before it is parsed. Default 1 000 000 bytes (UTF-8). */
	maxBytes?: number;
	/** At most this many alias expansions (`*name`) in YAML. Default 100. */
	maxAliases?: number;
	/** Deeper nesting of lists and mappings is refused before parsing. Default 64. */
	maxDepth?: number;
}

export type ParseResult =
	{ ok: true; spec: unknown; storyline: Storyline } | { ok: false; spec?: unknown; errors: LocatedError[] };

export const DEFAULT_MAX_BYTES = 1_000_000;
export const DEFAULT_MAX_ALIASES = 100;

/** Never throws: any text yields a result. */
export function parseSpecSource(text: string, options: ParseOptions = {}): ParseResult {
	const format = options.format ?? formatOfFile(options.file) ?? 'yaml';
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const maxAliases = options.maxAliases ?? DEFAULT_MAX_ALIASES;
	const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
	const at = (error: DiagramError, location?: SourceLocation): LocatedError => ({
		...error,
		...(options.file === undefined ? {} : { file: options.file }),
		...(location === undefined ? {} : { line: location.line, column: location.column })
	});

	const bytes = utf8Length(text);
	if (bytes > maxBytes) return { ok: false, errors: [at(inputTooLarge(bytes, maxBytes))] };

	const lineCounter = new LineCounter();
	try {
		if (format === 'json') {
			const bad = findJsonSyntaxError(text, maxDepth);
			if (bad) {
				const location = locationInText(text, bad.offset);
				const error = bad.tooDeep ? nestedTooDeep(maxDepth) : syntaxError('json', bad.message, JSON_FIX);
				return { ok: false, errors: [at(error, location)] };
			}
		} else if (estimateYamlDepth(text, maxDepth) > maxDepth) {
			return { ok: false, errors: [at(nestedTooDeep(maxDepth))] };
		}

		const doc = parseDocument(text, {
			lineCounter,
			prettyErrors: false,
			schema: format === 'json' ? 'json' : 'core',
			uniqueKeys: true,
			merge: false,
			// 'silent' would also drop the "several documents in one file" error.
			logLevel: 'error'
		});
		if (doc.errors.length > 0) {
			return {
				ok: false,
				errors: withoutEchoes(doc.errors).map((e) =>
					at(yamlError(format, e, text), toLocation(lineCounter, e.pos[0]))
				)
			};
		}

		const aliasOffsets = aliasPositions(doc);
		const extraAlias = aliasOffsets[maxAliases];
		if (extraAlias !== undefined) {
			return { ok: false, errors: [at(aliasLimit(maxAliases), toLocation(lineCounter, extraAlias))] };
		}
		let spec: unknown;
		try {
			spec = doc.toJS({ maxAliasCount: maxAliases });
		} catch (cause) {
			const first = aliasOffsets[0];
			const location = first === undefined ? undefined : toLocation(lineCounter, first);
			if (cause instanceof ReferenceError && /alias/i.test(cause.message)) {
				return { ok: false, errors: [at(aliasLimit(maxAliases), location)] };
			}
			const detail = cause instanceof Error ? cause.message : String(cause);
			return { ok: false, errors: [at(syntaxError(format, detail, DEFAULT_FIX), location)] };
		}
		spec = withoutSchemaKey(spec);

		const result = validateStoryline(spec);
		if (result.ok) return { ok: true, spec, storyline: result.storyline };
		return {
			ok: false,
			spec,
			errors: result.errors.map((e) => at(e, locateError(doc, lineCounter, e)))
		};
	} catch (cause) {
		// The parser itself failed on something unforeseen: still an answer, not an exception.
		const detail = cause instanceof Error ? cause.message : String(cause);
		return { ok: false, errors: [at(syntaxError(format, detail, DEFAULT_FIX))] };
	}
}

/**
 * Where in `text` the value at `keys` (an error's `keys`, e.g. `['steps', 1, 'edges', 0, 'to']`) is written;
 * undefined if the text is unreadable.
 */
export function locatePath(
	text: string,
	keys: readonly PathKey[],
	format: SpecFormat = 'yaml'
): SourceLocation | undefined {
	if (utf8Length(text) > DEFAULT_MAX_BYTES) return undefined;
	if (estimateYamlDepth(text, DEFAULT_MAX_DEPTH) > DEFAULT_MAX_DEPTH) return undefined;
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, {
		lineCounter,
		prettyErrors: false,
		schema: format === 'json' ? 'json' : 'core',
		logLevel: 'error'
	});
	const offset = offsetOfPath(doc, keys);
	return offset === undefined ? undefined : toLocation(lineCounter, offset);
}

/* ---------- helpers ---------- */

const JSON_FIX = 'Fix the JSON at this position (a JSON validator or your editor will show the same spot).';

const YAML_FIX: Record<string, string> = {
	TAB_AS_INDENT: 'Indent with spaces: YAML does not allow tabs for indentation.',
	BAD_INDENT: 'Check the indentation: entries of the same list or mapping start in the same column.',
	MULTIPLE_DOCS: 'Put one storyline in a file: remove the "---" separator and what follows it.',
	MISSING_CHAR: 'Close the bracket or quote that was opened before this point.',
	BAD_DQ_ESCAPE: 'Use a valid escape inside double quotes, or single quotes for text with backslashes.'
};
const DEFAULT_FIX = 'Check this line and the one before it.';

function yamlError(format: SpecFormat, error: YAMLError, text: string): DiagramError {
	if (error.code === 'DUPLICATE_KEY') return duplicateKey(format, keyAt(text, error.pos[0]));
	return syntaxError(format, error.message, YAML_FIX[error.code] ?? DEFAULT_FIX);
}

/**
 * After a syntax error the parser reads the rest of the text out of its intended structure, so a "duplicate key"
 * further on is usually an echo of that error (a mis-indented key lands in the parent mapping): drop those.
 */
function withoutEchoes(errors: readonly YAMLError[]): YAMLError[] {
	const firstSyntax = errors.find((e) => e.code !== 'DUPLICATE_KEY')?.pos[0];
	if (firstSyntax === undefined) return [...errors];
	return errors.filter((e) => e.code !== 'DUPLICATE_KEY' || e.pos[0] < firstSyntax);
}

/** Unknown fields point at their key; everything else at the value the path names. */
function locateError(
	doc: Document,
	lineCounter: LineCounter,
	error: DiagramError
): SourceLocation | undefined {
	const target: LocateTarget = error.code === 'unknown-field' ? 'key' : 'value';
	const offset = offsetOfPath(doc, error.keys, target);
	return offset === undefined ? undefined : toLocation(lineCounter, offset);
}

/** Offsets of every alias node, in document order; counting them never expands them. */
function aliasPositions(doc: Document): number[] {
	const offsets: number[] = [];
	visit(doc, {
		Alias(_key, node) {
			offsets.push(node.range?.[0] ?? 0);
		}
	});
	return offsets;
}

/** The key written at `offset` (a quoted or plain scalar), for the duplicate-key message. */
function keyAt(text: string, offset: number): string | undefined {
	const rest = text.slice(offset, offset + 200);
	const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(rest) ?? /^'((?:[^']|'')*)'/.exec(rest);
	if (quoted) return quoted[1];
	const plain = /^([^:\n#]+?)\s*:/.exec(rest);
	return plain?.[1];
}

/**
 * A top-level `$schema` string is for editors (JSON files point at the JSON Schema with it), not part of the
 * storyline; it is dropped before validation so it does not count as an unknown field.
 */
function withoutSchemaKey(spec: unknown): unknown {
	if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) return spec;
	if (!Object.prototype.hasOwnProperty.call(spec, '$schema')) return spec;
	const { $schema, ...rest } = spec as Record<string, unknown>;
	return typeof $schema === 'string' ? rest : spec;
}

function locationInText(text: string, offset: number): SourceLocation {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

/** UTF-8 size without encoding the whole text (and without Node's Buffer, so it runs in the browser too). */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}
