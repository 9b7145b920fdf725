/**
 * Spec in, layout or errors out: validation and layout in one call, for build steps (page prerendering, the
 * CLI, a Vite plugin) that bake layouts so pages ship no layout engine.
 */
import { layoutStoryline } from '../layout/index.js';
import type { StorylineLayout } from '../layout/types.js';
import type { StageOptions } from '../layout/compose.js';
import { causeDetail, layoutFailed } from '../model/errors.js';
import type { DiagramError } from '../model/types.js';
import { validateStoryline } from '../model/validate.js';

export type BakeResult = { ok: true; layout: StorylineLayout } | { ok: false; errors: DiagramError[] };

export interface BakeOptions {
	/** The stage the layout is composed for: its aspect ratio (16:9 by default). See `layoutStoryline`. */
	stage?: StageOptions;
}

export async function bakeStoryline(spec: unknown, options: BakeOptions = {}): Promise<BakeResult> {
	const validation = validateStoryline(spec);
	if (!validation.ok) return { ok: false, errors: validation.errors };
	try {
		const layout = await layoutStoryline(validation.storyline, options.stage ? { stage: options.stage } : {});
		return { ok: true, layout };
	} catch (cause) {
		return { ok: false, errors: [layoutFailed(undefined, causeDetail(cause), validation.storyline.id)] };
	}
}
