/**
 * The camera never cuts a component at the frame's edge, over the real content: every step of every bundled
 * stack, at the boxes the site shows them in (measured on the built site: the presenter's diagram box at
 * 1920×1080 and 1280×720, at 1600×1200 and 1024×768 for 4:3, the embed's at 960×540) with the readable floor each one asks for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutStoryline } from '../layout/index.js';
import type { Box, StepLayout, StorylineLayout } from '../layout/types.js';
import { validateStoryline } from '../model/validate.js';
import { stacks } from '../stacks/index.js';
import {
	cameraFrame,
	changePillWidths,
	nameSizeOnScreen,
	SLIDE_NAME_SHARE,
	type CameraOptions
} from './camera.js';
import { framePieces, isCut, isInside } from './camera-snap.js';

const BOXES: { name: string; width: number; height: number; minNameSize: number }[] = [
	{ name: 'presenter 1920×1080', width: 1873.9, height: 843.7, minNameSize: SLIDE_NAME_SHARE * 1080 },
	{ name: 'presenter 1280×720', width: 1249.3, height: 562.5, minNameSize: SLIDE_NAME_SHARE * 720 },
	// 4:3 screens (the presenter's box there is less wide than 16:9, so frames have another shape).
	{ name: 'presenter 1600×1200', width: 1562, height: 945, minNameSize: SLIDE_NAME_SHARE * 1200 },
	{ name: 'presenter 1024×768', width: 999, height: 605, minNameSize: SLIDE_NAME_SHARE * 768 },
	{ name: 'embed 960×540', width: 944, height: 464, minNameSize: 0.024 * 540 }
];

const layouts = new Map<string, StorylineLayout>();

beforeAll(async () => {
	for (const [id, spec] of Object.entries(stacks)) {
		const result = validateStoryline(spec);
		if (!result.ok) throw new Error(`${id} does not validate: ${JSON.stringify(result.errors)}`);
		layouts.set(id, await layoutStoryline(result.storyline));
	}
}, 120_000);

const describeBox = (b: Box) =>
	`${b.x.toFixed(1)},${b.y.toFixed(1)} ${b.width.toFixed(1)}×${b.height.toFixed(1)}`;

describe('camera frames over the bundled stacks', () => {
	for (const box of BOXES) {
		it(`cuts no component and keeps the focus whole: ${box.name}`, () => {
			const options: CameraOptions = {
				aspect: box.width / box.height,
				boxHeight: box.height,
				minNameSize: box.minNameSize
			};
			const problems: string[] = [];
			let closeUps = 0;
			for (const [id, layout] of layouts) {
				layout.steps.forEach((step, index) => {
					const frame = cameraFrame(layout, index, options);
					const where = `${id} step ${index + 1} (frame ${describeBox(frame)})`;
					expect(frame.width / frame.height).toBeCloseTo(options.aspect as number, 9);
					const scenes = layout.storyline.steps;
					const pieces = framePieces(
						step,
						changePillWidths(scenes[index - 1], scenes[index] as (typeof scenes)[0])
					);
					// Pieces are the nodes in order, then the edge labels in order (`framePieces`).
					const names = [
						...step.nodes.map((n) => n.id),
						...step.edges.filter((e) => e.label).map((e) => `${e.id} (label)`)
					];
					expect(pieces).toHaveLength(names.length);
					pieces.forEach((piece, i) => {
						if (isCut(frame, piece)) problems.push(`${where}: cuts ${names[i]} ${describeBox(piece)}`);
					});
					for (const node of focusedNodes(step, layout.storyline.steps[index]?.focus ?? [])) {
						if (!isInside(frame, node)) problems.push(`${where}: focus ${node.id} not whole`);
					}
					if (nameSizeOnScreen(frame, box.height) > NAME_SIZE_AT_WHOLE(layout, index, options, box.height)) {
						closeUps++;
					}
				});
			}
			expect(problems).toEqual([]);
			// The floor is met by closing in somewhere: the check above is not only over whole-step frames.
			if (box.name.startsWith('presenter')) expect(closeUps).toBeGreaterThan(0);
		});
	}
});

/** The name size when the step is shown whole (no close-up). */
function NAME_SIZE_AT_WHOLE(layout: StorylineLayout, index: number, options: CameraOptions, height: number) {
	return nameSizeOnScreen(cameraFrame(layout, index, { ...options, fit: 'all' }), height) + 1e-9;
}

/** The focused nodes and both ends of each focused edge. */
function focusedNodes(step: StepLayout, focus: readonly string[]) {
	const ids = new Set(focus);
	for (const edge of step.edges) if (ids.has(edge.id)) ids.add(edge.from).add(edge.to);
	return step.nodes.filter((n) => ids.has(n.id) && !n.isGroup);
}
