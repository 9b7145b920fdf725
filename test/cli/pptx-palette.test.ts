import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseStylesheet } from '../../src/cli/render/css.js';
import { inlineStyles } from '../../src/cli/render/inline-styles.js';
import { attribute, findSvg, walk, type MarkupElement } from '../../src/cli/render/markup.js';
import { EDGE_KINDS, NODE_KINDS } from '../../src/lib/model/types.js';
import {
	edgeStroke,
	groupStroke,
	nodeStroke,
	resolvePalette,
	tokensFromCss,
	TOKEN_NAMES
} from '../../src/lib/export/pptx/palette.js';

const css = readFileSync(new URL('../../src/lib/styles/diagram.css', import.meta.url), 'utf8');
const rules = parseStylesheet(css);

/** A markup tree with one node of every kind (plain and focused), a group per depth and an edge per kind. */
function sampleSvg(): MarkupElement {
	const nodes = NODE_KINDS.flatMap((kind) =>
		[false, true].map(
			(focus) =>
				`<g class="sm-node" data-kind="${kind}" data-id="${kind}-${focus}"${focus ? ' data-focus="true"' : ''}><rect class="sm-node-box"/><text class="sm-node-caption">c</text><rect class="sm-node-badge-box"/></g>`
		)
	);
	const groups = [0, 1, 2, 3].map(
		(depth) =>
			`<g class="sm-group" data-depth="${depth}" data-id="group-${depth}"><rect class="sm-group-box"/><text class="sm-group-label">g</text><rect class="sm-node-badge-box"/></g>`
	);
	const edges = EDGE_KINDS.flatMap((kind) =>
		[false, true].map(
			(focus) =>
				`<g class="sm-edge" data-kind="${kind}" data-id="edge-${kind}-${focus}"${focus ? ' data-focus="true"' : ''}><path class="sm-edge-line"/></g>`
		)
	);
	const labels =
		'<g class="sm-edge-label" data-id="label"><rect class="sm-edge-label-box"/><text class="sm-edge-label-text">l</text><text class="sm-edge-endpoint">e</text></g>';
	return findSvg(`<svg class="sm-svg">${[...groups, ...edges, ...nodes, labels].join('')}</svg>`);
}

/** Every element's resolved style, by the `data-id` of its `g` and its class. */
function cascaded(scheme: 'light' | 'dark'): (id: string, className: string) => Map<string, string> {
	const svg = sampleSvg();
	inlineStyles(svg, rules, scheme);
	return (id, className) => {
		const g = [...walk(svg)].find((e) => attribute(e, 'data-id') === id);
		const element = g && [...walk(g)].find((e) => attribute(e, 'class') === className);
		if (!element) throw new Error(`no .${className} in ${id}`);
		const style = attribute(element, 'style') ?? '';
		return new Map(style.split(';').map((d) => d.split(':') as [string, string]));
	};
}

const hexOf = (value: string | undefined) => value?.replace('#', '').toUpperCase();
const dashed = (dasharray: string | undefined) => dasharray !== undefined && dasharray !== 'none';

describe('palette: the slide colours are the stylesheet cascade', () => {
	test('tokensFromCss reads every token the palette needs from diagram.css', () => {
		const tokens = tokensFromCss(css);
		for (const name of TOKEN_NAMES) expect(tokens.get(name), name).toMatch(/\S/);
		expect(() => tokensFromCss('.other { --sm-bg: red; }')).toThrow(/no `.sm-root/);
		expect(() => resolvePalette(new Map(), 'light')).toThrow('The theme tokens lack --sm-bg.');
	});

	test.each(['light', 'dark'] as const)(
		'%s: every kind, group depth and edge kind, fills and strokes',
		(scheme) => {
			const palette = resolvePalette(tokensFromCss(css), scheme);
			const style = cascaded(scheme);
			// Groups are drawn as groups (below), never as node boxes.
			for (const kind of NODE_KINDS.filter((k) => k !== 'group')) {
				const box = style(`${kind}-false`, 'sm-node-box');
				expect(palette.kinds[kind].fill.hex, `${kind} fill`).toBe(hexOf(box.get('fill')));
				expect(palette.kinds[kind].stroke.hex, `${kind} stroke`).toBe(hexOf(box.get('stroke')));
				expect(palette.kinds[kind].caption.hex, `${kind} caption`).toBe(
					hexOf(style(`${kind}-false`, 'sm-node-caption').get('fill'))
				);
				for (const focus of [false, true]) {
					const drawn = style(`${kind}-${focus}`, 'sm-node-box');
					const stroke = nodeStroke(kind, focus);
					expect(stroke.width, `${kind} focus=${focus} width`).toBe(Number(drawn.get('stroke-width')));
					expect(stroke.dash !== 'solid', `${kind} focus=${focus} dashed`).toBe(
						dashed(drawn.get('stroke-dasharray'))
					);
				}
				expect(palette.focus.hex).toBe(hexOf(style(`${kind}-true`, 'sm-node-box').get('stroke')));
			}
			for (const depth of [0, 1, 2, 3]) {
				const box = style(`group-${depth}`, 'sm-group-box');
				expect(palette.groupFill[depth % 2]?.hex, `group depth ${depth}`).toBe(hexOf(box.get('fill')));
				expect(palette.groupStroke.hex).toBe(hexOf(box.get('stroke')));
				expect(groupStroke(false).width).toBe(Number(box.get('stroke-width')));
				expect(dashed(box.get('stroke-dasharray'))).toBe(true);
				// A group's badge pill (slide-content draws it in groupText).
				expect(palette.groupText.hex, `group badge ${depth}`).toBe(
					hexOf(style(`group-${depth}`, 'sm-node-badge-box').get('fill'))
				);
			}
			for (const kind of EDGE_KINDS) {
				for (const focus of [false, true]) {
					const line = style(`edge-${kind}-${focus}`, 'sm-edge-line');
					const stroke = edgeStroke(kind, focus);
					expect(stroke.width, `${kind} width`).toBe(Number(line.get('stroke-width')));
					expect(stroke.dash !== 'solid', `${kind} dashed`).toBe(dashed(line.get('stroke-dasharray')));
					expect((focus ? palette.focus : palette.edge).hex).toBe(hexOf(line.get('stroke')));
				}
			}
			const plate = style('label', 'sm-edge-label-box');
			expect(palette.edgeLabelBackground.hex).toBe(hexOf(plate.get('fill')));
			expect(palette.edgeLabelOpacity).toBe(Number(plate.get('fill-opacity')));
			expect(palette.textMuted.hex).toBe(hexOf(style('label', 'sm-edge-endpoint').get('fill')));
		}
	);
});
