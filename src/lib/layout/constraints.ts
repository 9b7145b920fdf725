/**
 * A small solver for difference constraints `v[to] − v[from] ≥ gap` and floors `v ≥ value`: it finds the least
 * solution with the origin `v[0] = 0` and every variable ≥ 0 (longest paths, queue-based Bellman–Ford), or
 * reports that the constraints contradict each other (a cycle that would push a variable up forever).
 */
export interface Difference {
	from: number;
	to: number;
	gap: number;
}

/** Changes smaller than this do not count as progress (float noise on cycles of equalities). */
const EPSILON = 1e-9;

export class DifferenceSystem {
	private readonly froms: number[] = [];
	private readonly tos: number[] = [];
	private readonly gaps: number[] = [];
	private readonly floors: number[] = [];
	/** Where each variable is expected to lie (the origin first of all). */
	private readonly hints: number[] = [Number.NEGATIVE_INFINITY];
	/** The constraints grouped by their `from` (compressed rows), kept between solves until one is added. */
	private rows?: {
		start: Int32Array;
		to: Int32Array;
		gap: Float64Array;
		variables: number;
		visit: Int32Array;
	};
	/**
	 * The last least solution and the floors raised since. Raising floors only shrinks the solutions, so the new
	 * least solution lies above the old one everywhere: solving again can start from it and pass on only what the
	 * raised floors change (compaction re-solves after every repair and for stillness).
	 */
	private last?: Float64Array;
	private readonly raisedFloors = new Set<number>();
	/** Variable 0 is the origin, fixed at 0. */
	count = 1;

	/**
	 * A new variable. `at` (optional) is where it is expected to lie: a cold solve visits variables from the
	 * lowest `at` up, so that along constraints that point forward (most of them, in a compaction) each variable
	 * is settled before the ones it pushes, and few are visited twice.
	 */
	variable(at = 0): number {
		this.last = undefined;
		this.hints.push(at);
		return this.count++;
	}

	/** v[to] − v[from] ≥ gap. */
	atLeast(from: number, to: number, gap: number): void {
		if (from === to) return;
		this.froms.push(from);
		this.tos.push(to);
		this.gaps.push(gap);
		this.rows = undefined;
		this.last = undefined;
	}

	/** v[a] = v[b] + offset. */
	equal(a: number, b: number, offset = 0): void {
		this.atLeast(b, a, offset);
		this.atLeast(a, b, -offset);
	}

	/** v[variable] ≥ value. Floors only ever rise. */
	floor(variable: number, value: number): void {
		if (value <= (this.floors[variable] ?? 0)) return;
		this.floors[variable] = value;
		this.raisedFloors.add(variable);
	}

	/** The constraints as compressed rows: compaction solves one system several times with only floors changing. */
	private grouped(): { start: Int32Array; to: Int32Array; gap: Float64Array; visit: Int32Array } {
		const n = this.count;
		if (this.rows && this.rows.variables === n) return this.rows;
		const m = this.froms.length;
		const start = new Int32Array(n + 1);
		for (let k = 0; k < m; k++) {
			const row = (this.froms[k] as number) + 1;
			start[row] = (start[row] as number) + 1;
		}
		for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
		const fill = start.slice(0, n);
		const to = new Int32Array(m);
		const gap = new Float64Array(m);
		for (let k = 0; k < m; k++) {
			const row = this.froms[k] as number;
			const at = fill[row] as number;
			fill[row] = at + 1;
			to[at] = this.tos[k] as number;
			gap[at] = this.gaps[k] as number;
		}
		const visit = Int32Array.from({ length: n }, (_, v) => v).sort(
			(a, b) => (this.hints[a] as number) - (this.hints[b] as number) || a - b
		);
		this.rows = { start, to, gap, variables: n, visit };
		return this.rows;
	}

	/** The least solution, or undefined when the constraints contradict each other. */
	solve(): Float64Array | undefined {
		const n = this.count;
		const { start, to, gap, visit } = this.grouped();
		// A ring of variables waiting to pass their value on; each is in it at most once.
		const queue = new Int32Array(n);
		const queued = new Uint8Array(n);
		const raised = new Uint32Array(n);
		let head = 0;
		let waiting = 0;
		const warm = this.last;
		const value = warm ? warm.slice() : new Float64Array(n);
		if (warm) {
			for (const v of this.raisedFloors) {
				const floor = this.floors[v] as number;
				if (floor <= (value[v] as number) + EPSILON) continue;
				value[v] = floor;
				queued[v] = 1;
				queue[waiting++] = v;
			}
		} else {
			for (let v = 1; v < n; v++) value[v] = this.floors[v] ?? 0;
			queued.fill(1);
			queue.set(visit);
			waiting = n;
		}
		this.raisedFloors.clear();
		while (waiting > 0) {
			const from = queue[head] as number;
			head = head + 1 === n ? 0 : head + 1;
			waiting--;
			queued[from] = 0;
			const base = value[from] as number;
			for (let k = start[from] as number, last = start[from + 1] as number; k < last; k++) {
				const target = to[k] as number;
				const candidate = base + (gap[k] as number);
				if (candidate <= (value[target] as number) + EPSILON) continue;
				// The origin cannot move, and no variable rises more often than there are variables unless a
				// cycle keeps pushing it: either way the constraints contradict each other.
				raised[target] = (raised[target] as number) + 1;
				if (target === 0 || (raised[target] as number) > n) {
					this.last = undefined;
					return undefined;
				}
				value[target] = candidate;
				if (!queued[target]) {
					queued[target] = 1;
					queue[(head + waiting) % n] = target;
					waiting++;
				}
			}
		}
		this.last = value;
		return value.slice();
	}
}
