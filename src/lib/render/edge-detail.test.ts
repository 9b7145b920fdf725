import { describe, expect, test } from 'vitest';
import { edge, node, scene } from '../layout/fixtures/scene-builder.js';
import { EDGE_STYLE } from '../layout/style.js';
import { measureText } from '../layout/text.js';
import {
	EDGE_DETAIL_MIN_PX,
	edgeDetailLines,
	edgeLabelPlate,
	edgeTooltip,
	showsEdgeDetail
} from './edge-detail.js';

describe('showsEdgeDetail', () => {
	const threshold = EDGE_DETAIL_MIN_PX / EDGE_STYLE.endpointSize;

	test('draws the endpoint line from 9 px on screen up (the natural size included), hides it below', () => {
		expect(showsEdgeDetail(threshold)).toBe(true);
		expect(showsEdgeDetail(threshold * 0.99)).toBe(false);
		expect(showsEdgeDetail(1)).toBe(true);
		// A 1080p presenter keeping names at 27 px: 1.8 px per unit, the endpoint at 18.9 px.
		expect(showsEdgeDetail(27 / 15)).toBe(true);
		// A 960×540 embed showing a whole tall storyline.
		expect(showsEdgeDetail(0.5)).toBe(false);
	});

	test('an unknown screen size (server render, exports, print) draws it', () => {
		expect(showsEdgeDetail(undefined)).toBe(true);
		expect(showsEdgeDetail(0)).toBe(true);
		expect(showsEdgeDetail(Number.NaN)).toBe(true);
	});
});

describe('edgeLabelPlate', () => {
	const box = { width: 210, height: 37 };
	const lines = ['CRI gRPC', '/run/containerd/containerd.sock'];

	test('with the detail: the whole box, protocol then the smaller endpoint line', () => {
		const plate = edgeLabelPlate(box, lines, true, true);
		expect(plate).toMatchObject({ x: 0, y: 0, width: 210, height: 37 });
		expect(plate.lines.map((l) => [l.text, l.isEndpoint])).toEqual([
			['CRI gRPC', false],
			['/run/containerd/containerd.sock', true]
		]);
	});

	test('without: only the protocol, on a plate shrunk to it and centred in the box', () => {
		const plate = edgeLabelPlate(box, lines, true, false);
		expect(plate.lines.map((l) => l.text)).toEqual(['CRI gRPC']);
		const width = Math.ceil(measureText('CRI gRPC', EDGE_STYLE.labelSize, EDGE_STYLE.labelWeight));
		expect(plate.width).toBe(width + 2 * EDGE_STYLE.labelPaddingX);
		expect(plate.height).toBe(EDGE_STYLE.labelLineHeight + 2 * EDGE_STYLE.labelPaddingY);
		expect(plate.x + plate.width / 2).toBeCloseTo(box.width / 2, 6);
		expect(plate.y + plate.height / 2).toBeCloseTo(box.height / 2, 6);
		// The line's text sits in the middle of the plate, where the edge passes behind it.
		expect(plate.lines[0]?.y).toBeCloseTo(box.height / 2, 6);
	});

	test('a label that is only an endpoint keeps it: then it is the primary text', () => {
		const plate = edgeLabelPlate({ width: 200, height: 18 }, ['/var/run/docker.sock'], true, false);
		expect(plate.lines.map((l) => l.text)).toEqual(['/var/run/docker.sock']);
	});
});

describe('the detail is always given in words', () => {
	const step = scene(
		'1.24',
		0,
		[
			node('kubelet', 'daemon', 'kubelet'),
			node('containerd', 'daemon', 'containerd'),
			node('runc', 'runtime', 'runc')
		],
		[
			edge('kubelet', 'containerd', { label: 'CRI gRPC', endpoint: '/run/containerd/containerd.sock' }),
			edge('containerd', 'runc', { label: 'exec' })
		]
	);

	test('the tooltip has the protocol and the endpoint', () => {
		expect(edgeTooltip('CRI gRPC', '/run/containerd/containerd.sock')).toBe(
			'CRI gRPC — /run/containerd/containerd.sock'
		);
		expect(edgeTooltip(undefined, '/var/run/docker.sock')).toBe('/var/run/docker.sock');
		expect(edgeTooltip('exec', undefined)).toBe('exec');
	});

	test('the speaker window and the notes list every endpoint with its ends', () => {
		expect(edgeDetailLines(step, 'en')).toEqual([
			'kubelet → containerd: CRI gRPC — /run/containerd/containerd.sock'
		]);
	});
});
