import { describe, expect, test } from 'vitest';
import { bakeStoryline } from '../../src/lib/bake/index.js';
import { componentOfShape } from '../../src/lib/export/pptx/index.js';
import type { StorylineLayout } from '../../src/lib/layout/types.js';
import type { Lang } from '../../src/lib/model/types.js';
import { planTransition } from '../../src/lib/motion/plan.js';
import { stacks } from '../../src/lib/stacks/index.js';
import { sandbox } from './harness.js';
import { hasMorph, readDeck, type ReadDeck, type ReadSlide } from './pptx-reader.js';

let cri: Promise<StorylineLayout> | undefined;
function kubernetesCri(): Promise<StorylineLayout> {
	cri ??= bakeStoryline(stacks['kubernetes-cri']).then((r) => {
		if (!r.ok) throw new Error('kubernetes-cri does not bake');
		return r.layout;
	});
	return cri;
}

const decks = new Map<string, Promise<ReadDeck>>();
/** `stackmotion export kubernetes-cri --format pptx -o k.pptx --lang <lang>`, run once per language. */
function exported(lang: Lang): Promise<ReadDeck> {
	let deck = decks.get(lang);
	if (!deck) {
		deck = (async () => {
			const box = sandbox();
			const result = await box.cli(
				'export',
				'kubernetes-cri',
				'--format',
				'pptx',
				'-o',
				'k.pptx',
				'--lang',
				lang
			);
			expect(result.code, result.stderr).toBe(0);
			expect(result.stderr).toContain('wrote k.pptx');
			return readDeck(box.readBytes('k.pptx'));
		})();
		decks.set(lang, deck);
	}
	return deck;
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** Component id → the text of its main shape (`!!id`). */
function componentShapes(slide: ReadSlide): Map<string, string> {
	return new Map(
		slide.shapes
			.filter((s) => s.name.startsWith('!!') && !s.name.includes('·'))
			.map((s) => [s.name.slice(2), s.text])
	);
}

function componentsOn(slide: ReadSlide): Set<string> {
	return new Set(slide.shapes.map((s) => componentOfShape(s.name)).filter((id) => id !== undefined));
}

describe.each(['en', 'ko'] as const)('stackmotion export --format pptx --lang %s', (lang) => {
	test('one 16:9 slide per step, titled, the diagram as native shapes with the names as text (no picture)', async () => {
		const layout = await kubernetesCri();
		const deck = await exported(lang);
		expect(deck.slides).toHaveLength(layout.steps.length);
		expect(deck.size.cx / deck.size.cy).toBeCloseTo(16 / 9, 2);
		layout.storyline.steps.forEach((scene, i) => {
			const slide = deck.slides[i];
			if (!slide) throw new Error(`slide ${i + 1} missing`);
			expect(slide.pictures, `slide ${i + 1} pictures`).toBe(0);
			const title = slide.shapes.find((s) => s.name === 'Step title');
			expect(title?.text).toContain(scene.title[lang]);
			const shapes = componentShapes(slide);
			for (const node of scene.nodes) {
				expect(shapes.has(node.id), `${scene.id}: shape for ${node.id}`).toBe(true);
				expect(squash(shapes.get(node.id) ?? ''), `${scene.id}: ${node.id}`).toContain(
					squash(node.label[lang])
				);
			}
			for (const edge of scene.edges) {
				const route = slide.shapes.find((s) => s.name === `!!${edge.id}`);
				expect(route?.geometry, `${scene.id}: route ${edge.id}`).toBe('custGeom');
				expect(route?.xml).toMatch(/<a:tailEnd type="triangle"\/>/);
				if (edge.label) {
					const label = slide.shapes.find((s) => s.name === `!!${edge.id}·label`);
					expect(squash(label?.text ?? ''), `${scene.id}: label of ${edge.id}`).toContain(
						squash(edge.label[lang])
					);
				}
			}
			for (const shape of slide.shapes) {
				expect(['p:sp', 'p:cxnSp']).toContain(shape.element);
				// Nothing off the slide.
				expect(shape.x, shape.name).toBeGreaterThanOrEqual(0);
				expect(shape.y, shape.name).toBeGreaterThanOrEqual(0);
				expect(shape.x + shape.cx, shape.name).toBeLessThanOrEqual(deck.size.cx);
				expect(shape.y + shape.cy, shape.name).toBeLessThanOrEqual(deck.size.cy);
			}
			// Text is set in Pretendard, marked with the slide's language.
			expect(slide.xml).toContain('<a:latin typeface="Pretendard"');
			expect(slide.xml).toContain(`lang="${lang === 'ko' ? 'ko-KR' : 'en-US'}"`);
		});
	}, 120_000);

	test('shared shape names between consecutive slides are exactly the persisting components of the plan', async () => {
		const layout = await kubernetesCri();
		const deck = await exported(lang);
		layout.storyline.steps.forEach((scene, i) => {
			const slide = deck.slides[i];
			if (!slide) throw new Error(`slide ${i + 1} missing`);
			const expected = [...scene.nodes.map((n) => n.id), ...scene.edges.map((e) => e.id)].sort();
			expect([...componentsOn(slide)].sort(), `components on slide ${i + 1}`).toEqual(expected);
			// One shape per name on a slide: Morph pairs names one to one.
			const names = slide.shapes.map((s) => s.name).filter((n) => n.startsWith('!!'));
			expect(new Set(names).size).toBe(names.length);
		});
		for (let i = 1; i < layout.steps.length; i++) {
			const [a, b] = [deck.slides[i - 1], deck.slides[i]];
			const [from, to] = [layout.steps[i - 1], layout.steps[i]];
			if (!a || !b || !from || !to) throw new Error('missing slide');
			const plan = planTransition(from, to);
			const persisting = [...plan.nodes, ...plan.edges]
				.filter((item) => item.kind !== 'enter' && item.kind !== 'exit')
				.map((item) => item.id)
				.sort();
			const before = componentsOn(a);
			const shared = [...componentsOn(b)].filter((id) => before.has(id)).sort();
			expect(shared, `slides ${i} → ${i + 1}`).toEqual(persisting);
			expect(shared.length).toBeGreaterThan(0);
		}
	}, 120_000);

	test("every slide after the first has a Morph transition; each notes slide holds its step's narration and notes", async () => {
		const layout = await kubernetesCri();
		const deck = await exported(lang);
		deck.slides.forEach((slide, i) => {
			expect(hasMorph(slide), `slide ${i + 1}`).toBe(i > 0);
			const scene = layout.storyline.steps[i];
			expect(slide.notes, `notes of slide ${i + 1}`).toContain(scene?.narration[lang]);
			if (scene?.notes) expect(slide.notes).toContain(scene.notes[lang]);
		});
		expect(deck.slides[0]?.xml).not.toContain('<p:transition');
	}, 120_000);
});

describe('stackmotion export: options', () => {
	test('--theme dark paints the slides in the dark theme; --from/--to choose the steps', async () => {
		const box = sandbox();
		const result = await box.cli(
			'export',
			'kubernetes-cri',
			'-o',
			'part.pptx',
			'--theme',
			'dark',
			'--from',
			'1.5',
			'--to',
			'4'
		);
		expect(result.code, result.stderr).toBe(0);
		const deck = await readDeck(box.readBytes('part.pptx'));
		const layout = await kubernetesCri();
		const ids = layout.storyline.steps.map((s) => s.id);
		const [first, last] = [ids.indexOf('1.5'), 3];
		expect(deck.slides).toHaveLength(last - first + 1);
		// The dark theme's --sm-bg.
		expect(deck.slides[0]?.xml).toContain('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="0B1120"/>');
		expect(hasMorph(deck.slides[0] as ReadSlide)).toBe(false);
		expect(deck.slides[0]?.shapes.find((s) => s.name === 'Step title')?.text).toContain(
			layout.storyline.steps[first]?.title.en
		);
	}, 120_000);

	test('bad command lines exit 2 with a message; options of other formats draw a note', async () => {
		const box = sandbox();
		const noFormat = await box.cli('export', 'kubernetes-cri', '-o', 'deck.key');
		expect(noFormat.code).toBe(2);
		expect(noFormat.stderr).toContain('--format pptx');
		const unknown = await box.cli('export', 'kubernetes-cri', '--format', 'docx');
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toMatch(/Allowed choices are pptx/);
		const reversed = await box.cli(
			'export',
			'kubernetes-cri',
			'-o',
			'r.pptx',
			'--from',
			'1.24',
			'--to',
			'1.0'
		);
		expect(reversed.code).toBe(2);
		expect(reversed.stderr).toContain('--from "1.24" comes after --to "1.0"');
		const badStep = await box.cli('export', 'kubernetes-cri', '-o', 'r.pptx', '--to', '9.9');
		expect(badStep.code).toBe(2);
		expect(badStep.stderr).toContain('Step "9.9" is not in storyline "kubernetes-cri"');
		const fps = await box.cli('export', 'kubernetes-cri', '-o', 'f.pptx', '--fps', '24');
		expect(fps.code).toBe(0);
		expect(fps.stderr).toContain('note: --fps does not apply to pptx; ignored.');
		const badFps = await box.cli('export', 'kubernetes-cri', '-o', 'f.pptx', '--fps', 'fast');
		expect(badFps.code).toBe(2);
		expect(badFps.stderr).toContain('--fps must be a whole number from 1 to 120, not "fast"');
	}, 120_000);
});
