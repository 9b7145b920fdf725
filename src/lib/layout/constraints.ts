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
	private readonly constraints: Difference[] = [];
	private readonly floors: number[] = [];
	/** Variable 0 is the origin, fixed at 0. */
	count = 1;

	variable(): number {
		return this.count++;
	}

	/** v[to] − v[from] ≥ gap. */
	atLeast(from: number, to: number, gap: number): void {
		if (from !== to) this.constraints.push({ from, to, gap });
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

	/** The least solution, or undefined when the constraints contradict each other. */
	solve(): Float64Array | undefined {
		const n = this.count;
		const value = new Float64Array(n);
		const outgoing: Difference[][] = Array.from({ length: n }, () => []);
		for (const c of this.constraints) outgoing[c.from]?.push(c);
		for (let v = 1; v < n; v++) value[v] = this.floors[v] ?? 0;

		const queue: number[] = [];
		const queued = new Uint8Array(n);
		const raised = new Uint32Array(n);
		for (let v = 0; v < n; v++) {
			queue.push(v);
			queued[v] = 1;
		}
		for (let head = 0; head < queue.length; head++) {
			const from = queue[head] as number;
			queued[from] = 0;
			for (const c of outgoing[from] as Difference[]) {
				const candidate = (value[from] as number) + c.gap;
				if (candidate <= (value[c.to] as number) + EPSILON) continue;
				// The origin cannot move, and no variable rises more often than there are variables unless a
				// cycle keeps pushing it: either way the constraints contradict each other.
				raised[c.to] = (raised[c.to] ?? 0) + 1;
				if (c.to === 0 || (raised[c.to] ?? 0) > n) return undefined;
				value[c.to] = candidate;
				if (!queued[c.to]) {
					queued[c.to] = 1;
					queue.push(c.to);
				}
			}
		}
		return value;
	}
}
