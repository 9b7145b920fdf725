/**
 * Every bundled stack's baked layout as a static JSON file, `/layouts/<id>.json`: what
 * `<stackmotion-diagram stack="…">` loads, so slides draw without the layout engine. A stack that fails to
 * bake is written as `{ errors }`, which the element shows in place. Layouts are in the compact baked format,
 * without speaker notes and sources (`slideLayout`): the element only draws.
 */
import { error, json } from '@sveltejs/kit';
import { packLayout } from '$lib/bake/pack.js';
import { slideLayout } from '$lib/bake/slide.js';
import { bakeStack, stackIds } from '../../stacks-data.server.js';
import type { EntryGenerator, RequestHandler } from './$types.js';

export const prerender = true;

export const entries: EntryGenerator = () => stackIds().map((id) => ({ id }));

export const GET: RequestHandler = async ({ params }) => {
	const result = await bakeStack(params.id);
	if (!result) error(404, `No stack called "${params.id}"`);
	return json(result.ok ? packLayout(slideLayout(result.layout)) : { errors: result.errors });
};
