import { expect, test } from 'vitest';
import { formatPath, pathPrefixes } from './paths.js';

test.each([
	[[], ''],
	[['steps', 2, 'add', 'edges', 4, 'to'], 'steps[2].add.edges[4].to'],
	[['sources', 'k8s-blog', 'url'], 'sources.k8s-blog.url'],
	[['sources', 'weird key', 'title'], 'sources["weird key"].title'],
	[['sources', '1.24'], 'sources["1.24"]'],
	[['sources', 'say "hi"'], 'sources["say \\"hi\\""]'],
	[['weird key'], '["weird key"]'],
	[[0], '[0]']
] as const)('formatPath(%j) is %j', (keys, path) => {
	expect(formatPath(keys)).toBe(path);
});

test('pathPrefixes lists the root and every ancestor', () => {
	expect(pathPrefixes(['steps', 0, 'nodes', 3, 'label'])).toEqual([
		'',
		'steps',
		'steps[0]',
		'steps[0].nodes',
		'steps[0].nodes[3]',
		'steps[0].nodes[3].label'
	]);
});
