/**
 * Builds `slide-entry.ts` the way a slide deck would bundle it: minified ES module, component CSS extracted
 * (fonts are files beside it, not counted), the on-demand layout engine left as a separate chunk that a
 * baked layout never loads.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { slideLayout } from '../src/lib/bake/slide.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const work = process.env.BENCH_WORK_DIR ?? `${here}../node_modules/.cache/stackmotion-bench/`;

const BAKED = 'virtual:bench-layout';

/**
 * The baked kubernetes-cri layout the benchmark wrote, compiled into the bundle as a slide would ship it: as the
 * plugin's `?slide` import gives it (`slideLayout`, no speaker notes or sources), in the plugin's module form.
 */
function bakedLayout(): Plugin {
	return {
		name: 'bench-baked-layout',
		resolveId: (id) => (id === BAKED ? `\0${id}` : null),
		load: (id) =>
			id === `\0${BAKED}`
				? `export default JSON.parse(${JSON.stringify(JSON.stringify(slideLayout(JSON.parse(readFileSync(`${work}data/kubernetes-cri.json`, 'utf8')))))});`
				: null
	};
}

export default defineConfig({
	root: here,
	logLevel: 'warn',
	plugins: [
		bakedLayout(),
		svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true } })
	],
	define: { 'process.env.NODE_ENV': JSON.stringify('production') },
	build: {
		outDir: `${work}slide`,
		emptyOutDir: true,
		target: 'es2022',
		minify: true,
		lib: { entry: `${here}slide-entry.ts`, formats: ['es'], fileName: () => 'slide.js' }
	}
});
