/**
 * `stackmotion/pptx`: a laid-out storyline as a PowerPoint file. One 16:9 slide per step with its title; the
 * diagram as native, editable shapes (boxes in the kinds' colours, names as text in Pretendard, routes as
 * freeform lines with arrowheads, edge labels, groups behind their children); every component keeps its
 * `!!id` shape name on every slide and every slide after the first has a Morph transition, so PowerPoint
 * glides what persists, fades out what leaves and fades in what arrives. Notes hold the narration, the
 * speaker notes and the sources. Framework-free: runs in Node and in the browser (pptxgenjs and JSZip).
 */
import { edgeDetailLines } from '../../render/edge-detail.js';
import JSZip from 'jszip';
import type { Box, StepLayout, StorylineLayout } from '../../layout/types.js';
import { wordsFor } from '../../i18n/words.js';
import { FONT_FAMILY } from '../../layout/style.js';
import type { Lang, Scene, Storyline } from '../../model/types.js';
import { cameraFrame } from '../../motion/camera.js';
import { planTransition } from '../../motion/plan.js';
import type { ColorScheme } from '../../render/css-values.js';
import { fitRegion, SLIDE_SIZE, TITLE_TYPE, titleLayout } from './geometry.js';
import { resolvePalette, type Palette, type SlideColor, type Tokens } from './palette.js';
import { PptxGenJS, type Presentation, type Slide, type TextOptions, type TextProps } from './pptxgen.js';
import { diagramShapes, type SlideShape, type TextRun } from './slide-content.js';
import {
	fixFontCharsets,
	insertTransition,
	LANGUAGE_TAG,
	morphTransitionXml,
	replaceNotesText
} from './slide-xml.js';

export { tokensFromCss, resolvePalette, TOKEN_NAMES } from './palette.js';
export type { Palette, Tokens } from './palette.js';
export { shapeName, componentOfShape } from './slide-content.js';
export { morphTransitionXml } from './slide-xml.js';

export interface PptxOptions {
	lang: Lang;
	theme: ColorScheme;
	/** The stylesheet's `--sm-*` tokens (`tokensFromCss(diagram.css)`, or read from a live diagram). */
	tokens: Tokens;
	/** First and last step to include, as indices (default: all). */
	from?: number;
	to?: number;
	/**
	 * The region of layout space a step's slide shows. Default: the camera's frame of the whole step, in the
	 * diagram area's aspect (a slide show cannot pan, so nothing of the step is left off the slide).
	 */
	region?: (step: StepLayout, index: number, aspect: number) => Box;
}

/** A Morph never shorter than this, so a step that changes little still reads as a change. */
const MIN_MORPH_MS = 500;

function stepRange(layout: StorylineLayout, options: PptxOptions): { from: number; to: number } {
	const last = layout.steps.length - 1;
	const from = options.from ?? 0;
	const to = options.to ?? last;
	if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= last && from <= to)) {
		throw new Error(`Steps ${from} to ${to} are not a range of this storyline's steps 0 to ${last}.`);
	}
	return { from, to };
}

/** Narration, speaker notes, the step's endpoints (the slide may leave small ones out) and sources. */
export function notesParagraphs(storyline: Storyline, scene: Scene, lang: Lang): string[] {
	const sources = scene.sources
		.map((id) => storyline.sources[id])
		.filter((s) => s !== undefined)
		.map((s) => (s.url ? `${s.title} — ${s.url}` : s.title));
	const endpoints = edgeDetailLines(scene, lang);
	return [
		scene.narration[lang],
		...(scene.notes ? ['', scene.notes[lang]] : []),
		...(endpoints.length ? ['', `${wordsFor(lang).speaker.endpoints}:`, ...endpoints] : []),
		...(sources.length ? ['', `${wordsFor(lang).viewer.sources}:`, ...sources] : [])
	];
}

const hex = (c: SlideColor) => c.hex;
const transparency = (c: SlideColor) => Math.round((1 - c.alpha) * 100);

function runsOf(paragraphs: readonly TextRun[], lang: Lang): TextProps[] {
	return paragraphs.map((run, i) => ({
		text: run.text,
		options: {
			fontSize: round(run.size),
			bold: run.bold,
			color: hex(run.color),
			charSpacing: run.letterSpacing ? round(run.letterSpacing) : undefined,
			lineSpacing: round(run.lineHeight),
			breakLine: i < paragraphs.length - 1,
			lang: LANGUAGE_TAG[lang]
		}
	}));
}

const round = (n: number) => Math.round(n * 100) / 100;

/** pptxgenjs draws freeforms (`points`) for this shape name, which its type declarations leave out. */
const CUSTOM_GEOMETRY = 'custGeom' as Parameters<Slide['addShape']>[0];

