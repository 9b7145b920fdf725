/**
 * A diagram step as a self-contained SVG file: computed styles inlined (the chosen theme's colours, resolved),
 * a background rectangle, and the used font subsets embedded. Opened on its own it draws like the page. Browser code.
 */
import type { Theme } from '../components/Diagram/types.js';
import { ATTR, SELECTOR } from '../render/contract.js';
import { embeddedFontCss } from './fonts.js';
import { inlineComputedStyles } from './styles.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgExportOptions {
	/** Colours of this theme; by default the theme the diagram is showing. */
	theme?: Exclude<Theme, 'auto'>;
	/** Embed the font subsets used (default), or keep text with the font-family fallback list only. */
	embedFonts?: boolean;
}

/** The diagram's SVG inside an element: the element itself, its subtree, or a custom element's shadow root. */
export function findDiagramSvg(target: Element | null | undefined): SVGSVGElement | undefined {
	if (!target) return undefined;
	if (target instanceof SVGSVGElement) return target;
	const inside = target.querySelector<SVGSVGElement>(SELECTOR.svg);
	return inside ?? target.shadowRoot?.querySelector<SVGSVGElement>(SELECTOR.svg) ?? undefined;
}

/** Width and height in user units (the layout's size), from the viewBox. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
	const box = svg.viewBox.baseVal;
	return box && box.width > 0
		? { width: box.width, height: box.height }
		: { width: svg.clientWidth, height: svg.clientHeight };
}

/** Runs `read` with the diagram shown in `theme`, then puts the page back (synchronously: nothing repaints). */
function withTheme<T>(svg: SVGSVGElement, theme: SvgExportOptions['theme'], read: () => T): T {
	const root = svg.closest<HTMLElement>(SELECTOR.root);
	if (!theme || !root) return read();
	const before = root.getAttribute(ATTR.theme);
	root.setAttribute(ATTR.theme, theme);
	try {
		return read();
	} finally {
		if (before === null) root.removeAttribute(ATTR.theme);
		else root.setAttribute(ATTR.theme, before);
	}
}

/**
 * Makes snapshots of a live diagram SVG as standalone SVG text. Fonts are prepared once, so a recorder can
 * take a snapshot every frame.
 */
export async function createSvgSnapshotter(
	svg: SVGSVGElement,
	options: SvgExportOptions = {}
): Promise<() => string> {
	const fontCss = options.embedFonts === false ? '' : await embeddedFontCss(svg).catch(() => '');
	return () =>
		withTheme(svg, options.theme, () => {
			const { width, height } = svgSize(svg);
			const clone = svg.cloneNode(true) as SVGSVGElement;
			inlineComputedStyles(svg, clone);
			clone.setAttribute('xmlns', SVG_NS);
			clone.setAttribute('width', String(width));
			clone.setAttribute('height', String(height));
			clone.removeAttribute('class');
			const background = getComputedStyle(svg).backgroundColor;
			// The page paints the background with CSS; in a file it has to be a shape.
			const rect = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
			const box = svg.viewBox.baseVal;
			rect.setAttribute('x', String(box?.x ?? 0));
			rect.setAttribute('y', String(box?.y ?? 0));
			rect.setAttribute('width', String(width));
			rect.setAttribute('height', String(height));
			rect.setAttribute('fill', background);
			const defs = clone.querySelector('defs');
			if (defs) defs.after(rect);
			else clone.prepend(rect);
			if (fontCss) {
				const style = svg.ownerDocument.createElementNS(SVG_NS, 'style');
				style.textContent = fontCss;
				clone.prepend(style);
			}
			return new XMLSerializer().serializeToString(clone);
		});
}

/** One step, as shown, as standalone SVG text. */
export async function exportSvg(svg: SVGSVGElement, options: SvgExportOptions = {}): Promise<string> {
	const snapshot = await createSvgSnapshotter(svg, options);
	return snapshot();
}
