/**
 * Errors printed like a compiler's, so terminals and editors can jump to them:
 * `platform.stackmotion.yaml:12:9  dangling-edge  Edge "a->b" points to "b", …`
 * followed by an indented hint line when the error has one. Without a position the error's path stands in.
 */
import type { LocatedError } from './parse.js';

export function formatError(error: LocatedError): string {
	const position = [error.line, error.column].filter((n) => n !== undefined).join(':');
	let where = [error.file, position].filter((part) => part !== undefined && part !== '').join(':');
	if (where === '') where = error.path === '' ? '(root)' : error.path;
	else if (position === '' && error.path !== '') where += `  ${error.path}`;
	const line = `${where}  ${error.code}  ${error.message}`;
	return error.hint ? `${line}\n    hint: ${error.hint}` : line;
}

export function formatErrors(errors: readonly LocatedError[]): string {
	return errors.map(formatError).join('\n');
}