function addShape(pptx: Presentation, slide: Slide, shape: SlideShape, lang: Lang): void {
	const common: TextOptions = {
		objectName: shape.name,
		x: shape.x,
		y: shape.y,
		w: shape.width,
		h: shape.height,
		fill: shape.fill ? { color: hex(shape.fill), transparency: transparency(shape.fill) } : undefined,
		line: shape.line
			? {
					color: hex(shape.line.color),
					width: round(shape.line.width),
					dashType: shape.line.dash,
					endArrowType: shape.line.arrowEnd ? 'triangle' : undefined
				}
			: undefined
	};
	if (shape.geometry === 'path') {
		slide.addShape(CUSTOM_GEOMETRY, {
			...common,
			points: shape.points.map((p) => ({ x: p.x, y: p.y }))
		});
		return;
	}
	const geometry = shape.geometry === 'roundRect' ? pptx.ShapeType.roundRect : pptx.ShapeType.rect;
	slide.addText(runsOf(shape.paragraphs, lang), {
		...common,
		shape: geometry,
		rectRadius: shape.geometry === 'roundRect' ? shape.radius : undefined,
		fontFace: FONT_FAMILY,
		align: shape.align,
		valign: shape.valign,
		// The layout broke the lines already; wrapping again in another font would add lines.
		wrap: false,
		margin: [shape.inset.left * 72, 0, 0, shape.inset.top * 72]
	});
}

/** The storyline and step label in a small line, the step's title under it; returns the diagram's area. */
function addTitle(slide: Slide, storyline: Storyline, scene: Scene, palette: Palette, lang: Lang): Box {
	const title = titleLayout(scene.title[lang]);
	slide.addText(
		[
			{
				text: `${storyline.title[lang]} · ${scene.label[lang]}`,
				options: {
					fontSize: TITLE_TYPE.kickerSize,
					color: hex(palette.textMuted),
					lineSpacing: TITLE_TYPE.kickerLine,
					breakLine: true,
					lang: LANGUAGE_TAG[lang]
				}
			},
			{
				text: scene.title[lang],
				options: {
					fontSize: title.size,
					bold: true,
					color: hex(palette.text),
					lineSpacing: round(title.size * TITLE_TYPE.lineFactor),
					lang: LANGUAGE_TAG[lang]
				}
			}
		],
		{
			objectName: 'Step title',
			x: title.box.x,
			y: title.box.y,
			w: title.box.width,
			h: title.box.height,
			fontFace: FONT_FAMILY,
			valign: 'top',
			margin: 0
		}
	);
	return title.diagramArea;
}

async function asBytes(written: string | ArrayBuffer | Blob | Uint8Array): Promise<Uint8Array> {
	if (written instanceof Uint8Array) return written;
	if (written instanceof ArrayBuffer) return new Uint8Array(written);
	if (typeof written === 'string') throw new Error('pptxgenjs returned text where bytes were asked for.');
	return new Uint8Array(await written.arrayBuffer());
}

export async function exportPptx(layout: StorylineLayout, options: PptxOptions): Promise<Uint8Array> {
	const { lang } = options;
	const { from, to } = stepRange(layout, options);
	const palette = resolvePalette(options.tokens, options.theme);
	const storyline = layout.storyline;
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = storyline.title[lang];
	pptx.theme = { headFontFace: FONT_FAMILY, bodyFontFace: FONT_FAMILY };
	const notes: string[][] = [];
	const morphMs: number[] = [];
	for (let index = from; index <= to; index++) {
		const step = layout.steps[index];
		const scene = storyline.steps[index];
		if (!step || !scene) throw new Error(`Step ${index} is missing from the layout.`);
		const slide = pptx.addSlide();
		slide.background = { color: hex(palette.background) };
		const area = addTitle(slide, storyline, scene, palette, lang);
		const aspect = area.width / area.height;
		const region =
			options.region?.(step, index, aspect) ?? cameraFrame(layout, index, { aspect, fit: 'all' });
		const t = fitRegion(region, area);
		for (const shape of diagramShapes(step, scene, { t, lang, palette })) addShape(pptx, slide, shape, lang);
		// pptxgenjs needs some notes text to write a notes slide; the paragraphs replace it below.
		slide.addNotes(scene.narration[lang] || ' ');
		notes.push(notesParagraphs(storyline, scene, lang));
		const previous = layout.steps[index - 1];
		morphMs.push(
			previous && index > from
				? Math.max(MIN_MORPH_MS, planTransition(previous, step).totalDuration * 1000)
				: 0
		);
	}
	const zip = await JSZip.loadAsync(await asBytes(await pptx.write({ outputType: 'uint8array' })));
	for (let i = 0; i < notes.length; i++) {
		const slidePath = `ppt/slides/slide${i + 1}.xml`;
		const notesPath = `ppt/notesSlides/notesSlide${i + 1}.xml`;
		let slideXml = fixFontCharsets(await readPart(zip, slidePath));
		const ms = morphMs[i] ?? 0;
		if (i > 0) slideXml = insertTransition(slideXml, morphTransitionXml(ms));
		zip.file(slidePath, slideXml);
		zip.file(notesPath, replaceNotesText(await readPart(zip, notesPath), notes[i] ?? [], LANGUAGE_TAG[lang]));
	}
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function readPart(zip: JSZip, path: string): Promise<string> {
	const part = zip.file(path);
	if (!part) throw new Error(`The PowerPoint package lacks ${path}.`);
	return part.async('string');
}

/** Slide width and height in inches (16:9 widescreen). */
export const PPTX_SLIDE_SIZE = SLIDE_SIZE;
