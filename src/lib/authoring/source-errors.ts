/**
 * Errors about the source text itself (before there is a spec to validate): too large, not YAML/JSON, a key
 * written twice, too many aliases. Same shape and tone as the model's catalogue: say what is wrong and how to fix it.
 */
import type { DiagramError } from '../model/types.js';
import type { SpecFormat } from './format-of.js';

const NAME: Record<SpecFormat, string> = { yaml: 'YAML', json: 'JSON' };

export function inputTooLarge(bytes: number, maxBytes: number): DiagramError {
	return {
		code: 'input-too-large',
		path: '',
		message:
			`The file is ${bytes} bytes, more than the limit of ${maxBytes} bytes, so it was not read. ` +
			'Split the storyline into smaller ones, or raise the limit (maxBytes) if you trust the file.'
	};
}

export function nestedTooDeep(maxDepth: number): DiagramError {
	return {
		code: 'input-too-large',
		path: '',
		message:
			`The file nests lists and mappings more than ${maxDepth} levels deep, so it was not read ` +
			'(a storyline needs about ten). Check for a run of unclosed brackets or runaway indentation.'
	};
}

/** `detail` is the parser's own sentence, e.g. `Tabs are not allowed as indentation`. */
export function syntaxError(format: SpecFormat, detail: string, fix: string): DiagramError {
	const sentence = detail.trim().replace(/[.:]$/, '');
	return {
		code: 'syntax-error',
		path: '',
		message: `${NAME[format]} syntax error: ${sentence}. ${fix}`.trim()
	};
}

export function duplicateKey(format: SpecFormat, key: string | undefined): DiagramError {
	const which = key === undefined ? 'A key' : `The key ${JSON.stringify(key)}`;
	return {
		code: 'duplicate-key',
		path: '',
		message:
			`${which} appears twice in the same ${format === 'json' ? 'object' : 'mapping'}; ` +
			'the second would silently replace the first. Remove or rename one of them.'
	};
}

export function aliasLimit(maxAliases: number): DiagramError {
	return {
		code: 'alias-limit',
		path: '',
		message:
			`The YAML uses aliases (*name) more than ${maxAliases} times once expanded, so it was refused ` +
			'(this is how "billion laughs" documents exhaust memory). Write the repeated parts out, or use fewer aliases.'
	};
}
