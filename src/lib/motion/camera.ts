/**
 * The camera: which region of the drawing a step shows (its frame, in layout units). Layout coordinates stay
 * stable across steps (that is the joint layout's job); the camera only chooses a viewBox, so moving it is a
 * uniform zoom and pan that never changes where components sit relative to each other.
 *
 * A step's frame, by camera mode:
 * - `step` (default): the step's own content, so an early step is not lost in the storyline's empty room;
 *   when that would draw component names under the readable floor and the step has a focus, the frame closes
 *   in on the focus and as much around it (its neighbours) as the floor allows;
 * - `storyline`: the whole drawing, every step in the same frame.
 * A close-up never cuts a component at its edge: each one, and each group's title strip, is wholly inside or
 * wholly outside (see `snapFrame`). `fit: 'all'` never closes in (a thumbnail shrinks instead). Every frame has the box's aspect ratio, so the
 * drawing fills the box and the box never changes shape between steps.
 */
import { LANGS } from '../i18n/langs.js';
import type { Box, StepLayout, StorylineLayout } from '../layout/types.js';
import { GROUP_STYLE, NODE_STYLE, SPACING } from '../layout/style.js';
import type { Scene } from '../model/types.js';
import { changeMarks } from '../render/changes.js';
import { changeBadgeWidth } from '../render/node-text.js';
import { snapFrame } from './camera-snap.js';

export type CameraMode = 'step' | 'storyline';

export interface CameraOptions {
	mode?: CameraMode;
	/** Width ÷ height of the box the frame is shown in. Default 16 / 9. */
	aspect?: number;
	/**
	 * Height of that box on screen, in px. With `minNameSize`, it lets the camera keep names readable;
	 * without it, every frame shows the whole step.
	 */
	boxHeight?: number;
	/** Readable floor: the smallest on-screen size (px) of a component's name before the camera closes in. */
	minNameSize?: number;
	/** `floor` (default) closes in on the focus below the floor; `all` always shows the whole step. */
	fit?: 'floor' | 'all';
}

export const DEFAULT_ASPECT = 16 / 9;

/**
 * The readable floor of a projected slide, as a share of the picture's height: 2.5 % is 27 px at 1080p, above
 * the 24 px a back row needs, with room to spare. The presenter keeps names at it, and so do the exports that
 * show a talk the way the presenter does (video).
 */
export const SLIDE_NAME_SHARE = 0.025;

/** The floor (px) for names on a slide `height` px tall: `SLIDE_NAME_SHARE` of it, never under `least`. */
export function slideNameFloor(height: number, least: number): number {
	return Math.max(least, SLIDE_NAME_SHARE * height);
}

/** How much of a group's label strip counts as its label (labels are short and left-aligned). */
const GROUP_LABEL_SPAN = 160;

/** Room kept around the content inside a frame, in layout units. */
const MARGIN = SPACING.diagramPadding;

/** The least room a close-up keeps around its focus when it gives up the rest to leave a component out. */
const FOCUS_ROOM = 4;

interface Extent {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

const EMPTY: Extent = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };

function grow(extent: Extent, box: Box): Extent {
	return {
		left: Math.min(extent.left, box.x),
		top: Math.min(extent.top, box.y),
		right: Math.max(extent.right, box.x + box.width),
		bottom: Math.max(extent.bottom, box.y + box.height)
	};
}

function toBox(extent: Extent): Box | undefined {
	if (!(extent.right >= extent.left && extent.bottom >= extent.top)) return undefined;
	return {
		x: extent.left,
		y: extent.top,
		width: extent.right - extent.left,
		height: extent.bottom - extent.top
	};
}

