/**
 * Deterministic synthetic storylines for the benchmark: `size` nodes in nested groups (zones holding clusters
 * holding leaves), three steps, each later step removing and adding about 10 % of the leaves. The same size
 * always gives the same storyline (a seeded generator, no Math.random), so runs compare like with like.
 */
import type { EdgeSpec, NodeKind, NodeSpec, StorylineSpec } from '../src/lib/model/types.js';

const LEAF_KINDS: readonly NodeKind[] = [
	'daemon',
	'runtime',
	'shim',
	'process',
	'library',
	'interface',
	'storage'
];
const LEAVES_PER_CLUSTER = 8;
const CLUSTERS_PER_ZONE = 11;
const PROTOCOLS = ['gRPC', 'REST', 'exec', 'unix socket'];

/** Mulberry32: a tiny seeded PRNG, plenty for picking nodes. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Leaf {
	id: string;
	cluster: string;
}

const edgeId = (from: string, to: string) => `${from}->${to}`;

/** A storyline of about `size` nodes (groups included) in three steps; its id is `synthetic-<size>`. */
export function syntheticStoryline(size: number): StorylineSpec {
	const rand = random(size * 7919);
	const perZone = 1 + CLUSTERS_PER_ZONE * (1 + LEAVES_PER_CLUSTER);
	const zones = Math.max(1, Math.round(size / perZone));
	const nodes: NodeSpec[] = [];
	const edges: EdgeSpec[] = [];
	const leaves: Leaf[] = [];
	const clusters: string[] = [];
	let serial = 0;
	const leaf = (cluster: string): NodeSpec => {
		const id = `n${serial++}`;
		leaves.push({ id, cluster });
		return {
			id,
			label: `service ${id}`,
			kind: LEAF_KINDS[serial % LEAF_KINDS.length] as NodeKind,
			parent: cluster
		};
	};
	const edge = (from: string, to: string, i: number): EdgeSpec =>
		i % 5 === 0 ? { from, to, label: PROTOCOLS[i % PROTOCOLS.length] as string } : { from, to };

	for (let z = 0; z < zones; z++) {
		const zone = `zone-${z}`;
		nodes.push({ id: zone, label: `zone ${z}`, kind: 'group' });
		for (let c = 0; c < CLUSTERS_PER_ZONE; c++) {
			const cluster = `${zone}-c${c}`;
			clusters.push(cluster);
			nodes.push({ id: cluster, label: `cluster ${z}.${c}`, kind: 'group', parent: zone });
			const members: string[] = [];
			for (let l = 0; l < LEAVES_PER_CLUSTER; l++) {
				const node = leaf(cluster);
				nodes.push(node);
				members.push(node.id);
			}
			// A small tree inside the cluster: each leaf called by the one half its index away.
			for (let l = 1; l < members.length; l++) {
				edges.push(edge(members[Math.floor((l - 1) / 2)] as string, members[l] as string, edges.length));
			}
		}
	}
	// Calls between clusters, so the layout has long edges crossing groups.
	for (let c = 1; c < clusters.length; c++) {
		const from = leaves.find((l) => l.cluster === clusters[c - 1]) as Leaf;
		const to = leaves.find((l) => l.cluster === clusters[c]) as Leaf;
		edges.push(edge(from.id, to.id, edges.length));
	}

	const present = new Set(leaves.map((l) => l.id));
	const edgesNow = new Map(edges.map((e) => [edgeId(e.from, e.to), e]));
	/** Removes ~10 % of the leaves (with their edges) and adds as many new ones, each called by a neighbour. */
	const churn = () => {
		const candidates = leaves.filter((l) => present.has(l.id));
		const count = Math.max(1, Math.round(candidates.length * 0.1));
		const removed = new Set<string>();
		while (removed.size < count) {
			const pick = candidates[Math.floor(rand() * candidates.length)] as Leaf;
			removed.add(pick.id);
		}
		const removedEdges = [...edgesNow.entries()]
			.filter(([, e]) => removed.has(e.from) || removed.has(e.to))
			.map(([id]) => id);
		for (const id of removed) present.delete(id);
		for (const id of removedEdges) edgesNow.delete(id);
		const addedNodes: NodeSpec[] = [];
		const addedEdges: EdgeSpec[] = [];
		for (let i = 0; i < count; i++) {
			const cluster = clusters[Math.floor(rand() * clusters.length)] as string;
			const node = leaf(cluster);
			const caller = leaves.find((l) => l.cluster === cluster && present.has(l.id));
			present.add(node.id);
			addedNodes.push(node);
			if (caller) {
				const e = edge(caller.id, node.id, edgesNow.size + i);
				addedEdges.push(e);
				edgesNow.set(edgeId(e.from, e.to), e);
			}
		}
		return {
			remove: { nodes: [...removed], edges: removedEdges },
			add: { nodes: addedNodes, edges: addedEdges }
		};
	};

	const id = `synthetic-${size}`;
	const step = (n: number) => ({
		id: `s${n}`,
		label: `step ${n}`,
		title: `Step ${n}`,
		narration: `Synthetic step ${n}.`
	});
	return {
		id,
		title: `Synthetic storyline, ${size} nodes`,
		direction: 'down',
		steps: [
			{ ...step(1), nodes, edges },
			{ ...step(2), ...churn() },
			{ ...step(3), ...churn() }
		]
	};
}
