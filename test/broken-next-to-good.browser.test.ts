/**
 * Errors in place, never a broken page: an invalid diagram next to a good one shows its error panel, and the good
 * one still draws, steps and animates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { layoutStoryline } from '../src/lib/layout/index.js';
import type { StorylineLayout } from '../src/lib/layout/types.js';
import { validateStoryline } from '../src/lib/model/index.js';
import { kubernetesCri } from '../src/lib/stacks/kubernetes-cri.js';
import type { DiagramProps } from '../src/lib/components/Diagram/types.js';
import type { StorylineProps } from '../src/lib/components/Storyline/types.js';
import manyCodes from './fixtures/bad-specs/constructor-as-references.json' with { type: 'json' };
import twoCodes from './fixtures/bad-specs/typo-language-kr.json' with { type: 'json' };
import SideBySide from './fixtures/SideBySide.svelte';

/** One section of the page: which component, with which props. */
type Pane = { name: string } & (
	{ component: 'storyline'; props: StorylineProps } | { component: 'diagram'; props: DiagramProps }
);

let layout: StorylineLayout;

beforeAll(async () => {
	// Wide enough for two diagrams side by side, as on a slide or a docs page.
	await page.viewport(1280, 900);
	const result = validateStoryline(kubernetesCri);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	layout = await layoutStoryline(result.storyline);
});

const stepId = (index: number) => layout.steps[index]?.stepId;

/** The root element of the diagram in one pane. */
function paneRoot(container: Element, name: string): HTMLElement {
	const root = container.querySelector<HTMLElement>(`[data-pane="${name}"] .sm-root`);
	if (!root) throw new Error(`pane "${name}" has no diagram`);
	return root;
}

/** What the error panel in `root` lists: one code per error, in order. */
function listedCodes(root: Element): string[] {
	return [...root.querySelectorAll('[role="alert"] .sm-error')].map(
		(li) => li.getAttribute('data-code') ?? ''
	);
}

async function expectErrorPanel(root: Element, expected: { errors: { code: string }[] }) {
	// A spec is validated once the validator has loaded (on the first spec of the page): a moment after mount.
	await expect.poll(() => root.querySelector('[role="alert"]')).not.toBeNull();
	const panel = root.querySelector('[role="alert"]');
	expect(panel, 'an error panel in place of the diagram').not.toBeNull();
	expect(listedCodes(root).sort()).toEqual(expected.errors.map((e) => e.code).sort());
	for (const code of root.querySelectorAll('.sm-error-code')) expect(code.textContent).toMatch(/^[a-z-]+$/);
	expect(panel?.getBoundingClientRect().height, 'the panel keeps the diagram’s space').toBeGreaterThan(100);
	expect(root.querySelector('svg')).toBeNull();
}

function expectDrawn(root: Element, step: string | undefined) {
	expect(root.querySelector('[role="alert"]')).toBeNull();
	expect(root.getAttribute('data-step')).toBe(step);
	expect(root.querySelectorAll('svg [data-node-id]').length).toBeGreaterThan(0);
}

/** Presses ArrowRight on the storyline in `root` the way a person does: focus its stage, then the key. */
async function stepForward(root: HTMLElement) {
	const stage = root.querySelector<HTMLElement>('.sm-stage');
	expect(stage, 'a focusable stage').not.toBeNull();
	stage?.focus();
	expect(document.activeElement).toBe(stage);
	await userEvent.keyboard('{ArrowRight}');
}

/**
 * Every value `data-animating` takes on `root` from now on. A short transition can start and end while the key
 * press is still travelling back from the browser driver, so polling alone could miss it.
 */
function recordAnimating(root: HTMLElement): { values: (string | null)[]; stop: () => void } {
	const values: (string | null)[] = [];
	const observer = new MutationObserver(() => values.push(root.getAttribute('data-animating')));
	observer.observe(root, { attributes: true, attributeFilter: ['data-animating'] });
	return { values, stop: () => observer.disconnect() };
}

/** Steps the good storyline once and checks it animates and then settles on the next step. */
async function expectStepsAndAnimates(good: HTMLElement) {
	expect(good.getAttribute('data-step')).toBe(stepId(0));
	expect(good.hasAttribute('data-animating')).toBe(false);
	const animating = recordAnimating(good);
	await stepForward(good);
	await expect.poll(() => animating.values).toContain('true');
	await expect.poll(() => good.hasAttribute('data-animating'), { timeout: 15_000 }).toBe(false);
	animating.stop();
	expect(animating.values).toEqual(['true', null]);
	expectDrawn(good, stepId(1));
}

describe('a broken Storyline next to a good one', () => {
	it('shows the errors in place while the good one steps and animates', async () => {
		const panes: Pane[] = [
			{ name: 'broken', component: 'storyline', props: { spec: manyCodes.spec, motion: 'full' } },
			{ name: 'good', component: 'storyline', props: { layout, motion: 'full', speed: 4 } }
		];
		const screen = await render(SideBySide, { panes });
		const broken = paneRoot(screen.container, 'broken');
		const good = paneRoot(screen.container, 'good');

		await expectErrorPanel(broken, manyCodes);
		expectDrawn(good, stepId(0));
		await expectStepsAndAnimates(good);
		// Stepping the good one leaves the broken one as it was.
		await expectErrorPanel(broken, manyCodes);
		screen.unmount();
	});

	it('keeps its keys to itself: the broken one has no stage to take them', async () => {
		const panes: Pane[] = [
			{ name: 'good', component: 'storyline', props: { layout, motion: 'full', speed: 4 } },
			{ name: 'broken', component: 'storyline', props: { spec: twoCodes.spec } }
		];
		const screen = await render(SideBySide, { panes });
		const broken = paneRoot(screen.container, 'broken');
		expect(broken.querySelector('.sm-stage')).toBeNull();
		expect(broken.querySelector('.sm-controls, button')).toBeNull();
		await expectErrorPanel(broken, twoCodes);
		await expectStepsAndAnimates(paneRoot(screen.container, 'good'));
		screen.unmount();
	});
});

describe('a broken Diagram next to a good one', () => {
	it('shows the errors in place while the good Diagram draws and follows its step', async () => {
		const panes = (step: number): Pane[] => [
			{ name: 'broken', component: 'diagram', props: { spec: twoCodes.spec } },
			{ name: 'good', component: 'diagram', props: { layout, step } }
		];
		const screen = await render(SideBySide, { panes: panes(0) });
		const broken = paneRoot(screen.container, 'broken');
		const good = paneRoot(screen.container, 'good');

		await expectErrorPanel(broken, twoCodes);
		expectDrawn(good, stepId(0));
		await screen.rerender({ panes: panes(1) });
		await expect.poll(() => good.getAttribute('data-step')).toBe(stepId(1));
		expectDrawn(good, stepId(1));
		await expectErrorPanel(broken, twoCodes);
		screen.unmount();
	});

	it('shows the errors in place while a good Storyline beside it steps and animates', async () => {
		const panes: Pane[] = [
			{ name: 'broken', component: 'diagram', props: { spec: manyCodes.spec } },
			{ name: 'good', component: 'storyline', props: { layout, motion: 'full', speed: 4 } }
		];
		const screen = await render(SideBySide, { panes });
		await expectErrorPanel(paneRoot(screen.container, 'broken'), manyCodes);
		await expectStepsAndAnimates(paneRoot(screen.container, 'good'));
		await expectErrorPanel(paneRoot(screen.container, 'broken'), manyCodes);
		screen.unmount();
	});
});
