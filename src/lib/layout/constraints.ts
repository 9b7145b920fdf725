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
	/** The constraints grouped by their `from` (compressed rows), kept between solves until one is added. */
	private rows?: { start: Int32Array; to: Int32Array; gap: Float64Array; variables: number };
	/** Variable 0 is the origin, fixed at 0. */
	count = 1;

	variable(): number {
		return this.count++;
	}

	/** v[to] − v[from] ≥ gap. */
	atLeast(from: number, to: number, gap: number): void {
		if (from === to) return;
		this.froms.push(from);
		this.tos.push(to);
		this.gaps.push(gap);
		this.rows = undefined;
	}

	/** v[a] = v[b] + offset. */
	equal(a: number, b: number, offset = 0): void {
		this.atLeast(b, a, offset);
		this.atLeast(a, b, -offset);
	}

	/** v[variable] ≥ value. Floors only ever rise. */
	floor(variable: number, value: number): void {
		this.floors[variable] = Math.max(this.floors[variable] ?? 0, value);
	}

	/** The constraints as compressed rows: compaction solves one system several times with only floors changing. */
	private grouped(): { start: Int32Array; to: Int32Array; gap: Float64Array } {
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
		this.rows = { start, to, gap, variables: n };
		return this.rows;
	}

	/** The least solution, or undefined when the constraints contradict each other. */
	solve(): Float64Array | undefined {
		const n = this.count;
		const { start, to, gap } = this.grouped();
		const value = new Float64Array(n);
		for (let v = 1; v < n; v++) value[v] = this.floors[v] ?? 0;

		// A ring of variables waiting to pass their value on; each is in it at most once.
		const queue = new Int32Array(n);
		const queued = new Uint8Array(n).fill(1);
		const raised = new Uint32Array(n);
		for (let v = 0; v < n; v++) queue[v] = v;
		let head = 0;
		let waiting = n;
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
				if (target === 0 || (raised[target] as number) > n) return undefined;
				value[target] = candidate;
				if (!queued[target]) {
					queued[target] = 1;
					queue[(head + waiting) % n] = target;
					waiting++;
				}
			}
		}
		return value;
	}
}
