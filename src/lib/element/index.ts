/**
 * `stackmotion/element`: registers `<stackmotion-diagram>` for reveal.js, Slidev and plain HTML.
 *
 * Built into one self-contained ES module (`npm run build:element` → `element/stackmotion-element.js`, with
 * `element/fonts/` beside it): Svelte runtime, GSAP, the Storyline component and its CSS in one file, and no
 * layout engine. `stack="…"` loads the layout baked at build time from `layouts/<id>.json` next to the
 * `element/` folder (override with `layouts="…"`), or give `src="…"` for any baked layout JSON.
 *
 * ```html
 * <script type="module" src="/element/stackmotion-element.js"></script>
 * <stackmotion-diagram stack="kubernetes-cri" step="1.24" lang="ko" theme="dark"></stackmotion-diagram>
 * ```
 */
import diagramCss from '../styles/diagram.css?inline';
import hostCss from './host.css?inline';
import { createElementClass } from './element.svelte.js';

export type { StackmotionDiagramElement, StepChangeDetail } from './element.svelte.js';
export { stackmotionReveal, stepFromFragments } from './reveal.js';

export const ELEMENT_NAME = 'stackmotion-diagram';

// Kept in variables so the bundler leaves them as run-time URLs beside the built script, not inlined assets.
const FONT_CSS = './fonts/pretendard.css';
const LAYOUTS = '../layouts/';

function loadFont(doc: Document): void {
	// @font-face rules do not apply from inside a shadow root: the font is loaded once for the document.
	if (doc.querySelector('link[data-stackmotion-font]')) return;
	const link = doc.createElement('link');
	link.rel = 'stylesheet';
	link.href = new URL(FONT_CSS, import.meta.url).href;
	link.dataset.stackmotionFont = '';
	doc.head.append(link);
}

export const StackmotionDiagram = createElementClass({
	styles: `${diagramCss}\n${hostCss}`,
	loadFont,
	defaultLayouts: () => new URL(LAYOUTS, import.meta.url).href
});

if (typeof customElements !== 'undefined' && !customElements.get(ELEMENT_NAME)) {
	customElements.define(ELEMENT_NAME, StackmotionDiagram);
}

declare global {
	interface HTMLElementTagNameMap {
		'stackmotion-diagram': InstanceType<typeof StackmotionDiagram>;
	}
}
