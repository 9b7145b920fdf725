/**
 * One step as the shapes of a slide, in slide inches and points: plain data the writer hands to pptxgenjs.
 * Every shape of a component is named `!!` + its id (PowerPoint's Morph matches shapes of equal `!!` names
 * across slides); a component drawn as two shapes names the second `!!id·badge` / `!!id·label`. Draw order
 * is the SVG's: groups, edges, nodes, edge labels.
 */
import type { EdgeRoute, NodeBox, Point, StepLayout } from '../../layout/types.js';
import { EDGE_STYLE, GROUP_STYLE, NODE_STYLE } from '../../layout/style.js';
import { KIND_CAPTION } from '../../model/kinds.js';
import type { DiagramEdge, DiagramNode, Lang, Scene } from '../../model/types.js';
import { placeBadge, placeEdgeLabel, placeNodeText } from '../../render/node-text.js';
import { cornerRadius } from '../../render/shapes.js';
import { toPoints, toSlideBox, toSlidePoint, type SlideTransform } from './geometry.js';
import {
	edgeStroke,
	groupStroke,
	nodeStroke,
	type DashStyle,
	type Palette,
	type SlideColor
} from './palette.js';

export const MORPH_PREFIX = '!!';
/** Joins a component's id and the part a second shape draws (`!!kubelet·badge`). */
export const PART_SEPARATOR = '·';

export function shapeName(id: string, part?: 'badge' | 'label'): string {
	return part ? `${MORPH_PREFIX}${id}${PART_SEPARATOR}${part}` : `${MORPH_PREFIX}${id}`;
}

/** The component a shape name belongs to, or `undefined` for shapes that are not a component's. */
export function componentOfShape(name: string): string | undefined {
	if (!name.startsWith(MORPH_PREFIX)) return undefined;
	const id = name.slice(MORPH_PREFIX.length);
	const part = id.lastIndexOf(PART_SEPARATOR);
	return part > 0 ? id.slice(0, part) : id;
}

export interface TextRun {
	text: string;
	/** Points. */
	size: number;
	bold: boolean;
	color: SlideColor;
	/** Extra space between letters, points. */
	letterSpacing?: number;
	/** The paragraph's line height, points. */
	lineHeight: number;
}

export interface ShapeLine {
	color: SlideColor;
	/** Points. */
	width: number;
	dash: DashStyle;
	arrowEnd?: boolean;
}

interface ShapeBase {
	name: string;
	x: number;
	y: number;
	width: number;
	height: number;
	fill?: SlideColor;
	line?: ShapeLine;
	/** One paragraph per run. */
	paragraphs: TextRun[];
	align: 'left' | 'center';
	valign: 'top' | 'middle';
	/** Text inset from the shape's left and top edges, inches. */
	inset: { left: number; top: number };
}

export type SlideShape =
	| (ShapeBase & { geometry: 'roundRect'; radius: number })
	| (ShapeBase & { geometry: 'rect' })
	/** An open polyline; points are relative to the shape's top-left, in inches. */
	| (ShapeBase & { geometry: 'path'; points: Point[] });

interface Context {
	t: SlideTransform;
	lang: Lang;
	palette: Palette;
	focus: ReadonlySet<string>;
}

function groupShape(c: Context, box: NodeBox): SlideShape {
	const at = toSlideBox(c.t, box);
	const focused = c.focus.has(box.id);
	const stroke = groupStroke(focused);
	const lineHeight = toPoints(c.t, GROUP_STYLE.labelLineHeight);
	return {
		name: shapeName(box.id),
		geometry: 'roundRect',
		radius: 12 * c.t.scale,
		...at,
		fill: c.palette.groupFill[box.depth % 2 === 0 ? 0 : 1],
		line: {
			color: focused ? c.palette.focus : c.palette.groupStroke,
			width: toPoints(c.t, stroke.width),
			dash: stroke.dash
		},
		paragraphs: [
			{
				text: box.label[c.lang].join(' '),
				size: toPoints(c.t, GROUP_STYLE.labelSize),
				bold: true,
				color: c.palette.groupText,
				lineHeight
			}
		],
		align: 'left',
		valign: 'top',
		inset: {
			left: GROUP_STYLE.paddingSide * c.t.scale,
			top: ((GROUP_STYLE.paddingTop - GROUP_STYLE.labelLineHeight) / 2) * c.t.scale
		}
	};
}

function nodeShapes(c: Context, box: NodeBox, info: DiagramNode): SlideShape[] {
	const at = toSlideBox(c.t, box);
	const colors = c.palette.kinds[info.kind];
	const focused = c.focus.has(box.id);
	const stroke = nodeStroke(info.kind, focused);
	const text = placeNodeText(KIND_CAPTION[info.kind][c.lang], box.label[c.lang]);
	const node: SlideShape = {
		name: shapeName(box.id),
		geometry: 'roundRect',
		radius: cornerRadius(info.kind, box.height) * c.t.scale,
		...at,
		fill: colors.fill,
		line: {
			color: focused ? c.palette.focus : colors.stroke,
			width: toPoints(c.t, stroke.width),
			dash: stroke.dash
		},
		paragraphs: [
			{
				text: text.caption.text,
				size: toPoints(c.t, NODE_STYLE.captionSize),
				bold: true,
				color: colors.caption,
				letterSpacing: toPoints(c.t, NODE_STYLE.captionLetterSpacing),
				lineHeight: toPoints(c.t, NODE_STYLE.captionLineHeight)
			},
			...text.label.map((line) => ({
				text: line.text,
				size: toPoints(c.t, NODE_STYLE.labelSize),
				bold: true,
				color: c.palette.text,
				lineHeight: toPoints(c.t, NODE_STYLE.labelLineHeight)
			}))
		],
		align: 'center',
		valign: 'middle',
		inset: { left: 0, top: 0 }
	};
	const badge = badgeShape(c, box, info, colors.stroke);
	return badge ? [node, badge] : [node];
}

