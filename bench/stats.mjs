// Summaries of repeated measurements: the median, with the 95th percentile beside it.

/** @typedef {{ median: number; p95: number; runs: number }} Summary */

/**
 * The value at quantile `q` (0–1) of sorted values, interpolating between neighbours.
 * @param {readonly number[]} sorted
 * @param {number} q
 */
export function quantile(sorted, q) {
	if (sorted.length === 0) return Number.NaN;
	const at = (sorted.length - 1) * q;
	const lo = Math.floor(at);
	const hi = Math.ceil(at);
	const a = /** @type {number} */ (sorted[lo]);
	const b = /** @type {number} */ (sorted[hi]);
	return a + (b - a) * (at - lo);
}

/**
 * @param {readonly number[]} values
 * @returns {Summary}
 */
export function summarize(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return { median: round(quantile(sorted, 0.5)), p95: round(quantile(sorted, 0.95)), runs: values.length };
}

/**
 * @param {number} value
 * @param {number} [digits]
 */
export function round(value, digits = 2) {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}
