import { readFileSync } from 'node:fs';
import ElkBundled from 'elkjs/lib/elk.bundled.js';
import { describe, expect, test, vi } from 'vitest';
import { createLayoutEngine } from '../../layout/engine.js';
import { placeBadge } from '../../render/node-text.js';
import { validateStoryline } from '../../model/validate.js';
import { kubernetesCri } from '../../stacks/kubernetes-cri.js';
import { fitRegion, toSlideBox } from './geometry.js';
import { resolvePalette, tokensFromCss } from './palette.js';
import { diagramShapes, shapeName } from './slide-content.js';

// One real ELK layout of a whole storyline: seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

const css = readFileSync(new URL('../../styles/diagram.css', import.meta.url), 'utf8');

describe('slide content', () => {
	test('a badged group gets its pill, placed and worded as on the page, drawn before what it contains', async () => {
		const result = validateStoryline(kubernetesCri);
		if (!result.ok) throw new Error('kubernetes-cri does not validate');
		const layout = await createLayoutEngine(new ElkBundled.default()).layoutStoryline(result.storyline);
		const index = result.storyline.steps.findIndex((s) => s.id === '1.31');
		const step = layout.steps[index]!;
		const scene = result.storyline.steps[index]!;
		const t = fitRegion({ x: 0, y: 0, width: step.width, height: step.height });
		const palette = resolvePalette(tokensFromCss(css), 'light');
		for (const lang of ['en', 'ko'] as const) {
			const shapes = diagramShapes(step, scene, { t, lang, palette });
			const names = shapes.map((s) => s.name);
			for (const id of ['kubelet', 'containerd']) {
				const box = step.nodes.find((n) => n.id === id)!;
				const info = scene.nodes.find((n) => n.id === id)!;
				const badge = shapes.find((s) => s.name === shapeName(id, 'badge'));
				expect(badge?.paragraphs[0]?.text, id).toBe(info.badge![lang]);
				expect(badge?.fill?.hex, id).toBe(palette.groupText.hex);
				// Where the page draws it: containerd's pill is moved clear of the gRPC arrow (`badgeX`).
				const pill = placeBadge(box.width, box.badgeWidth!, box.badgeX);
				const expected = toSlideBox(t, { ...pill, x: box.x + pill.x, y: box.y + pill.y });
				expect(badge?.x, id).toBeCloseTo(expected.x, 6);
				expect(badge?.y, id).toBeCloseTo(expected.y, 6);
				expect(badge?.width, id).toBeCloseTo(expected.width, 6);
				// Right after the group's own box, before its children cover it.
				expect(names.indexOf(shapeName(id, 'badge')), id).toBe(names.indexOf(shapeName(id)) + 1);
			}
			expect(step.nodes.find((n) => n.id === 'containerd')?.badgeX).toBeDefined();
			// A group without a badge draws none.
			expect(names).not.toContain(shapeName('node', 'badge'));
		}
	});
});
