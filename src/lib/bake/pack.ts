/**
 * Writes a `StorylineLayout` in the compact baked format (see `packed.ts`). Runs at build time (the CLI, the
 * Vite plugin, prerendering), so it favours a small result over speed.
 */
import type { StorylineLayout } from '../layout/types.js';
import {
	isSharedRef,
	PACKED_FORMAT,
	round2,
	type PackedEdge,
	type PackedLayout,
	type PackedNode,
	type PackedStep
} from './packed.js';

/** Shorter values are written in place: a reference `{"#":12}` would be as long as they are. */
const MIN_SHARED_LENGTH = 8;

/** Finds the values that occur more than once and writes each of them once. */
class Sharing {
	readonly #keys = new WeakMap<object, string>();
	readonly #counts = new Map<string, number>();
	readonly #entries: unknown[] = [];
	readonly #entryOf = new Map<string, number>();
	readonly #uses: number[] = [];

	/** The value's JSON text, made once per object: it names the value when counting and sharing. */
	#key(value: unknown): string {
		if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
		const known = this.#keys.get(value);
		if (known !== undefined) return known;
		if (isSharedRef(value)) throw new Error('A baked layout cannot hold an object whose only key is "#".');
		const key = Array.isArray(value)
			? `[${value.map((item) => this.#key(item)).join(',')}]`
			: `{${Object.entries(value)
					.filter(([, item]) => item !== undefined)
					.map(([name, item]) => `${JSON.stringify(name)}:${this.#key(item)}`)
					.join(',')}}`;
		this.#keys.set(value, key);
		return key;
	}

	/** Counts the value and, the first time it is seen, everything inside it. */
	count(value: unknown): void {
		const key = this.#key(value);
		const seen = this.#counts.get(key) ?? 0;
		this.#counts.set(key, seen + 1);
		if (seen > 0 || typeof value !== 'object' || value === null) return;
		for (const item of Object.values(value)) if (item !== undefined) this.count(item);
	}

	/** The value with every repeated part replaced by a reference to its one written copy. */
	write(value: unknown): unknown {
		const key = this.#key(value);
		if ((this.#counts.get(key) ?? 0) < 2 || key.length < MIN_SHARED_LENGTH) return this.#inner(value);
		let at = this.#entryOf.get(key);
		if (at === undefined) {
			at = this.#entries.length;
			this.#entryOf.set(key, at);
			this.#entries.push(undefined);
			this.#entries[at] = this.#inner(value);
		}
		this.#uses[at] = (this.#uses[at] ?? 0) + 1;
		return { '#': at };
	}

	#inner(value: unknown): unknown {
		if (typeof value !== 'object' || value === null) return value;
		if (Array.isArray(value)) return value.map((item) => this.write(item));
		const out: Record<string, unknown> = {};
		for (const [name, item] of Object.entries(value)) if (item !== undefined) out[name] = this.write(item);
		return out;
	}

	/**
	 * The shared entries and a function that finishes a written value: an entry used once (a repeat that only
	 * occurs inside another shared value) goes back in place, and the rest are numbered in order of use.
	 */
	finish(): { shared: unknown[]; finish: (value: unknown) => unknown } {
		const shared: unknown[] = [];
		const renumbered = new Map<number, number>();
		const finish = (value: unknown): unknown => {
			if (isSharedRef(value)) {
				const at = value['#'];
				if ((this.#uses[at] ?? 0) < 2) return finish(this.#entries[at]);
				let to = renumbered.get(at);
				if (to === undefined) {
					to = shared.length;
					renumbered.set(at, to);
					shared.push(undefined);
					shared[to] = finish(this.#entries[at]);
				}
				return { '#': to };
			}
			if (typeof value !== 'object' || value === null) return value;
			if (Array.isArray(value)) return value.map(finish);
			return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, finish(item)]));
		};
		return { shared, finish };
	}
}

export function packLayout(layout: StorylineLayout): PackedLayout {
	const ids: string[] = [];
	const indexOf = new Map<string, number>();
	const id = (name: string) => {
		let at = indexOf.get(name);
		if (at === undefined) {
			at = ids.length;
			ids.push(name);
			indexOf.set(name, at);
		}
		return at;
	};
	const sharing = new Sharing();
	sharing.count(layout.storyline);
	for (const step of layout.steps) {
		for (const node of step.nodes) sharing.count(node.label);
		for (const edge of step.edges) if (edge.label) sharing.count(edge.label.lines);
	}
	const storyline = sharing.write(layout.storyline);
	const steps = layout.steps.map((step): PackedStep => ({
		id: step.stepId,
		w: round2(step.width),
		h: round2(step.height),
		n: step.nodes.map((node): PackedNode => {
			const packed: PackedNode = [
				id(node.id),
				round2(node.x),
				round2(node.y),
				round2(node.width),
				round2(node.height),
				node.depth,
				node.isGroup ? 1 : 0,
				node.parent === undefined ? -1 : id(node.parent),
				sharing.write(node.label)
			];
			if (node.badgeWidth !== undefined) packed.push(round2(node.badgeWidth));
			if (node.badgeWidth !== undefined && node.badgeX !== undefined) packed.push(round2(node.badgeX));
			return packed;
		}),
		e: step.edges.map((edge): PackedEdge => {
			const packed: PackedEdge = [
				id(edge.id),
				id(edge.from),
				id(edge.to),
				edge.points.flatMap((p) => [round2(p.x), round2(p.y)])
			];
			const label = edge.label;
			if (label)
				packed.push([
					round2(label.x),
					round2(label.y),
					round2(label.width),
					round2(label.height),
					sharing.write(label.lines)
				]);
			return packed;
		})
	}));
	const { shared, finish } = sharing.finish();
	const finished = finish(storyline);
	for (const step of steps) {
		for (const node of step.n) node[8] = finish(node[8]);
		for (const edge of step.e) if (edge[4]) edge[4][4] = finish(edge[4][4]);
	}
	return { format: PACKED_FORMAT, shared, ids, storyline: finished, steps };
}
