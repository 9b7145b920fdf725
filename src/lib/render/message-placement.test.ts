import { describe, expect, it, vi } from 'vitest';
import { layoutStoryline } from '../layout/index.js';
import type { Box, StepLayout } from '../layout/types.js';
import { LANGS, type Storyline } from '../model/types.js';
import { validateStoryline } from '../model/validate.js';
import { stacks } from '../stacks/index.js';
import { overlapArea } from '../layout/geometry.js';
import {
	messageText,
	pillSize,
	placeMessages,
	PREFERRED_REST,
	type MessageRest
} from './message-placement.js';
import { pointAlong } from './route-point.js';

vi.setConfig({ testTimeout: 60_000 });

/** The drawn pill, without the clear margin the placement keeps around it. */
const drawn = (rest: MessageRest): Box => ({
	x: rest.centre.x - rest.width / 2,
	y: rest.centre.y - rest.height / 2,
	width: rest.width,
	height: rest.height
});

describe('placeMessages on a plain edge', () => {
	const step: Pick<StepLayout, 'width' | 'height' | 'nodes' | 'edges'> = {
		width: 400,
		height: 600,
		nodes: [],
		edges: [
			{
				id: 'long',
				from: 'a',
				to: 'b',
				points: [
					{ x: 200, y: 0 },
					{ x: 200, y: 500 }
				],
				label: { x: 170, y: 240, width: 60, height: 20, lines: { en: ['gRPC'], ko: ['gRPC'] } }
			}
		]
	};

	it('rests a third of the way along when nothing is there', () => {
		const [rest] = placeMessages(step, [{ edge: 'long', text: '1. Ping', reverse: false }]);
		expect(rest?.fraction).toBeCloseTo(PREFERRED_REST, 5);
		expect(rest?.offset).toEqual({ x: 0, y: 0 });
	});

	it('a reply rests a third from the end', () => {
		const [rest] = placeMessages(step, [{ edge: 'long', text: '1. Pong', reverse: true }]);
		expect(rest?.fraction).toBeCloseTo(1 - PREFERRED_REST, 5);
	});

	it('moves off the label when the third is on it', () => {
		const onLabel = {
			...step,
			edges: [{ ...step.edges[0]!, label: { ...step.edges[0]!.label!, y: 140 } }]
		};
		const [rest] = placeMessages(onLabel, [{ edge: 'long', text: '1. Ping', reverse: false }]);
		expect(rest).toBeDefined();
		expect(overlapArea(drawn(rest!), onLabel.edges[0]!.label!)).toBe(0);
		expect(rest!.centre).toEqual(pointAlong(onLabel.edges[0]!.points, rest!.fraction));
	});

	it('two messages on one edge do not cover each other', () => {
		const [a, b] = placeMessages(step, [
			{ edge: 'long', text: '1. Ping', reverse: false },
			{ edge: 'long', text: '2. Ping again', reverse: false }
		]);
		expect(overlapArea(drawn(a!), drawn(b!))).toBe(0);
	});

	it('an edge that is not in the step places nothing', () => {
		expect(placeMessages(step, [{ edge: 'gone', text: '1. x', reverse: false }])).toEqual([undefined]);
	});

	it('sizes the pill from the shipped font: a longer text is a wider pill', () => {
		expect(pillSize('1. RunPodSandbox').width).toBeGreaterThan(pillSize('1. exec').width);
		expect(pillSize('1. exec').height).toBe(20);
	});
});

function resolve(id: string): Storyline {
	const result = validateStoryline(stacks[id]);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	return result.storyline;
}

describe('pod-creation: no message pill covers an edge label, a component or another pill', () => {
	const storyline = resolve('pod-creation');
	const layoutPromise = layoutStoryline(storyline);
	const cases = storyline.steps
		.filter((s) => s.messages.length > 0)
		.flatMap((s) => LANGS.map((lang) => [s.id, lang] as const));

	it('has message steps to check', () => {
		expect(cases.length).toBeGreaterThanOrEqual(2 * 6);
	});

	it.each(cases)('step %s (%s)', async (stepId, lang) => {
		const scene = storyline.steps.find((s) => s.id === stepId)!;
		const step = (await layoutPromise).steps[scene.index]!;
		const rests = placeMessages(
			step,
			scene.messages.map((m, i) => ({
				edge: m.edge,
				text: messageText(i + 1, m.label[lang]),
				reverse: m.reverse
			}))
		);
		const pills = rests.map((rest, i) => {
			expect(rest, scene.messages[i]!.edge).toBeDefined();
			return drawn(rest!);
		});
		const labels = step.edges.flatMap((e) => (e.label ? [{ id: e.id, box: e.label }] : []));
		const leaves = step.nodes.filter((n) => !n.isGroup);
		pills.forEach((pill, i) => {
			const what = `${stepId} message ${i + 1}`;
			for (const label of labels)
				expect(overlapArea(pill, label.box), `${what} over label of ${label.id}`).toBe(0);
			for (const node of leaves) expect(overlapArea(pill, node), `${what} over ${node.id}`).toBe(0);
			pills.forEach((other, j) => {
				if (j !== i) expect(overlapArea(pill, other), `${what} over message ${j + 1}`).toBe(0);
			});
			expect(pill.x).toBeGreaterThanOrEqual(0);
			expect(pill.y).toBeGreaterThanOrEqual(0);
			expect(pill.x + pill.width).toBeLessThanOrEqual(step.width);
			expect(pill.y + pill.height).toBeLessThanOrEqual(step.height);
		});
	});
});
