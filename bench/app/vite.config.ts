/**
 * The benchmark's browser pages, built as plain HTML pages (no SvelteKit, no deck routes):
 * - `frames.html`: the real `Storyline` component on a baked layout, driven step to step by the benchmark;
 * - `naive.html`: the same nodes and edges animated by one GSAP tween per SVG element (the baseline);
 * - `mermaid.html`: the same graph drawn by Mermaid (the cold-start peer);
 * - `floor.html`: one SVG box and nothing else, the fastest first frame a page can have (cold start's floor).
 * The benchmark writes the data the pages read (`data/`, and the Mermaid definition) before building them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const work =
	process.env.BENCH_WORK_DIR ??
	fileURLToPath(new URL('../../node_modules/.cache/stackmotion-bench/', import.meta.url));
const MERMAID_DEFINITION = 'virtual:mermaid-definition';

/** The Mermaid source of the compared graph, written by the benchmark, compiled into the page. */
function mermaidDefinition(): Plugin {
	return {
		name: 'bench-mermaid-definition',
		resolveId: (id) => (id === MERMAID_DEFINITION ? `\0${id}` : null),
		load(id) {
			if (id !== `\0${MERMAID_DEFINITION}`) return null;
			return `export default ${JSON.stringify(readFileSync(`${work}mermaid.mmd`, 'utf8'))};`;
		}
	};
}

export default defineConfig({
	root: here,
	base: '/bench/',
	logLevel: 'warn',
	plugins: [
		mermaidDefinition(),
		svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true } })
	],
	define: { 'process.env.NODE_ENV': JSON.stringify('production') },
	build: {
		outDir: `${work}app`,
		emptyOutDir: true,
		target: 'es2022',
		// BENCH_MINIFY=0 keeps function names readable in a CPU profile.
		minify: process.env.BENCH_MINIFY !== '0',
		rollupOptions: {
			input: {
				frames: `${here}frames.html`,
				naive: `${here}naive.html`,
				mermaid: `${here}mermaid.html`,
				floor: `${here}floor.html`
			}
		}
	}
});
