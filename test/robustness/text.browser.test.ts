/**
 * Hard text, measured by the layout in Node-compatible code and drawn by Chromium: Hangul, Latin, emoji (which the
 * shipped font lacks), combining marks, right-to-left scripts and very long labels. Every drawn text box must lie
 * inside its node (checked with getBBox, in English and Korean); right-to-left labels are drawn right to left;
 * an over-long label is cut with an ellipsis and its full text is in the tooltip and the accessible list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import Diagram from '../../src/lib/components/Diagram/Diagram.svelte';
import { layoutStoryline } from '../../src/lib/layout/index.js';
import type { StorylineLayout } from '../../src/lib/layout/types.js';
import { NODE_STYLE } from '../../src/lib/layout/style.js';
import { LANGS, validateStoryline, type StorylineSpec } from '../../src/lib/model/index.js';

const LONG_EN =
	'A very long label that an author pasted from the documentation without thinking about the size of the box, ' +
	'which must not grow without end';
const LONG_KO =
	'문서에서 그대로 붙여 넣은 아주 긴 레이블로, 상자의 크기를 생각하지 않고 쓴 것이라 끝없이 커지면 안 되는 텍스트입니다';
const LONG_WORD = `/var/lib/kubelet/pods/${'0123456789abcdef'.repeat(5)}/volumes/kubernetes.io~projected`;

const labels: Record<string, StorylineSpec['steps'][number]['title']> = {
	latin: 'containerd-shim-runc-v2',
	hangul: { en: 'Container Runtime Interface', ko: '컨테이너 런타임 인터페이스' },
	emoji: '🐳 Docker Engine 🚀',
	'emoji-zwj': { en: '👩‍💻 developer laptop', ko: '👩‍💻 개발자 노트북' },
	flags: '🇰🇷 Seoul 🇯🇵 Tokyo',
	combining: 'Cafe\u0301 nai\u0308ve Zu\u0308rich n\u0303',
	arabic: 'واجهة وقت تشغيل الحاويات',
	hebrew: 'זמן ריצה של מכולות',
	mixed: 'kubelet → واجهة CRI',
	long: { en: LONG_EN, ko: LONG_KO },
	'long-word': LONG_WORD
};

const spec: StorylineSpec = {
	id: 'hard-text',
	title: 'Hard text',
	steps: [
		{
			id: 'one',
			label: 'one',
			title: 'Hard text',
			narration: 'Labels in many scripts.',
			nodes: [
				{ id: 'host', label: { en: 'host 🖥️', ko: '호스트 🖥️' }, kind: 'group' },
				{ id: 'rtl-group', label: 'مجموعة', kind: 'group' },
				...Object.entries(labels).map(([id, label]) => ({
					id,
					label,
					kind: 'daemon' as const,
					parent: id === 'arabic' || id === 'hebrew' ? 'rtl-group' : 'host'
				}))
			],
			edges: [
				{ from: 'latin', to: 'hangul', label: { en: 'gRPC 🔌', ko: 'gRPC 연결 🔌' } },
				{ from: 'arabic', to: 'hebrew', label: 'اتصال' },
				{ from: 'emoji', to: 'long' }
			]
		}
	]
};

let layout: StorylineLayout;

beforeAll(async () => {
	const result = validateStoryline(spec);
	if (!result.ok) throw new Error(result.errors.map((e) => `${e.path} ${e.message}`).join('\n'));
	layout = await layoutStoryline(result.storyline);
	await Promise.all([
		document.fonts.load('600 15px Pretendard', 'Ab가'),
		document.fonts.load('600 10.5px Pretendard', 'Ab가'),
		document.fonts.load('400 12px Pretendard', 'Ab가')
	]);
});

/** Every text of every node, its box in the node's own coordinates (getBBox), outside the node's rect. */
function overflowingText(container: HTMLElement): string[] {
	const problems: string[] = [];
	for (const node of container.querySelectorAll<SVGGElement>('.sm-node')) {
		const rect = node.querySelector<SVGRectElement>('.sm-node-box');
		const content = node.querySelector<SVGGElement>('.sm-node-content:not(.sm-node-content-previous)');
		if (!rect || !content) {
			problems.push(`${node.dataset.nodeId}: no box or content`);
			continue;
		}
		const width = rect.width.baseVal.value;
		const height = rect.height.baseVal.value;
		const offset = content.transform.baseVal.consolidate()?.matrix;
		for (const text of content.querySelectorAll<SVGTextElement>('text')) {
			const box = text.getBBox();
			const left = (offset?.e ?? 0) + box.x;
			const top = (offset?.f ?? 0) + box.y;
			if (left < -0.5 || top < -0.5 || left + box.width > width + 0.5 || top + box.height > height + 0.5) {
				problems.push(
					`${node.dataset.nodeId}: "${text.textContent}" at ${left.toFixed(1)},${top.toFixed(1)} ` +
						`${box.width.toFixed(1)}×${box.height.toFixed(1)} outside ${width}×${height}`
				);
			}
		}
	}
	return problems;
}

