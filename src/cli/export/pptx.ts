/** `export --format pptx`: the library's PowerPoint writer, coloured by the diagram stylesheet's tokens. */
import { exportPptx, tokensFromCss } from '../../lib/export/pptx/index.js';
import { loadAssets } from '../render/assets.js';
import type { ExportRequest } from './formats.js';

export async function writePptx(request: ExportRequest): Promise<Uint8Array> {
	const { diagramCss } = await loadAssets();
	return exportPptx(request.layout, {
		lang: request.lang,
		theme: request.theme,
		tokens: tokensFromCss(diagramCss),
		from: request.from,
		to: request.to
	});
}
