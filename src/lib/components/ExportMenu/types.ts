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
	/** Starts the transition to record (e.g. step forward). Without it there is no video button. */
	onrecord?: () => void;
	/** The whole laid-out storyline: with it, a button saves every step as a PowerPoint deck. */
	layout?: StorylineLayout;
	class?: string;
}
