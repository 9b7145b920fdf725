import type { StorylineLayout } from '../../layout/types.js';
import type { DiagramError, Lang, StorylineSpec } from '../../model/types.js';

export type Theme = 'light' | 'dark' | 'auto';

/** How a diagram frames each step in the box it is given (see `cameraFrame`). */
export interface CameraProps {
	/**
	 * `step` (default): each step's own content, closing in on its focus when names would be too small;
	 * `storyline`: every step in the frame of the whole storyline.
	 */
	camera?: 'step' | 'storyline';
	/** `floor` (default) keeps names at least `minNameSize` px by framing the focus; `all` always shrinks to fit. */
	fit?: 'floor' | 'all';
	/** The readable floor: the smallest on-screen size of a component's name, in CSS px. Default 10. */
	minNameSize?: number;
}

/**
 * The readable floor of a diagram on a page (CSS px of a component name, read at arm's length); a slide sets
 * its own, as a share of the screen height.
 */
export const DEFAULT_MIN_NAME_SIZE = 10;

export type { ChangeKind, ChangeMark } from '../../render/changes.js';

export interface DiagramProps extends CameraProps {
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
