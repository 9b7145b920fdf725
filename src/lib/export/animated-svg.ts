/**
 * A whole storyline as one self-contained, looping SVG that animates with CSS alone — no script — so it plays
 * in a browser tab, in an `<img>` and in a README on a code host. Each segment of the timeline (a resting step,
 * a transition) is a layer that CSS shows only during its own span; inside a transition layer every attribute
 * the painter writes (a node's `transform`, a box's size, an edge's path, an opacity) becomes a CSS keyframe
 * track sampled from the plan. With `prefers-reduced-motion: reduce` nothing animates and the last step shows,
 * still. Pure string work: the caller supplies each layer's markup and its recorded tracks.
 */

/** One attribute of one element over a segment: values at times in seconds since the segment's start. */
export interface Track {
	/** The element's id inside the layer markup. */
	elementId: string;
	attribute: AnimatedAttribute;
	samples: { time: number; value: string }[];
}

export type AnimatedAttribute = 'transform' | 'opacity' | 'width' | 'height' | 'rx' | 'd';
export const ANIMATED_ATTRIBUTES: readonly AnimatedAttribute[] = [
	'transform',
	'opacity',
	'width',
	'height',
	'rx',
	'd'
];

export interface Layer {
	/** Seconds on the loop's timeline. */
	start: number;
	duration: number;
	/** The layer's drawing: SVG elements without an `<svg>` root (ids already unique in the document). */
	markup: string;
	/** Inline style for the layer (what the drawing's root passed down: font, colour), already escaped. */
	style?: string;
	tracks: Track[];
}

export interface AnimatedSvgInput {
	width: number;
	height: number;
	background?: string;
	/** `@font-face` rules with the used font subsets. */
	fontCss: string;
	/** The accessible name of the picture. */
	title: string;
	layers: Layer[];
	/** Index of the layer shown still under reduced motion (the last step). */
	stillLayer: number;
}

const NUMBER = /-?\d*\.?\d+(?:e[-+]?\d+)?/gi;
const round = (n: number) => String(Math.round(n * 100) / 100);

/** `value`'s numbers and the text between them, so two values of one shape can be interpolated. */
function parts(value: string): { skeleton: string; numbers: number[] } {
	return { skeleton: value.replace(NUMBER, '#'), numbers: (value.match(NUMBER) ?? []).map(Number) };
}

/**
 * Drops samples that linear interpolation between their neighbours reproduces within `tolerance` (CSS
 * interpolates linearly between keyframes), so an eased glide needs a handful of keyframes, not one per frame.
 */
export function simplifySamples(
	samples: readonly { time: number; value: string }[],
	tolerance = 0.05
): { time: number; value: string }[] {
	if (samples.length <= 2) return [...samples];
	const kept = [samples[0] as { time: number; value: string }];
	for (let i = 1; i < samples.length - 1; i++) {
		const a = kept[kept.length - 1] as { time: number; value: string };
		const b = samples[i] as { time: number; value: string };
		const c = samples[i + 1] as { time: number; value: string };
		const [pa, pb, pc] = [parts(a.value), parts(b.value), parts(c.value)];
		const sameShape = pa.skeleton === pb.skeleton && pb.skeleton === pc.skeleton;
		const f = c.time === a.time ? 0 : (b.time - a.time) / (c.time - a.time);
		const onLine =
			sameShape &&
			pb.numbers.every((n, k) => {
				const from = pa.numbers[k] ?? 0;
				return Math.abs(from + ((pc.numbers[k] ?? 0) - from) * f - n) <= tolerance;
			});
		// A value that differs in shape (a path with more points) cannot be interpolated: keep both sides.
		if (!onLine) kept.push(b);
	}
	kept.push(samples[samples.length - 1] as { time: number; value: string });
	return kept;
}

/** The CSS declaration that animates what the attribute says. */
export function cssDeclaration(attribute: AnimatedAttribute, value: string): string {
	switch (attribute) {
		case 'transform': {
			const [x = 0, y = 0] = parts(value).numbers;
			return `transform:translate(${round(x)}px,${round(y)}px)`;
		}
		case 'd':
			return `d:path("${value}")`;
		case 'opacity':
			return `opacity:${value}`;
		default:
			return `${attribute}:${round(Number(value))}px`;
	}
}

const percent = (time: number, total: number) =>
	`${Math.min(100, Math.max(0, (time / total) * 100)).toFixed(4)}%`;

function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function buildAnimatedSvg(input: AnimatedSvgInput): string {
	const total = input.layers.reduce((end, l) => Math.max(end, l.start + l.duration), 0);
	if (!(total > 0)) throw new Error('An animated SVG needs a timeline longer than 0 seconds.');
	const css: string[] = [input.fontCss];
	const layers: string[] = [];
	let counter = 0;
	input.layers.forEach((layer, index) => {
		const name = `smx-layer-${index}`;
		// Shown from its start to its end, hidden the rest of the loop; step-end jumps, never fades.
		const end = layer.start + layer.duration;
		const frames = [`0%{opacity:${layer.start <= 0 ? 1 : 0}}`];
		if (layer.start > 0) frames.push(`${percent(layer.start, total)}{opacity:1}`);
		if (end < total) frames.push(`${percent(end, total)}{opacity:0}`);
		frames.push(`100%{opacity:${end >= total ? 1 : 0}}`);
		css.push(`@keyframes ${name}{${frames.join('')}}`);
		css.push(`#${name}{animation:${name} ${total}s step-end infinite}`);
		for (const track of layer.tracks) {
			const samples = simplifySamples(track.samples);
			const first = samples[0];
			const last = samples[samples.length - 1];
			if (!first || !last || samples.every((s) => s.value === first.value)) continue;
			const animation = `smx-${counter++}`;
			const keys = samples.map(
				(s) => `${percent(layer.start + s.time, total)}{${cssDeclaration(track.attribute, s.value)}}`
			);
			// Outside its layer's span the value stays at the ends: the layer is hidden then anyway.
			if (layer.start > 0) keys.unshift(`0%{${cssDeclaration(track.attribute, first.value)}}`);
			if (end < total) keys.push(`100%{${cssDeclaration(track.attribute, last.value)}}`);
			css.push(`@keyframes ${animation}{${keys.join('')}}`);
			css.push(`#${track.elementId}{animation:${animation} ${total}s linear infinite}`);
		}
		const still = index === input.stillLayer;
		const style = `${layer.style ? `${layer.style.replace(/;\s*$/, '')};` : ''}opacity:${still ? 1 : 0}`;
		layers.push(`<g id="${name}" class="smx-layer" style="${style}">${layer.markup}</g>`);
	});
	// Reduced motion: every animation off; the layers' own opacity shows the last step alone.
	css.push('@media (prefers-reduced-motion: reduce){.smx-layer,.smx-layer *{animation:none!important}}');
	const { width, height } = input;
	const background = input.background
		? `<rect x="0" y="0" width="${width}" height="${height}" fill="${input.background}"/>`
		: '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">` +
		`<title>${escapeText(input.title)}</title><style>${css.join('\n')}</style>${background}${layers.join('')}</svg>`
	);
}
