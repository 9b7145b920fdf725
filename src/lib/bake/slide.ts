/**
 * The layout a page that only draws needs (`Diagram`, `Storyline`, an embed, a slide): the same steps without the
 * speaker notes and the source catalogue. Only the presenter's speaker view, the exports and the site's source
 * lists read those, and in the bundled stacks they are about 40 % of a baked layout's gzipped size.
 */
import type { StorylineLayout } from '../layout/types.js';

export function slideLayout(layout: StorylineLayout): StorylineLayout {
	const { storyline } = layout;
	return {
		...layout,
		storyline: {
			...storyline,
			sources: {},
			steps: storyline.steps.map(({ notes: _notes, ...scene }) => ({
				...scene,
				sources: [],
				nodes: scene.nodes.map((node) => ({ ...node, sources: [] })),
				edges: scene.edges.map((edge) => ({ ...edge, sources: [] }))
			}))
		}
	};
}
