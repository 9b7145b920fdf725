/**
 * The storyline JSON Schema at `/schema.json`, so a spec file can point editors at the deck:
 * `# yaml-language-server: $schema=https://<deck>/schema.json`.
 */
import { json } from '@sveltejs/kit';
import schema from '$lib/schema.json' with { type: 'json' };
import type { RequestHandler } from './$types.js';

export const prerender = true;

export const GET: RequestHandler = () => json(schema);
