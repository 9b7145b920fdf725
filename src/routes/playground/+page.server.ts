import { stacks } from '$lib/stacks/index.js';
import type { PageServerLoad } from './$types.js';

// Only the names for the "start from" menu: a stack's spec is loaded when it is picked.
export const load: PageServerLoad = () => ({
	starters: Object.values(stacks).map((spec) => ({
		id: spec.id,
		title: typeof spec.title === 'string' ? { en: spec.title, ko: spec.title } : spec.title
	}))
});
