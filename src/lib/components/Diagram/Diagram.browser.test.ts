import { describe, expect, it, beforeAll } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { layoutStoryline } from '../../layout/index.js';
import type { StorylineLayout } from '../../layout/types.js';
import { LANGS } from '../../model/types.js';
import { validateStoryline } from '../../model/validate.js';
import { kubernetesCri } from '../../stacks/kubernetes-cri.js';
import { EDGE_STYLE, usualBadgeLeft } from '../../layout/style.js';
import { EDGE_DETAIL_MIN_PX } from '../../render/edge-detail.js';
import Diagram from './Diagram.svelte';

let layout: StorylineLayout;

beforeAll(async () => {
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	layout = await layoutStoryline(result.storyline);
	// Measure with the shipped font, not a fallback: load both weights for Latin and Hangul first.
	await Promise.all([
		document.fonts.load('600 15px Pretendard', 'Ab가'),
		document.fonts.load('400 12px Pretendard', 'Ab가')
	]);
});

/** Boxes of every text element inside each node, in the node's own coordinates. */
function overflowingLabels(container: HTMLElement) {
	const problems: string[] = [];
	for (const node of container.querySelectorAll<SVGGElement>('.sm-node')) {
		const rect = node.querySelector<SVGRectElement>('.sm-node-box')!;
		const width = rect.width.baseVal.value;
		const height = rect.height.baseVal.value;
		const content = node.querySelector<SVGGElement>('.sm-node-content')!;
		const offset = content.transform.baseVal.consolidate()!.matrix;
		for (const text of content.querySelectorAll<SVGTextElement>('text')) {
			const box = text.getBBox();
			const left = offset.e + box.x;
			const top = offset.f + box.y;
			const fits =
				left >= -0.5 && top >= -0.5 && left + box.width <= width + 0.5 && top + box.height <= height + 0.5;
			if (!fits) {
				problems.push(
					`${node.dataset.nodeId}: "${text.textContent}" at ${left.toFixed(1)},${top.toFixed(1)} ` +
						`${box.width.toFixed(1)}×${box.height.toFixed(1)} outside ${width}×${height}`
				);
			}
		}
	}
	return problems;
}

describe('Diagram renders every kubernetes-cri step with its text inside the boxes', () => {
	it('uses the shipped Pretendard font', () => {
		expect(document.fonts.check('600 15px Pretendard', '가')).toBe(true);
	});

	for (const lang of LANGS) {
		it(`fits every label in its node (${lang})`, async () => {
			expect(layout.steps.length).toBeGreaterThanOrEqual(3);
			for (const [index, step] of layout.steps.entries()) {
				const screen = await render(Diagram, { layout, step: index, lang });
				const nodes = screen.container.querySelectorAll('.sm-node, .sm-group');
				expect(nodes.length, `step ${step.stepId}`).toBe(step.nodes.length);
				expect(screen.container.querySelectorAll('[data-edge-id]').length).toBe(step.edges.length);
				expect(overflowingLabels(screen.container), `step ${step.stepId} (${lang})`).toEqual([]);
				screen.unmount();
			}
		});
	}

	it('marks every node and edge with its id and describes the picture for screen readers', async () => {
		const screen = await render(Diagram, { layout, step: '1.24', lang: 'ko' });
		const svg = screen.container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.querySelector('title')?.textContent).toContain(layout.storyline.title.ko);
		const scene = layout.storyline.steps.find((s) => s.id === '1.24')!;
		for (const node of scene.nodes) {
			expect(svg.querySelector(`[data-node-id="${node.id}"]`), node.id).not.toBeNull();
		}
		const list = screen.container.querySelector('[data-accessible-list]')!;
		expect(list.querySelectorAll('li').length).toBe(scene.nodes.length + scene.edges.length);
		expect(list.textContent).toContain(scene.nodes[0]!.label.ko);
	});
});

