/**
 * A storyline spec as readable YAML: block style, long text folded, strings that would read as numbers
 * (a step id like `1.24`) quoted, and a first-line comment that points editors (yaml-language-server) at the
 * JSON Schema so they complete and check the file.
 */
import { Document } from 'yaml';
import type { StorylineSpec } from '../model/types.js';

/** Where the published package's JSON Schema is served from; pass your own `schemaUrl` for a local copy. */
export const DEFAULT_SCHEMA_URL = 'https://unpkg.com/stackmotion/dist/schema.json';

export interface ToYamlOptions {
	/** The `$schema` in the `# yaml-language-server` comment; `false` leaves the comment out. */
	schemaUrl?: string | false;
}

export function storylineToYaml(spec: StorylineSpec, options: ToYamlOptions = {}): string {
	const doc = new Document(spec, { keepUndefined: false });
	const schemaUrl = options.schemaUrl ?? DEFAULT_SCHEMA_URL;
	if (schemaUrl !== false) doc.commentBefore = ` yaml-language-server: $schema=${schemaUrl}`;
	return doc.toString({ lineWidth: 100, minContentWidth: 40, indentSeq: true });
}
