import { beforeAll, describe, expect, it } from 'vitest';
import { parseLayout } from '../element/load-layout.js';
import type { StorylineLayout } from '../layout/types.js';
import { bakedKubernetesCri } from './fixtures/kubernetes-cri.js';
import { packLayout } from './pack.js';
import { expandLayout } from './unpack.js';

let layout: StorylineLayout;

beforeAll(async () => {
	layout = await bakedKubernetesCri();
}, 120_000);

/** Every difference between two JSON values: numbers may differ by `tolerance`, nothing else may differ. */
function differences(a: unknown, b: unknown, tolerance: number, where = ''): string[] {
	if (typeof a === 'number' && typeof b === 'number')
		return Math.abs(a - b) <= tolerance ? [] : [`${where}: ${a} ≠ ${b}`];
	if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
		return Object.is(a, b) ? [] : [`${where}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
	if (Array.isArray(a) !== Array.isArray(b)) return [`${where}: array and object`];
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	return [...keys].flatMap((key) =>
		differences(
			(a as Record<string, unknown>)[key],
			(b as Record<string, unknown>)[key],
			tolerance,
			`${where}.${key}`
		)
	);
}

/** The packed file as a page receives it: JSON text, parsed. */
const throughJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('the compact baked format', () => {
	it('reads back the layout it wrote, every coordinate within 0.01 px', () => {
		const packed = throughJson(packLayout(layout));
		const read = expandLayout(packed);
		expect(differences(read, throughJson(layout), 0.01)).toEqual([]);
		// Finer coordinates than the file keeps come back rounded to the nearest 0.01 px.
		const fine = throughJson(layout) as StorylineLayout;
		const node = fine.steps[0]?.nodes[0] as { x: number };
		node.x += 0.123456;
		const back = expandLayout(throughJson(packLayout(fine)));
		expect(back.steps[0]?.nodes[0]?.x).toBe(Math.round(node.x * 100) / 100);
		expect(differences(back, fine, 0.01)).toEqual([]);
	});

	it('writes each repeated text once and numbers with at most two decimals', () => {
		const text = JSON.stringify(packLayout(layout));
		const description = layout.storyline.steps[0]?.nodes.find((n) => n.description)?.description?.en;
		expect(description).toBeDefined();
		// The node is in several steps of the storyline; the file holds its description once.
		expect(
			layout.storyline.steps.filter((s) => s.nodes.some((n) => n.description?.en === description)).length
		).toBeGreaterThan(1);
		expect(text.split(JSON.stringify(description)).length - 1).toBe(1);
		expect(text).not.toMatch(/\d\.\d{3}/);
		expect(text.length).toBeLessThan(JSON.stringify(layout).length * 0.7);
	});

	it('is what the element reads, and it still reads the format older versions wrote', () => {
		const packed = parseLayout(throughJson(packLayout(layout)), '/layouts/k.json');
		const old = parseLayout(throughJson(layout), '/layouts/k.json');
		expect(packed.ok && old.ok).toBe(true);
		if (packed.ok && old.ok) expect(differences(packed.layout, old.layout, 0.01)).toEqual([]);
	});

	it('names the file and the place in it when a file is damaged', () => {
		const packed = throughJson(packLayout(layout)) as { steps: { n: unknown[][] }[]; shared: unknown[] };
		(packed.steps[1]?.n[2] as unknown[])[3] = 'wide';
		const result = parseLayout(packed, '/layouts/k.json');
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors[0]?.message).toContain('/layouts/k.json');
			expect(result.errors[0]?.message).toContain('steps[1].n[2][3]: expected a number');
		}
		const dangling = throughJson(packLayout(layout)) as { shared: unknown[] };
		dangling.shared.length = 1;
		const broken = parseLayout(dangling, '/layouts/k.json');
		expect(!broken.ok && broken.errors[0]?.message).toMatch(
			/refers to shared\[\d+\], which the file does not have/
		);
	});

	it('tells a file from a newer or unknown format to be baked again', () => {
		const result = parseLayout({ ...(throughJson(layout) as object), format: 9 }, '/layouts/k.json');
		expect(!result.ok && result.errors[0]?.message).toMatch(/format 9.*bake it again/);
	});
});