describe('Diagram draws a group’s badge like a node’s', () => {
	for (const lang of LANGS) {
		it(`shows the pill text of the badged groups in 1.31, on the top border where the layout put it, clear of the label (${lang})`, async () => {
			const screen = await render(Diagram, { layout, step: '1.31', lang });
			const scene = layout.storyline.steps.find((s) => s.id === '1.31')!;
			const badged = scene.nodes.filter((n) => n.kind === 'group' && n.badge);
			expect(badged.map((n) => n.id).sort()).toEqual(['containerd', 'kubelet']);
			for (const info of badged) {
				const group = screen.container.querySelector<SVGGElement>(`.sm-group[data-node-id="${info.id}"]`)!;
				const pill = group.querySelector<SVGGElement>(':scope > .sm-node-badge-group')!;
				expect(pill, info.id).not.toBeNull();
				expect(pill.querySelector('text')?.textContent, info.id).toBe(info.badge![lang]);
				const width = group.querySelector<SVGRectElement>('.sm-group-box')!.width.baseVal.value;
				const pillBox = pill.getBBox();
				const pillAt = pill.transform.baseVal.consolidate()!.matrix;
				const label = group.querySelector<SVGTextElement>('.sm-group-label')!.getBBox();
				// Where the layout put it: at the top-right corner, or moved clear of an edge (then hanging past the
				// corner by at most half its width); straddling the top border; right of the group's label.
				const box = layout.steps.find((s) => s.stepId === '1.31')!.nodes.find((n) => n.id === info.id)!;
				expect(pillAt.e, info.id).toBeCloseTo(box.badgeX ?? usualBadgeLeft(width, box.badgeWidth!), 1);
				expect(pillAt.e + pillBox.width / 2, info.id).toBeLessThanOrEqual(width + 0.01);
				expect(pillAt.f, info.id).toBeLessThan(0);
				expect(pillAt.e, info.id).toBeGreaterThan(label.x + label.width);
				// The pill is filled: its text is not drawn on the group's own fill.
				const fill = getComputedStyle(pill.querySelector('rect')!).fill;
				expect(fill, info.id).not.toBe(getComputedStyle(group.querySelector('.sm-group-box')!).fill);
			}
			screen.unmount();
		});
	}
});

describe('Diagram shows problems in place', () => {
	it('lists every error of an invalid spec instead of drawing', async () => {
		const spec = {
			id: 'broken',
			title: 'Broken',
			steps: [
				{
					id: 'one',
					label: 'one',
					title: 'one',
					narration: 'one',
					nodes: [
						{ id: 'a', label: 'A', kind: 'daemon' },
						{ id: 'a', label: 'A again', kind: 'daemon' }
					],
					edges: [{ from: 'a', to: 'missing' }]
				}
			]
		};
		const screen = await render(Diagram, { spec });
		const panel = screen.getByRole('alert');
		await expect.element(panel).toBeVisible();
		const codes = [...screen.container.querySelectorAll<HTMLElement>('.sm-error')].map((e) => e.dataset.code);
		expect(codes).toEqual(expect.arrayContaining(['duplicate-id', 'dangling-edge']));
		expect(screen.container.querySelector('svg')).toBeNull();
	});

	it('says which steps exist when asked for one that does not', async () => {
		const screen = await render(Diagram, { layout, step: '9.99' });
		await expect.element(screen.getByRole('alert')).toHaveTextContent('"1.24"');
	});

	it('lays out a valid spec in the browser when given no layout', async () => {
		const screen = await render(Diagram, { spec: kubernetesCri, step: '1.0' });
		await expect.element(screen.getByRole('img')).toBeVisible();
		expect(screen.container.querySelector('[data-node-id="kubelet"]')).not.toBeNull();
	});

	it('hides the endpoint line of edge labels below 9 px on screen; the tooltip keeps it', async () => {
		const drawn = async (width: number, height: number) => {
			const box = document.createElement('div');
			box.style.cssText = `width: ${width}px; height: ${height}px; --sm-max-height: none`;
			document.body.append(box);
			const screen = await render(Diagram, { target: box, props: { layout, step: '1.24', fit: 'all' } });
			const svg = () => box.querySelector<SVGSVGElement>('svg');
			await expect.poll(() => svg()?.getBoundingClientRect().height ?? 0).toBeGreaterThan(0);
			const pxPerUnit = () => {
				const r = svg()!.getBoundingClientRect();
				return r.height / svg()!.viewBox.baseVal.height;
			};
			const labels = () => [...box.querySelectorAll<SVGGElement>('[data-edge-label-id][data-detail]')];
			await expect.poll(() => labels().length).toBeGreaterThan(0);
			return { box, screen, pxPerUnit, labels };
		};
		const small = await drawn(480, 270);
		expect(small.pxPerUnit() * EDGE_STYLE.endpointSize).toBeLessThan(EDGE_DETAIL_MIN_PX);
		await expect.poll(() => small.labels().every((l) => l.dataset.detail === 'hidden')).toBe(true);
		for (const label of small.labels()) {
			expect(label.querySelector('.sm-edge-endpoint')).toBeNull();
			expect(label.querySelector('title')?.textContent).toMatch(/ — \S/);
		}
		small.screen.unmount();
		small.box.remove();

		const large = await drawn(3200, 1800);
		expect(large.pxPerUnit() * EDGE_STYLE.endpointSize).toBeGreaterThanOrEqual(EDGE_DETAIL_MIN_PX);
		await expect.poll(() => large.labels().every((l) => l.dataset.detail === 'shown')).toBe(true);
		for (const label of large.labels()) expect(label.querySelector('.sm-edge-endpoint')).not.toBeNull();
		large.screen.unmount();
		large.box.remove();
	});
});
