/**
 * Bakes the bundled stacks once per build: pages receive plain layout JSON, so the layout engine runs at build
 * time only and never ships to the browser.
 */
import { bakeStoryline, type BakeResult } from '$lib/bake/index.js';
import { stacks } from '$lib/stacks/index.js';

const baked = new Map<string, Promise<BakeResult>>();

export function stackIds(): string[] {
	return Object.keys(stacks);
}

export function bakeStack(id: string): Promise<BakeResult> | undefined {
	const spec = stacks[id];
	if (!spec) return undefined;
	let result = baked.get(id);
	if (!result) {
		result = bakeStoryline(spec);
		baked.set(id, result);
	}
	return result;
}
