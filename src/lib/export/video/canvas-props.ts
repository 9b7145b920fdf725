/**
 * What `DiagramCanvas` is given for each segment of an exported timeline, exactly as the animated `Storyline`
 * gives it: a resting step marks what changed since the step before and shows its messages; a transition draws
 * both steps at once (the player's union), with the info of the step it comes from winning for shared ids. Pure,
 * shared by the Node renderer (server-rendered) and the browser export (mounted).
 */
import type { Box, EdgeRoute, LinesByLang, NodeBox, StorylineLayout } from '../../layout/types.js';
import type { DiagramEdge, DiagramNode, Lang, Scene } from '../../model/types.js';
import { changeMarks, type ChangeMark } from '../../render/changes.js';
import { transitionUnion } from '../../render/transition-union.js';
import type { TransitionSegment } from './timeline.js';

export interface CanvasProps {
	width: number;
	height: number;
	nodes: readonly NodeBox[];
	edges: readonly EdgeRoute[];
	nodeInfo: ReadonlyMap<string, DiagramNode>;
	edgeInfo: ReadonlyMap<string, DiagramEdge>;
	lang: Lang;
	title: string;
	description: string;
	focus?: ReadonlySet<string>;
	changes?: ReadonlyMap<string, ChangeMark>;
	previousLabels?: ReadonlyMap<string, LinesByLang>;
	messages?: readonly { edge: string; label: string; reverse: boolean }[];
	/** The camera's frame (the viewBox); absent: the whole drawing. */
	view?: Box;
}

/** One drawing size for every step (the largest), as the `Storyline` uses: nothing zooms between steps. */
export function storylineSize(layout: StorylineLayout) {
	return {
		width: Math.max(...layout.steps.map((s) => s.width)),
		height: Math.max(...layout.steps.map((s) => s.height))
	};
}

/** Node and edge info for the ids drawn: later scenes in `scenes` win, as in the player. */
function infoOf(scenes: readonly Scene[]) {
	const nodes = new Map<string, DiagramNode>();
	const edges = new Map<string, DiagramEdge>();
	for (const scene of scenes) {
		for (const n of scene.nodes) nodes.set(n.id, n);
		for (const e of scene.edges) edges.set(e.id, e);
	}
	return { nodes, edges };
}

const titleOf = (layout: StorylineLayout, scene: Scene, lang: Lang) =>
	`${layout.storyline.title[lang]} — ${scene.title[lang]}`;

export function restCanvasProps(layout: StorylineLayout, step: number, lang: Lang): CanvasProps {
	const steps = layout.storyline.steps;
	const scene = steps[step] as Scene;
	const frame = layout.steps[step] as StorylineLayout['steps'][number];
	const info = infoOf([scene]);
	return {
		...storylineSize(layout),
		nodes: frame.nodes,
		edges: frame.edges,
		nodeInfo: info.nodes,
		edgeInfo: info.edges,
		lang,
		focus: new Set(scene.focus),
		changes: changeMarks(steps[step - 1], scene, lang),
		title: titleOf(layout, scene, lang),
		description: scene.narration[lang],
		messages: scene.messages.map((m) => ({ edge: m.edge, label: m.label[lang], reverse: m.reverse }))
	};
}

export function transitionCanvasProps(
	layout: StorylineLayout,
	segment: TransitionSegment,
	lang: Lang
): CanvasProps {
	const steps = layout.storyline.steps;
	const before = steps[segment.fromStep] as Scene;
	const after = steps[segment.toStep] as Scene;
	const info = infoOf([after, before]);
	const union = transitionUnion(segment.plan);
	return {
		...storylineSize(layout),
		nodes: union.nodes,
		edges: union.edges,
		previousLabels: union.previousLabels,
		nodeInfo: info.nodes,
		edgeInfo: info.edges,
		lang,
		changes: changeMarks(before, after, lang),
		title: titleOf(layout, after, lang),
		description: after.narration[lang]
	};
}
