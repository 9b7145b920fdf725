/** How every `DiagramError` is made: a stable code, the keys from the spec's root as a path, and the message. */
import { formatPath, type PathKey } from './paths.js';
import type { DiagramError, DiagramErrorCode } from './types.js';

/** Where an error points: the keys from the spec's root (`['steps', 2, 'edges', 4, 'to']`); `[]` is the root. */
export type ErrorKeys = readonly PathKey[];

export function diagramError(code: DiagramErrorCode, keys: ErrorKeys, message: string): DiagramError {
	return { code, path: formatPath(keys), keys: [...keys], message };
}
