/**
 * The JSON Schema of a storyline spec, generated from the valibot schema that validation uses (one source of
 * truth). Committed as `src/lib/schema.json`; a test regenerates it and fails when the committed file is stale.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import {
	EdgeSpecSchema,
	LocalizedTextSchema,
	EdgeUpdateSchema,
	MessageSpecSchema,
	NodeSpecSchema,
	NodeUpdateSchema,
	SourceSpecSchema,
	StepSpecSchema,
	StorylineSpecSchema
} from '../model/schema.js';

export const SCHEMA_ID = 'https://unpkg.com/stackmotion/dist/schema.json';

export function buildSpecJsonSchema(): JsonSchema {
	const schema = toJsonSchema(StorylineSpecSchema, {
		target: 'draft-07',
		errorMode: 'throw',
		// Named parts become `$defs`, so editors show "Node" or "Step" and the schema stays short.
		definitions: {
			Step: StepSpecSchema,
			Node: NodeSpecSchema,
			Edge: EdgeSpecSchema,
			NodeUpdate: NodeUpdateSchema,
			EdgeUpdate: EdgeUpdateSchema,
			Message: MessageSpecSchema,
			Source: SourceSpecSchema,
			LocalizedText: LocalizedTextSchema
		}
	});
	shareLocalizedText(schema);
	const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
	return {
		$schema: schema.$schema,
		$id: SCHEMA_ID,
		...schema,
		properties: {
			// Editors read a JSON file's `$schema` key; the parser drops it before validation.
			$schema: { type: 'string', description: 'The JSON Schema this file follows (for editors).' },
			...properties
		}
	};
}

/**
 * Text fields carry their own description, which inlines the `{ en, ko }` alternative each time; point them at
 * the shared definition instead (the description stays beside the reference, where editors show it).
 */
function shareLocalizedText(schema: JsonSchema): void {
	const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
	const shared = JSON.stringify(defs.LocalizedText?.anyOf);
	const visit = (node: unknown, isDefinition: boolean): void => {
		if (typeof node !== 'object' || node === null) return;
		if (Array.isArray(node)) return node.forEach((item) => visit(item, false));
		const record = node as Record<string, unknown>;
		if (!isDefinition && 'anyOf' in record && JSON.stringify(record.anyOf) === shared) {
			const { anyOf: _inlined, ...rest } = record;
			for (const key of Object.keys(record)) delete record[key];
			Object.assign(record, { $ref: '#/$defs/LocalizedText' }, rest);
		}
		for (const [key, child] of Object.entries(record)) {
			if (key === '$defs') {
				for (const [name, def] of Object.entries(child as Record<string, unknown>)) {
					visit(def, name === 'LocalizedText');
				}
			} else visit(child, false);
		}
	};
	visit(schema, false);
}
