/**
 * A reveal.js plugin that ties `<stackmotion-diagram>` steps to fragments, in both directions.
 *
 * reveal.js fires `fragmentshown` going forward and `fragmenthidden` going back, but arriving on a slide
 * backward (all its fragments already shown) fires only `slidechanged`. So the plugin never counts events: on
 * every one it reads which fragments of the current slide are visible and sets each diagram's step from that.
 *
 * Mark the fragments that step a diagram with `data-stackmotion-step` (a step id, or empty for "the next step"):
 *
 * ```html
 * <section>
 *   <stackmotion-diagram stack="kubernetes-cri"></stackmotion-diagram>
 *   <span class="fragment" data-stackmotion-step="1.5"></span>
 *   <span class="fragment" data-stackmotion-step="1.24"></span>
 * </section>
 * ```
 * ```js
 * Reveal.initialize({ plugins: [stackmotionReveal()] });
 * ```
 * With several diagrams on one slide, give a fragment `data-stackmotion-target="<diagram id>"`.
 */

/** The part of reveal.js's API the plugin uses (typed here so the package does not depend on reveal.js). */
export interface RevealDeckLike {
	on(type: string, listener: (event: Event) => void): void;
	getCurrentSlide(): HTMLElement | undefined;
	/** Re-measures the slides and places them again (scale and vertical centring). */
	layout?(): void;
	getRevealElement?(): HTMLElement | null;
}

const DIAGRAM = 'stackmotion-diagram';
const FRAGMENT = '.fragment[data-stackmotion-step]';
/** The step a diagram was given in the markup, kept before the plugin first overwrites `step`. */
const INITIAL = 'data-stackmotion-initial';

function fragmentIndex(fragment: Element): number {
	return Number(fragment.getAttribute('data-fragment-index') ?? 0);
}

/**
 * The step a diagram should show given the visible fragments of its slide: the step of the visible fragment
 * that came last, or the diagram's own initial step when none is visible. Returns the `step` attribute value.
 */
export function stepFromFragments(slide: Element, diagram: Element): string {
	const initial = diagram.getAttribute(INITIAL) ?? '';
	const target = diagram.id;
	const fragments = [...slide.querySelectorAll(FRAGMENT)].filter((f) => {
		const aimed = f.getAttribute('data-stackmotion-target');
		return !aimed || aimed === target;
	});
	let latest: Element | undefined;
	for (const fragment of fragments) {
		if (!fragment.classList.contains('visible')) continue;
		if (!latest || fragmentIndex(fragment) >= fragmentIndex(latest)) latest = fragment;
	}
	if (!latest) return initial;
	const named = latest.getAttribute('data-stackmotion-step')?.trim();
	// Unnamed fragments step in order: the first one shows the second step ("2" is 1-based, as in a URL hash).
	return named || String(fragments.indexOf(latest) + 2);
}

/** Sets the step of every diagram on the slide from its visible fragments. */
export function syncSlide(slide: Element | undefined): void {
	if (!slide) return;
	for (const diagram of slide.querySelectorAll(DIAGRAM)) {
		if (!diagram.hasAttribute(INITIAL)) diagram.setAttribute(INITIAL, diagram.getAttribute('step') ?? '');
		const step = stepFromFragments(slide, diagram);
		if (step) diagram.setAttribute('step', step);
		else diagram.removeAttribute('step');
	}
}

/**
 * reveal.js centres a slide by the height it had when the deck laid it out; a diagram draws a moment later
 * (its layout loads, then it measures its box), which makes the slide taller and pushes it off the bottom.
 * So every time a diagram's box changes size, the deck lays its slides out again.
 */
function relayoutWhenDiagramsResize(deck: RevealDeckLike): void {
	const root = deck.getRevealElement?.();
	if (!root || !deck.layout || typeof ResizeObserver === 'undefined') return;
	let pending = 0;
	const observer = new ResizeObserver(() => {
		if (pending) return;
		pending = requestAnimationFrame(() => {
			pending = 0;
			deck.layout?.();
		});
	});
	// The slide's own transform scales the drawing, not its CSS box: laying out again never resizes it, so
	// this cannot loop.
	for (const diagram of root.querySelectorAll(DIAGRAM)) observer.observe(diagram);
}

export function stackmotionReveal() {
	return {
		id: 'stackmotion',
		init(deck: RevealDeckLike): void {
			const sync = () => syncSlide(deck.getCurrentSlide());
			deck.on('ready', () => {
				sync();
				relayoutWhenDiagramsResize(deck);
			});
			for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(type, sync);
		}
	};
}
