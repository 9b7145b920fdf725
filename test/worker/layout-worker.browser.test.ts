// The real layout worker in Chromium, through the Storyline component (so it lives with the integration tests,
// keeping src/lib/layout free of Svelte): it lays out, it reports time limits and crashes in the component's error
// panel, and the page's main thread never loads elkjs. (No static import of the layout engine in this file: that
// would load elkjs on the page and defeat the last test.)
import { afterEach, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import Storyline from '../../src/lib/components/Storyline/Storyline.svelte';
import { checkLayout, hardViolations } from '../../src/lib/layout/invariants.js';
import { validateStoryline } from '../../src/lib/model/validate.js';
import { layoutSettingsContext } from '../../src/lib/state/layout-source.svelte.js';
import {
	createLayoutWorker,
	startLayoutWorker,
	type LayoutWorker
} from '../../src/lib/layout/worker/client.js';

const spec = {
	id: 'worker-demo',
	title: 'Worker demo',
	steps: [
		{
			id: 'v1',
			label: 'v1',
			title: 'Version 1',
			narration: 'The client calls the daemon.',
			nodes: [
				{ id: 'host', label: 'host', kind: 'group' },
				{ id: 'cli', label: 'cli', kind: 'client', parent: 'host' },
				{ id: 'daemon', label: 'daemon', kind: 'daemon', parent: 'host' }
			],
			edges: [{ from: 'cli', to: 'daemon', label: 'REST' }]
		},
		{
			id: 'v2',
			label: 'v2',
			title: 'Version 2',
			narration: 'A runtime does the work.',
			add: {
				nodes: [{ id: 'runtime', label: 'runtime', kind: 'runtime', parent: 'host' }],
				edges: [{ from: 'daemon', to: 'runtime', label: 'gRPC' }]
			}
		}
	]
};

/** How often the elkjs package itself was fetched (by this page or its workers). */
const elkjsFetches = () =>
	performance.getEntriesByType('resource').filter((entry) => /[/_]elkjs[/_]/.test(entry.name)).length;

let client: LayoutWorker | undefined;
afterEach(() => client?.dispose());

// First, before other tests start workers of their own.
// The first layout starts a worker and loads the engine cold: seconds on a busy machine.
test(
	'a spec is drawn through the worker, and the page itself never loads elkjs',
	{ timeout: 60_000 },
	async () => {
		let started = 0;
		const before = elkjsFetches();
		const screen = await render(Storyline, {
			props: { spec, step: 'v1' },
			context: layoutSettingsContext({
				createWorker: () => {
					started++;
					return startLayoutWorker();
				}
			})
		});
		await expect
			.poll(() => screen.container.querySelectorAll('svg [data-node-id]').length, { timeout: 50_000 })
			.toBe(3);
		// Chromium lists a dedicated worker's fetches in the page's resource timeline too, so the proof is a count:
		// elkjs was fetched exactly once, by the one worker started, and by nothing on the page.
		expect(started).toBe(1);
		expect(elkjsFetches() - before).toBe(1);

		// The check can fail: loading the engine on the page fetches elkjs a second time.
		await import('../../src/lib/layout/index.js');
		expect(elkjsFetches() - before).toBe(2);
	}
);

test(
	'the worker lays out a storyline with elkjs and the layout holds the invariants',
	{ timeout: 60_000 },
	async () => {
		const validation = validateStoryline(spec);
		if (!validation.ok) throw new Error('fixture is invalid');
		client = createLayoutWorker();
		const layout = await client.layout(validation.storyline);
		expect(layout.steps.map((s) => s.stepId)).toEqual(['v1', 'v2']);
		expect(layout.steps[1]!.nodes.map((n) => n.id).sort()).toEqual(['cli', 'daemon', 'host', 'runtime']);
		expect(hardViolations(checkLayout(layout))).toEqual([]);
	}
);

test('a layout over the time limit shows layout-timeout in the error panel', async () => {
	const screen = await render(Storyline, {
		props: { spec },
		context: layoutSettingsContext({ timeoutMs: 1 })
	});
	const panel = screen.container.querySelector.bind(screen.container);
	await expect.poll(() => panel('.sm-error-panel [data-code="layout-timeout"]')).not.toBeNull();
	expect(panel('.sm-error-message')?.textContent).toContain('took longer than 1 ms');
	expect(panel('svg')).toBeNull();
});

test('a worker that fails to start shows layout-crashed in the error panel', async () => {
	const screen = await render(Storyline, {
		props: { spec },
		context: layoutSettingsContext({
			createWorker: () => new Worker('data:text/javascript,throw new Error("worker script broke")')
		})
	});
	await expect
		.poll(() => screen.container.querySelector('.sm-error-panel [data-code="layout-crashed"]'))
		.not.toBeNull();
});

test('a newer spec wins: the older layout, answered later, is never drawn', { timeout: 60_000 }, async () => {
	const older = { ...spec, id: 'older' };
	const newer = { ...spec, id: 'newer' };
	const screen = await render(Storyline, { props: { spec: older } });
	const seen = new Set<string>();
	const root = screen.container.querySelector('.sm-storyline')!;
	const observer = new MutationObserver(() => {
		const id = root.getAttribute('data-storyline');
		if (id) seen.add(id);
	});
	observer.observe(root, { attributes: true, attributeFilter: ['data-storyline'] });
	// Asked before the older layout can have come back from a cold worker.
	await screen.rerender({ spec: newer });
	await expect.poll(() => root.getAttribute('data-storyline'), { timeout: 50_000 }).toBe('newer');
	observer.disconnect();
	expect([...seen]).toEqual(['newer']);
});
