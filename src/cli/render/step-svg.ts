/**
 * One step of a laid-out storyline as a standalone SVG file, made in Node: the `Diagram` component rendered by
 * Svelte's server renderer (the very markup the page shows), the diagram stylesheet applied and resolved for
 * one theme, a background shape, and — unless turned off — the font subsets its text uses embedded.
 */
import { render } from 'svelte/server';
import Diagram from '../../lib/components/Diagram/Diagram.svelte';
import type { Box, StorylineLayout } from '../../lib/layout/types.js';
import type { Lang } from '../../lib/model/types.js';
import type { RenderAssets } from './assets.js';
import { parseStylesheet, type Rule } from './css.js';
import { fontFaceCss, neededFaces, parseFontFaces, type FontFace } from './fonts.js';
import { inlineStyles } from './inline-styles.js';
import {
	attribute,
	escapeAttribute,
	escapeText,
	findSvg,
	serialize,
	textContent,
	type MarkupElement
} from './markup.js';
import type { ColorScheme } from '../../lib/render/css-values.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const parsed = new WeakMap<RenderAssets, { rules: Rule[]; faces: FontFace[] }>();

function parsedAssets(assets: RenderAssets) {
	let found = parsed.get(assets);
	if (!found) {
		found = { rules: parseStylesheet(assets.diagramCss), faces: parseFontFaces(assets.fontCss) };
		parsed.set(assets, found);
	}
	return found;
}

export interface StepSvgOptions {
	/** Index of the step in the layout (already checked). */
	stepIndex: number;
	lang: Lang;
	theme: ColorScheme;
	/** Embed the font subsets the text uses (default), or keep text with the fallback family list only. */
	embedFont?: boolean;
}

export interface StepSvg {
	svg: string;
	width: number;
	height: number;
}

function element(
	name: string,
	attrs: Record<string, string>,
	children: MarkupElement['children'] = []
): MarkupElement {
	const map = new Map(Object.entries(attrs).map(([k, v]) => [k, escapeAttribute(v)]));
	return { name, attrs: map, children };
}

async function embeddedFonts(
	textWeights: Map<MarkupElement, string>,
	faces: readonly FontFace[],
	readFontFile: RenderAssets['readFontFile']
): Promise<string> {
	const weights = new Map<string, Set<number>>();
	for (const [text, weight] of textWeights) {
		const points = weights.get(weight) ?? new Set<number>();
		for (const ch of textContent(text)) points.add(ch.codePointAt(0) ?? 0);
		weights.set(weight, points);
	}
	const blocks = await Promise.all(
		neededFaces(faces, weights).map(async (face) => fontFaceCss(face, await readFontFile(face.file)))
	);
	return blocks.join('\n');
}

export async function renderStepSvg(
	layout: StorylineLayout,
	assets: RenderAssets,
	options: StepSvgOptions
): Promise<StepSvg> {
	const { body } = render(Diagram, {
		props: { layout, step: options.stepIndex, lang: options.lang, theme: options.theme }
	});
	return standaloneSvg(body, assets, options);
}

export interface StandaloneOptions {
	theme: ColorScheme;
	embedFont?: boolean;
	/**
	 * A fixed picture (px) showing `view` of the drawing (a camera's frame), instead of the whole drawing at
	 * its own size; the background then covers `backdrop`, every region a moving camera may show.
	 */
	frame?: { width: number; height: number; view: Box; backdrop: Box };
}

/**
 * The first SVG of server-rendered markup as a file of its own: styles resolved for `theme`, a background
 * shape, and the font subsets its text uses (unless `embedFont` is false).
 */
export async function standaloneSvg(
	body: string,
	assets: RenderAssets,
	options: StandaloneOptions
): Promise<StepSvg> {
	const { rules, faces } = parsedAssets(assets);
	const svg = findSvg(body);
	const { background, textWeights } = inlineStyles(svg, rules, options.theme);
	const { frame } = options;
	if (frame) {
		const { x, y, width, height } = frame.view;
		svg.attrs.set('viewBox', `${x} ${y} ${width} ${height}`);
		svg.attrs.set('width', String(frame.width));
		svg.attrs.set('height', String(frame.height));
	}
	const width = Number(attribute(svg, 'width'));
	const height = Number(attribute(svg, 'height'));
	svg.attrs.delete('class');
	svg.attrs.set('xmlns', SVG_NS);
	const defsAt = svg.children.findIndex((c) => 'name' in c && c.name === 'defs');
	if (background) {
		const cover = frame?.backdrop ?? { x: 0, y: 0, width, height };
		const rect = element('rect', {
			x: String(cover.x),
			y: String(cover.y),
			width: String(cover.width),
			height: String(cover.height),
			fill: background
		});
		svg.children.splice(defsAt + 1, 0, rect);
	}
	if (options.embedFont !== false) {
		const css = await embeddedFonts(textWeights, faces, assets.readFontFile);
		if (css) svg.children.unshift(element('style', {}, [{ text: escapeText(css) }]));
	}
	return { svg: serialize(svg), width, height };
}
