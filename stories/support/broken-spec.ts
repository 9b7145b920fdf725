/** A spec with mistakes, to show the errors in place of the diagram: each has a code, a path and a fix. */
export const brokenSpec: unknown = {
	id: 'broken-storyline',
	title: 'A storyline with mistakes',
	steps: [
		{
			id: 'one',
			label: 'one',
			title: 'One step',
			narration:
				'Three mistakes: an edge to a node that does not exist, a parent that is not a group, a bad kind.',
			nodes: [
				{ id: 'daemon', label: 'daemon', kind: 'daemon' },
				{ id: 'runtime', label: 'runc', kind: 'runtime', parent: 'daemon' },
				{ id: 'shim', label: 'shim', kind: 'shimm' }
			],
			edges: [{ from: 'daemon', to: 'containerd' }]
		}
	]
};
