import { error } from '@sveltejs/kit';
import { slideLayout } from '$lib/bake/slide.js';
import { fontPreloads } from '../../font-preloads.server.js';
import { bakeStack, stackIds } from '../../stacks-data.server.js';
import type { EntryGenerator, PageServerLoad } from './$types.js';

// Prerendered for every bundled stack with the layout baked in; the query (?step=&lang=…) is read in the browser.
export const entries: EntryGenerator = () => stackIds().map((id) => ({ id }));

export const load: PageServerLoad = async ({ params }) => {
	const baked = await bakeStack(params.id);
	if (!baked) error(404, `No stack called "${params.id}"`);
	// An embed only draws: the page carries the layout without speaker notes and sources (less to load and parse).
	const result = baked.ok ? { ok: true as const, layout: slideLayout(baked.layout) } : baked;
	return { id: params.id, result, fonts: fontPreloads(result.ok ? result.layout : undefined) };
};
