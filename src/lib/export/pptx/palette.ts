/**
 * The diagram's colours and strokes for one theme, resolved from the stylesheet's own `--sm-*` tokens, so a slide
 * shows the kinds in the colours the SVG uses. The tokens come from `diagram.css` (in Node) or from the live
 * diagram's computed style (in the browser, where a page may have restyled them). The rules that derive fills
 * from the tokens are mirrored here; a test holds them equal to the stylesheet's cascade for every kind.
 */
import { NODE_KINDS, type EdgeKind, type NodeKind } from '../../model/types.js';
import { formatColor, parseColor, resolveValue, type ColorScheme } from '../../render/css-values.js';

/** The custom properties the palette reads. */
export const TOKEN_NAMES = [
	'--sm-bg',
	'--sm-text',
	'--sm-text-muted',
	'--sm-surface',
	'--sm-edge',
	'--sm-edge-label-bg',
	'--sm-group-fill',
	'--sm-group-stroke',
	'--sm-group-text',
	'--sm-focus',
	...NODE_KINDS.map((kind) => `--sm-kind-${kind}`)
] as const;

export type Tokens = ReadonlyMap<string, string>;

/** The `--sm-*` declarations of the stylesheet's `.sm-root` rule. */
export function tokensFromCss(css: string): Tokens {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const block = /(?:^|\})\s*\.sm-root\s*\{([^}]*)\}/.exec(text)?.[1];
	if (block === undefined)
		throw new Error('The diagram stylesheet has no `.sm-root { … }` rule with its tokens.');
	const tokens = new Map<string, string>();
	for (const declaration of block.split(';')) {
		const colon = declaration.indexOf(':');
		const name = declaration.slice(0, colon).trim();
		if (colon > 0 && name.startsWith('--sm-'))
			tokens.set(
				name,
				declaration
					.slice(colon + 1)
					.replace(/\s+/g, ' ')
					.trim()
			);
	}
	return tokens;
}

/** A colour as PowerPoint writes it (`RRGGBB`), with its opacity apart. */
export interface SlideColor {
	hex: string;
	/** 0 (transparent) to 1 (opaque). */
	alpha: number;
}

export interface NodeColors {
	fill: SlideColor;
	stroke: SlideColor;
	/** The kind caption above the label. */
	caption: SlideColor;
}

/** PowerPoint's preset dashes closest to the stylesheet's dash arrays. */
export type DashStyle = 'solid' | 'dash' | 'sysDot' | 'dashDot';

export interface Stroke {
	/** In layout units (CSS px at scale 1). */
	width: number;
	dash: DashStyle;
}

export interface Palette {
	background: SlideColor;
	text: SlideColor;
	textMuted: SlideColor;
	edge: SlideColor;
	edgeLabelBackground: SlideColor;
	/** `.sm-edge-label-box`'s fill-opacity. */
	edgeLabelOpacity: number;
	/** By group depth: even depths, odd depths. */
	groupFill: [SlideColor, SlideColor];
	groupStroke: SlideColor;
	groupText: SlideColor;
	focus: SlideColor;
	/** The badge pill's text. */
	badgeText: SlideColor;
	kinds: Record<NodeKind, NodeColors>;
}

// The stylesheet's derived values (diagram.css: `.sm-node-box`, `.sm-node-caption`, the odd-depth group fill).
const NODE_FILL = 'color-mix(in srgb, var(--sm-accent) 12%, var(--sm-surface))';
const KERNEL_FILL = 'color-mix(in srgb, var(--sm-accent) 18%, var(--sm-surface))';
const CAPTION = 'color-mix(in srgb, var(--sm-accent) 70%, var(--sm-text))';
const ODD_GROUP_FILL = 'light-dark(#eef2f7, #172236)';
const EDGE_LABEL_OPACITY = 0.92;

function slideColor(value: string, name: string): SlideColor {
	const rgba = parseColor(value);
	if (!rgba) throw new Error(`The theme token ${name} is not a plain colour once resolved: "${value}".`);
	const [r, g, b, a] = rgba;
	return { hex: formatColor([r, g, b, 1]).slice(1).toUpperCase(), alpha: a };
}

export function resolvePalette(tokens: Tokens, scheme: ColorScheme): Palette {
	for (const name of TOKEN_NAMES) {
		if (!tokens.get(name)) throw new Error(`The theme tokens lack ${name}.`);
	}
	const color = (value: string, scope: Tokens = tokens) =>
		slideColor(resolveValue(value, scope, scheme), value);
	const token = (name: (typeof TOKEN_NAMES)[number]) => color(`var(${name})`);
	const kinds = Object.fromEntries(
		NODE_KINDS.map((kind) => {
			const scope = new Map([...tokens, ['--sm-accent', `var(--sm-kind-${kind})`]]);
			return [
				kind,
				{
					fill: color(kind === 'kernel-feature' ? KERNEL_FILL : NODE_FILL, scope),
					stroke: color('var(--sm-accent)', scope),
					caption: color(CAPTION, scope)
				}
			];
		})
	) as Record<NodeKind, NodeColors>;
	return {
		background: token('--sm-bg'),
		text: token('--sm-text'),
		textMuted: token('--sm-text-muted'),
		edge: token('--sm-edge'),
		edgeLabelBackground: token('--sm-edge-label-bg'),
		edgeLabelOpacity: EDGE_LABEL_OPACITY,
		groupFill: [token('--sm-group-fill'), color(ODD_GROUP_FILL)],
		groupStroke: token('--sm-group-stroke'),
		groupText: token('--sm-group-text'),
		focus: token('--sm-focus'),
		badgeText: token('--sm-bg'),
		kinds
	};
}

/** Node outlines: abstract things (interfaces, specs) dashed, things outside the host dotted (diagram.css). */
export function nodeStroke(kind: NodeKind, focused: boolean): Stroke {
	// Focus widens the outline and keeps its dashes.
	const dash: DashStyle =
		kind === 'interface' || kind === 'spec' ? 'dash' : kind === 'external' ? 'sysDot' : 'solid';
	if (focused) return { width: 3, dash };
	return { width: dash === 'solid' ? 1.5 : 2, dash };
}

export function groupStroke(focused: boolean): Stroke {
	return focused ? { width: 3, dash: 'dash' } : { width: 1.25, dash: 'dash' };
}

/** Edge lines by kind: spawn dashed, implements/derives dotted, watch dash-dot (diagram.css). */
export function edgeStroke(kind: EdgeKind, focused: boolean): Stroke {
	const width = focused ? 2.6 : 1.6;
	switch (kind) {
		case 'spawn':
			return { width, dash: 'dash' };
		case 'implements':
		case 'derives':
			return { width, dash: 'sysDot' };
		case 'watch':
			return { width, dash: 'dashDot' };
		default:
			return { width, dash: 'solid' };
	}
}
