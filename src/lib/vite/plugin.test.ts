import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rollup } from 'vite';
import { describe, expect, test } from 'vitest';
import type { StorylineLayout } from '../layout/types.js';
import { compileSpecFile, stackmotion } from './index.js';
import { layoutModuleCode } from './module-code.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/vite-plugin/', import.meta.url));

type Hook = (this: unknown, ...args: unknown[]) => unknown;
function hook(plugin: Plugin, name: 'resolveId' | 'load' | 'configResolved'): Hook {
	const h = plugin[name] as Hook | { handler: Hook };
	return typeof h === 'function' ? h : h.handler;
}

/** A plugin as Vite would drive it for one id, with just enough context. */
async function loadThrough(
	file: string,
	command: 'serve' | 'build' = 'build',
	isProduction = command === 'build'
) {
	const plugin = stackmotion();
	await hook(plugin, 'configResolved').call(undefined, { root: FIXTURES, command, isProduction });
	const context = {
		resolve: async (id: string) => ({ id: `${FIXTURES}${id.replace('./', '')}` }),
		addWatchFile: () => undefined,
		error: (e: { message: string; loc?: unknown }) => {
			throw Object.assign(new Error(e.message), { loc: e.loc });
		}
	};
	const id = (await hook(plugin, 'resolveId').call(context, `./${file}`, `${FIXTURES}main.js`)) as string;
	const loaded = (await hook(plugin, 'load').call(context, id)) as { code: string };
	return { id, code: loaded.code };
}

/** Runs the generated module's code and returns its default export. */
async function evaluate(code: string): Promise<StorylineLayout> {
	const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
	return ((await import(/* @vite-ignore */ url)) as { default: StorylineLayout }).default;
}

describe('the plugin hooks', () => {
	test('a valid YAML spec loads as a module whose default export is the baked layout', async () => {
		const { id, code } = await loadThrough('good.stackmotion.yaml');
		expect(id.startsWith('\0')).toBe(true);
		expect(code).not.toMatch(/import\s/);
		const layout = await evaluate(code);
		expect(layout.storyline.id).toBe('fixture-good');
		expect(layout.steps.map((s) => s.stepId)).toEqual(['one', 'two']);
		expect(layout.steps[1]?.nodes.map((n) => n.id).sort()).toEqual(['cli', 'daemon', 'runtime']);
		expect(layout.steps[0]?.nodes.every((n) => n.width > 0 && n.height > 0)).toBe(true);
	}, 60_000);

	test('a .stackmotion.json spec is a spec too, not plain JSON data', async () => {
		const { code } = await loadThrough('good.stackmotion.json');
		expect((await evaluate(code)).storyline.id).toBe('fixture-json');
	});

	test('`?slide` loads the slide layout: the same steps, no speaker notes or sources (a module of its own)', async () => {
		const whole = await loadThrough('good.stackmotion.yaml');
		const slide = await loadThrough('good.stackmotion.yaml?slide');
		expect(slide.id).not.toBe(whole.id);
		const [a, b] = [await evaluate(whole.code), await evaluate(slide.code)];
		expect(b.steps).toEqual(a.steps);
		expect(b.storyline.steps.map((s) => s.narration)).toEqual(a.storyline.steps.map((s) => s.narration));
		expect(b.storyline.steps.every((s) => s.notes === undefined && s.sources.length === 0)).toBe(true);
	}, 60_000);

	test('an invalid spec fails with file:line:col  code  message', async () => {
		await expect(loadThrough('broken.stackmotion.yaml')).rejects.toThrow(
			/broken\.stackmotion\.yaml:12:13 {2}dangling-edge {2}Edge "cli->daemon" points to "daemon"/
		);
		await expect(loadThrough('broken.stackmotion.yaml')).rejects.toMatchObject({
			loc: { line: 12, column: 12 }
		});
	});

	test('a dev server gets the hot channel even when NODE_ENV is production (a build earlier in the process sets it)', async () => {
		for (const isProduction of [false, true]) {
			const { code } = await loadThrough('good.stackmotion.yaml', 'serve', isProduction);
			expect(code, `serve, isProduction ${isProduction}`).toContain('import.meta.hot');
		}
		const { code } = await loadThrough('good.stackmotion.yaml', 'build');
		expect(code).not.toContain('import.meta.hot');
	}, 60_000);

	test('other files are left alone', async () => {
		const plugin = stackmotion();
		expect(await hook(plugin, 'resolveId').call({}, './x.yaml', 'main.js')).toBeNull();
		expect(await hook(plugin, 'load').call({}, '/x/platform.json')).toBeNull();
	});

	test('compileSpecFile reports the same errors for text given directly', async () => {
		const result = await compileSpecFile('x', 'x.stackmotion.yaml', {}, 'id: x\ntitle: 5\n');
		expect(!result.ok && result.message).toMatch(/^x\.stackmotion\.yaml:2:8 {2}invalid-type/m);
	});
});

