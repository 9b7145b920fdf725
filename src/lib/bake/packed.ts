/**
 * The baked file format (`format: 2`): a `StorylineLayout` written compactly. Numbers are rounded to 0.01 px;
 * node and edge ids are stored once and referred to by index; routes are flat `[x0, y0, x1, y1, …]` arrays; and
 * any value (a string, a label, a whole node of the storyline) that occurs more than once is stored once in
 * `shared` and referred to as `{ "#": index }`. `packLayout` writes it (build time), `unpackLayout` reads it.
 */

export const PACKED_FORMAT = 2;

/** `{ "#": k }`: the value `shared[k]`. A storyline never holds an object with the key `#`. */
export type SharedRef = { '#': number };

/**
 * `[id, x, y, width, height, depth, isGroup (0/1), parent (−1: none), label, badgeWidth?, badgeX?]`; ids are
 * indices. A file without `badgeX` (written before it existed) draws every badge at its usual place.
 */
export type PackedNode = [
	number,
	number,
	number,
	number,
	number,
	number,
	0 | 1,
	number,
	unknown,
	number?,
	number?
];

/** `[id, from, to, points, label?]`; `label` is `[x, y, width, height, lines]`. */
export type PackedEdge = [number, number, number, number[], [number, number, number, number, unknown]?];

export interface PackedStep {
	/** The step's id. */
	id: string;
	w: number;
	h: number;
	n: PackedNode[];
	e: PackedEdge[];
}

export interface PackedLayout {
	format: typeof PACKED_FORMAT;
	/** Values that occur more than once, each written once (entries may refer to earlier or later ones). */
	shared: unknown[];
	/** Every node and edge id, referred to by index from `steps`. */
	ids: string[];
	/** The storyline, with its repeated parts as references into `shared`. */
	storyline: unknown;
	steps: PackedStep[];
}

/** Rounds to 0.01 px: finer than any screen, and what keeps the baked numbers short. */
export function round2(value: number): number {
	return Math.round(value * 100) / 100;
}

export function isSharedRef(value: unknown): value is SharedRef {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const keys = Object.keys(value);
	return keys.length === 1 && keys[0] === '#' && typeof (value as SharedRef)['#'] === 'number';
}
