/**
 * Finds the first place where a text is not strict JSON (RFC 8259). The YAML parser reads JSON files too (so
 * every value gets a position), but YAML accepts more than JSON does — comments, single quotes, bare words — so
 * a `.json` file is first held to JSON's own grammar here. `JSON.parse` cannot do this job: its messages carry
 * no position on every engine.
 *
 * Iterative (an explicit stack), so deeply nested input cannot overflow the call stack.
 */

export interface JsonSyntaxError {
	/** Offset in UTF-16 code units, like a string index. */
	offset: number;
	message: string;
	/** Set when the text is JSON so far but nests deeper than allowed. */
	tooDeep?: true;
}

type Container = 'object' | 'array';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** `maxDepth`: objects and arrays nested deeper than this are refused (they are not a storyline). */
export function findJsonSyntaxError(text: string, maxDepth = Infinity): JsonSyntaxError | undefined {
	// A byte-order mark is not JSON, but editors write one; it is the only thing tolerated before the value.
	let i = text.startsWith('\uFEFF') ? 1 : 0;
	const stack: Container[] = [];

	const fail = (message: string, at = i): JsonSyntaxError => ({ offset: at, message });
	const skipWhitespace = () => {
		while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
	};
	const describe = (at: number) =>
		at >= text.length ? 'the end of the file' : `${JSON.stringify(text[at])}`;

	/** Reads a string starting at the opening quote; returns an error or advances `i` past the closing quote. */
	const readString = (): JsonSyntaxError | undefined => {
		const start = i;
		i++;
		while (i < text.length) {
			const c = text[i] as string;
			if (c === '"') {
				i++;
				return undefined;
			}
			if (c === '\\') {
				const e = text[i + 1];
				if (e === 'u') {
					HEX4.lastIndex = i + 2;
					if (!HEX4.test(text)) return fail('A "\\u" escape needs four hexadecimal digits', i);
					i += 6;
				} else if (e !== undefined && ESCAPES.has(e)) i += 2;
				else return fail(`${JSON.stringify(`\\${e ?? ''}`)} is not a JSON escape`, i);
				continue;
			}
			if (c.charCodeAt(0) < 0x20) {
				return fail('A line break or control character inside a string must be escaped (e.g. "\\n")', i);
			}
			i++;
		}
		return fail('This string is never closed: add the closing "', start);
	};

	/** Reads a scalar or opens a container at `i`. */
	const readValue = (): JsonSyntaxError | undefined => {
		const c = text[i];
		if (c === '{' || c === '[') {
			if (stack.length >= maxDepth) {
				return { offset: i, message: `nested more than ${maxDepth} levels deep`, tooDeep: true };
			}
			stack.push(c === '{' ? 'object' : 'array');
			i++;
			return undefined;
		}
		if (c === '"') return readString();
		for (const word of ['true', 'false', 'null']) {
			if (text.startsWith(word, i)) {
				i += word.length;
				return undefined;
			}
		}
		NUMBER.lastIndex = i;
		if (c !== undefined && /[-0-9]/.test(c) && NUMBER.test(text)) {
			i = NUMBER.lastIndex;
			return undefined;
		}
		if (c === "'") return fail('JSON strings use double quotes, not single quotes');
		return fail(
			`Expected a value (an object, array, string, number, true, false or null), found ${describe(i)}`
		);
	};

	skipWhitespace();
	let error = readValue();
	if (error) return error;
	// After each value or opening bracket: close containers, or expect `,` and the next entry.
	let justOpened = stack.length > 0;
	while (stack.length > 0) {
		skipWhitespace();
		const top = stack[stack.length - 1] as Container;
		const close = top === 'object' ? '}' : ']';
		if (text[i] === close) {
			stack.pop();
			i++;
			justOpened = false;
			continue;
		}
		if (!justOpened) {
			if (text[i] !== ',') {
				return fail(`Expected "," or "${close}" after a value, found ${describe(i)}`);
			}
			i++;
			skipWhitespace();
			if (text[i] === close) return fail(`JSON does not allow a trailing comma before "${close}"`);
		}
		if (top === 'object') {
			if (text[i] !== '"') {
				return fail(`Expected a property name in double quotes, found ${describe(i)}`);
			}
			error = readString();
			if (error) return error;
			skipWhitespace();
			if (text[i] !== ':') return fail(`Expected ":" after the property name, found ${describe(i)}`);
			i++;
			skipWhitespace();
		}
		const depth = stack.length;
		error = readValue();
		if (error) return error;
		justOpened = stack.length > depth;
	}
	skipWhitespace();
	if (i < text.length) return fail(`Unexpected ${describe(i)} after the end of the JSON value`);
	return undefined;
}
