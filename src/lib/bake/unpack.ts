/**
 * Reads a baked file in the compact format (see `packed.ts`) back into the `StorylineLayout` the components
 * draw. Ships with pages that draw baked layouts, so it checks only what it reads, and says where a damaged
 * file is damaged (`steps[2].n[4]`).
 */
import type { EdgeRoute, NodeBox, Point, StepLayout, StorylineLayout } from '../layout/types.js';
import type { Storyline } from '../model/types.js';
import { isSharedRef, PACKED_FORMAT } from './packed.js';

/** A damaged file: `where` is the place inside it, `detail` what is wrong there. */
export class PackedLayoutError extends Error {
	constructor(
		readonly where: string,
		readonly detail: string
	) {
		super(`${where}: ${detail}`);
	}
}

type Json = Record<string, unknown>;

function fail(where: string, detail: string): never {
	throw new PackedLayoutError(where, detail);
}

function isRecord(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown, where: string): unknown[] {
	return Array.isArray(value) ? value : fail(where, 'expected an array');
}

function num(value: unknown, where: string): number {
	return typeof value === 'number' && Number.isFinite(value) ? value : fail(where, 'expected a number');
}

/** Replaces references into `shared` by (fresh copies of) what they refer to. */
function expander(shared: unknown[]): (value: unknown, where: string) => unknown {
	const open = new Set<number>();
	const expand = (value: unknown, where: string): unknown => {
		if (typeof value !== 'object' || value === null) return value;
		if (isSharedRef(value)) {
			const at = value['#'];
			if (!Number.isInteger(at) || at < 0 || at >= shared.length)
				fail(where, `refers to shared[${at}], which the file does not have`);
			if (open.has(at)) fail(where, `shared[${at}] refers to itself`);
			open.add(at);
			const out = expand(shared[at], `shared[${at}]`);
			open.delete(at);
			return out;
		}
		if (Array.isArray(value)) return value.map((item, i) => expand(item, `${where}[${i}]`));
		const out: Json = {};
		for (const [name, item] of Object.entries(value)) out[name] = expand(item, `${where}.${name}`);
		return out;
	};
	return expand;
}

function linesOf(value: unknown, where: string): NodeBox['label'] {
	if (!isRecord(value) || !Array.isArray(value.en) || !Array.isArray(value.ko))
		fail(where, 'expected label lines { en, ko }');
	return value as NodeBox['label'];
}

/** Reads the compact format; throws `PackedLayoutError` saying where a damaged file is damaged. */
export function expandLayout(json: unknown): StorylineLayout {
	if (!isRecord(json)) fail('the file', 'expected an object');
	if (json.format !== PACKED_FORMAT) fail('format', `expected ${PACKED_FORMAT}`);
	const expand = expander(list(json.shared, 'shared'));
	const ids = list(json.ids, 'ids');
	const idAt = (value: unknown, where: string): string => {
		const name = ids[num(value, where)];
		return typeof name === 'string' ? name : fail(where, `no id number ${String(value)} in "ids"`);
	};
	const storyline = expand(json.storyline, 'storyline');
	if (!isRecord(storyline) || typeof storyline.id !== 'string' || !Array.isArray(storyline.steps))
		fail('storyline', 'expected a storyline with an "id" and "steps"');
	const packedSteps = list(json.steps, 'steps');
	if (packedSteps.length === 0) fail('steps', 'no steps');
	if (packedSteps.length !== storyline.steps.length)
		fail('steps', `${packedSteps.length} laid-out steps for ${storyline.steps.length} storyline steps`);

	const steps = packedSteps.map((packed, s): StepLayout => {
		const at = `steps[${s}]`;
		if (!isRecord(packed) || typeof packed.id !== 'string') fail(at, 'expected a step with an "id"');
		const nodes = list(packed.n, `${at}.n`).map((value, i): NodeBox => {
			const where = `${at}.n[${i}]`;
			const n = list(value, where);
			if (n.length < 9) fail(where, 'expected [id, x, y, width, height, depth, isGroup, parent, label, …]');
			const parent = num(n[7], `${where}[7]`);
			const node: NodeBox = {
				id: idAt(n[0], `${where}[0]`),
				x: num(n[1], `${where}[1]`),
				y: num(n[2], `${where}[2]`),
				width: num(n[3], `${where}[3]`),
				height: num(n[4], `${where}[4]`),
				isGroup: n[6] === 1,
				depth: num(n[5], `${where}[5]`),
				label: linesOf(expand(n[8], `${where}[8]`), `${where}[8]`)
			};
			if (parent >= 0) node.parent = idAt(parent, `${where}[7]`);
			if (n[9] !== undefined) node.badgeWidth = num(n[9], `${where}[9]`);
			if (n[10] !== undefined) node.badgeX = num(n[10], `${where}[10]`);
			return node;
		});
		const edges = list(packed.e, `${at}.e`).map((value, i): EdgeRoute => {
			const where = `${at}.e[${i}]`;
			const e = list(value, where);
			const flat = list(e[3], `${where}[3]`);
			if (flat.length < 4 || flat.length % 2 !== 0) fail(`${where}[3]`, 'expected [x0, y0, x1, y1, …]');
			const points: Point[] = [];
			for (let k = 0; k < flat.length; k += 2)
				points.push({ x: num(flat[k], `${where}[3][${k}]`), y: num(flat[k + 1], `${where}[3][${k + 1}]`) });
			const edge: EdgeRoute = {
				id: idAt(e[0], `${where}[0]`),
				from: idAt(e[1], `${where}[1]`),
				to: idAt(e[2], `${where}[2]`),
				points
			};
			if (e[4] !== undefined) {
				const l = list(e[4], `${where}[4]`);
				edge.label = {
					x: num(l[0], `${where}[4][0]`),
					y: num(l[1], `${where}[4][1]`),
					width: num(l[2], `${where}[4][2]`),
					height: num(l[3], `${where}[4][3]`),
					lines: linesOf(expand(l[4], `${where}[4][4]`), `${where}[4][4]`)
				};
			}
			return edge;
		});
		return {
			stepId: packed.id,
			width: num(packed.w, `${at}.w`),
			height: num(packed.h, `${at}.h`),
			nodes,
			edges
		};
	});
	return { format: 1, storyline: storyline as unknown as Storyline, steps };
}
