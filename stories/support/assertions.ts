/**
 * What the interaction tests check, written once: the diagram shows exactly a step's nodes, the narration
 * reads that step's text, and the root says which step it is on.
 */
import type { Lang, Scene } from '$lib/index.js';
import { expect, waitFor } from 'storybook/test';

/** The node and group ids drawn in the SVG, sorted. */
export function drawnNodeIds(root: Element): string[] {
	return [...root.querySelectorAll('svg [data-node-id]')]
		.map((el) => el.getAttribute('data-node-id') ?? '')
		.sort();
}

/** The diagram draws exactly the scene's nodes: nothing missing, nothing left over from another step. */
export function expectNodesOf(root: Element, scene: Scene): void {
	expect(drawnNodeIds(root)).toEqual(scene.nodes.map((n) => n.id).sort());
}

/** The narration region (a polite live region) reads the scene's title and narration in `lang`. */
export function expectNarrationOf(root: Element, scene: Scene, lang: Lang): void {
	const region = root.querySelector('.sm-narration');
	expect(region).toHaveAttribute('aria-live', 'polite');
	expect(region?.querySelector('.sm-narration-title')).toHaveTextContent(scene.title[lang]);
	expect(region?.querySelector('.sm-narration-text')).toHaveTextContent(scene.narration[lang]);
}

/** Waits until a storyline rests on `scene`: its `data-step`, no transition running, its nodes drawn. */
export async function expectStorylineAt(root: Element, scene: Scene): Promise<void> {
	await waitFor(() => expect(root).toHaveAttribute('data-step', scene.id));
	await waitFor(() => expect(root).not.toHaveAttribute('data-animating'), { timeout: 5000 });
	expectNodesOf(root, scene);
}

/** The accessible names of the step buttons, as StepControls renders them. */
export const STEP_BUTTONS = {
	en: { prev: 'Previous step', next: 'Next step' },
	ko: { prev: '이전 단계', next: '다음 단계' }
} as const satisfies Record<Lang, { prev: string; next: string }>;

/**
 * Waits for an element the story renders after its loaders ran. A story drawn from a spec is laid out in a Web
 * Worker that starts on first use (its module and elkjs load first): that takes seconds on a busy machine.
 */
export async function findElement<E extends Element = HTMLElement>(
	root: Element,
	selector: string
): Promise<E> {
	return waitFor(
		() => {
			const el = root.querySelector<E>(selector);
			expect(el, selector).not.toBeNull();
			return el!;
		},
		{ timeout: 20_000 }
	);
}
