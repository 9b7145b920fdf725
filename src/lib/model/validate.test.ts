/* eslint-disable @typescript-eslint/no-explicit-any -- the specs here are deliberately malformed raw data */
import { describe, expect, test } from 'vitest';
import { NODE_KINDS, type DiagramErrorCode } from './types.js';
import { formatPath } from './paths.js';
import { validateStoryline } from './validate.js';

/* ---------- a small valid storyline, edited per row ---------- */

const node = (id: string, kind = 'daemon', extra: object = {}) => ({ id, label: id, kind, ...extra });
const edge = (from: string, to: string, extra: object = {}) => ({ from, to, ...extra });
const step = (id: string, body: object) => ({
	id,
	label: `v${id}`,
	title: `Kubernetes ${id}`,
	narration: `What changed in ${id}.`,
	...body
});

/**
 * nodes: [0] host (group), [1] kubelet ⊂ host, [2] dockerd ⊂ host, [3] containerd
 * edges: [0] kubelet->dockerd, [1] dockerd->containerd
 */
const firstStep = (): any =>
	step('1.0', {
		nodes: [
			node('host', 'group'),
			node('kubelet', 'daemon', { parent: 'host' }),
			node('dockerd', 'daemon', { parent: 'host' }),
			node('containerd', 'runtime')
		],
		edges: [edge('kubelet', 'dockerd'), edge('dockerd', 'containerd')]
	});

const storyline = (steps: any[]): any => ({
	id: 'demo',
	title: 'Demo',
	sources: { 'k8s-blog': { title: 'Kubernetes blog', url: 'https://kubernetes.io/blog/' } },
	steps
});

/** The base storyline with one edit applied. */
const edit = (change: (s: any) => void): any => {
	const s = storyline([firstStep()]);
	change(s);
	return s;
};

/** The base first step followed by a patch step "1.5". */
const patched = (patch: object, change: (s: any) => void = () => {}): any => {
	const s = storyline([firstStep(), step('1.5', patch)]);
	change(s);
	return s;
};

const KINDS = NODE_KINDS.join(', ');

type Row = { name: string; spec: unknown; errors: [DiagramErrorCode, string, string | RegExp][] };

function expectErrors(spec: unknown, errors: Row['errors']) {
	const result = validateStoryline(spec);
	expect(result.ok ? 'ok' : result.errors).toEqual(
		errors.map(([code, path, message]) => ({
			code,
			path,
			keys: expect.any(Array),
			message: typeof message === 'string' ? message : expect.stringMatching(message)
		}))
	);
	// The keys name the same place as the path (the path is how an author reads them).
	for (const e of result.ok ? [] : result.errors) expect(formatPath(e.keys)).toBe(e.path);
}

test('the base storyline is valid', () => {
	expect(validateStoryline(storyline([firstStep()])).ok).toBe(true);
});

const TEXT = 'a string, or an object with "en" and "ko" strings';

