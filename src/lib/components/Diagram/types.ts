import type { StorylineLayout } from '../../layout/types.js';
import type { DiagramError, Lang, StorylineSpec } from '../../model/types.js';

export type Theme = 'light' | 'dark' | 'auto';

export type { ChangeKind, ChangeMark } from '../../render/changes.js';

export interface DiagramProps {
	/** A laid-out storyline (baked at build time, or from `layoutStoryline`). */
	layout?: StorylineLayout;
	/** A storyline spec to validate and lay out in the browser (loads the layout engine on demand). */
	spec?: StorylineSpec | unknown;
	/** Errors to show in place of the diagram (e.g. from a failed bake). */
	errors?: readonly DiagramError[];
	/** Which step: its index (0-based) or its id, e.g. `"1.24"`. */
	step?: number | string;
	lang?: Lang;
	theme?: Theme;
	/** Extra class on the root element. */
	class?: string;
}
