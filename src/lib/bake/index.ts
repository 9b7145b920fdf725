/**
 * Spec in, layout or errors out: validation and layout in one call, for build steps (page prerendering, the
 * CLI, a Vite plugin) that bake layouts so pages ship no layout engine.
 */
import { layoutStoryline } from '../layout/index.js';
import type { StorylineLayout } from '../layout/types.js';
import { causeDetail, layoutFailed } from '../model/errors.js';
import type { DiagramError } from '../model/types.js';
import { validateStoryline } from '../model/validate.js';

export type BakeResult = { ok: true; layout: StorylineLayout } | { ok: false; errors: DiagramError[] };

export async function bakeStoryline(spec: unknown): Promise<BakeResult> {
	const validation = validateStoryline(spec);
	if (!validation.ok) return { ok: false, errors: validation.errors };
	try {
		return { ok: true, layout: await layoutStoryline(validation.storyline) };
	} catch (cause) {
		return { ok: false, errors: [layoutFailed(undefined, causeDetail(cause), validation.storyline.id)] };
	}
}
