/**
 * The laid-out storyline: plain JSON (no class instances, no functions) so it can be baked at build time,
 * shipped to a slide, and rendered without elkjs.
 */
import type { L10n, Storyline } from '../model/types.js';
import type { Box, Point } from './geometry.js';

export type { Axis, Box, Point } from './geometry.js';

/** Text broken into lines per language; both languages share one box so switching language never reflows. */
export type LinesByLang = { en: string[]; ko: string[] };

export interface NodeBox extends Box {
	id: string;
	/** Absolute coordinates (top-left), in diagram units (1 unit = 1 CSS px at scale 1). */
	isGroup: boolean;
	/** 0 for top-level nodes, parent depth + 1 for children. */
	depth: number;
	parent?: string;
	/** The label, wrapped to fit the box. */
	label: LinesByLang;
	/** Text width of the node's badge (max over languages), so the renderer sizes the pill without measuring. */
	badgeWidth?: number;
	/**
	 * The badge pill's left end, relative to the box, when it is not at its usual place (the top-right corner,
	 * `usualBadgeLeft`): there an edge meets the top border, and the pill would cover its end.
	 */
	badgeX?: number;
}

export interface EdgeLabelBox extends Box {
	/** Label lines (protocol) followed by the endpoint line if any, per language. */
	lines: LinesByLang;
}

export interface EdgeRoute {
	id: string;
	from: string;
	to: string;
	/** Start point, bend points, end point: every segment horizontal or vertical. */
	points: Point[];
	label?: EdgeLabelBox;
}

export interface StepLayout {
	stepId: string;
	width: number;
	height: number;
	/** Parents before children (draw order). */
	nodes: NodeBox[];
	edges: EdgeRoute[];
}

export interface StorylineLayout {
	/** Bumped when the shape of this JSON changes, so stale baked files are detected. */
	format: 1;
	storyline: Storyline;
	steps: StepLayout[];
}

/** Reads a step's text in one language. */
export type TextOf = (text: L10n) => string;
