/**
 * SVG → PNG in Node with resvg. resvg reads TrueType/OpenType files only (not the woff2 subsets the SVG
 * embeds), so the PNG is drawn with Pretendard's OpenType files (shipped beside the built CLI), with font files
 * the caller names, or else with the system's fonts (the text then differs).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type PngScale = 1 | 2 | 4;

const PRETENDARD_FILES = ['Pretendard-Regular.otf', 'Pretendard-SemiBold.otf'];

/**
 * Pretendard's OpenType files: the copies the CLI build ships beside itself, else the `pretendard` package as
 * resolved from the CLI's location or from `cwd`; empty if none is found.
 */
export function findPretendard(cwd: string): string[] {
	const shipped = PRETENDARD_FILES.map((f) => fileURLToPath(new URL(`lib/fonts/otf/${f}`, import.meta.url)));
	if (shipped.every((f) => existsSync(f))) return shipped;
	for (const base of [import.meta.url, pathToFileURL(join(cwd, 'package.json')).href]) {
		try {
			const packageJson = createRequire(base).resolve('pretendard/package.json');
			const dir = join(packageJson, '..', 'dist', 'public', 'static');
			const files = PRETENDARD_FILES.map((f) => join(dir, f));
			if (files.every((f) => existsSync(f))) return files;
		} catch {
			// Not resolvable from here: try the next place.
		}
	}
	return [];
}

export interface PngOptions {
	scale: PngScale;
	/** TrueType/OpenType files to draw text with; none means the system's fonts. */
	fontFiles: string[];
}

export async function svgToPng(svg: string, options: PngOptions): Promise<Uint8Array> {
	// Loaded on demand: a native module that only `--format png` needs.
	const { Resvg } = await import('@resvg/resvg-js');
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: options.scale },
		font: options.fontFiles.length
			? { fontFiles: options.fontFiles, loadSystemFonts: false, defaultFontFamily: 'Pretendard' }
			: { loadSystemFonts: true },
		shapeRendering: 2,
		textRendering: 2
	});
	return resvg.render().asPng();
}
