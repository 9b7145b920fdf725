/**
 * Builds `<stackmotion-diagram>` into one self-contained ES module for slides and plain HTML:
 * `build/element/stackmotion-element.js` (Svelte runtime, GSAP, components, CSS injected into the shadow
 * root), with the font files in `build/element/fonts/`. The layout engine and its worker are cut out: the element
 * draws layouts baked at build time, so a slide never downloads elkjs. Run after `vite build` (which empties `build/`).
 */
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = process.env.ELEMENT_OUT_DIR ?? `${root}build/element`;
// `vite preview` serves the site from SvelteKit's output, not `build/`: the same files go there too.
const previewDir = `${root}.svelte-kit/output/client/element`;
const NO_ENGINE = '\0stackmotion-no-layout-engine';
const NO_WORKER = '\0stackmotion-no-layout-worker';
const NO_VALIDATOR = '\0stackmotion-no-validator';
const BAKED_ONLY =
	'<stackmotion-diagram> draws baked layouts only: bake the spec with stackmotion/bake and pass its JSON as src';
const NO_CSS = '\0stackmotion-no-page-css';

/**
 * Replaces the on-demand layout engine, worker and spec validator with stubs that report why there are none (a
 * single-file bundle would otherwise inline what the components load only for a `spec`).
 */
function withoutLayoutEngine(): Plugin {
	return {
		name: 'stackmotion-without-layout-engine',
		enforce: 'pre',
		resolveId(source, importer) {
			if (importer?.includes('/src/lib/state/layout-source')) {
				if (source === '../layout/index.js') return NO_ENGINE;
				if (source === '../layout/worker/client.js') return NO_WORKER;
				if (source === '../model/validate.js') return NO_VALIDATOR;
			}
			// The components' own stylesheet imports are for pages; here the CSS goes inline into the shadow root
			// and the font is linked at document level, so a 3 MB extracted stylesheet is not emitted.
			if (source.endsWith('.css') && importer?.includes('/src/lib/components/')) return NO_CSS;
			return null;
		},
		load(id) {
			if (id === NO_CSS) return '';
			const refuse = `Promise.reject(new Error(${JSON.stringify(BAKED_ONLY)}))`;
			if (id === NO_ENGINE) return `export function layoutStoryline() { return ${refuse}; }`;
			if (id === NO_VALIDATOR)
				return `export function validateStoryline() { return { ok: false, errors: [{ code: 'invalid-type', path: '', keys: [], message: ${JSON.stringify(BAKED_ONLY)} }] }; }`;
			if (id === NO_WORKER)
				return `export function createLayoutWorker() { return { layout: () => ${refuse}, dispose() {} }; }`;
			return null;
		}
	};
}

/**
 * Copies the font CSS and its woff2 subsets beside the script, where the element loads them from. The package
 * build (`--outDir dist/element-bundle`) gets its own copy and leaves the site's preview alone.
 */
function copyFonts(): Plugin {
	let target = outDir;
	return {
		name: 'stackmotion-element-files',
		apply: 'build',
		configResolved(config) {
			target = path.resolve(root, config.build.outDir);
		},
		closeBundle() {
			const fonts = `${root}src/lib/fonts`;
			const forSite = target === path.resolve(outDir);
			const preview = forSite && existsSync(`${root}.svelte-kit/output/client`) ? [previewDir] : [];
			for (const dir of [target, ...preview]) {
				mkdirSync(`${dir}/fonts`, { recursive: true });
				for (const file of readdirSync(fonts)) cpSync(`${fonts}/${file}`, `${dir}/fonts/${file}`);
				if (dir !== target) {
					for (const file of readdirSync(target)) {
						if (file.endsWith('.js')) cpSync(`${target}/${file}`, `${dir}/${file}`);
					}
				}
			}
		}
	};
}

export default defineConfig({
	plugins: [
		withoutLayoutEngine(),
		svelte({
			configFile: false,
			preprocess: vitePreprocess(),
			// Component styles go into the shadow root that each component is mounted in.
			compilerOptions: { runes: true, css: 'injected' }
		}),
		copyFonts()
	],
	define: { 'process.env.NODE_ENV': JSON.stringify('production') },
	build: {
		outDir,
		emptyOutDir: true,
		target: 'es2022',
		minify: true,
		sourcemap: false,
		lib: {
			entry: `${root}src/lib/element/index.ts`,
			formats: ['es'],
			fileName: () => 'stackmotion-element.js'
		},
		rollupOptions: { output: { inlineDynamicImports: true } }
	}
});
