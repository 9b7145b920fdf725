/**
 * Where a node's caption, label lines and badge sit inside its box. The layout sized the box from the same
 * numbers (`NODE_STYLE`), so text placed here fits by construction; a resized box keeps the block centred.
 */
import { badgePillWidth, GROUP_STYLE, NODE_STYLE, EDGE_STYLE, usualBadgeLeft } from '../layout/style.js';
import { measureText } from '../layout/text.js';

export interface TextLine {
	text: string;
	/** Centre of the line box: text is drawn with `dominant-baseline: central`. */
	y: number;
}

export interface NodeTextPlacement {
	caption: TextLine;
	label: TextLine[];
}

/**
 * Caption above label lines, as offsets from the box centre: the renderer translates one text group to the
 * centre, so a box that resizes during a transition moves one transform instead of every line.
 */
export function placeNodeText(caption: string, lines: string[]): NodeTextPlacement {
	const blockHeight = NODE_STYLE.captionLineHeight + lines.length * NODE_STYLE.labelLineHeight;
	const top = -blockHeight / 2;
	return {
		caption: { text: caption, y: top + NODE_STYLE.captionLineHeight / 2 },
		label: lines.map((text, i) => ({
			text,
			y: top + NODE_STYLE.captionLineHeight + (i + 0.5) * NODE_STYLE.labelLineHeight
		}))
	};
}

/** The group label sits in the top padding, left-aligned. */
export function placeGroupLabel(): { x: number; y: number } {
	return { x: GROUP_STYLE.paddingSide, y: GROUP_STYLE.paddingTop / 2 };
}

export interface EdgeLabelLine extends TextLine {
	isEndpoint: boolean;
}

/**
 * Protocol lines first, the endpoint (socket path) last in a smaller size. The endpoint is the last line only
 * when the edge has one.
 */
export function placeEdgeLabel(height: number, lines: string[], hasEndpoint: boolean): EdgeLabelLine[] {
	const heights = lines.map((_, i) =>
		hasEndpoint && i === lines.length - 1 ? EDGE_STYLE.endpointLineHeight : EDGE_STYLE.labelLineHeight
	);
	const blockHeight = heights.reduce((a, b) => a + b, 0);
	let y = (height - blockHeight) / 2;
	return lines.map((text, i) => {
		const h = heights[i] ?? EDGE_STYLE.labelLineHeight;
		const line = { text, y: y + h / 2, isEndpoint: hasEndpoint && i === lines.length - 1 };
		y += h;
		return line;
	});
}

/** Badge pill on the top border, straddling it: at the top-right corner unless the layout moved it. */
export function placeBadge(
	boxWidth: number,
	badgeTextWidth: number,
	/** The pill's left end when the layout moved it off its usual place (`NodeBox.badgeX`). */
	left?: number
): { x: number; y: number; width: number; height: number } {
	const width = badgePillWidth(badgeTextWidth);
	return {
		x: left ?? usualBadgeLeft(boxWidth, badgeTextWidth),
		y: -NODE_STYLE.badgeHeight / 2,
		width,
		height: NODE_STYLE.badgeHeight
	};
}

/** Height of the change pill ("new in v1.5"). */
export const CHANGE_BADGE_HEIGHT = 16;

/** The change pill's text: drawn with these numbers, so the width measured here is the width drawn. */
export const CHANGE_BADGE_TEXT = { fontSize: 10.5, fontWeight: 600, paddingX: 6 } as const;

/**
 * The change pill's width for its text, from the shipped font's advance widths (the renderer turns kerning
 * off): the same on the server, in print and in a hidden slide, where text cannot be measured on screen.
 */
export function changeBadgeWidth(text: string): number {
	const { fontSize, fontWeight, paddingX } = CHANGE_BADGE_TEXT;
	return measureText(text, fontSize, fontWeight) + 2 * paddingX;
}

/** How far the change pill reaches left of its node's box. */
export const CHANGE_BADGE_INSET = 4;

/** The change pill sits on the bottom-left corner, straddling the border (the top-right holds the badge). */
export function changeBadgeTransform(boxHeight: number): string {
	return `translate(${-CHANGE_BADGE_INSET} ${Math.round((boxHeight - CHANGE_BADGE_HEIGHT / 2) * 100) / 100})`;
}

/** Scripts written right to left (their letters are strong RTL characters in Unicode's bidi algorithm). */
const RTL_LETTER =
	/[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
const LETTER = /\p{L}/u;

/**
 * The base direction of a label, from its first letter (as `dir="auto"` decides in HTML, which SVG text lacks):
 * a label that starts in Arabic or Hebrew reads right to left, with any Latin inside it reordered by the browser.
 */
export function textDirection(text: string): 'ltr' | 'rtl' {
	for (const char of text) {
		if (LETTER.test(char)) return RTL_LETTER.test(char) ? 'rtl' : 'ltr';
	}
	return 'ltr';
}

/** True when the drawn lines leave part of the label out (cut with an ellipsis to fit its box). */
export function isLabelCut(lines: readonly string[], label: string): boolean {
	const drawn = lines.join('').replace(/\s+/g, '');
	return drawn !== label.replace(/\s+/g, '');
}
