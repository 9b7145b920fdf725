import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import DiagramCanvas from '../../src/lib/components/Diagram/DiagramCanvas.svelte';
import type { ChangeMark } from '../../src/lib/components/Diagram/types.js';
import { edge as edgeInfo, node as nodeInfo } from '../../src/lib/layout/fixtures/scene-builder.js';
import type { DiagramEdge, DiagramNode } from '../../src/lib/model/types.js';
import { ATTR, CLASS, SELECTOR } from '../../src/lib/render/contract.js';
import { changeBadgeTransform, placeBadge } from '../../src/lib/render/node-text.js';
import { pathFromPoints } from '../../src/lib/render/path.js';
import { cornerRadius, GROUP_RADIUS } from '../../src/lib/render/shapes.js';
import { after, before } from '../../src/lib/motion/fixtures/steps.js';
import { sampleTransition, type TransitionFrame } from '../../src/lib/motion/frame.js';
import { createPainter } from '../../src/lib/motion/paint.js';
import { planTransition } from '../../src/lib/motion/plan.js';

const plan = planTransition(before, after);
const sample = sampleTransition(plan);

// `s` is a client (a pill whose radius follows its height), `b` carries a badge, `c` a change mark.
const info = new Map<string, DiagramNode>(
	[...before.nodes, ...after.nodes].map((n) => [
		n.id,
		nodeInfo(n.id, n.isGroup ? 'group' : n.id === 's' ? 'client' : 'daemon', n.id, {
			...(n.parent ? { parent: n.parent } : {}),
			...(n.id === 'b' ? { badge: 'v2' } : {})
		})
	])
);
const edges = new Map<string, DiagramEdge>(
	[...before.edges, ...after.edges].map((e) => [e.id, edgeInfo(e.from, e.to, { id: e.id })])
);

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The union of both steps, drawn as the player draws it while a transition runs. */
async function drawUnion() {
	// `b`'s badge text is 14 px wide, as the layout would have measured it.
	const nodes = plan.nodes.map((item) => {
		const box = (item.to ?? item.from)!;
		return box.id === 'b' ? { ...box, badgeWidth: 14 } : box;
	});
	const routes = plan.edges.map((item) => (item.to ?? item.from)!);
	const changes = new Map<string, ChangeMark>([['c', { kind: 'changed', text: 'changed' }]]);
	const screen = await render(DiagramCanvas, {
		width: 620,
		height: 400,
		nodes,
		edges: routes,
		nodeInfo: info,
		edgeInfo: edges,
		lang: 'en',
		title: 'union',
		description: 'both steps',
		changes,
		previousLabels: new Map([['b', { en: ['b'], ko: ['b'] }]])
	});
	cleanup = () => screen.unmount();
	const svg = screen.container.querySelector<SVGSVGElement>(SELECTOR.svg)!;
	return svg;
}

const nodeEl = (svg: SVGSVGElement, id: string) =>
	svg.querySelector<SVGGElement>(`[${ATTR.nodeId}="${id}"]`)!;
const num = (el: Element | null, name: string) => Number(el?.getAttribute(name));

function frameAt(progress: number): TransitionFrame {
	return sample(plan.totalDuration * progress);
}

