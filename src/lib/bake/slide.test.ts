import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StorylineLayout } from '../layout/types.js';
import { bakedKubernetesCri } from './fixtures/kubernetes-cri.js';
import { slideLayout } from './slide.js';

let layout: StorylineLayout;

beforeAll(async () => {
	layout = await bakedKubernetesCri();
}, 120_000);

const gzipped = (value: unknown) => gzipSync(JSON.stringify(value)).length;

describe('the slide layout', () => {
	it('has every step, component, connection, narration and description, without notes or sources', () => {
		const slide = slideLayout(layout);
		expect(slide.steps).toEqual(layout.steps);
		expect(Object.keys(slide.storyline.sources)).toEqual([]);
		slide.storyline.steps.forEach((scene, i) => {
			const whole = layout.storyline.steps[i]!;
			expect(scene.notes).toBeUndefined();
			expect(scene.sources).toEqual([]);
			expect(scene.narration).toEqual(whole.narration);
			expect(scene.title).toEqual(whole.title);
			expect(scene.focus).toEqual(whole.focus);
			expect(scene.nodes.map(({ sources: _s, ...node }) => node)).toEqual(
				whole.nodes.map(({ sources: _s, ...node }) => node)
			);
			expect(scene.edges.map(({ sources: _s, ...edge }) => edge)).toEqual(
				whole.edges.map(({ sources: _s, ...edge }) => edge)
			);
			expect([...scene.nodes, ...scene.edges].every((item) => item.sources.length === 0)).toBe(true);
		});
	});

	it('leaves the whole layout as it was, and is much smaller gzipped', () => {
		const before = JSON.stringify(layout);
		const slide = slideLayout(layout);
		expect(JSON.stringify(layout)).toBe(before);
		expect(layout.storyline.steps.some((scene) => scene.notes !== undefined)).toBe(true);
		expect(gzipped(slide)).toBeLessThan(0.75 * gzipped(layout));
	});
});
