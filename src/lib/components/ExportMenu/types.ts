import type { StorylineLayout } from '../../layout/types.js';
import type { Lang } from '../../model/types.js';

export interface ExportMenuProps {
	/** The diagram to export: its SVG, an element that contains it, or a `<stackmotion-diagram>`. */
	target: () => Element | null | undefined;
	/** File name without extension. */
	filename?: string;
	/** Export in this theme's colours; by default the theme shown. */
	theme?: 'light' | 'dark';
	lang?: Lang;
	/**
	 * The whole laid-out storyline: with it, buttons save every step as a PowerPoint deck and as MP4, WebM or
	 * GIF rendered frame by frame (a hold on each step, every transition), with progress and a cancel button.
	 */
	layout?: StorylineLayout;
	class?: string;
}