describe('the painter against the canvas markup', () => {
	it('finds every node and edge the canvas drew by the contract', async () => {
		const svg = await drawUnion();
		expect(svg.querySelectorAll(SELECTOR.node).length).toBe(plan.nodes.length);
		expect(svg.querySelectorAll(SELECTOR.edge).length).toBe(plan.edges.length);
		const b = nodeEl(svg, 'b');
		expect(b.querySelector(SELECTOR.shapeBox)?.classList.contains(CLASS.nodeBox)).toBe(true);
		expect(b.querySelector(SELECTOR.previousContent)).not.toBeNull();
		expect(b.querySelector(SELECTOR.content)?.classList.contains(CLASS.nodeContentPrevious)).toBe(false);
		expect(b.querySelector(SELECTOR.badge)?.getAttribute(ATTR.textWidth)).toBe('14');
		expect(nodeEl(svg, 'c').querySelector(SELECTOR.change)).not.toBeNull();
		expect(nodeEl(svg, 'g').querySelector(SELECTOR.shapeBox)?.classList.contains(CLASS.groupBox)).toBe(true);
	});

	it('writes a frame: positions, sizes, radii, centred text, badges, routes and labels', async () => {
		const svg = await drawUnion();
		const painter = createPainter(svg, { paintSize: false });
		const frame = frameAt(0.5);
		painter.paint(frame);
		for (const node of frame.nodes) {
			const el = nodeEl(svg, node.id);
			const round = (n: number) => Math.round(n * 100) / 100;
			expect(el.getAttribute('transform'), node.id).toBe(
				`translate(${round(node.box.x)} ${round(node.box.y)})`
			);
			const box = el.querySelector(SELECTOR.shapeBox);
			expect(num(box, 'width'), node.id).toBe(round(node.box.width));
			expect(num(box, 'height'), node.id).toBe(round(node.box.height));
			const expectedRadius =
				info.get(node.id)?.kind === 'group'
					? GROUP_RADIUS
					: cornerRadius(info.get(node.id)!.kind, round(node.box.height));
			expect(num(box, 'rx'), node.id).toBeCloseTo(expectedRadius, 2);
			if (info.get(node.id)?.kind === 'group') continue;
			expect(el.querySelector(SELECTOR.content)?.getAttribute('transform'), node.id).toBe(
				`translate(${round(node.box.width / 2)} ${round(node.box.height / 2)})`
			);
		}
		const b = frame.nodes.find((n) => n.id === 'b')!;
		const badge = nodeEl(svg, 'b').querySelector(SELECTOR.badge)!;
		const placed = placeBadge(
			Math.round(b.box.width * 100) / 100,
			Number(badge.getAttribute(ATTR.textWidth))
		);
		expect(badge.getAttribute('transform')).toBe(`translate(${placed.x} ${placed.y})`);
		const c = frame.nodes.find((n) => n.id === 'c')!;
		expect(nodeEl(svg, 'c').querySelector(SELECTOR.change)?.getAttribute('transform')).toBe(
			changeBadgeTransform(Math.round(c.box.height * 100) / 100)
		);
		for (const edge of frame.edges) {
			const el = svg.querySelector(`[${ATTR.edgeId}="${edge.id}"]`)!;
			expect(el.querySelector(SELECTOR.edgeLine)?.getAttribute('d'), edge.id).toBe(
				pathFromPoints(edge.points)
			);
		}
	});

	it('cross-fades a relabel: the old text out first, then the new one in', async () => {
		const svg = await drawUnion();
		const painter = createPainter(svg);
		const b = nodeEl(svg, 'b');
		const opacities = (progress: number) => {
			const frame = frameAt(progress);
			painter.paint(frame);
			return [
				num(b.querySelector(SELECTOR.previousContent), 'opacity'),
				num(b.querySelector(SELECTOR.content), 'opacity')
			];
		};
		expect(opacities(0)).toEqual([1, 0]);
		expect(opacities(1)).toEqual([0, 1]);
	});

	it('slides a badge that the layout moved clear of an edge between its two places', async () => {
		const svg = await drawUnion();
		const painter = createPainter(svg, { paintSize: false });
		const badge = nodeEl(svg, 'b').querySelector(SELECTOR.badge)!;
		// The layout moved b's pill off its corner at an end of the transition: the frame says where it is now.
		const frame = frameAt(0.5);
		const moved = {
			...frame,
			nodes: frame.nodes.map((n) => (n.id === 'b' ? { ...n, badge: 17 } : n))
		};
		painter.paint(moved);
		expect(badge.getAttribute('transform')).toBe(`translate(17 ${placeBadge(0, 14).y})`);
		// Back on its corner (no `badge` in the frame), it follows the box's width again.
		painter.paint(frame);
		const b = frame.nodes.find((n) => n.id === 'b')!;
		const placed = placeBadge(Math.round(b.box.width * 100) / 100, 14);
		expect(badge.getAttribute('transform')).toBe(`translate(${placed.x} ${placed.y})`);
	});

	it('writes nothing when a frame changes nothing', async () => {
		const svg = await drawUnion();
		const painter = createPainter(svg);
		painter.paint(frameAt(0.3));
		const observer = new MutationObserver(() => {});
		observer.observe(svg, { attributes: true, subtree: true });
		painter.paint(frameAt(0.3));
		const records = observer.takeRecords();
		observer.disconnect();
		expect(records).toEqual([]);
		painter.paint(frameAt(0.6));
		expect(nodeEl(svg, 'a').getAttribute('transform')).not.toBeNull();
	});
});