const rows: Record<DiagramErrorCode, Row[]> = {
	'invalid-type': [
		{
			name: 'root is null',
			spec: null,
			errors: [['invalid-type', '', 'The storyline must be an object, but it is null.']]
		},
		{
			name: 'steps is a string',
			spec: edit((s) => (s.steps = 'all of them')),
			errors: [['invalid-type', 'steps', 'Storyline "demo": "steps" must be an array, but it is a string.']]
		},
		{
			name: 'label is a number',
			spec: edit((s) => (s.steps[0].nodes[3].label = 42)),
			errors: [
				[
					'invalid-type',
					'steps[0].nodes[3].label',
					`Node "containerd" in step "1.0": "label" must be ${TEXT}, but it is a number.`
				]
			]
		},
		{
			name: 'sources is an array (valibot would accept it as an object)',
			spec: edit((s) => (s.sources = [])),
			errors: [
				[
					'invalid-type',
					'sources',
					'Storyline "demo": "sources" must be an object that maps source ids to { "title", "url" }, but it is an array.'
				]
			]
		},
		{
			name: 'add is an array',
			spec: patched({ add: [] }),
			errors: [['invalid-type', 'steps[1].add', 'Step "1.5": "add" must be an object, but it is an array.']]
		},
		{
			name: 'a node is a string',
			spec: edit((s) => s.steps[0].nodes.push('runc')),
			errors: [
				[
					'invalid-type',
					'steps[0].nodes[4]',
					'The node at steps[0].nodes[4] must be an object, but it is a string.'
				]
			]
		},
		{
			name: 'message reverse is not a boolean',
			spec: edit((s) => (s.steps[0].messages = [{ edge: 'kubelet->dockerd', label: 'Run', reverse: 'yes' }])),
			errors: [
				[
					'invalid-type',
					'steps[0].messages[0].reverse',
					'Message messages[0] in step "1.0": "reverse" must be true or false, but it is a string.'
				]
			]
		},
		{
			name: 'localized text part is a number',
			spec: edit((s) => (s.title = { en: 'Demo', ko: 7 })),
			errors: [
				['invalid-type', 'title.ko', 'Storyline "demo": "title.ko" must be a string, but it is a number.']
			]
		}
	],
	'missing-field': [
		{
			name: 'node without kind',
			spec: edit((s) => delete s.steps[0].nodes[3].kind),
			errors: [
				[
					'missing-field',
					'steps[0].nodes[3].kind',
					`Node "containerd" in step "1.0" is missing the required field "kind". Add "kind": one of ${KINDS}.`
				]
			]
		},
		{
			name: 'edge without to (named by its path)',
			spec: edit((s) => s.steps[0].edges.push({ from: 'kubelet' })),
			errors: [
				[
					'missing-field',
					'steps[0].edges[2].to',
					'The edge at steps[0].edges[2] is missing the required field "to". Add "to": an id such as "cri-dockerd".'
				]
			]
		},
		{
			name: 'localized text without ko',
			spec: edit((s) => (s.steps[0].title = { en: 'Kubernetes 1.0' })),
			errors: [
				[
					'missing-field',
					'steps[0].title.ko',
					'Step "1.0" is missing the required field "title.ko". Add "title.ko": a string.'
				]
			]
		},
		{
			name: 'storyline without id',
			spec: edit((s) => delete s.id),
			errors: [
				[
					'missing-field',
					'id',
					'The storyline is missing the required field "id". Add "id": an id such as "cri-dockerd".'
				]
			]
		},
		{
			name: 'first step with neither a scene nor a patch',
			spec: storyline([step('1.0', {})]),
			errors: [
				[
					'missing-field',
					'steps[0].nodes',
					'Step "1.0" is missing the required field "nodes". Add "nodes": an array of nodes.'
				]
			]
		},
		{
			name: 'later step with edges but no nodes',
			spec: patched({ edges: [edge('kubelet', 'containerd')] }),
			errors: [
				[
					'missing-field',
					'steps[1].nodes',
					'Step "1.5" has "edges" but no "nodes". Add "nodes" for a full scene, or move the edges into "add" to change the previous scene.'
				]
			]
		}
	],
	'unknown-field': [
		{
			name: 'misspelt field with a suggestion',
			spec: edit((s) => (s.steps[0].nodes[3].lable = 'containerd')),
			errors: [
				[
					'unknown-field',
					'steps[0].nodes[3].lable',
					'Node "containerd" in step "1.0" has an unknown field "lable". Did you mean "label"?'
				]
			]
		},
		{
			name: 'misspelt root field',
			spec: edit((s) => (s.titel = 'Demo')),
			errors: [
				['unknown-field', 'titel', 'Storyline "demo" has an unknown field "titel". Did you mean "title"?']
			]
		},
		{
			name: 'unrelated field lists the allowed ones',
			spec: edit((s) => (s.steps[0].nodes[3].colour = 'red')),
			errors: [
				[
					'unknown-field',
					'steps[0].nodes[3].colour',
					/^Node "containerd" in step "1\.0" has an unknown field "colour"\. Remove it, or use one of: id, label, kind, parent, badge, description, href, sources\.$/
				]
			]
		},
		{
			name: 'every unknown field of one object, not just the first',
			spec: edit((s) => Object.assign(s.steps[0], { naration: 'x', color: 'y' })),
			errors: [
				[
					'unknown-field',
					'steps[0].naration',
					'Step "1.0" has an unknown field "naration". Did you mean "narration"?'
				],
				[
					'unknown-field',
					'steps[0].color',
					/^Step "1\.0" has an unknown field "color"\. Remove it, or use one of: id, label, /
				]
			]
		},
		{
			name: 'unknown language in localized text',
			spec: edit((s) => (s.steps[0].nodes[0].label = { en: 'Host', ko: '호스트', fr: 'Hôte' })),
			errors: [
				[
					'unknown-field',
					'steps[0].nodes[0].label.fr',
					'Node "host" in step "1.0" has an unknown field "label.fr". Remove it, or use one of: en, ko.'
				]
			]
		},
		{
			name: 'edge update that tries to move the edge',
			spec: patched({ update: { edges: [{ id: 'kubelet->dockerd', to: 'containerd' }] } }),
			errors: [
				[
					'unknown-field',
					'steps[1].update.edges[0].to',
					'The update of edge "kubelet->dockerd" in step "1.5" has an unknown field "to". Remove it, or use one of: id, label, endpoint, kind, sources. An edge\'s ends cannot change: remove the edge and add a new one.'
				]
			]
		},
		{
			name: '__proto__ key from JSON',
			spec: edit(
				(s) =>
					(s.steps[0].nodes[3] = JSON.parse(
						'{"id":"containerd","label":"c","kind":"runtime","__proto__":{"x":1}}'
					))
			),
			errors: [
				[
					'unknown-field',
					'steps[0].nodes[3].__proto__',
					/^Node "containerd" in step "1\.0" has an unknown field "__proto__"\. Remove it, or use one of: /
				]
			]
		}
	],
	'invalid-value': [
		{
			name: 'node kind with a suggestion',
			spec: edit((s) => (s.steps[0].nodes[2].kind = 'deamon')),
			errors: [
				[
					'invalid-value',
					'steps[0].nodes[2].kind',
					`Node "dockerd" in step "1.0": "kind" is "deamon", which is not allowed. Did you mean "daemon"? Use one of: ${KINDS}.`
				]
			]
		},
		{
			name: 'edge kind with a suggestion',
			spec: edit((s) => (s.steps[0].edges[1].kind = 'calls')),
			errors: [
				[
					'invalid-value',
					'steps[0].edges[1].kind',
					'Edge "dockerd->containerd" in step "1.0": "kind" is "calls", which is not allowed. Did you mean "call"? Use one of: call, spawn, implements, derives, contains, watch, data.'
				]
			]
		},
		{
			name: 'direction without a close match',
			spec: edit((s) => (s.direction = 'up')),
			errors: [
				[
					'invalid-value',
					'direction',
					'Storyline "demo": "direction" is "up", which is not allowed. Use one of: down, right.'
				]
			]
		},
		{
			name: 'empty label',
			spec: edit((s) => (s.steps[0].nodes[3].label = '')),
			errors: [
				[
					'invalid-value',
					'steps[0].nodes[3].label',
					'Node "containerd" in step "1.0": "label" is empty. Write some text, or leave the field out if optional.'
				]
			]
		},
		{
			name: 'blank text in one language',
			spec: edit((s) => (s.steps[0].narration = { en: 'Docker everywhere.', ko: '  ' })),
			errors: [
				[
					'invalid-value',
					'steps[0].narration.ko',
					'Step "1.0": "narration.ko" is empty. Write some text, or leave the field out if optional.'
				]
			]
		},
		{
			name: 'focus on something not in the scene',
			spec: edit((s) => (s.steps[0].focus = ['kubelet', 'cri'])),
			errors: [
				[
					'invalid-value',
					'steps[0].focus[1]',
					'Step "1.0": "focus[1]" names "cri", which is not a node or edge in this step. Fix the id or remove the entry.'
				]
			]
		},
		{
			name: 'message along an edge that does not exist',
			spec: edit((s) => (s.steps[0].messages = [{ edge: 'kubelet->containerd', label: 'RunPodSandbox' }])),
			errors: [
				[
					'invalid-value',
					'steps[0].messages[0].edge',
					'Message messages[0] in step "1.0": "edge" names "kubelet->containerd", which is not an edge in this step. Fix the id or remove the entry.'
				]
			]
		},
		{
			name: 'edge from a node to itself',
			spec: edit((s) => s.steps[0].edges.push(edge('kubelet', 'kubelet'))),
			errors: [
				[
					'invalid-value',
					'steps[0].edges[2].to',
					'Edge "kubelet->kubelet" goes from node "kubelet" to itself; stackmotion draws connections between two different nodes. Point "to" at another node or remove the edge.'
				]
			]
		}
	],
	'invalid-id': [
		{
			name: 'node id with a space (edges to the intended id then dangle)',
			spec: edit((s) => (s.steps[0].nodes[3].id = 'container d')),
			errors: [
				[
					'invalid-id',
					'steps[0].nodes[3].id',
					'Node "container d" in step "1.0": "id" is "container d", which is not a valid id. Use letters, digits, ".", "_" and "-", starting with a letter or digit, e.g. "cri-dockerd".'
				],
				[
					'dangling-edge',
					'steps[0].edges[1].to',
					'Edge "dockerd->containerd" points to "containerd", which is not a node in step "1.0". Add a node with id "containerd" or fix the id.'
				]
			]
		},
		{
			name: 'step id starting with punctuation',
			spec: edit((s) => (s.steps[0].id = '-1.0')),
			errors: [
				[
					'invalid-id',
					'steps[0].id',
					'Step "-1.0": "id" is "-1.0", which is not a valid id. Use letters, digits, ".", "_" and "-", starting with a letter or digit, e.g. "cri-dockerd".'
				]
			]
		},
		{
			name: 'edge id with a character edges do not allow',
			spec: edit((s) => (s.steps[0].edges[1].id = 'dockerd=>containerd')),
			errors: [
				[
					'invalid-id',
					'steps[0].edges[1].id',
					'Edge "dockerd=>containerd" in step "1.0": "id" is "dockerd=>containerd", which is not a valid id. Use letters, digits, ".", "_" and "-" (edge ids may also contain ">"), starting with a letter or digit, e.g. "cri-dockerd".'
				]
			]
		},
		{
			name: 'storyline id',
			spec: edit((s) => (s.id = 'my stack')),
			errors: [
				[
					'invalid-id',
					'id',
					'Storyline "my stack": "id" is "my stack", which is not a valid id. Use letters, digits, ".", "_" and "-", starting with a letter or digit, e.g. "cri-dockerd".'
				]
			]
		},
		{
			name: 'remove entry',
			spec: patched({ remove: { nodes: ['Docker Engine'] } }),
			errors: [
				[
					'invalid-id',
					'steps[1].remove.nodes[0]',
					'Step "1.5": "remove.nodes[0]" is "Docker Engine", which is not a valid id. Use letters, digits, ".", "_" and "-", starting with a letter or digit, e.g. "cri-dockerd".'
				]
			]
		},
		{
			name: 'reserved source id',
			spec: edit((s) => (s.sources = JSON.parse('{"__proto__":{"title":"x"}}'))),
			errors: [
				[
					'invalid-id',
					'sources.__proto__',
					'Source "__proto__" uses a reserved name that JavaScript objects cannot hold safely. Choose another source id.'
				]
			]
		}
	],
	'empty-storyline': [
		{
			name: 'no steps',
			spec: storyline([]),
			errors: [
				['empty-storyline', 'steps', 'Storyline "demo" has no steps. Add at least one step with "nodes".']
			]
		}
	],
	'duplicate-id': [
		{
			name: 'two nodes with one id',
			spec: edit((s) => s.steps[0].nodes.push(node('kubelet'))),
			errors: [
				[
					'duplicate-id',
					'steps[0].nodes[4].id',
					'Node "kubelet" appears twice in step "1.0" (first at steps[0].nodes[1]). Give each node a unique id.'
				]
			]
		},
		{
			name: 'two edges between the same pair',
			spec: edit((s) => s.steps[0].edges.push(edge('kubelet', 'dockerd', { label: 'again' }))),
			errors: [
				[
					'duplicate-id',
					'steps[0].edges[2]',
					'Edge "kubelet->dockerd" appears twice in step "1.0" (first at steps[0].edges[0]). Give one of them its own "id".'
				]
			]
		},
		{
			name: 'an explicit edge id used twice',
			spec: edit((s) => s.steps[0].edges.push(edge('kubelet', 'containerd', { id: 'dockerd->containerd' }))),
			errors: [
				[
					'duplicate-id',
					'steps[0].edges[2].id',
					'Edge "dockerd->containerd" appears twice in step "1.0" (first at steps[0].edges[1]). Give one of them its own "id".'
				]
			]
		},
		{
			name: 'two steps with one id',
			spec: storyline([firstStep(), step('1.0', {})]),
			errors: [
				[
					'duplicate-id',
					'steps[1].id',
					'Step "1.0" appears twice (first at steps[0]). Give each step a unique id.'
				]
			]
		},
		{
			name: 'add of a node already in the scene',
			spec: patched({ add: { nodes: [node('dockerd')] } }),
			errors: [
				[
					'duplicate-id',
					'steps[1].add.nodes[0].id',
					'Step "1.5" adds node "dockerd", which is already in the scene. Use "update" to change it, or "remove" it in the same step to replace it.'
				]
			]
		},
		{
			name: 'add of an edge already in the scene',
			spec: patched({ add: { edges: [edge('kubelet', 'dockerd')] } }),
			errors: [
				[
					'duplicate-id',
					'steps[1].add.edges[0]',
					'Step "1.5" adds edge "kubelet->dockerd", which is already in the scene. Use "update" to change it, or "remove" it in the same step to replace it.'
				]
			]
		},
		{
			name: 'the same removal twice',
			spec: patched({ remove: { edges: ['dockerd->containerd', 'dockerd->containerd'] } }),
			errors: [
				[
					'duplicate-id',
					'steps[1].remove.edges[1]',
					'Step "1.5" removes edge "dockerd->containerd" twice (first at steps[1].remove.edges[0]). Merge the two entries.'
				]
			]
		},
		{
			name: 'the same update twice',
			spec: patched({
				update: {
					nodes: [
						{ id: 'dockerd', badge: 'old' },
						{ id: 'dockerd', badge: 'older' }
					]
				}
			}),
			errors: [
				[
					'duplicate-id',
					'steps[1].update.nodes[1].id',
					'Step "1.5" updates node "dockerd" twice (first at steps[1].update.nodes[0]). Merge the two entries.'
				]
			]
		}
	],
	'dangling-edge': [
		{
			name: 'edge to a missing node',
			spec: edit((s) => (s.steps[0].edges[0].to = 'docker')),
			errors: [
				[
					'dangling-edge',
					'steps[0].edges[0].to',
					'Edge "kubelet->docker" points to "docker", which is not a node in step "1.0". Add a node with id "docker" or fix the id.'
				]
			]
		},
		{
			name: 'edge from a missing node',
			spec: edit((s) => s.steps[0].edges.push(edge('cli', 'dockerd'))),
			errors: [
				[
					'dangling-edge',
					'steps[0].edges[2].from',
					'Edge "cli->dockerd" starts at "cli", which is not a node in step "1.0". Add a node with id "cli" or fix the id.'
				]
			]
		},
		{
			name: 'added edge to a missing node',
			spec: patched({ add: { edges: [edge('kubelet', 'cri-containerd')] } }),
			errors: [
				[
					'dangling-edge',
					'steps[1].add.edges[0].to',
					'Edge "kubelet->cri-containerd" points to "cri-containerd", which is not a node in step "1.5". Add a node with id "cri-containerd" or fix the id.'
				]
			]
		},
		{
			name: 'a patch removes a node but not its edges',
			spec: patched({ remove: { nodes: ['containerd'] } }),
			errors: [
				[
					'dangling-edge',
					'steps[1].remove.nodes[0]',
					'Step "1.5" removes node "containerd", but edge "dockerd->containerd" still connects to it. Remove the edge in the same step, or keep the node.'
				]
			]
		}
	],
	'unknown-parent': [
		{
			name: 'parent not in the scene',
			spec: edit((s) => (s.steps[0].nodes[3].parent = 'worker')),
			errors: [
				[
					'unknown-parent',
					'steps[0].nodes[3].parent',
					'Node "containerd" has parent "worker", which is not a node in step "1.0". Add a group with id "worker" or fix the parent.'
				]
			]
		},
		{
			name: 'a patch removes a group that still has children',
			spec: patched({ remove: { nodes: ['host'] } }),
			errors: [
				[
					'unknown-parent',
					'steps[1].remove.nodes[0]',
					'Step "1.5" removes group "host", but node "kubelet" is still inside it. Remove "kubelet" too, give it another "parent" with "update", or keep the group.'
				],
				[
					'unknown-parent',
					'steps[1].remove.nodes[0]',
					'Step "1.5" removes group "host", but node "dockerd" is still inside it. Remove "dockerd" too, give it another "parent" with "update", or keep the group.'
				]
			]
		},
		{
			name: 'an update moves a node into a missing group',
			spec: patched({ update: { nodes: [{ id: 'containerd', parent: 'worker' }] } }),
			errors: [
				[
					'unknown-parent',
					'steps[1].update.nodes[0].parent',
					'Node "containerd" has parent "worker", which is not a node in step "1.5". Add a group with id "worker" or fix the parent.'
				]
			]
		}
	],
	'parent-not-group': [
		{
			name: 'parent is a daemon',
			spec: edit((s) => (s.steps[0].nodes[3].parent = 'dockerd')),
			errors: [
				[
					'parent-not-group',
					'steps[0].nodes[3].parent',
					'Node "containerd" has parent "dockerd", which is a daemon, not a group, in step "1.0". Give "dockerd" the kind "group" or choose another parent.'
				]
			]
		},
		{
			name: 'an update moves a node into a non-group',
			spec: patched({ update: { nodes: [{ id: 'containerd', parent: 'kubelet' }] } }),
			errors: [
				[
					'parent-not-group',
					'steps[1].update.nodes[0].parent',
					'Node "containerd" has parent "kubelet", which is a daemon, not a group, in step "1.5". Give "kubelet" the kind "group" or choose another parent.'
				]
			]
		},
		{
			name: 'an update turns a group with children into something else',
			spec: patched({ update: { nodes: [{ id: 'host', kind: 'distro' }] } }),
			errors: [
				[
					'parent-not-group',
					'steps[1].update.nodes[0].kind',
					'Step "1.5" makes "host" a distro, but node "kubelet" is still inside it. Keep "host" a group, or give "kubelet" another "parent".'
				],
				[
					'parent-not-group',
					'steps[1].update.nodes[0].kind',
					'Step "1.5" makes "host" a distro, but node "dockerd" is still inside it. Keep "host" a group, or give "dockerd" another "parent".'
				]
			]
		}
	],
	'nesting-cycle': [
		{
			name: 'a group inside itself',
			spec: edit((s) => (s.steps[0].nodes[0].parent = 'host')),
			errors: [
				[
					'nesting-cycle',
					'steps[0].nodes[0].parent',
					'Nodes in step "1.0" are nested in a cycle: "host" → "host" (each is inside the next). Remove or change one of these "parent" fields.'
				]
			]
		},
		{
			name: 'two groups inside each other',
			spec: edit((s) => {
				s.steps[0].nodes.push(node('pod', 'group', { parent: 'host' }));
				s.steps[0].nodes[0].parent = 'pod';
			}),
			errors: [
				[
					'nesting-cycle',
					'steps[0].nodes[0].parent',
					'Nodes in step "1.0" are nested in a cycle: "host" → "pod" → "host" (each is inside the next). Remove or change one of these "parent" fields.'
				]
			]
		},
		{
			name: 'three groups in a ring, reported once',
			spec: edit((s) => {
				s.steps[0].nodes.push(node('a', 'group', { parent: 'b' }), node('b', 'group', { parent: 'c' }));
				s.steps[0].nodes.push(node('c', 'group', { parent: 'a' }));
			}),
			errors: [
				[
					'nesting-cycle',
					'steps[0].nodes[4].parent',
					'Nodes in step "1.0" are nested in a cycle: "a" → "b" → "c" → "a" (each is inside the next). Remove or change one of these "parent" fields.'
				]
			]
		},
		{
			name: 'an update closes a cycle',
			spec: patched({ update: { nodes: [{ id: 'host', parent: 'pod' }] } }, (s) =>
				s.steps[0].nodes.push(node('pod', 'group', { parent: 'host' }))
			),
			errors: [
				[
					'nesting-cycle',
					'steps[1].update.nodes[0].parent',
					'Nodes in step "1.5" are nested in a cycle: "host" → "pod" → "host" (each is inside the next). Remove or change one of these "parent" fields.'
				]
			]
		}
	],
	'unknown-patch-target': [
		{
			name: 'remove of a missing node',
			spec: patched({ remove: { nodes: ['dockershim'] } }),
			errors: [
				[
					'unknown-patch-target',
					'steps[1].remove.nodes[0]',
					'Step "1.5" removes node "dockershim", which is not in the previous step "1.0". Fix the id or drop the entry.'
				]
			]
		},
		{
			name: 'remove of a missing edge',
			spec: patched({ remove: { edges: ['kubelet->containerd'] } }),
			errors: [
				[
					'unknown-patch-target',
					'steps[1].remove.edges[0]',
					'Step "1.5" removes edge "kubelet->containerd", which is not in the previous step "1.0". Fix the id or drop the entry.'
				]
			]
		},
		{
			name: 'update of a missing node',
			spec: patched({ update: { nodes: [{ id: 'rktlet', badge: 'gone' }] } }),
			errors: [
				[
					'unknown-patch-target',
					'steps[1].update.nodes[0].id',
					'Step "1.5" updates node "rktlet", which is not in the previous step "1.0". Fix the id or drop the entry.'
				]
			]
		},
		{
			name: 'update of a missing edge',
			spec: patched({ update: { edges: [{ id: 'kubelet->containerd', label: 'CRI' }] } }),
			errors: [
				[
					'unknown-patch-target',
					'steps[1].update.edges[0].id',
					'Step "1.5" updates edge "kubelet->containerd", which is not in the previous step "1.0". Fix the id or drop the entry.'
				]
			]
		},
		{
			name: 'update of a node the same step removes',
			spec: patched({
				remove: { nodes: ['containerd'], edges: ['dockerd->containerd'] },
				update: { nodes: [{ id: 'containerd', badge: 'x' }] }
			}),
			errors: [
				[
					'unknown-patch-target',
					'steps[1].update.nodes[0].id',
					'Step "1.5" updates node "containerd", which it also removes (removals apply first). Drop one of the two entries.'
				]
			]
		}
	],
	'patch-on-first-step': [
		{
			name: 'first step adds',
			spec: storyline([step('1.0', { add: { nodes: [node('kubelet')] } })]),
			errors: [
				[
					'patch-on-first-step',
					'steps[0]',
					'Step "1.0" is the first step, so it has no previous scene to "add". List its whole scene in "nodes" and "edges" instead.'
				]
			]
		},
		{
			name: 'first step removes and updates (their targets are not reported)',
			spec: storyline([
				step('1.0', { remove: { nodes: ['a'] }, update: { nodes: [{ id: 'b', label: 'B' }] } })
			]),
			errors: [
				[
					'patch-on-first-step',
					'steps[0]',
					'Step "1.0" is the first step, so it has no previous scene to "remove"/"update". List its whole scene in "nodes" and "edges" instead.'
				]
			]
		}
	],
	'mixed-step': [
		{
			name: 'nodes and remove in one step',
			spec: patched({ nodes: [node('kubelet')], remove: { nodes: ['dockerd'] } }),
			errors: [
				[
					'mixed-step',
					'steps[1]',
					'Step "1.5" has both a full scene ("nodes") and a patch ("remove"). Use "nodes"/"edges" for a whole scene, or "add"/"remove"/"update" to change the previous one, not both.'
				]
			]
		},
		{
			name: 'edges and add in one step',
			spec: patched({ edges: [], add: { nodes: [node('runc', 'runtime')] } }),
			errors: [
				[
					'mixed-step',
					'steps[1]',
					'Step "1.5" has both a full scene ("edges") and a patch ("add"). Use "nodes"/"edges" for a whole scene, or "add"/"remove"/"update" to change the previous one, not both.'
				]
			]
		}
	],
	'unsafe-href': [
		...[
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:msgbox(1)',
			' javascript:alert(1)',
			'\u0001javascript:alert(1)',
			'java\tscript:alert(1)',
			'http:example.com',
			'&#106;avascript:alert(1)'
		].map((href): Row => ({
			name: `node href ${JSON.stringify(href)}`,
			spec: edit((s) => (s.steps[0].nodes[3].href = href)),
			errors: [
				[
					'unsafe-href',
					'steps[0].nodes[3].href',
					`Node "containerd" in step "1.0": "href" is ${JSON.stringify(href)}, which is not a safe link. Use an absolute http:// or https:// URL, or a relative URL without a scheme or spaces.`
				]
			]
		})),
		{
			name: 'source url',
			spec: edit((s) => (s.sources['k8s-blog'].url = 'JAVASCRIPT:void(0)')),
			errors: [
				[
					'unsafe-href',
					'sources.k8s-blog.url',
					'Source "k8s-blog": "url" is "JAVASCRIPT:void(0)", which is not a safe link. Use an absolute http:// or https:// URL, or a relative URL without a scheme or spaces.'
				]
			]
		},
		{
			name: 'href in an update',
			spec: patched({ update: { nodes: [{ id: 'dockerd', href: 'data:,x' }] } }),
			errors: [
				[
					'unsafe-href',
					'steps[1].update.nodes[0].href',
					'The update of node "dockerd" in step "1.5": "href" is "data:,x", which is not a safe link. Use an absolute http:// or https:// URL, or a relative URL without a scheme or spaces.'
				]
			]
		}
	],
	'unknown-source': [
		{
			name: 'node cites a misspelt source',
			spec: edit((s) => (s.steps[0].nodes[2].sources = ['k8s-blgo'])),
			errors: [
				[
					'unknown-source',
					'steps[0].nodes[2].sources[0]',
					'Node "dockerd" in step "1.0" cites source "k8s-blgo", which is not in the storyline\'s "sources". Did you mean "k8s-blog"? Add it to "sources" or fix the id.'
				]
			]
		},
		{
			name: 'step cites an unrelated source',
			spec: edit((s) => (s.steps[0].sources = ['k8s-blog', 'cncf'])),
			errors: [
				[
					'unknown-source',
					'steps[0].sources[1]',
					'Step "1.0" cites source "cncf", which is not in the storyline\'s "sources". Add it to "sources" or fix the id.'
				]
			]
		},
		{
			name: 'added edge cites a source when there is no table',
			spec: patched(
				{ add: { edges: [edge('kubelet', 'containerd', { sources: ['cri-blog'] })] } },
				(s) => delete s.sources
			),
			errors: [
				[
					'unknown-source',
					'steps[1].add.edges[0].sources[0]',
					'Edge "kubelet->containerd" added in step "1.5" cites source "cri-blog", which is not in the storyline\'s "sources". Add it to "sources" or fix the id.'
				]
			]
		}
	],
	// Table tests with every limit are in limits.test.ts; here, one over a default limit.
	'limit-exceeded': [
		{
			name: 'node label over the default label limit',
			spec: edit((s) => (s.steps[0].nodes[1].label = 'k'.repeat(201))),
			errors: [
				[
					'limit-exceeded',
					'steps[0].nodes[1].label',
					'Node "kubelet" in step "1.0" has 201 characters in a label; the limit is 200. ' +
						'Shorten the label (the detail can go into "description"), or raise limits.labelLength.'
				]
			]
		}
	],
	'layout-failed': [],
	// Produced by the layout worker, not by validation.
	'layout-crashed': [],
	'layout-timeout': [],
	// Produced while reading YAML/JSON text (stackmotion/authoring, tested there), not by validation.
	'syntax-error': [],
	'duplicate-key': [],
	'input-too-large': [],
	'alias-limit': []
};

