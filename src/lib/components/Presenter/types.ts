import type { StorylineLayout } from '../../layout/types.js';
import type { Lang } from '../../model/types.js';
import type { Theme } from '../Diagram/types.js';
import type { MotionPreference } from '../Storyline/types.js';

export interface PresenterProps {
	/** The laid-out storyline to present (baked at build time, or from `layoutStoryline`). */
	layout: StorylineLayout;
	/** The step shown, 0-based. Bindable. */
	step?: number;
	/** Bindable: the L key switches it. */
	lang?: Lang;
	theme?: Theme;
	motion?: MotionPreference;
	/** Playback speed of transitions: 2 is twice as fast. */
	speed?: number;
	/**
	 * Keep the step in the URL hash (`#1.24`, or `#3` counted from 1): a link opens that step, and each step
	 * adds a history entry so the browser's back and forward buttons step through the talk. Default true.
	 */
	hash?: boolean;
	/**
	 * Where the speaker window lives (a page showing `SpeakerView` for the same storyline). The S key opens
	 * it in a new window; without it, S does nothing.
	 */
	speakerHref?: string;
	/** Follow and announce steps on the `stackmotion:<storyline id>` BroadcastChannel. Default true. */
	sync?: boolean;
	class?: string;
	/** Called when the step changes (after a request, before the transition ends). */
	onstepchange?: (detail: { index: number; id: string }) => void;
}

export interface SpeakerViewProps {
	/** The same laid-out storyline the presenter window shows. */
	layout: StorylineLayout;
	/** The step the presenter shows, 0-based. Bindable; follows the presenter window. */
	step?: number;
	/** Bindable: the L key switches it (independently of the audience's language). */
	lang?: Lang;
	theme?: Theme;
	/** Read the first step from the URL hash (the presenter opens this window with its step there). */
	hash?: boolean;
	/** Where the talk timer keeps its start across reloads; null keeps it in memory only. */
	timerStorage?: Pick<Storage, 'getItem' | 'setItem'> | null;
	class?: string;
}
