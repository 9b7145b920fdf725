import { bakeStack, stackIds } from './stacks-data.server.js';
import type { PageServerLoad } from './$types.js';

export const load: PageServerLoad = async () => {
	const entries = await Promise.all(stackIds().map(async (id) => ({ id, result: (await bakeStack(id))! })));
	return { entries };
};