/** Edge label texts outside their plate. */
function overflowingEdgeLabels(container: HTMLElement): string[] {
	const problems: string[] = [];
	for (const label of container.querySelectorAll<SVGGElement>('.sm-edge-label')) {
		const plate = label.querySelector<SVGRectElement>('rect');
		if (!plate) continue;
		const plateBox = plate.getBoundingClientRect();
		for (const text of label.querySelectorAll<SVGTextElement>('text')) {
			const box = text.getBoundingClientRect();
			if (box.left < plateBox.left - 0.5 || box.right > plateBox.right + 0.5) {
				problems.push(
					`"${text.textContent}" ${box.width.toFixed(1)} wide on a ${plateBox.width.toFixed(1)} plate`
				);
			}
		}
	}
	return problems;
}

const labelTextOf = (container: HTMLElement, id: string) =>
	[
		...container.querySelectorAll(
			`[data-node-id="${id}"] .sm-node-content:not(.sm-node-content-previous) .sm-node-label tspan`
		)
	].map((t) => t.textContent ?? '');

describe('hard labels are measured and fit', () => {
	for (const lang of LANGS) {
		it(`every text box lies inside its node (${lang})`, async () => {
			const screen = await render(Diagram, { layout, step: 0, lang });
			await document.fonts.ready;
			const drawn = screen.container.querySelectorAll('.sm-node');
			expect(drawn.length).toBe(Object.keys(labels).length);
			expect(overflowingText(screen.container)).toEqual([]);
			expect(overflowingEdgeLabels(screen.container)).toEqual([]);
			screen.unmount();
		});
	}

	it('the check does catch text wider than its box (the test can fail)', async () => {
		const screen = await render(Diagram, { layout, step: 0, lang: 'en' });
		const rect = screen.container.querySelector<SVGRectElement>('[data-node-id="emoji"] .sm-node-box');
		rect?.setAttribute('width', '40');
		expect(overflowingText(screen.container).join('\n')).toMatch(/^emoji: /);
		screen.unmount();
	});
});

describe('right-to-left labels', () => {
	it('are drawn with a right-to-left direction, and left-to-right labels are not', async () => {
		const screen = await render(Diagram, { layout, step: 0, lang: 'en' });
		const direction = (id: string) => {
			const text = screen.container.querySelector(
				`[data-node-id="${id}"] .sm-node-content:not(.sm-node-content-previous) .sm-node-label`
			);
			return text ? getComputedStyle(text).direction : 'missing';
		};
		expect(direction('arabic')).toBe('rtl');
		expect(direction('hebrew')).toBe('rtl');
		expect(direction('latin')).toBe('ltr');
		// A label that starts with Latin reads left to right, with its Arabic part reordered inside.
		expect(direction('mixed')).toBe('ltr');
		// The first Arabic word is drawn on the right: its first character is right of its last.
		const text = screen.container.querySelector<SVGTextElement>(
			'[data-node-id="arabic"] .sm-node-content:not(.sm-node-content-previous) .sm-node-label'
		);
		const tspan = text?.querySelector('tspan');
		expect(tspan).toBeTruthy();
		if (text && tspan) {
			const first = text.getStartPositionOfChar(0).x;
			const last = text.getStartPositionOfChar((tspan.textContent?.length ?? 1) - 1).x;
			expect(first).toBeGreaterThan(last);
		}
		screen.unmount();
	});
});

describe('very long labels', () => {
	for (const lang of LANGS) {
		it(`are cut with an ellipsis, the full text in the tooltip and the accessible list (${lang})`, async () => {
			const screen = await render(Diagram, { layout, step: 0, lang });
			const full = lang === 'en' ? LONG_EN : LONG_KO;
			const lines = labelTextOf(screen.container, 'long');
			expect(lines.length).toBeGreaterThan(1);
			expect(lines.length).toBeLessThanOrEqual(3);
			expect(lines.at(-1)).toMatch(/…$/);
			expect(lines.join(' ').length).toBeLessThan(full.length);
			const title = screen.container.querySelector('[data-node-id="long"] > title');
			expect(title?.textContent).toContain(full);
			const list = screen.container.querySelector('[data-accessible-list]');
			expect(list?.textContent?.replace(/\s+/g, ' ')).toContain(full);
			// A label that fits is not cut and gets no tooltip of its own.
			expect(labelTextOf(screen.container, 'latin')).toEqual(['containerd-shim-runc-v2']);
			expect(screen.container.querySelector('[data-node-id="latin"] > title')).toBeNull();
			screen.unmount();
		});
	}

	it('a long unbroken word breaks (after its slashes) instead of widening the box', async () => {
		const screen = await render(Diagram, { layout, step: 0, lang: 'en' });
		const lines = labelTextOf(screen.container, 'long-word');
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.length).toBeLessThanOrEqual(3);
		const box = layout.steps[0]?.nodes.find((n) => n.id === 'long-word');
		expect(box?.width).toBeLessThanOrEqual(NODE_STYLE.maxTextWidth + 2 * NODE_STYLE.paddingX + 1);
		screen.unmount();
	});
});
