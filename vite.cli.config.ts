/**
 * Builds the `stackmotion` command into one Node ES module, `dist-cli/stackmotion.js`: the CLI, the model,
 * the layout and the Svelte components compiled for the server (so `render` draws the very markup the page
 * does). The package's dependencies (elkjs, commander, yaml, valibot, resvg) stay imports.
 * The diagram stylesheet and the font files are copied to `dist-cli/lib/`, where the CLI reads them.
 */
import { cpSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = `${root}dist-cli`;
const NO_CSS = '\0stackmotion-cli-no-css';

/** The components' stylesheet imports are for pages; the CLI reads the stylesheet as a file instead. */
function withoutPageCss(): Plugin {
	return {
		name: 'stackmotion-cli-without-page-css',
		enforce: 'pre',
		resolveId(source, importer) {
			return source.endsWith('.css') && importer?.includes('/src/lib/') ? NO_CSS : null;
		},
		load(id) {
			return id === NO_CSS ? '' : null;
		}
	};
}

function copyDrawingFiles(): Plugin {
	return {
		name: 'stackmotion-cli-files',
		apply: 'build',
		closeBundle() {
			mkdirSync(`${outDir}/lib/styles`, { recursive: true });
			cpSync(`${root}src/lib/styles/diagram.css`, `${outDir}/lib/styles/diagram.css`);
			cpSync(`${root}src/lib/fonts`, `${outDir}/lib/fonts`, { recursive: true });
			// resvg reads OpenType only: the two weights the diagrams use ship beside the CLI (OFL, like the
			// woff2 subsets), so `render --format png` draws Pretendard without the 98 MB font package installed.
			const otf = `${root}node_modules/pretendard/dist/public/static`;
			mkdirSync(`${outDir}/lib/fonts/otf`, { recursive: true });
			for (const file of ['Pretendard-Regular.otf', 'Pretendard-SemiBold.otf'])
				cpSync(`${otf}/${file}`, `${outDir}/lib/fonts/otf/${file}`);
		}
	};
}

export default defineConfig({
	plugins: [
		withoutPageCss(),
		svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true } }),
		copyDrawingFiles()
	],
	// Svelte's server runtime goes inside: the components were compiled against this version of it. Its own
	// small dependencies come along, so the CLI needs only the package's declared dependencies at run time.
	ssr: { noExternal: ['svelte', 'clsx', 'devalue', 'esm-env'] },
	build: {
		ssr: `${root}src/cli/bin.ts`,
		outDir,
		emptyOutDir: true,
		target: 'node20',
		minify: false,
		sourcemap: false,
		rollupOptions: {
			output: { entryFileNames: 'stackmotion.js', banner: '#!/usr/bin/env node', codeSplitting: false }
		}
	}
});
