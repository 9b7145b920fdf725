/**
 * What changed between two scenes, by id: for "new in 1.5" / "removed in 1.24" badges, transition planning, and
 * the text summary read out when motion is reduced.
 */
import { sameL10n } from '../i18n/langs.js';
import { wordsFor } from '../i18n/words.js';
import type { DiagramEdge, DiagramNode, L10n, Lang, Scene } from './types.js';

/** Four disjoint lists: `changed` and `kept` are both present in each scene, `kept` unchanged. */
export interface IdDiff {
	added: string[];
	removed: string[];
	changed: string[];
	kept: string[];
}

export interface SceneDiff {
	nodes: IdDiff;
	edges: IdDiff;
}

const NODE_FIELDS = ['label', 'kind', 'parent', 'badge', 'description', 'href'] as const;
const EDGE_FIELDS = ['from', 'to', 'label', 'endpoint', 'kind'] as const;

/** Added and kept/changed lists follow `b`'s order; removed follows `a`'s. */
export function diffScenes(a: Scene, b: Scene): SceneDiff {
	return {
		nodes: diffById(a.nodes, b.nodes, (x, y) => NODE_FIELDS.some((f) => !sameValue(x[f], y[f]))),
		edges: diffById(a.edges, b.edges, (x, y) => EDGE_FIELDS.some((f) => !sameValue(x[f], y[f])))
	};
}

function diffById<T extends DiagramNode | DiagramEdge>(
	before: readonly T[],
	after: readonly T[],
	differs: (x: T, y: T) => boolean
): IdDiff {
	const old = new Map(before.map((item) => [item.id, item]));
	const now = new Set(after.map((item) => item.id));
	const diff: IdDiff = { added: [], removed: [], changed: [], kept: [] };
	for (const item of after) {
		const previous = old.get(item.id);
		if (previous === undefined) diff.added.push(item.id);
		else if (differs(previous, item)) diff.changed.push(item.id);
		else diff.kept.push(item.id);
	}
	for (const item of before) if (!now.has(item.id)) diff.removed.push(item.id);
	return diff;
}

/** Strings compare by value, localized text by both languages; absent equals absent. */
function sameValue(x: string | L10n | undefined, y: string | L10n | undefined): boolean {
	if (typeof x === 'object' && typeof y === 'object') return sameL10n(x, y);
	return x === y;
}

/**
 * A short summary for screen readers and reduced motion, e.g. "Added: cri-dockerd. Removed: dockershim, rktlet."
 * Names are the nodes' labels in `lang` (from `b` for what is there, from `a` for what is gone); connections read
 * "from → to".
 */
export function describeDiff(diff: SceneDiff, a: Scene, b: Scene, lang: Lang): string {
	const words = wordsFor(lang).diff;
	const labelIn = (scene: Scene) => {
		const labels = new Map(scene.nodes.map((n) => [n.id, n.label[lang]]));
		return (id: string) => labels.get(id) ?? id;
	};
	const before = labelIn(a);
	const after = labelIn(b);
	const edgeName = (scene: Scene, name: (id: string) => string) => (id: string) => {
		const edge = scene.edges.find((e) => e.id === id);
		return edge ? `${name(edge.from)} → ${name(edge.to)}` : id;
	};
	const sentences = [
		[words.added, diff.nodes.added.map(after)],
		[words.removed, diff.nodes.removed.map(before)],
		[words.changed, diff.nodes.changed.map(after)],
		[words.linked, diff.edges.added.map(edgeName(b, after))],
		[words.unlinked, diff.edges.removed.map(edgeName(a, before))]
	] as const;
	const parts = sentences
		.filter(([, names]) => names.length > 0)
		.map(([head, names]) => `${head}: ${names.join(', ')}.`);
	return parts.length > 0 ? parts.join(' ') : words.none;
}