describe.each(Object.entries(rows).filter(([, list]) => list.length > 0))('%s', (_code, list) => {
	test.each(list.map((row) => [row.name, row] as const))('%s', (_name, row) => {
		expectErrors(row.spec, row.errors);
	});
});

/** Codes of the stages around validation: the layout stage and reading source text (tested in their own modules). */
const NOT_VALIDATION = new Set(['syntax-error', 'duplicate-key', 'input-too-large', 'alias-limit']);

test("every code except the layout stage's and the source reader's has rows, and each row reports its own code", () => {
	const codes = Object.entries(rows).filter(([, list]) => list.length > 0);
	expect(codes.map(([code]) => code).sort()).toEqual(
		Object.keys(rows)
			.filter((c) => !c.startsWith('layout-') && !NOT_VALIDATION.has(c))
			.sort()
	);
	for (const [code, list] of codes)
		for (const row of list) expect(row.errors.map(([c]) => c)).toContain(code);
});

describe('noise rules', () => {
	test('edges and children of a structurally broken node are not reported again', () => {
		expectErrors(
			edit((s) => (s.steps[0].nodes[0].kind = 'gruop')),
			[
				[
					'invalid-value',
					'steps[0].nodes[0].kind',
					`Node "host" in step "1.0": "kind" is "gruop", which is not allowed. Did you mean "group"? Use one of: ${KINDS}.`
				]
			]
		);
	});

	test('a problem carried over from an earlier step is reported once, where it was written', () => {
		const spec = storyline([
			firstStep(),
			step('1.5', {}),
			step('1.24', { add: { nodes: [node('runc', 'runtime')] } })
		]);
		spec.steps[0].edges.push(edge('kubelet', 'cri'));
		expectErrors(spec, [
			[
				'dangling-edge',
				'steps[0].edges[2].to',
				'Edge "kubelet->cri" points to "cri", which is not a node in step "1.0". Add a node with id "cri" or fix the id.'
			]
		]);
	});

	test('removing a broken entry is not an unknown target', () => {
		const spec = patched({ remove: { nodes: ['runc'] } }, (s) =>
			s.steps[0].nodes.push({ id: 'runc', label: 'runc' })
		);
		const result = validateStoryline(spec);
		expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([
			['missing-field', 'steps[0].nodes[4].kind']
		]);
	});
});

test('one run collects every problem: five problems, five errors', () => {
	const spec = storyline([
		firstStep(),
		step('1.5', { remove: { nodes: ['dockershim'] }, add: { nodes: [node('cri', 'interfce')] } })
	]);
	spec.titel = 'Demo';
	spec.steps[0].nodes[3].href = 'javascript:alert(1)';
	spec.steps[0].edges[0].to = 'docker';
	const result = validateStoryline(spec);
	expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([
		['invalid-value', 'steps[1].add.nodes[0].kind'],
		['unknown-field', 'titel'],
		['unsafe-href', 'steps[0].nodes[3].href'],
		['dangling-edge', 'steps[0].edges[0].to'],
		['unknown-patch-target', 'steps[1].remove.nodes[0]']
	]);
});
