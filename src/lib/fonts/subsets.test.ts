import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { facesFor, fontFacesOf } from './subsets.js';

const css = readFileSync(new URL('./pretendard.css', import.meta.url), 'utf8');
const faces = fontFacesOf(css);

describe('font subsets for a text', () => {
	it('reads every face of the stylesheet with its file, weight and ranges', () => {
		expect(faces).toHaveLength((css.match(/@font-face/g) ?? []).length);
		expect(new Set(faces.map((f) => f.weight))).toEqual(new Set(['400', '600']));
		const latin = faces.find((f) => f.file === './Pretendard-Regular.subset.91.woff2');
		expect(latin?.ranges).toContainEqual([0x61, 0x7b]);
	});

	it('picks only the subsets holding the text, in both weights', () => {
		const english = facesFor('kubelet → containerd', faces);
		// Basic Latin and the arrow live in different subsets; each in weights 400 and 600.
		expect(english.length).toBeGreaterThanOrEqual(4);
		expect(english.length).toBeLessThan(10);
		for (const char of ['k', '→'])
			for (const weight of ['400', '600'])
				expect(
					english.some(
						(f) =>
							f.weight === weight &&
							f.ranges.some(([lo, hi]) => (char.codePointAt(0) as number) >= lo && (char.codePointAt(0) as number) <= hi)
					)
				).toBe(true);
		expect(facesFor('   ', faces)).toEqual([]);
	});

	it('needs more subsets for Korean text than for the same words in English', () => {
		expect(facesFor('워커 노드와 컨테이너 런타임', faces).length).toBeGreaterThan(
			facesFor('worker node and container runtime', faces).length
		);
	});
});
