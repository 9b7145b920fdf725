import { error } from '@sveltejs/kit';
import { bakeStack } from '../../stacks-data.server.js';
import type { PageServerLoad } from './$types.js';

export const load: PageServerLoad = async () => {
	const result = await bakeStack('kubernetes-cri');
	if (!result?.ok) error(500, 'The kubernetes-cri stack did not bake');
	return { layout: result.layout };
};
