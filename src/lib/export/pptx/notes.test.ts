import { describe, expect, test } from 'vitest';
import { validateStoryline } from '../../model/validate.js';
import { kubernetesCri } from '../../stacks/kubernetes-cri.js';
import { notesParagraphs } from './index.js';

describe('slide notes', () => {
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error('kubernetes-cri does not validate');
	const storyline = result.storyline;

	test('list every endpoint of the step (the slide may hide small ones), in both languages', () => {
		const scene = storyline.steps.find((s) => s.edges.some((e) => e.endpoint));
		if (!scene) throw new Error('no step with an endpoint');
		const endpoints = scene.edges.flatMap((e) => (e.endpoint ? [e.endpoint] : []));
		for (const [lang, heading] of [
			['en', 'Endpoints in this step:'],
			['ko', '이 단계의 엔드포인트:']
		] as const) {
			const notes = notesParagraphs(storyline, scene, lang);
			expect(notes).toContain(heading);
			for (const endpoint of endpoints) expect(notes.some((line) => line.endsWith(endpoint))).toBe(true);
		}
	});
});
