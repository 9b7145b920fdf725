/**
 * A large spec in the playground on the built site: 300 nodes in nested groups, opened from a share link, is
 * laid out in the layout worker within its default time limit (10 s; over it, the worker would answer
 * `layout-timeout` and no diagram would show) and drawn in full.
 */
import { expect, test } from '@playwright/test';
import { stringify } from 'yaml';
import { syntheticStoryline } from '../../bench/synthetic.js';
import type { NodeSpec, StorylineSpec } from '../../src/lib/model/types.js';
import { shareHash } from '../../src/routes/playground/share.js';

/** The benchmark's synthetic storyline of 300 nodes: 3 zones of 11 clusters of 8 services, three steps. */
function threeHundredNodes(): { spec: StorylineSpec; nodes: number } {
	const spec = syntheticStoryline(300);
	return { spec, nodes: (spec.steps[0] as { nodes: NodeSpec[] }).nodes.length };
}

test('a 300-node spec from a share link is laid out within the default time limit and drawn in full', async ({
	page
}) => {
	// Laying out 300 nodes takes ELK a few seconds on a busy machine; the page's own limit is what is tested.
	test.setTimeout(90_000);
	const { spec, nodes } = threeHundredNodes();
	expect(nodes).toBe(300);

	await page.goto(`/playground${shareHash(stringify(spec))}`);
	await expect(page.locator('.cm-content')).toContainText('synthetic-300');
	// Wait for the worker's answer, whichever it is: a layout, or an error such as `layout-timeout` (listed
	// under problems) when it runs past the limit.
	const status = page.locator('.pg-status');
	await expect(status).toHaveAttribute('data-status', /^(ready|invalid)$/, { timeout: 60_000 });
	await expect(page.locator('.pg-problems [data-code]')).toHaveCount(0);
	await expect(status).toHaveAttribute('data-status', 'ready');
	await expect(page.locator('[data-testid="preview"] svg [data-node-id]')).toHaveCount(nodes);
	await expect(page.locator('[data-testid="preview"] svg [data-node-id="n0"]')).toContainText('service n0');
});