function padded(box: Box, by: number): Box {
	return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** Everything a step draws: its boxes, its routes and its edge labels, plus the margin. */
export function contentBounds(step: StepLayout): Box {
	let extent = EMPTY;
	for (const node of step.nodes) extent = grow(extent, node);
	for (const edge of step.edges) {
		for (const p of edge.points) extent = grow(extent, { x: p.x, y: p.y, width: 0, height: 0 });
		if (edge.label) extent = grow(extent, edge.label);
	}
	const box = toBox(extent);
	return box ? padded(box, MARGIN) : { x: 0, y: 0, width: step.width, height: step.height };
}

/**
 * What the step's story is about: its focused nodes, and for a focused edge both of its ends and its route.
 * Undefined when the step has no focus that is drawn.
 */
export function focusBounds(step: StepLayout, scene: Pick<Scene, 'focus'>): Box | undefined {
	const focus = new Set(scene.focus);
	const focusedNodes = new Set<string>();
	let extent = EMPTY;
	for (const edge of step.edges) {
		if (!focus.has(edge.id)) continue;
		focusedNodes.add(edge.from).add(edge.to);
		for (const p of edge.points) extent = grow(extent, { x: p.x, y: p.y, width: 0, height: 0 });
		if (edge.label) extent = grow(extent, edge.label);
	}
	for (const node of step.nodes) {
		if (focus.has(node.id) || focusedNodes.has(node.id)) extent = grow(extent, node);
	}
	const box = toBox(extent);
	return box ? padded(box, MARGIN) : undefined;
}

/**
 * The focus and what it talks to: `focusBounds` grown by every node that shares an edge with a focused node
 * (and those edges' routes and labels), and by the label strip of each such node's group. Undefined without a
 * focus.
 */
export function neighbourhoodBounds(step: StepLayout, scene: Pick<Scene, 'focus'>): Box | undefined {
	const focus = focusBounds(step, scene);
	if (!focus) return undefined;
	const ids = new Set(scene.focus);
	for (const edge of step.edges) if (ids.has(edge.id)) ids.add(edge.from).add(edge.to);
	const near = new Set<string>();
	let extent = EMPTY;
	for (const edge of step.edges) {
		if (!ids.has(edge.from) && !ids.has(edge.to)) continue;
		near.add(edge.from).add(edge.to);
		for (const p of edge.points) extent = grow(extent, { x: p.x, y: p.y, width: 0, height: 0 });
		if (edge.label) extent = grow(extent, edge.label);
	}
	const byId = new Map(step.nodes.map((n) => [n.id, n]));
	for (const node of step.nodes) {
		if (!node.isGroup && (near.has(node.id) || ids.has(node.id))) {
			extent = grow(extent, node);
			// The label strip of the group it sits in: "kubelet" says where the story happens.
			const parent = node.parent === undefined ? undefined : byId.get(node.parent);
			if (parent) {
				const strip = {
					x: parent.x,
					y: parent.y,
					width: Math.min(parent.width, GROUP_LABEL_SPAN),
					height: 0
				};
				extent = grow(extent, { ...strip, height: GROUP_STYLE.paddingTop });
			}
		}
	}
	const box = toBox(extent);
	if (!box) return focus;
	const around = padded(box, MARGIN);
	const right = Math.max(focus.x + focus.width, around.x + around.width);
	const bottom = Math.max(focus.y + focus.height, around.y + around.height);
	const x = Math.min(focus.x, around.x);
	const y = Math.min(focus.y, around.y);
	return { x, y, width: right - x, height: bottom - y };
}

/** The whole drawing: the largest width and height over the steps, from the origin. */
export function storylineBounds(layout: Pick<StorylineLayout, 'steps'>): Box {
	return {
		x: 0,
		y: 0,
		width: Math.max(0, ...layout.steps.map((s) => s.width)),
		height: Math.max(0, ...layout.steps.map((s) => s.height))
	};
}

/** Grows the short side of `box` around its centre until it has the given aspect ratio. */
export function withAspect(box: Box, aspect: number): Box {
	const width = Math.max(box.width, box.height * aspect);
	const height = Math.max(box.height, box.width / aspect);
	return {
		x: box.x + (box.width - width) / 2,
		y: box.y + (box.height - height) / 2,
		width,
		height
	};
}

/** The on-screen size (px) of a component name when `frame` fills a box `boxHeight` px tall. */
export function nameSizeOnScreen(frame: Box, boxHeight: number): number {
	return (NODE_STYLE.labelSize * boxHeight) / frame.height;
}

function validateOptions(options: CameraOptions): Required<Pick<CameraOptions, 'aspect'>> {
	const aspect = options.aspect ?? DEFAULT_ASPECT;
	if (!(aspect > 0) || !Number.isFinite(aspect)) {
		throw new RangeError(`camera aspect must be a positive number, got ${aspect}.`);
	}
	for (const key of ['boxHeight', 'minNameSize'] as const) {
		const value = options[key];
		if (value !== undefined && !(value >= 0 && Number.isFinite(value))) {
			throw new RangeError(`camera ${key} must be a finite number ≥ 0, got ${value}.`);
		}
	}
	return { aspect };
}

/**
 * The frame of step `stepIndex` (a box in layout units with the box's aspect ratio). Pure: the same layout,
 * step and options give the same frame, so exports (slides, video) can ask for it too.
 */
export function cameraFrame(
	layout: Pick<StorylineLayout, 'steps' | 'storyline'>,
	stepIndex: number,
	options: CameraOptions = {}
): Box {
	const { aspect } = validateOptions(options);
	const step = layout.steps[stepIndex];
	if (!step) {
		throw new RangeError(`camera: step index ${stepIndex} is not in 0..${layout.steps.length - 1}.`);
	}
	if (options.mode === 'storyline') return withAspect(storylineBounds(layout), aspect);
	const content = contentBounds(step);
	const whole = withAspect(content, aspect);
	const { boxHeight, minNameSize } = options;
	if (options.fit === 'all' || !boxHeight || !minNameSize) return whole;
	if (nameSizeOnScreen(whole, boxHeight) >= minNameSize) return whole;
	const scene = layout.storyline.steps[stepIndex];
	const focus = scene ? focusBounds(step, scene) : undefined;
	if (!focus) return whole;
	// The largest frame that still draws names at the floor: as much context around the focus as it allows. A
	// focus larger than that is shown whole, below the floor: cutting the story itself would be worse.
	const largestHeight = (NODE_STYLE.labelSize * boxHeight) / minNameSize;
	const atFloor = { width: largestHeight * aspect, height: largestHeight };
	const fits = (box: Box) => atFloor.width >= box.width && atFloor.height >= box.height;
	const near = neighbourhoodBounds(step, scene as Scene) ?? focus;
	// Centred on the focus and its neighbours when they fit together, else on the focus alone; then snapped so
	// that no component is cut at the frame's edge.
	const centredOn = fits(near) ? near : focus;
	return snapFrame(
		step,
		{
			aspect,
			must: focus,
			give: MARGIN - FOCUS_ROOM,
			want: near,
			content,
			largestHeight,
			centre: { x: centredOn.x + centredOn.width / 2, y: centredOn.y + centredOn.height / 2 },
			marked: changePillWidths(layout.storyline.steps[stepIndex - 1], scene as Scene)
		},
		MARGIN
	);
}

/** Frames of every step, in order (for exports that render each step's slide). */
export function cameraFrames(
	layout: Pick<StorylineLayout, 'steps' | 'storyline'>,
	options: CameraOptions = {}
): Box[] {
	return layout.steps.map((_, i) => cameraFrame(layout, i, options));
}

/** The change pills a step draws, by node: the widest of the two languages, so a frame holds either. */
export function changePillWidths(before: Scene | undefined, after: Scene): Map<string, number> {
	const widths = new Map<string, number>();
	for (const lang of LANGS) {
		for (const [id, mark] of changeMarks(before, after, lang)) {
			widths.set(id, Math.max(widths.get(id) ?? 0, changeBadgeWidth(mark.text)));
		}
	}
	return widths;
}