describe('the generated module', () => {
	const layout = { storyline: { id: 's' }, steps: [] } as unknown as StorylineLayout;

	test('in a build: the layout and nothing else', () => {
		const code = layoutModuleCode(layout, 'a.stackmotion.yaml', false);
		expect(code).not.toContain('import.meta.hot');
		expect(code).toContain('export default layout');
	});

	test('in dev: a hot channel that passes on layouts for its own file only', () => {
		const { received, result } = runDev(layoutModuleCode(layout, 'a.stackmotion.yaml', true), [
			{ source: 'other.stackmotion.yaml', layout: 1 },
			{ source: 'a.stackmotion.yaml', layout: 2 }
		]);
		expect(received).toEqual([2]);
		expect(Object.keys(result)).toEqual(['storyline', 'steps']);
	});

	test('in dev, a `?slide` module passes on the slide layout of each update', () => {
		const code = layoutModuleCode(layout, 'a.stackmotion.yaml', true, true);
		const { received } = runDev(code, [{ source: 'a.stackmotion.yaml', layout: 2, slideLayout: 4 }]);
		expect(received).toEqual([4]);
	});
});

/** Runs a generated dev module with a stand-in for import.meta.hot, sends it `updates`, then one after unsubscribing. */
function runDev(code: string, updates: unknown[]) {
	const handlers: ((data: unknown) => void)[] = [];
	const hot = { on: (_event: string, fn: (data: unknown) => void) => handlers.push(fn), accept: () => {} };
	// Run the module body with a stand-in for import.meta.hot.
	const body = code
		.replaceAll('import.meta.hot', '__hot')
		.replace('export default layout;', 'return layout;');
	const run = new Function('__hot', body) as (hot: unknown) => StorylineLayout;
	const result = run(hot);
	const channel = (
		result as unknown as Record<symbol, { subscribe: (fn: (l: unknown) => void) => () => void }>
	)[Symbol.for('stackmotion.hot')]!;
	const received: unknown[] = [];
	const stop = channel.subscribe((l) => received.push(l));
	for (const update of updates) handlers.forEach((h) => h(update));
	stop();
	handlers.forEach((h) => h({ source: 'a.stackmotion.yaml', layout: 3, slideLayout: 3 }));
	return { received, result };
}

describe('a Vite build of a fixture project', () => {
	const buildEntry = (entry: string) =>
		build({
			configFile: false,
			root: FIXTURES,
			logLevel: 'silent',
			plugins: [stackmotion()],
			build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'out' } }
		});

	test('bakes the good files into the bundle, with no layout engine in it', async () => {
		const result = (await buildEntry('good.mjs')) as Rollup.RollupOutput[] | Rollup.RollupOutput;
		const output = (Array.isArray(result) ? result[0] : result)!.output;
		const code = output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
		expect(code).toContain('fixture-good');
		expect(code).toContain('fixture-json');
		expect(code).not.toMatch(/elkjs|ElkNode|layered/i);
		expect(code.length).toBeLessThan(40_000);
	}, 60_000);

	test('fails on the broken file with its line and column', async () => {
		await expect(buildEntry('broken.mjs')).rejects.toThrow(
			/broken\.stackmotion\.yaml:12:13 {2}dangling-edge/
		);
	}, 60_000);
});
