import type { StorylineLayout } from '../../layout/types.js';
import type { DiagramError, Lang } from '../../model/types.js';
import type { CameraProps, Theme } from '../Diagram/types.js';

/** `auto` follows the viewer's `prefers-reduced-motion`; `reduce` always swaps instantly; `full` always animates. */
export type MotionPreference = 'auto' | 'reduce' | 'full';

export type { MotionRenderer } from '../../state/storyline-player.svelte.js';
import type { MotionRenderer } from '../../state/storyline-player.svelte.js';

export interface StorylineProps extends CameraProps {
	/** A laid-out storyline (baked at build time, or from `layoutStoryline`). */
	layout?: StorylineLayout;
	/** A storyline spec to validate and lay out in the browser (loads the layout engine on demand). */
	spec?: unknown;
	/** Errors to show in place of the diagram. */
	errors?: readonly DiagramError[];
	/** The step shown: index (0-based) or step id. Bindable; the component writes back the same form it got. */
	step?: number | string;
	lang?: Lang;
	theme?: Theme;
	motion?: MotionPreference;
	/** Playback speed of transitions: 2 is twice as fast. */
	speed?: number;
	/**
	 * What draws a transition's frames: `svg`, a `canvas` over it (the same picture, cheaper for large diagrams),
	 * or `auto` (default): the canvas from 200 nodes and edges on. At rest the diagram is always the SVG.
	 */
	renderer?: MotionRenderer;
	/** Show the step's title and narration beside the diagram. */
	narration?: boolean;
	/** Show previous/next, the version timeline and the scrubber. */
	controls?: boolean;
	/** Mark what is new, changed and removed relative to the previous step. */
	changes?: boolean;
	class?: string;
	/** Called when the step changes (after a request, before the transition ends). */
	onstepchange?: (detail: { index: number; id: string }) => void;
}
