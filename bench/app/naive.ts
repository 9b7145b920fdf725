/**
 * The baseline: the same nodes and edges as a Storyline transition, animated the obvious way — one GSAP tween
 * per SVG element attribute (transforms, box sizes, path strings, opacity), GSAP interpolating the strings.
 * `?layout=<id>&from=<step>&to=<step>&duration=<seconds>`; `window.benchGo()` plays it.
 */
import { gsap } from 'gsap';
import type { EdgeRoute, NodeBox, StorylineLayout } from '../../src/lib/layout/types.js';

const SVG = 'http://www.w3.org/2000/svg';
const params = new URLSearchParams(location.search);
const layout = (await (await fetch(`/data/${params.get('layout')}.json`)).json()) as StorylineLayout;
const stepOf = (id: string | null) => layout.steps.find((s) => s.stepId === id) ?? layout.steps[0];
const from = stepOf(params.get('from'));
const to = stepOf(params.get('to'));
const duration = Number(params.get('duration') ?? 1);
if (!from || !to) throw new Error('unknown steps');

const svg = document.createElementNS(SVG, 'svg');
const width = Math.max(from.width, to.width);
const height = Math.max(from.height, to.height);
svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
svg.setAttribute('width', String(width));
svg.setAttribute('height', String(height));
// As on a slide (and as the Storyline page): the whole diagram fits the screen.
svg.style.display = 'block';
svg.style.height = '96vh';
svg.style.width = 'auto';
svg.style.maxWidth = '100%';
svg.style.margin = '0 auto';
document.body.style.margin = '0';
document.body.append(svg);

const translate = (b: NodeBox) => `translate(${b.x} ${b.y})`;
const path = (r: EdgeRoute) => r.points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ');
const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>) => {
	const e = document.createElementNS(SVG, name);
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
	return e;
};

const toNodes = new Map(to.nodes.map((n) => [n.id, n]));
const fromNodes = new Map(from.nodes.map((n) => [n.id, n]));
const toEdges = new Map(to.edges.map((e) => [e.id, e]));
const fromEdges = new Map(from.edges.map((e) => [e.id, e]));
const nodeEls = new Map<string, { g: SVGGElement; rect: SVGRectElement }>();
for (const box of [...from.nodes, ...to.nodes.filter((n) => !fromNodes.has(n.id))]) {
	const g = el('g', {
		'data-node-id': box.id,
		transform: translate(box),
		opacity: fromNodes.has(box.id) ? 1 : 0
	});
	const rect = el('rect', {
		width: box.width,
		height: box.height,
		rx: 6,
		fill: box.isGroup ? 'none' : '#eef',
		stroke: '#446'
	});
	const text = el('text', { x: box.width / 2, y: box.height / 2, 'text-anchor': 'middle', 'font-size': 13 });
	text.textContent = box.label.en.join(' ');
	g.append(rect, text);
	svg.append(g);
	nodeEls.set(box.id, { g, rect });
}
const edgeEls = new Map<string, SVGPathElement>();
for (const route of [...from.edges, ...to.edges.filter((e) => !fromEdges.has(e.id))]) {
	const p = el('path', {
		d: path(route),
		fill: 'none',
		stroke: '#446',
		opacity: fromEdges.has(route.id) ? 1 : 0
	});
	svg.append(p);
	edgeEls.set(route.id, p);
}

declare global {
	interface Window {
		benchGo?: (step: string) => void;
		benchReady?: boolean;
	}
}

window.benchGo = () => {
	document.body.dataset.animating = 'true';
	const tl = gsap.timeline({ onComplete: () => delete document.body.dataset.animating });
	const vars = { duration, ease: 'power2.inOut' };
	for (const [id, { g, rect }] of nodeEls) {
		const target = toNodes.get(id);
		if (!target) {
			tl.to(g, { ...vars, attr: { opacity: 0 } }, 0);
			continue;
		}
		if (!fromNodes.has(id)) tl.to(g, { ...vars, attr: { opacity: 1 } }, 0);
		tl.to(g, { ...vars, attr: { transform: translate(target) } }, 0);
		tl.to(rect, { ...vars, attr: { width: target.width, height: target.height } }, 0);
	}
	for (const [id, p] of edgeEls) {
		const target = toEdges.get(id);
		if (!target) tl.to(p, { ...vars, attr: { opacity: 0 } }, 0);
		else {
			if (!fromEdges.has(id)) tl.to(p, { ...vars, attr: { opacity: 1 } }, 0);
			tl.to(p, { ...vars, attr: { d: path(target) } }, 0);
		}
	}
};
window.benchReady = true;
