/**
 * `stackmotion/vite`: import a storyline spec file and get its layout, baked at build time.
 *
 * ```ts
 * // vite.config.ts
 * import { stackmotion } from 'stackmotion/vite';
 * export default defineConfig({ plugins: [stackmotion(), sveltekit()] });
 *
 * // a page
 * import layout from './platform.stackmotion.yaml'; // a StorylineLayout: no layout engine in the page
 * import drawing from './platform.stackmotion.yaml?slide'; // the same without speaker notes and sources
 * ```
 * `?slide` is for a page that only draws (`Diagram`, `Storyline`): see `slideLayout`. A `Presenter` needs the
 * whole layout, its speaker view shows the notes.
 * An invalid file fails the build with `file:line:col  code  message`. In `vite dev`, saving the file sends the
 * new layout to the page (no reload) and a `Storyline` showing it animates from the old layout to the new one,
 * keeping its step; an invalid save shows Vite's error overlay and leaves the last good diagram on screen.
 */
import type { StageOptions } from '../layout/compose.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { StorylineLayout } from '../layout/types.js';
import { formatErrors } from '../authoring/format.js';
import { parseSpecSource, type LocatedError, type ParseOptions } from '../authoring/parse.js';
import { HOT_LAYOUT_EVENT } from './hot.js';
import { layoutModuleCode } from './module-code.js';
import { slideLayout } from '../bake/slide.js';

export { HOT_LAYOUT_EVENT } from './hot.js';

export interface StackmotionPluginOptions {
	/** Which files are storyline specs. Default: names ending in `.stackmotion.yaml`, `.yml` or `.json`. */
	include?: RegExp;
	/** Limits for reading a spec file (see `parseSpecSource`). */
	maxBytes?: ParseOptions['maxBytes'];
	maxAliases?: ParseOptions['maxAliases'];
	/** The stage the layouts are composed for, e.g. `{ aspect: 4 / 3 }` (default 16:9); see `layoutStoryline`. */
	stage?: StageOptions;
}

export const SPEC_FILE = /\.stackmotion\.(?:ya?ml|json)$/;
/**
 * Resolved ids get this prefix and a `.js` suffix: the `\0` keeps other plugins off the id (Vite's JSON plugin
 * would otherwise read a `.stackmotion.json` as data), the suffix makes it plain JavaScript.
 */
const VIRTUAL_PREFIX = '\0stackmotion-layout:';
const VIRTUAL_SUFFIX = '.js';
/** The query that asks for the slide layout (`slideLayout`); its module id carries this mark before the suffix. */
const SLIDE_QUERY = 'slide';
const SLIDE_MARK = `?${SLIDE_QUERY}`;

function virtualId(file: string, slide: boolean): string {
	return `${VIRTUAL_PREFIX}${file}${slide ? SLIDE_MARK : ''}${VIRTUAL_SUFFIX}`;
}

export type CompileResult =
	{ ok: true; layout: StorylineLayout } | { ok: false; errors: LocatedError[]; message: string };

/** Reads, validates and bakes one spec file. `source` names it in errors (a path relative to the root). */
export async function compileSpecFile(
	file: string,
	source: string,
	options: StackmotionPluginOptions = {},
	text?: string
): Promise<CompileResult> {
	const content = text ?? (await readFile(file, 'utf8'));
	const parsed = parseSpecSource(content, {
		file: source,
		...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
		...(options.maxAliases === undefined ? {} : { maxAliases: options.maxAliases })
	});
	if (!parsed.ok) return { ok: false, errors: parsed.errors, message: formatErrors(parsed.errors) };
	// Loaded on first use: the layout engine stays out of the config load until a spec file is imported.
	const { bakeStoryline } = await import('../bake/index.js');
	const baked = await bakeStoryline(parsed.spec, options.stage ? { stage: options.stage } : {});
	if (!baked.ok) {
		const errors = baked.errors.map((e) => ({ ...e, file: source }));
		return { ok: false, errors, message: formatErrors(errors) };
	}
	return { ok: true, layout: baked.layout };
}

export function stackmotion(options: StackmotionPluginOptions = {}): Plugin {
	const include = options.include ?? SPEC_FILE;
	let root = process.cwd();
	let dev = false;

	const sourceName = (file: string) => path.relative(root, file).split(path.sep).join('/');

	return {
		name: 'stackmotion',
		enforce: 'pre',

		configResolved(config) {
			root = config.root;
			// Every dev server gets the hot channel, whatever NODE_ENV says: `vite build` sets NODE_ENV=production
			// for the whole process when it is unset, so a dev server started later in that process (a script or
			// test runner that builds first) has isProduction true and would silently drop every hot update.
			dev = config.command === 'serve';
		},

		async resolveId(id, importer) {
			const bare = id.split('?')[0] ?? id;
			if (!include.test(bare) || id.startsWith(VIRTUAL_PREFIX)) return null;
			const resolved = await this.resolve(bare, importer, { skipSelf: true });
			const file = resolved?.id.split('?')[0];
			const slide = new URLSearchParams(id.split('?')[1] ?? '').has(SLIDE_QUERY);
			return file ? virtualId(file, slide) : null;
		},

		async load(id) {
			if (!id.startsWith(VIRTUAL_PREFIX)) return null;
			const named = id.slice(VIRTUAL_PREFIX.length, -VIRTUAL_SUFFIX.length);
			const slide = named.endsWith(SLIDE_MARK);
			const file = slide ? named.slice(0, -SLIDE_MARK.length) : named;
			this.addWatchFile(file);
			const source = sourceName(file);
			const result = await compileSpecFile(file, source, options);
			if (!result.ok) {
				const first = result.errors[0];
				this.error({
					message: `Invalid storyline spec\n${result.message}`,
					id: file,
					...(first?.line === undefined
						? {}
						: { loc: { file, line: first.line, column: (first.column ?? 1) - 1 } })
				});
			}
			const layout = slide ? slideLayout(result.layout) : result.layout;
			return { code: layoutModuleCode(layout, source, dev, slide), map: null };
		},

		async handleHotUpdate({ file, read, server }) {
			if (!include.test(file)) return;
			const source = sourceName(file);
			const result = await compileSpecFile(file, source, options, await read());
			invalidate(server, file);
			if (result.ok) {
				const data = { source, layout: result.layout, slideLayout: slideLayout(result.layout) };
				server.ws.send({ type: 'custom', event: HOT_LAYOUT_EVENT, data });
			} else {
				const first = result.errors[0];
				server.ws.send({
					type: 'error',
					err: {
						message: `Invalid storyline spec\n${result.message}`,
						stack: '',
						id: file,
						plugin: 'stackmotion',
						...(first?.line === undefined
							? {}
							: { loc: { file, line: first.line, column: (first.column ?? 1) - 1 } })
					}
				});
			}
			// Handled: no module update, no reload; the page keeps its state and animates to the new layout.
			return [];
		}
	};
}

/** The next page load (or a build in watch mode) reads the file again instead of a cached module. */
function invalidate(server: ViteDevServer, file: string): void {
	for (const environment of Object.values(server.environments)) {
		const graph = environment.moduleGraph;
		for (const slide of [false, true]) {
			const mod = graph.getModuleById(virtualId(file, slide));
			if (mod) graph.invalidateModule(mod);
		}
	}
}
