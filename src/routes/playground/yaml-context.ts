/**
 * Where the cursor is in a block-style YAML document, read from indentation alone so it works while the text is
 * half typed (and so not yet valid YAML): the path of mapping keys and sequence entries above the cursor, and
 * whether a key or a value is being written.
 */
import { ITEM, type SchemaKey } from './schema-walk.js';

export type YamlContext =
	| { kind: 'key'; path: SchemaKey[]; prefix: string; from: number }
	| { kind: 'value'; path: SchemaKey[]; key: string; prefix: string; from: number };

interface Line {
	/** Columns of each `- ` marker at the start of the line. */
	dashes: number[];
	/** Column where the line's content (after indentation and markers) starts. */
	content: number;
	text: string;
}

function readLine(text: string): Line {
	const dashes: number[] = [];
	let column = 0;
	for (;;) {
		while (text[column] === ' ') column++;
		if (text[column] === '-' && (text[column + 1] === ' ' || column + 1 === text.length)) {
			dashes.push(column);
			column += 1;
			continue;
		}
		break;
	}
	return { dashes, content: column, text };
}

/** `key:` with nothing (or a comment) after it opens a nested block. */
function openingKey(line: Line): string | undefined {
	const match = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s:#][^:#]*?)\s*:\s*(#.*)?$/.exec(
		line.text.slice(line.content)
	);
	return match ? unquote(match[1]!) : undefined;
}

function unquote(key: string): string {
	if (key.startsWith('"')) {
		try {
			return JSON.parse(key) as string;
		} catch {
			return key.slice(1, -1);
		}
	}
	return key.startsWith("'") ? key.slice(1, -1).replaceAll("''", "'") : key;
}

/** The keys and sequence entries that contain a node written at `column` on line `index`. */
function containersAbove(lines: readonly string[], index: number, column: number): SchemaKey[] {
	const path: SchemaKey[] = [];
	let target = column;
	for (let i = index - 1; i >= 0 && target > 0; i--) {
		const raw = lines[i]!;
		if (/^\s*(#.*)?$/.test(raw)) continue;
		const line = readLine(raw);
		// Entry markers on this line that the target sits inside, innermost first.
		const key = line.content < target ? openingKey(line) : undefined;
		if (key !== undefined) {
			path.push(key);
			target = line.content;
		}
		for (const dash of [...line.dashes].reverse()) {
			if (dash < target) {
				path.push(ITEM);
				target = dash;
			}
		}
		if (key === undefined && line.dashes.length === 0 && line.content < target) {
			// A `key: value` line less indented than the cursor: nothing sensible contains it; stop here.
			break;
		}
	}
	return path.reverse();
}

export function yamlContextAt(text: string, offset: number): YamlContext {
	const lines = text.slice(0, offset).split('\n');
	const index = lines.length - 1;
	const before = lines[index] ?? '';
	const lineStart = offset - before.length;
	const line = readLine(before);
	// The line's own `- ` markers open entries: what contains the line is found from its first marker.
	const path = containersAbove(text.split('\n'), index, line.dashes[0] ?? line.content);
	for (let i = 0; i < line.dashes.length; i++) path.push(ITEM);
	const rest = before.slice(line.content);
	const pair = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s:#][^:#]*?)\s*:\s+(.*)$/.exec(rest);
	if (pair) {
		const value = pair[2]!;
		return { kind: 'value', path, key: unquote(pair[1]!), prefix: value, from: offset - value.length };
	}
	return { kind: 'key', path, prefix: rest, from: lineStart + line.content };
}

/** The key written under `offset` with its full path (for hover docs), or undefined when not on a key. */
export function keyPathAt(
	text: string,
	offset: number
): { path: SchemaKey[]; from: number; to: number } | undefined {
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	const lineEnd = text.indexOf('\n', offset);
	const raw = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
	const line = readLine(raw);
	const match = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s:#][^:#]*?)\s*:(\s|$)/.exec(raw.slice(line.content));
	if (!match) return undefined;
	const from = lineStart + line.content;
	const to = from + match[1]!.length;
	if (offset < from || offset > to) return undefined;
	const { path } = yamlContextAt(text, from);
	return { path: [...path, unquote(match[1]!)], from, to };
}
