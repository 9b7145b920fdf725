import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { describe, expect, test } from 'vitest';
import { edge, node, scene } from './fixtures/scene-builder.js';
import { measureScene } from './measure-scene.js';
import { ROOT_ID, toElkGraph } from './to-elk.js';
import { authoredComposition } from './compose.js';

// A small scene with one group, a badge, an edge label with an endpoint and an edge into the group: enough to
// show every kind of option the engine sends to ELK. A change in the snapshot is a change in the layout's input.
const small = scene(
	'small',
	0,
	[
		node('cli', 'client', 'docker CLI'),
		node('engine', 'group', { en: 'Docker Engine', ko: '도커 엔진' }),
		node('dockerd', 'daemon', 'dockerd', { parent: 'engine', badge: 'since 1.11' }),
		node('containerd', 'daemon', 'containerd', { parent: 'engine' })
	],
	[
		edge('cli', 'dockerd', { label: 'REST', endpoint: '/var/run/docker.sock' }),
		edge('dockerd', 'containerd', { label: 'gRPC' })
	]
);

describe('toElkGraph', () => {
	test('the ELK input for a small scene, top-down', () => {
		expect(toElkGraph(measureScene(small), authoredComposition({ direction: 'down' }))).toMatchSnapshot();
	});

	test('a left-to-right storyline only changes the direction (and the frame of group minimum sizes)', () => {
		const down = toElkGraph(measureScene(small), authoredComposition({ direction: 'down' }));
		const right = toElkGraph(measureScene(small), authoredComposition({ direction: 'right' }));
		expect(right.layoutOptions?.['elk.direction']).toBe('RIGHT');
		// Top-down, elkjs reads a group's minimum size transposed (see to-elk.ts): undo that to compare the rest.
		const transposed = (graph: ElkNode): ElkNode => ({
			...graph,
			children: graph.children?.map((child) => {
				const min = child.layoutOptions?.['elk.nodeSize.minimum'];
				const swapped = child.children?.length && min ? min.replace(/\((.*), (.*)\)/, '($2, $1)') : min;
				return transposed({
					...child,
					...(child.layoutOptions
						? {
								layoutOptions: {
									...child.layoutOptions,
									...(swapped ? { 'elk.nodeSize.minimum': swapped } : {})
								}
							}
						: {})
				});
			})
		});
		expect({ ...right, layoutOptions: { ...right.layoutOptions, 'elk.direction': 'DOWN' } }).toEqual(
			transposed(down)
		);
	});

	test('edges live in the deepest group holding both ends', () => {
		const graph = toElkGraph(measureScene(small), authoredComposition({ direction: 'down' }));
		expect(graph.id).toBe(ROOT_ID);
		expect(graph.edges?.map((e) => e.id)).toEqual(['cli->dockerd']);
		expect(graph.children?.find((c) => c.id === 'engine')?.edges?.map((e) => e.id)).toEqual([
			'dockerd->containerd'
		]);
	});

	test('every option value is a string with a full elk. key', () => {
		const graph = toElkGraph(measureScene(small), authoredComposition({ direction: 'down' }));
		const options = [graph.layoutOptions, ...(graph.children ?? []).map((c) => c.layoutOptions)].filter(
			Boolean
		);
		expect(options.length).toBeGreaterThan(1);
		for (const set of options) {
			for (const [key, value] of Object.entries(set ?? {})) {
				expect(key).toMatch(/^elk\./);
				expect(typeof value).toBe('string');
			}
		}
	});
});
