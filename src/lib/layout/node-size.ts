/**
 * Box sizes from text. Every size is the maximum over both languages, so switching language redraws text in boxes
 * that do not move. The renderer places text with the same `style.ts` numbers, so what is measured here fits there.
 */
import { KIND_CAPTION } from '../model/kinds.js';
import { LANGS, type DiagramEdge, type DiagramNode, type L10n } from '../model/types.js';
import { badgePillWidth, EDGE_STYLE, GROUP_STYLE, NODE_STYLE } from './style.js';
import { measureText, wrapText, type FontWeight } from './text.js';
import type { LinesByLang } from './types.js';

/** Horizontal gap between the caption and the badge pill when both share the top of a box. */
export const BADGE_GAP = 8;

export interface NodeSize {
	width: number;
	height: number;
	label: LinesByLang;
	/** Text width of the badge, max over languages (the pill adds `badgePaddingX` each side). */
	badgeWidth?: number;
}

/** Group sizes come from their children; this is the least a group needs for its own label (and badge). */
export interface GroupSize {
	minWidth: number;
	minHeight: number;
	label: LinesByLang;
	badgeWidth?: number;
}

export interface EdgeLabelSize {
	width: number;
	height: number;
	/** Wrapped label lines, then the endpoint (one line, smaller) if any. */
	lines: LinesByLang;
}

/** Sizes are rounded up to 0.01 px: stable JSON, and never a hair smaller than the text. */
function ceil2(value: number): number {
	return Math.ceil(value * 100 - 1e-6) / 100;
}

function maxOverLangs(measure: (lang: (typeof LANGS)[number]) => number): number {
	return Math.max(...LANGS.map(measure));
}

function lineWidths(lines: string[], size: number, weight: FontWeight): number {
	return Math.max(0, ...lines.map((line) => measureText(line, size, weight)));
}

export function captionWidth(caption: string): number {
	return measureText(
		caption,
		NODE_STYLE.captionSize,
		NODE_STYLE.captionWeight,
		NODE_STYLE.captionLetterSpacing
	);
}

export function badgeTextWidth(badge: L10n): number {
	return ceil2(
		maxOverLangs((lang) => measureText(badge[lang], NODE_STYLE.badgeSize, NODE_STYLE.badgeWeight))
	);
}

export function wrapNodeLabel(label: L10n): LinesByLang {
	const wrap = (text: string) =>
		wrapText(
			text,
			NODE_STYLE.maxTextWidth,
			NODE_STYLE.labelSize,
			NODE_STYLE.labelWeight,
			0,
			NODE_STYLE.maxLabelLines
		);
	return { en: wrap(label.en), ko: wrap(label.ko) };
}

/**
 * A leaf node: kind caption over the wrapped label, padded, at least `minWidth`×`minHeight`; with a badge, wide
 * enough that caption and pill sit side by side on the top edge.
 */
export function measureNode(node: DiagramNode): NodeSize {
	const label = wrapNodeLabel(node.label);
	const caption = KIND_CAPTION[node.kind];
	const badgeWidth = node.badge ? badgeTextWidth(node.badge) : undefined;
	const contentWidth = maxOverLangs((lang) => {
		const text = Math.max(
			captionWidth(caption[lang]),
			lineWidths(label[lang], NODE_STYLE.labelSize, NODE_STYLE.labelWeight)
		);
		return text + 2 * NODE_STYLE.paddingX;
	});
	const withBadge =
		badgeWidth === undefined
			? 0
			: maxOverLangs((lang) => captionWidth(caption[lang])) +
				BADGE_GAP +
				badgePillWidth(badgeWidth) +
				2 * NODE_STYLE.paddingX;
	const lineCount = Math.max(label.en.length, label.ko.length);
	const height =
		2 * NODE_STYLE.paddingY + NODE_STYLE.captionLineHeight + lineCount * NODE_STYLE.labelLineHeight;
	return {
		width: ceil2(Math.max(NODE_STYLE.minWidth, contentWidth, withBadge)),
		height: ceil2(Math.max(NODE_STYLE.minHeight, height)),
		label,
		...(badgeWidth === undefined ? {} : { badgeWidth })
	};
}

/**
 * A group draws its label on one line in its top padding, left-aligned at `paddingSide`; the group must be at least
 * that wide (plus the badge pill, if any). An empty group still has its padding's height.
 */
export function measureGroup(node: DiagramNode): GroupSize {
	const label: LinesByLang = { en: [node.label.en], ko: [node.label.ko] };
	const badgeWidth = node.badge ? badgeTextWidth(node.badge) : undefined;
	const badgeSpace = badgeWidth === undefined ? 0 : BADGE_GAP + badgePillWidth(badgeWidth);
	const textWidth = maxOverLangs((lang) =>
		measureText(node.label[lang], GROUP_STYLE.labelSize, GROUP_STYLE.labelWeight)
	);
	return {
		minWidth: ceil2(Math.max(NODE_STYLE.minWidth, textWidth + badgeSpace + 2 * GROUP_STYLE.paddingSide)),
		minHeight: ceil2(Math.max(NODE_STYLE.minHeight, GROUP_STYLE.paddingTop + GROUP_STYLE.paddingBottom)),
		label,
		...(badgeWidth === undefined ? {} : { badgeWidth })
	};
}

/** The label box on an edge: wrapped protocol lines, then the endpoint line, padded. Undefined without text. */
export function measureEdgeLabel(edge: DiagramEdge): EdgeLabelSize | undefined {
	if (!edge.label && edge.endpoint === undefined) return undefined;
	const wrap = (text: string) =>
		wrapText(text, EDGE_STYLE.maxLabelWidth, EDGE_STYLE.labelSize, EDGE_STYLE.labelWeight);
	const lines: LinesByLang = { en: [], ko: [] };
	let width = 0;
	let height = 0;
	for (const lang of LANGS) {
		const labelLines = edge.label ? wrap(edge.label[lang]) : [];
		let langWidth = lineWidths(labelLines, EDGE_STYLE.labelSize, EDGE_STYLE.labelWeight);
		let langHeight = labelLines.length * EDGE_STYLE.labelLineHeight;
		if (edge.endpoint !== undefined) {
			langWidth = Math.max(
				langWidth,
				measureText(edge.endpoint, EDGE_STYLE.endpointSize, EDGE_STYLE.endpointWeight)
			);
			langHeight += EDGE_STYLE.endpointLineHeight;
		}
		lines[lang] = edge.endpoint === undefined ? labelLines : [...labelLines, edge.endpoint];
		width = Math.max(width, langWidth);
		height = Math.max(height, langHeight);
	}
	return {
		width: ceil2(width + 2 * EDGE_STYLE.labelPaddingX),
		height: ceil2(height + 2 * EDGE_STYLE.labelPaddingY),
		lines
	};
}
