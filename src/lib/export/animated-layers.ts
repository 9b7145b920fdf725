/**
 * The layers of an animated SVG, from any source of drawings: each resting step is its standalone drawing;
 * each transition is the `Storyline`'s drawing of both steps, moved by the page's own painter at a fixed rate
 * while every attribute it writes is recorded, and the recordings become CSS keyframes (`animated-svg.ts`).
 * The Node CLI draws with Svelte's server renderer over a server-side DOM, the browser export menu with the
 * mounted component and the page's styles; both hand their drawings here, so both write the same file.
 */
import type { StorylineLayout } from '../layout/types.js';
import type { Lang } from '../model/types.js';
import type { TransitionFrame } from '../motion/frame.js';
import type { FramePainter } from '../motion/paint.js';
import { ANIMATED_ATTRIBUTES, buildAnimatedSvg, type Layer, type Track } from './animated-svg.js';
import type { Timeline, TransitionSegment } from './video/timeline.js';

/** A transition's drawing as a DOM, with the painter that moves it. */
export interface PaintedScene {
	/** The `<svg>` root, as a DOM element the painter writes to. */
	svg: Element;
	painter: FramePainter;
	sample: (time: number) => TransitionFrame;
}

/** Where the drawings come from: standalone SVG roots (styles inlined, fonts embedded in a `<style>`). */
export interface AnimationSource {
	width: number;
	height: number;
	/** A resting step's standalone drawing, parsed. */
	rest(step: number): Promise<Element>;
	/** A transition's standalone drawing, parsed, ready to paint. */
	scene(segment: TransitionSegment): Promise<PaintedScene>;
}

export interface AnimateOptions {
	lang: Lang;
	/** Keyframes sampled per second of transition before simplification (default: the timeline's fps). */
	sampleRate?: number;
}

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

interface Drawing {
	fontCss: string;
	background?: string;
	/** The root's resolved style (font, colour), which the layer takes over so its text inherits it. */
	style: string;
	markup: string;
}

/** Splits a standalone drawing into its font rules, its background colour and the rest of its markup. */
function splitDrawing(root: Element): Drawing {
	let fontCss = '';
	let background: string | undefined;
	for (const child of [...root.children]) {
		const name = child.tagName.toLowerCase();
		if (name === 'style') {
			fontCss = child.textContent ?? '';
			child.remove();
		} else if (name === 'title' || name === 'desc') child.remove();
		else if (name === 'rect' && background === undefined && child.getAttribute('x') === '0') {
			// The background shape standaloneSvg adds: drawn once for the whole file.
			background = child.getAttribute('fill') ?? undefined;
			child.remove();
		}
	}
	// Read back unescaped: a font family list may quote names ("Apple SD Gothic Neo"), so it is escaped again.
	const style = (root.getAttribute('style') ?? '')
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;');
	return { fontCss, background, style, markup: root.innerHTML };
}

/** Gives every id in `root` a layer prefix (and updates `url(#…)`/`href="#…"` references), so layers can share a file. */
function prefixIds(root: Element, prefix: string): void {
	const ids = new Map<string, string>();
	for (const element of root.querySelectorAll('[id]')) {
		const id = element.getAttribute('id') as string;
		ids.set(id, `${prefix}${id}`);
		element.setAttribute('id', `${prefix}${id}`);
	}
	for (const element of root.querySelectorAll('*')) {
		for (const { name, value } of [...element.attributes]) {
			if (!value.includes('#') && !['aria-labelledby', 'aria-describedby'].includes(name)) continue;
			const next = value
				.replace(/url\(#([^)]+)\)/g, (whole, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : whole))
				.replace(/^#(.+)$/, (whole, id: string) => (ids.has(id) ? `#${ids.get(id)}` : whole))
				.replace(/^[\w-]+(?:\s+[\w-]+)*$/, (list) =>
					name.startsWith('aria-')
						? list
								.split(/\s+/)
								.map((id) => ids.get(id) ?? id)
								.join(' ')
						: list
				);
			if (next !== value) element.setAttribute(name, next);
		}
	}
}

/** Paints the transition at a fixed rate and records each attribute the painter changes, per element. */
function recordTracks(scene: PaintedScene, segment: TransitionSegment, rate: number): Track[] {
	const elements = [scene.svg, ...scene.svg.querySelectorAll('*')];
	const steps = Math.max(1, Math.ceil(segment.duration * rate));
	const values = elements.map(() => new Map<string, string[]>());
	const times: number[] = [];
	for (let i = 0; i <= steps; i++) {
		const time = (segment.duration * i) / steps;
		times.push(time);
		scene.painter.paint(scene.sample(time));
		elements.forEach((element, e) => {
			for (const attribute of ANIMATED_ATTRIBUTES) {
				const value = element.getAttribute(attribute);
				if (value === null) continue;
				const list = values[e]?.get(attribute) ?? [];
				list.push(value);
				values[e]?.set(attribute, list);
			}
		});
	}
	const tracks: Track[] = [];
	let counter = 0;
	elements.forEach((element, e) => {
		for (const [attribute, list] of values[e] ?? []) {
			if (list.length !== times.length || list.every((v) => v === list[0])) continue;
			let id = element.getAttribute('id');
			if (!id) {
				id = `a${counter++}`;
				element.setAttribute('id', id);
			}
			tracks.push({
				elementId: id,
				attribute: attribute as Track['attribute'],
				samples: list.map((value, i) => ({ time: times[i] as number, value }))
			});
		}
	});
	// The layer's own markup shows the transition's end, as a still fallback.
	scene.painter.paint(scene.sample(segment.duration));
	return tracks;
}

/** The timeline as one looping SVG, drawn by `source`. */
export async function animateTimeline(
	layout: StorylineLayout,
	timeline: Timeline,
	source: AnimationSource,
	options: AnimateOptions
): Promise<string> {
	const rate = options.sampleRate ?? timeline.fps;
	const fonts = new Set<string>();
	let background: string | undefined;
	const layers: Layer[] = [];
	let stillLayer = 0;
	for (const [index, segment] of timeline.segments.entries()) {
		const prefix = `smx${index}-`;
		let root: Element;
		let tracks: Track[] = [];
		if (segment.kind === 'hold') {
			root = await source.rest(segment.step);
		} else {
			const scene = await source.scene(segment);
			tracks = recordTracks(scene, segment, rate);
			root = scene.svg;
		}
		prefixIds(root, prefix);
		for (const track of tracks) track.elementId = `${prefix}${track.elementId}`;
		// Under reduced motion the last layer stays, still: the last step's rest, or a transition's end.
		stillLayer = index;
		const drawing = splitDrawing(root);
		// Whole rules: each layer embeds the subsets it uses, the file keeps each subset once.
		for (const rule of drawing.fontCss.match(FONT_FACE) ?? []) fonts.add(rule);
		background ??= drawing.background;
		layers.push({
			start: segment.start,
			duration: segment.duration,
			style: drawing.style,
			markup: drawing.markup,
			tracks
		});
	}
	if (timeline.segments.length === 0 || timeline.duration <= 0)
		throw new Error('An animated SVG needs at least two steps or a hold (--hold above 0).');
	const last = layout.storyline.steps[timeline.to];
	return buildAnimatedSvg({
		width: source.width,
		height: source.height,
		background,
		fontCss: [...fonts].join('\n'),
		title: `${layout.storyline.title[options.lang]}${last ? ` — ${last.title[options.lang]}` : ''}`,
		layers,
		stillLayer
	});
}
