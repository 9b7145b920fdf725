import { error } from '@sveltejs/kit';
import { fontPreloads } from '../../font-preloads.server.js';
import { bakeStack, stackIds } from '../../stacks-data.server.js';
import type { EntryGenerator, PageServerLoad } from './$types.js';

// Prerendered for every bundled stack, with the layout baked in: no layout engine in the browser.
export const entries: EntryGenerator = () => stackIds().map((id) => ({ id }));

export const load: PageServerLoad = async ({ params }) => {
	const result = await bakeStack(params.id);
	if (!result) error(404, `No stack called "${params.id}"`);
	return { id: params.id, result, fonts: fontPreloads(result.ok ? result.layout : undefined) };
};
