/**
 * Where a step's diagram sits on a 16:9 slide: the region the step shows (its camera frame) scaled uniformly
 * into the area under the title, centred. Slide units are inches (PowerPoint's 13.333 × 7.5 in
 * widescreen slide); layout units are CSS px at scale 1.
 */
import { WEIGHT_SEMIBOLD } from '../../layout/style.js';
import { measureText } from '../../layout/text.js';
import type { Box, Point } from '../../layout/types.js';

const POINTS_PER_INCH = 72;

export const SLIDE_SIZE = { width: 13.333, height: 7.5 } as const;

/** The step title across the top (its height follows the title's lines, see `titleLayout`). */
export const TITLE_AREA = { x: 0.5, y: 0.25, width: 12.333 } as const;

/** The diagram's area below a one-line title, with a margin to the slide's edges. */
export const DIAGRAM_AREA: Box = { x: 0.35, y: 1.2, width: 12.633, height: 6.05 };

/** The small line above the title (storyline and step label), and the title's largest and smallest size. */
export const TITLE_TYPE = {
	kickerSize: 14,
	kickerLine: 17,
	maxSize: 28,
	minSize: 20,
	lineFactor: 1.2
} as const;

export interface TitleLayout {
	/** Title font size, points. */
	size: number;
	lines: number;
	/** The title box, inches. */
	box: Box;
	/** What remains below it for the diagram. */
	diagramArea: Box;
}

/**
 * The title shrinks (down to 20 pt) to stay on one line, measured with the shipped font's advance widths; a
 * longer one wraps, and the diagram's area starts below its last line.
 */
export function titleLayout(title: string): TitleLayout {
	const widthPt = TITLE_AREA.width * POINTS_PER_INCH;
	// Room for bold (heavier than the semibold the metrics know) and for a wider substitute where the
	// viewer lacks Pretendard (DejaVu Sans runs about 12 % wider).
	const at = (size: number) => measureText(title, size, WEIGHT_SEMIBOLD) * 1.15;
	const fitting = TITLE_TYPE.maxSize * (widthPt / Math.max(1, at(TITLE_TYPE.maxSize)));
	const size = Math.max(TITLE_TYPE.minSize, Math.min(TITLE_TYPE.maxSize, Math.floor(fitting)));
	const lines = Math.max(1, Math.ceil(at(size) / widthPt));
	const heightPt = TITLE_TYPE.kickerLine + lines * size * TITLE_TYPE.lineFactor + 4;
	const box = { ...TITLE_AREA, height: heightPt / POINTS_PER_INCH };
	const top = Math.max(DIAGRAM_AREA.y, box.y + box.height + 0.1);
	const bottom = DIAGRAM_AREA.y + DIAGRAM_AREA.height;
	return { size, lines, box, diagramArea: { ...DIAGRAM_AREA, y: top, height: bottom - top } };
}

/** Maps layout coordinates to slide inches. */
export interface SlideTransform {
	/** Inches per layout unit. */
	scale: number;
	/** Slide position of layout (0, 0). */
	originX: number;
	originY: number;
}

/** The uniform scale and shift that fit `region` (layout units) into `area` (inches), centred. */
export function fitRegion(region: Box, area: Box = DIAGRAM_AREA): SlideTransform {
	if (!(region.width > 0 && region.height > 0)) {
		throw new Error(`Cannot fit an empty region (${region.width} × ${region.height}) onto a slide.`);
	}
	const scale = Math.min(area.width / region.width, area.height / region.height);
	return {
		scale,
		originX: area.x + (area.width - region.width * scale) / 2 - region.x * scale,
		originY: area.y + (area.height - region.height * scale) / 2 - region.y * scale
	};
}

export function toSlidePoint(t: SlideTransform, p: Point): Point {
	return { x: t.originX + p.x * t.scale, y: t.originY + p.y * t.scale };
}

export function toSlideBox(t: SlideTransform, b: Box): Box {
	const { x, y } = toSlidePoint(t, b);
	return { x, y, width: b.width * t.scale, height: b.height * t.scale };
}

/** A length in layout units (a font size, a stroke width) as typographic points on the slide. */
export function toPoints(t: SlideTransform, units: number): number {
	return units * t.scale * POINTS_PER_INCH;
}
