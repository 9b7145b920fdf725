/**
 * An edge label's secondary detail: the endpoint (a socket path such as `/run/containerd/containerd.sock`) drawn
 * as a second, smaller line under the protocol. On a slide framed from far away that line comes out too small to
 * read and only adds noise next to the protocol, so the renderer hides it below `EDGE_DETAIL_MIN_PX` on screen;
 * the protocol line stays on the edge. The detail is never dropped: it stays in the data, in the edge's tooltip,
 * in the accessible list, in the speaker window and in the exported notes (`edgeDetailLines`).
 */
import { measureText } from '../layout/text.js';
import { EDGE_STYLE } from '../layout/style.js';
import type { Box } from '../layout/types.js';
import type { Lang, Scene } from '../model/types.js';
import { placeEdgeLabel, type EdgeLabelLine } from './node-text.js';

/**
 * The smallest on-screen size (CSS px) the endpoint line is drawn at. 9 px is about the smallest text a reader
 * at arm's length still makes out (browsers' and print's smallest captions); a socket path is read letter by
 * letter, so below that it is not information but a grey smudge beside the protocol. The house style draws the
 * endpoint at 10.5 units, so it shows at the drawing's natural size (1 px per unit) and from 0.86 px per unit
 * down it is hidden: on a 1080p presenter (names kept at 27 px, 1.8 px per unit) it is drawn at 19 px; in a
 * 960×540 embed showing a whole tall storyline (0.4–0.8 px per unit) it is hidden.
 */
export const EDGE_DETAIL_MIN_PX = 9;

/** Whether the endpoint line is drawn at `pxPerUnit` screen px per layout unit; unknown (undefined) draws it. */
export function showsEdgeDetail(pxPerUnit: number | undefined): boolean {
	if (pxPerUnit === undefined || !(pxPerUnit > 0) || !Number.isFinite(pxPerUnit)) return true;
	return EDGE_STYLE.endpointSize * pxPerUnit >= EDGE_DETAIL_MIN_PX;
}

export interface EdgeLabelPlate extends Box {
	/** Relative to the label box's top-left corner, like `x` and `y`. */
	lines: EdgeLabelLine[];
}

/**
 * The plate and lines of an edge label in its laid-out box. With the detail shown: the whole box, every line.
 * Hidden: only the protocol lines, on a plate shrunk to them and centred in the box (so the line through the
 * label still passes behind its middle). A label that is only an endpoint keeps it: then it is the primary text.
 */
export function edgeLabelPlate(
	box: Pick<Box, 'width' | 'height'>,
	lines: string[],
	hasEndpoint: boolean,
	showDetail: boolean
): EdgeLabelPlate {
	if (showDetail || !hasEndpoint || lines.length < 2) {
		return {
			x: 0,
			y: 0,
			width: box.width,
			height: box.height,
			lines: placeEdgeLabel(box.height, lines, hasEndpoint)
		};
	}
	const protocol = lines.slice(0, -1);
	const textWidth = Math.max(
		...protocol.map((line) => measureText(line, EDGE_STYLE.labelSize, EDGE_STYLE.labelWeight))
	);
	const width = Math.min(box.width, Math.ceil(textWidth) + 2 * EDGE_STYLE.labelPaddingX);
	const height = Math.min(
		box.height,
		protocol.length * EDGE_STYLE.labelLineHeight + 2 * EDGE_STYLE.labelPaddingY
	);
	const x = (box.width - width) / 2;
	const y = (box.height - height) / 2;
	const placed = placeEdgeLabel(height, protocol, false).map((line) => ({ ...line, y: line.y + y }));
	return { x, y, width, height, lines: placed };
}

/** An edge's text in full, for its tooltip: the protocol, then the endpoint. */
export function edgeTooltip(label: string | undefined, endpoint: string | undefined): string {
	return [label, endpoint].filter((t): t is string => !!t).join(' — ');
}

/**
 * Every endpoint of a step as a line of text ("kubelet → containerd: CRI gRPC — /run/containerd/containerd.sock"),
 * in the scene's order: for the speaker window and the exported notes, where the detail is always given.
 */
export function edgeDetailLines(scene: Pick<Scene, 'nodes' | 'edges'>, lang: Lang): string[] {
	const name = new Map(scene.nodes.map((n) => [n.id, n.label[lang]]));
	return scene.edges
		.filter((e) => e.endpoint)
		.map((e) => {
			const ends = `${name.get(e.from) ?? e.from} → ${name.get(e.to) ?? e.to}`;
			return `${ends}: ${edgeTooltip(e.label?.[lang], e.endpoint)}`;
		});
}
