import { expect, test } from 'vitest';
import * as model from './index.js';

test('the model entry exposes its public API', () => {
	expect(Object.keys(model).sort()).toEqual(
		[
			'DEFAULT_LIMITS',
			'DIAGRAM_ERROR_CODES',
			'DIRECTIONS',
			'EDGE_ID_PATTERN',
			'EDGE_KINDS',
			'EdgeSpecSchema',
			'ID_PATTERN',
			'KIND_CAPTION',
			'LANGS',
			'LocalizedTextSchema',
			'NODE_KINDS',
			'NodeSpecSchema',
			'SourceSpecSchema',
			'StepSpecSchema',
			'StorylineSpecSchema',
			'describeDiff',
			'diffScenes',
			'formatError',
			'isSafeHref',
			'localize',
			'textIn',
			'validateStoryline'
		].sort()
	);
});
