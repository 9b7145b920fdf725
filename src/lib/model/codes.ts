/** Every `DiagramErrorCode` at runtime, e.g. to list them in docs or check a code from outside. */
import type { DiagramErrorCode } from './types.js';

export const DIAGRAM_ERROR_CODES = [
	'invalid-type',
	'missing-field',
	'unknown-field',
	'invalid-value',
	'invalid-id',
	'empty-storyline',
	'duplicate-id',
	'dangling-edge',
	'unknown-parent',
	'parent-not-group',
	'nesting-cycle',
	'unknown-patch-target',
	'patch-on-first-step',
	'mixed-step',
	'unsafe-href',
	'unknown-source',
	'limit-exceeded',
	'layout-failed',
	'layout-crashed',
	'layout-timeout',
	'syntax-error',
	'duplicate-key',
	'input-too-large',
	'alias-limit'
] as const satisfies readonly DiagramErrorCode[];

// Fails to compile when a code is added to the union but not to the list.
const _everyCodeListed: Exclude<DiagramErrorCode, (typeof DIAGRAM_ERROR_CODES)[number]> extends never
	? true
	: never = true;
