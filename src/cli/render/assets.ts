/**
 * The stylesheet and font files the CLI draws with, read from disk: from `src/lib/` when running from source,
 * from the `lib/` copy beside the built CLI file otherwise (the CLI build copies them there).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export interface RenderAssets {
	diagramCss: string;
	fontCss: string;
	/** A file beside `pretendard.css`, by name. */
	readFontFile(file: string): Promise<Uint8Array>;
}

/** Where `styles/` and `fonts/` are: `lib/` beside the built file, or `src/lib/` two folders up from here. */
export function libDirectory(): URL {
	const beside = new URL('./lib/', import.meta.url);
	return existsSync(new URL('styles/diagram.css', beside)) ? beside : new URL('../../lib/', import.meta.url);
}

let cached: Promise<RenderAssets> | undefined;

export function loadAssets(): Promise<RenderAssets> {
	cached ??= (async () => {
		const lib = libDirectory();
		const fonts = new URL('fonts/', lib);
		return {
			diagramCss: await readFile(new URL('styles/diagram.css', lib), 'utf8'),
			fontCss: await readFile(new URL('pretendard.css', fonts), 'utf8'),
			readFontFile: async (file) => {
				if (file.includes('/') || file.includes('\\')) throw new Error(`Not a font file name: ${file}`);
				return new Uint8Array(await readFile(new URL(file, fonts)));
			}
		};
	})();
	return cached;
}
