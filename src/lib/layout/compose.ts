/**
 * Composing a storyline for its stage. A slide is landscape (16:9 by default); a diagram that flows down in one
 * long column draws its names small on it, because the camera has to fit the column's height. So the engine
 * lays the storyline out in a few candidate compositions (flow direction, wrapping of long chains) and keeps the
 * one whose steps the stage shows with the largest names, as predicted here from each step's own geometry.
 *
 * The authored `direction` is a preference, not an order: another composition replaces it only when it draws
 * the focus of the steps clearly larger (`PREFERENCE`), so a storyline that already reads well keeps the
 * direction its author chose. `compose: 'authored'` turns the search off.
 */
import type { Direction, Scene, Storyline } from '../model/types.js';
import { checkLayout, hardViolations } from './invariants.js';
import { NODE_STYLE, SPACING } from './style.js';
import type { Composition } from './to-elk.js';
import type { Box, StepLayout } from './types.js';

/**
 * Above this many nodes in a step, the stage search is skipped and the storyline is laid out as authored. The
 * search lays every step out alone for each of up to six compositions: at 300 nodes that took the playground's
 * layout worker past its 10 s limit on a loaded machine (about a minute at 1000 nodes), and at that size no
 * composition brings the names to a readable size on a slide anyway. The benchmark's 200-node storyline is below it.
 */
export const COMPOSE_MAX_STEP_NODES = 250;
export type { Composition } from './to-elk.js';

export interface StageOptions {
	/** Width ÷ height of the stage the drawing is for (a slide, a diagram box). Default 16 / 9. */
	aspect?: number;
	/** `auto` (default): choose the composition by its score; `authored`: the authored direction, no wrapping. */
	compose?: 'auto' | 'authored';
}

export const DEFAULT_STAGE_ASPECT = 16 / 9;

/**
 * The readable floor, as a share of the stage's height: the presenter keeps names at 2.5 % of the screen and
 * its diagram box is about 83 % of the screen, so 3 % of the box. A frame at the floor is 500 units tall.
 */
export const STAGE_NAME_FLOOR = 0.03;

/**
 * How much better (relative score) another composition must be to replace the authored one: small differences
 * are noise in the prediction, and the author's reading order is worth keeping.
 */
export const PREFERENCE = 1.1;

/** A stage's aspect ratio, checked: a positive, finite width ÷ height. */
export function stageAspect(stage: StageOptions | undefined): number {
	const aspect = stage?.aspect ?? DEFAULT_STAGE_ASPECT;
	if (!(aspect > 0) || !Number.isFinite(aspect)) {
		throw new RangeError(
			`stage.aspect must be a positive number (width ÷ height, e.g. ${(16 / 9).toFixed(4)} for 16:9), got ${aspect}.`
		);
	}
	return aspect;
}

/** The storyline as its author wrote it: the authored direction, no wrapping. */
export function authoredComposition(
	storyline: Pick<Storyline, 'direction'>,
	aspect = DEFAULT_STAGE_ASPECT
): Composition {
	return { direction: storyline.direction, wrap: false, aspect };
}

/**
 * Tighter spacings tried: text larger relative to the room between boxes. Measured on the bundled stacks
 * (predicted focus names at 1080p): 0.6 lifts kubernetes-cri's smallest from 13.5 to 15.5 px and docker-history's
 * from 21.1 to 24.8 px, 0.4 to 17.5 and 26.3 px. Below about 0.45 sibling boxes (12 px apart) start to read as
 * one block, so that is the tightest; edge spacing keeps a floor of its own (`to-elk.ts`).
 */
export const SNUG_SPACING = 0.7;
export const TIGHT_SPACING = 0.45;

const other = (direction: Direction): Direction => (direction === 'down' ? 'right' : 'down');

/** The compositions tried for a storyline, the authored one first. */
export function candidateCompositions(
	storyline: Pick<Storyline, 'direction'>,
	aspect: number
): Composition[] {
	const authored = authoredComposition(storyline, aspect);
	const turned = { ...authored, direction: other(authored.direction) };
	return [
		authored,
		turned,
		{ ...authored, spacing: SNUG_SPACING },
		{ ...authored, spacing: TIGHT_SPACING },
		{ ...turned, spacing: TIGHT_SPACING },
		{ ...authored, spacing: TIGHT_SPACING, wrap: true }
	];
}

