import { describe, expect, test } from 'vitest';
import { KIND_CAPTION } from '../model/kinds.js';
import { edge, node } from './fixtures/scene-builder.js';
import { BADGE_GAP, captionWidth, measureEdgeLabel, measureGroup, measureNode } from './node-size.js';
import { EDGE_STYLE, GROUP_STYLE, NODE_STYLE } from './style.js';
import { measureText } from './text.js';

const label = (text: string) => measureText(text, NODE_STYLE.labelSize, NODE_STYLE.labelWeight);
const lineHeights = (lines: number) =>
	2 * NODE_STYLE.paddingY + NODE_STYLE.captionLineHeight + lines * NODE_STYLE.labelLineHeight;

describe('measureNode', () => {
	test('a short label gets the minimum width, and one line of text its height', () => {
		const size = measureNode(node('x', 'daemon', 'x'));
		const height = Math.max(NODE_STYLE.minHeight, lineHeights(1));
		expect(size).toEqual({ width: NODE_STYLE.minWidth, height, label: { en: ['x'], ko: ['x'] } });
	});

	test('a one-line label sets the width: text plus padding, rounded up to 0.01 px', () => {
		const text = 'containerd-shim-runc-v2';
		const size = measureNode(node('x', 'shim', text));
		const exact = label(text) + 2 * NODE_STYLE.paddingX;
		expect(size.width).toBeGreaterThanOrEqual(exact);
		expect(size.width - exact).toBeLessThan(0.01);
		expect(size.height).toBe(lineHeights(1));
	});

	test('a long label wraps at maxTextWidth and grows in height', () => {
		const size = measureNode(
			node('x', 'kernel-feature', 'Linux namespaces, control groups, seccomp and AppArmor')
		);
		expect(size.label.en.length).toBeGreaterThan(1);
		for (const line of size.label.en) expect(label(line)).toBeLessThanOrEqual(NODE_STYLE.maxTextWidth);
		expect(size.width).toBeLessThanOrEqual(NODE_STYLE.maxTextWidth + 2 * NODE_STYLE.paddingX);
		expect(size.height).toBe(lineHeights(size.label.en.length));
	});

	test('the box is the larger of both languages on each axis', () => {
		const en = 'CRI';
		const ko = '컨테이너 런타임 인터페이스 플러그인 (containerd 내장)';
		const size = measureNode(node('x', 'interface', { en, ko }));
		expect(size.label.en).toEqual([en]);
		expect(size.label.ko.length).toBeGreaterThan(1);
		const koWidest = Math.max(...size.label.ko.map(label));
		expect(size.width).toBeGreaterThanOrEqual(koWidest + 2 * NODE_STYLE.paddingX);
		expect(size.height).toBe(lineHeights(size.label.ko.length));
	});

	test('the caption can set the width (measured with its letter spacing)', () => {
		// "organisation" is the longest English caption; a one-letter label leaves it in charge.
		const size = measureNode(node('x', 'org', 'O'));
		const caption = captionWidth(KIND_CAPTION.org.en);
		expect(caption).toBeGreaterThan(
			measureText(KIND_CAPTION.org.en, NODE_STYLE.captionSize, NODE_STYLE.captionWeight)
		);
		expect(size.width).toBeGreaterThanOrEqual(
			Math.max(NODE_STYLE.minWidth, caption + 2 * NODE_STYLE.paddingX)
		);
	});

	test('a badge widens the box so caption and pill sit side by side, and reports its text width', () => {
		const plain = measureNode(node('x', 'daemon', 'dockerd'));
		const badged = measureNode(
			node('x', 'daemon', 'dockerd', { badge: { en: 'deprecated in 1.20', ko: '1.20에서 폐기 예정' } })
		);
		const badgeText = Math.max(
			measureText('deprecated in 1.20', NODE_STYLE.badgeSize, NODE_STYLE.badgeWeight),
			measureText('1.20에서 폐기 예정', NODE_STYLE.badgeSize, NODE_STYLE.badgeWeight)
		);
		expect(badged.badgeWidth).toBeCloseTo(badgeText, 1);
		expect(plain.badgeWidth).toBeUndefined();
		const needed =
			Math.max(captionWidth(KIND_CAPTION.daemon.en), captionWidth(KIND_CAPTION.daemon.ko)) +
			BADGE_GAP +
			badgeText +
			2 * NODE_STYLE.badgePaddingX +
			2 * NODE_STYLE.paddingX;
		expect(badged.width).toBeGreaterThanOrEqual(needed);
		expect(badged.width).toBeGreaterThan(plain.width);
	});
});

