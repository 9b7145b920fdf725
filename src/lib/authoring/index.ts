/**
 * `stackmotion/authoring`: storylines as files. Parse YAML/JSON with line:column errors, print them like a
 * compiler, write a spec as YAML, type a spec in TypeScript, and the JSON Schema for editors.
 * No layout engine here (bake with `stackmotion/bake`).
 */
export {
	parseSpecSource,
	locatePath,
	DEFAULT_MAX_BYTES,
	DEFAULT_MAX_ALIASES,
	type ParseOptions,
	type ParseResult,
	type LocatedError,
	type SpecFormat,
	type SourceLocation
} from './parse.js';
export { DEFAULT_MAX_DEPTH } from './nesting.js';
export { formatOfFile } from './format-of.js';
export { formatError, formatErrors } from './format.js';
export { defineStoryline } from './define.js';
export { storylineToYaml, DEFAULT_SCHEMA_URL, type ToYamlOptions } from './to-yaml.js';