/** A node's or group's badge pill, where the page draws it (`placeBadge`). */
function badgeShape(c: Context, box: NodeBox, info: DiagramNode, fill: SlideColor): SlideShape | undefined {
	if (!info.badge || box.badgeWidth === undefined) return undefined;
	const pill = placeBadge(box.width, box.badgeWidth, box.badgeX);
	return {
		name: shapeName(box.id, 'badge'),
		geometry: 'roundRect',
		radius: (pill.height / 2) * c.t.scale,
		...toSlideBox(c.t, { ...pill, x: box.x + pill.x, y: box.y + pill.y }),
		fill,
		paragraphs: [
			{
				text: info.badge[c.lang],
				size: toPoints(c.t, NODE_STYLE.badgeSize),
				bold: true,
				color: c.palette.badgeText,
				lineHeight: toPoints(c.t, NODE_STYLE.badgeHeight)
			}
		],
		align: 'center',
		valign: 'middle',
		inset: { left: 0, top: 0 }
	};
}

function routeShape(c: Context, route: EdgeRoute, info: DiagramEdge | undefined): SlideShape | undefined {
	const points = route.points.map((p) => toSlidePoint(c.t, p));
	if (points.length < 2) return undefined;
	const left = Math.min(...points.map((p) => p.x));
	const top = Math.min(...points.map((p) => p.y));
	const focused = c.focus.has(route.id);
	const stroke = edgeStroke(info?.kind ?? 'call', focused);
	return {
		name: shapeName(route.id),
		geometry: 'path',
		x: left,
		y: top,
		// A straight vertical or horizontal route has no width or height: PowerPoint needs some extent.
		width: Math.max(0.01, Math.max(...points.map((p) => p.x)) - left),
		height: Math.max(0.01, Math.max(...points.map((p) => p.y)) - top),
		points: points.map((p) => ({ x: p.x - left, y: p.y - top })),
		line: {
			color: focused ? c.palette.focus : c.palette.edge,
			width: toPoints(c.t, stroke.width),
			dash: stroke.dash,
			arrowEnd: true
		},
		paragraphs: [],
		align: 'center',
		valign: 'middle',
		inset: { left: 0, top: 0 }
	};
}

function edgeLabelShape(c: Context, route: EdgeRoute, info: DiagramEdge | undefined): SlideShape | undefined {
	const label = route.label;
	if (!label) return undefined;
	const lines = placeEdgeLabel(label.height, label.lines[c.lang], !!info?.endpoint);
	return {
		name: shapeName(route.id, 'label'),
		geometry: 'roundRect',
		radius: 3 * c.t.scale,
		...toSlideBox(c.t, label),
		fill: { ...c.palette.edgeLabelBackground, alpha: c.palette.edgeLabelOpacity },
		paragraphs: lines.map((line) => ({
			text: line.text,
			size: toPoints(c.t, line.isEndpoint ? EDGE_STYLE.endpointSize : EDGE_STYLE.labelSize),
			bold: false,
			color: line.isEndpoint ? c.palette.textMuted : c.palette.text,
			lineHeight: toPoints(c.t, line.isEndpoint ? EDGE_STYLE.endpointLineHeight : EDGE_STYLE.labelLineHeight)
		})),
		align: 'center',
		valign: 'middle',
		inset: { left: 0, top: 0 }
	};
}

/** The diagram shapes of one step, in draw order. */
export function diagramShapes(
	step: StepLayout,
	scene: Scene,
	options: { t: SlideTransform; lang: Lang; palette: Palette }
): SlideShape[] {
	const c: Context = { ...options, focus: new Set(scene.focus) };
	const nodeInfo = new Map(scene.nodes.map((n) => [n.id, n]));
	const edgeInfo = new Map(scene.edges.map((e) => [e.id, e]));
	// A group's badge is drawn right after its box, before the boxes nested in it.
	const groups = step.nodes
		.filter((n) => n.isGroup)
		.flatMap((box) => {
			const info = nodeInfo.get(box.id);
			const badge = info && badgeShape(c, box, info, c.palette.groupText);
			return badge ? [groupShape(c, box), badge] : [groupShape(c, box)];
		});
	const routes = step.edges.map((e) => routeShape(c, e, edgeInfo.get(e.id)));
	const nodes = step.nodes.flatMap((box) => {
		const info = nodeInfo.get(box.id);
		return !box.isGroup && info ? nodeShapes(c, box, info) : [];
	});
	const labels = step.edges.map((e) => edgeLabelShape(c, e, edgeInfo.get(e.id)));
	return [...groups, ...routes, ...nodes, ...labels].filter((s): s is SlideShape => s !== undefined);
}
