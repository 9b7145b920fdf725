/**
 * Typography and spacing shared by the layout (which measures text and sizes boxes) and the renderer
 * (which draws text where the layout measured it). Change a number here and both follow.
 */
export const FONT_FAMILY = 'Pretendard';
/** CSS font stack used by the renderer: the shipped font first, system fallbacks for missing glyphs. */
export const FONT_STACK =
	"Pretendard, 'Pretendard Variable', -apple-system, 'Apple SD Gothic Neo', 'Noto Sans KR', 'Segoe UI', sans-serif";

export const WEIGHT_REGULAR = 400;
export const WEIGHT_SEMIBOLD = 600;

export const NODE_STYLE = {
	/**
	 * Node label: one or more lines. The name is the text an audience reads, so it is large against the box and
	 * the room around it: 17 (was 15) grows a box by 2 units a line but its name by 13 %, which brought the deepest
	 * focus of the bundled stacks (kubernetes-cri's 1.24 step, kubelet to containerd) from 22.4 to 24.4 px on a
	 * 1080p slide, and wraps at 226 so the same names keep their lines.
	 */
	labelSize: 17,
	labelWeight: WEIGHT_SEMIBOLD,
	labelLineHeight: 21,
	/** The small kind caption above the label ("DAEMON", "데몬"). */
	captionSize: 10.5,
	captionWeight: WEIGHT_SEMIBOLD,
	captionLineHeight: 14,
	/** Extra letter spacing of the caption, in px per character (the renderer sets the same). */
	captionLetterSpacing: 0.6,
	paddingX: 14,
	paddingY: 9,
	/** Labels wrap at this width (text width, padding excluded). */
	maxTextWidth: 226,
	/** A label needing more lines is cut with an ellipsis (the full text is in the tooltip and accessible list). */
	maxLabelLines: 3,
	minWidth: 96,
	minHeight: 48,
	/** Badge pill at the top-right corner, overlapping the border. */
	badgeSize: 10.5,
	badgeWeight: WEIGHT_SEMIBOLD,
	badgePaddingX: 6,
	badgeHeight: 16,
	/**
	 * The widest outline a box draws (reduced motion's change highlight in `diagram.css`): half of it lies outside
	 * the box, so a frame edge closer than that shows a sliver of the border.
	 */
	outlineWidth: 3.5,
	/** A badge pill's usual place: this far from the box's right side (its right end to the border's end). */
	badgeInset: 10
} as const;

/**
 * The left end of a badge pill at its usual place, the top-right corner, relative to the box. A box whose
 * `badgeX` is set (an edge meets the top border there, see `layout/badge-place.ts`) draws it there instead.
 */
export function usualBadgeLeft(boxWidth: number, badgeTextWidth: number): number {
	return boxWidth - badgePillWidth(badgeTextWidth) - NODE_STYLE.badgeInset;
}

/** The badge pill's full width for a given text width. */
export function badgePillWidth(textWidth: number): number {
	return textWidth + 2 * NODE_STYLE.badgePaddingX;
}

export const GROUP_STYLE = {
	labelSize: 13,
	labelWeight: WEIGHT_SEMIBOLD,
	labelLineHeight: 17,
	/** Space between the group border and its children; the top holds the label. */
	paddingTop: 34,
	paddingSide: 16,
	paddingBottom: 16
} as const;

export const EDGE_STYLE = {
	labelSize: 12,
	labelWeight: WEIGHT_REGULAR,
	labelLineHeight: 15,
	endpointSize: 10.5,
	endpointWeight: WEIGHT_REGULAR,
	endpointLineHeight: 14,
	labelPaddingX: 5,
	labelPaddingY: 2,
	maxLabelWidth: 180
} as const;

export const SPACING = {
	nodeNode: 28,
	betweenLayers: 56,
	edgeNode: 16,
	edgeEdge: 12,
	diagramPadding: 16
} as const;