describe('measureGroup', () => {
	test('a group is at least as wide as its one-line label plus side padding', () => {
		const text = 'Worker node (kubelet, container runtime, kernel)';
		const group = measureGroup(node('g', 'group', { en: text, ko: '워커 노드' }));
		expect(group.label).toEqual({ en: [text], ko: ['워커 노드'] });
		expect(group.minWidth).toBeGreaterThanOrEqual(
			measureText(text, GROUP_STYLE.labelSize, GROUP_STYLE.labelWeight) + 2 * GROUP_STYLE.paddingSide
		);
		expect(group.minHeight).toBeGreaterThanOrEqual(GROUP_STYLE.paddingTop + GROUP_STYLE.paddingBottom);
	});

	test('a short group label still gets the node minimum width', () => {
		expect(measureGroup(node('g', 'group', 'G')).minWidth).toBe(NODE_STYLE.minWidth);
	});
});

describe('measureEdgeLabel', () => {
	test('an edge without label or endpoint has no label box', () => {
		expect(measureEdgeLabel(edge('a', 'b'))).toBeUndefined();
	});

	test.each<[string, Parameters<typeof edge>[2], number, number]>([
		['label only', { label: 'CRI gRPC' }, 1, 0],
		['endpoint only', { endpoint: '/run/containerd/containerd.sock' }, 0, 1],
		['label and endpoint', { label: 'CRI gRPC', endpoint: '/run/containerd/containerd.sock' }, 1, 1],
		[
			'a long label wraps, the endpoint stays one line',
			{
				label: 'Container Runtime Interface over gRPC, streaming exec and attach',
				endpoint: 'unix:///var/run/crio/crio.sock'
			},
			2,
			1
		]
	])('%s', (_name, extra, labelLines, endpointLines) => {
		const e = edge('a', 'b', extra);
		const size = measureEdgeLabel(e);
		expect(size).toBeDefined();
		if (!size) return;
		expect(size.lines.en.length).toBe(labelLines + endpointLines);
		if (e.endpoint !== undefined) expect(size.lines.en.at(-1)).toBe(e.endpoint);
		expect(size.height).toBe(
			labelLines * EDGE_STYLE.labelLineHeight +
				endpointLines * EDGE_STYLE.endpointLineHeight +
				2 * EDGE_STYLE.labelPaddingY
		);
		const widest = Math.max(
			...size.lines.en.map((line, i) =>
				endpointLines && i === size.lines.en.length - 1
					? measureText(line, EDGE_STYLE.endpointSize, EDGE_STYLE.endpointWeight)
					: measureText(line, EDGE_STYLE.labelSize, EDGE_STYLE.labelWeight)
			)
		);
		expect(size.width).toBeCloseTo(widest + 2 * EDGE_STYLE.labelPaddingX, 1);
		expect(size.width).toBeGreaterThanOrEqual(widest + 2 * EDGE_STYLE.labelPaddingX);
	});

	test('the box is the larger of both languages', () => {
		const size = measureEdgeLabel(
			edge('a', 'b', { label: { en: 'pull', ko: '이미지를 레지스트리에서 받기' } })
		);
		const ko = measureText('이미지를 레지스트리에서 받기', EDGE_STYLE.labelSize, EDGE_STYLE.labelWeight);
		expect(size?.width).toBeGreaterThanOrEqual(ko + 2 * EDGE_STYLE.labelPaddingX);
		expect(size?.lines).toEqual({ en: ['pull'], ko: ['이미지를 레지스트리에서 받기'] });
	});
});