interface Extent {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

function extentOf(boxes: Box[]): Box | undefined {
	const e: Extent = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
	for (const b of boxes) {
		e.left = Math.min(e.left, b.x);
		e.top = Math.min(e.top, b.y);
		e.right = Math.max(e.right, b.x + b.width);
		e.bottom = Math.max(e.bottom, b.y + b.height);
	}
	if (!(e.right >= e.left)) return undefined;
	const m = SPACING.diagramPadding;
	return { x: e.left - m, y: e.top - m, width: e.right - e.left + 2 * m, height: e.bottom - e.top + 2 * m };
}

const pointBox = (p: { x: number; y: number }): Box => ({ x: p.x, y: p.y, width: 0, height: 0 });

/** The height of the frame that shows `box` whole on a stage of `aspect`. */
function frameHeight(box: Box, aspect: number): number {
	return Math.max(box.height, box.width / aspect);
}

/** Everything a step draws, and what its focus is (focused nodes, focused edges with both ends). */
function stepExtents(step: StepLayout, scene: Pick<Scene, 'focus'> | undefined) {
	const all: Box[] = [...step.nodes];
	for (const edge of step.edges) {
		all.push(...edge.points.map(pointBox));
		if (edge.label) all.push(edge.label);
	}
	const focus = new Set(scene?.focus ?? []);
	const focused: Box[] = [];
	const ends = new Set<string>();
	for (const edge of step.edges) {
		if (!focus.has(edge.id)) continue;
		ends.add(edge.from).add(edge.to);
		focused.push(...edge.points.map(pointBox));
		if (edge.label) focused.push(edge.label);
	}
	for (const node of step.nodes) if (focus.has(node.id) || ends.has(node.id)) focused.push(node);
	return { content: extentOf(all), focus: extentOf(focused) };
}

/**
 * The predicted size of a step's names on the stage, as a share of the stage's height: the whole step when it
 * is shown at the floor or above; else the floor when the focus fits a frame at the floor (the camera closes in
 * on it); else the focus shown whole. Follows the camera's rules (`stackmotion/motion` `cameraFrame`).
 */
export function predictedNameShare(
	step: StepLayout,
	scene: Pick<Scene, 'focus'> | undefined,
	aspect: number
) {
	const { content, focus } = stepExtents(step, scene);
	const whole = content ? NODE_STYLE.labelSize / frameHeight(content, aspect) : 0;
	if (whole >= STAGE_NAME_FLOOR || !focus) return { whole, focus: whole };
	const atFloor = NODE_STYLE.labelSize / STAGE_NAME_FLOOR;
	const fits = focus.height <= atFloor && focus.width <= atFloor * aspect;
	return { whole, focus: fits ? STAGE_NAME_FLOOR : NODE_STYLE.labelSize / frameHeight(focus, aspect) };
}

/**
 * A composition's score (higher is better, 1 at best): per step, the focus names' predicted size as a share of
 * the floor (capped at 1: above the floor the camera has room to spare), plus a quarter weight for the whole
 * step's size (the overview and the context around the focus), averaged over the steps.
 */
export function stageScore(steps: StepLayout[], scenes: Pick<Scene, 'focus'>[], aspect: number): number {
	if (steps.length === 0) return 0;
	let sum = 0;
	steps.forEach((step, i) => {
		const share = predictedNameShare(step, scenes[i], aspect);
		const focus = Math.min(1, share.focus / STAGE_NAME_FLOOR);
		const whole = Math.min(1, share.whole / STAGE_NAME_FLOOR);
		sum += (focus + 0.25 * whole) / 1.25;
	});
	return sum / steps.length;
}

export interface ScoredComposition {
	composition: Composition;
	/** Undefined when the candidate could not be laid out or broke a hard invariant. */
	score: number | undefined;
	reason?: string;
}

/**
 * Chooses the composition for a stage: each candidate is laid out (`layout` returns every step's geometry) and
 * scored; a candidate that fails or breaks a hard invariant is out; the authored composition is kept unless
 * another scores `PREFERENCE` × better.
 */
export async function chooseComposition(
	storyline: Storyline,
	stage: StageOptions | undefined,
	layout: (composition: Composition) => Promise<StepLayout[]>
): Promise<{ chosen: Composition; scored: ScoredComposition[] }> {
	const aspect = stageAspect(stage);
	const authored = authoredComposition(storyline, aspect);
	if (stage?.compose === 'authored') return { chosen: authored, scored: [] };
	// A large storyline is laid out as authored (see `COMPOSE_MAX_STEP_NODES`).
	if (storyline.steps.some((step) => step.nodes.length > COMPOSE_MAX_STEP_NODES))
		return { chosen: authored, scored: [] };
	const scored: ScoredComposition[] = [];
	const laidOut = new Map<Composition, StepLayout[]>();
	for (const composition of candidateCompositions(storyline, aspect)) {
		try {
			const steps = await layout(composition);
			laidOut.set(composition, steps);
			scored.push({ composition, score: stageScore(steps, storyline.steps, aspect) });
		} catch (cause) {
			// elkjs throws on some wrapped graphs; that composition is simply not available for this storyline.
			scored.push({
				composition,
				score: undefined,
				reason: cause instanceof Error ? cause.message : String(cause)
			});
		}
	}
	// Turning the author's flow direction has to earn it; spacing and wrapping compete on the score alone.
	const value = (s: ScoredComposition) =>
		(s.score ?? -Infinity) / (s.composition.direction === authored.direction ? 1 : PREFERENCE);
	// Best first (a stable sort: on a tie the earlier candidate, the authored one first). The hard invariants are
	// checked from the best down, so usually only once: checking all six costs more than laying them out.
	const ranked = scored.filter((s) => s.score !== undefined).sort((a, b) => value(b) - value(a));
	let chosen = authored;
	for (const s of ranked) {
		const steps = laidOut.get(s.composition) as StepLayout[];
		const drawn = { ...storyline, direction: s.composition.direction };
		const broken = hardViolations(checkLayout({ format: 1, storyline: drawn, steps }));
		if (broken.length === 0) {
			chosen = s.composition;
			break;
		}
		s.score = undefined;
		s.reason = `${broken.length} hard invariant violations, e.g. ${broken[0]?.rule}: ${broken[0]?.message}`;
	}
	return { chosen, scored };
}
