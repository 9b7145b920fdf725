/**
 * The PowerPoint export of the diagram on the page: the colours come from the live diagram's `--sm-*` tokens
 * (so a page that restyled them exports its own colours), the theme from the one shown unless one is asked
 * for. The writer (pptxgenjs, JSZip) loads only when asked. Browser code.
 */
import type { StorylineLayout } from '../layout/types.js';
import type { Lang } from '../model/types.js';
import { ATTR, SELECTOR } from '../render/contract.js';
import type { ColorScheme } from '../render/css-values.js';
import { TOKEN_NAMES, type Tokens } from './pptx/palette.js';

/** The theme tokens as computed on the diagram's root (custom properties keep their `light-dark()` pairs). */
export function tokensOf(svg: SVGSVGElement): Tokens {
	const root = svg.closest(SELECTOR.root) ?? svg;
	const style = getComputedStyle(root);
	return new Map(TOKEN_NAMES.map((name) => [name, style.getPropertyValue(name).trim()]));
}

/** The theme the diagram shows: its root's `data-theme`, or for `auto` the viewer's system setting. */
function shownScheme(svg: SVGSVGElement): ColorScheme {
	const theme = svg.closest(SELECTOR.root)?.getAttribute(ATTR.theme);
	if (theme === 'light' || theme === 'dark') return theme;
	return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export async function exportShownPptx(
	svg: SVGSVGElement,
	layout: StorylineLayout,
	options: { lang: Lang; theme?: ColorScheme }
): Promise<Blob> {
	const { exportPptx } = await import('./pptx/index.js');
	const bytes = await exportPptx(layout, {
		lang: options.lang,
		theme: options.theme ?? shownScheme(svg),
		tokens: tokensOf(svg)
	});
	return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PPTX_TYPE });
}
