/**
 * `<stackmotion-diagram>`: a thin custom element that mounts `Storyline` into its shadow root.
 *
 * A wrapper rather than Svelte's `customElement` compilation: the library's components stay ordinary Svelte
 * components (no compiler mode that changes how every one of them is built), and the wrapper alone decides
 * *when* to mount — only once the element has a size, so a diagram created in a hidden (`display: none`) or
 * not-yet-shown slide is drawn when it appears, not measured at zero.
 */
import { mount, unmount } from 'svelte';
import Storyline from '../components/Storyline/Storyline.svelte';
import type { StorylineProps } from '../components/Storyline/types.js';
import type { StorylineLayout } from '../layout/types.js';
import { missingDiagramSource } from '../model/runtime-errors.js';
import type { DiagramError } from '../model/types.js';
import { findStepIndex } from '../render/step.js';
import { OBSERVED_ATTRIBUTES, layoutUrl, readOptions, readStep, type ElementOptions } from './attributes.js';
import { loadLayout } from './load-layout.js';

export interface StepChangeDetail {
	index: number;
	id: string;
}

export interface ElementSetup {
	/** CSS text for the shadow root (the diagram stylesheet and the host rules). */
	styles: string;
	/** Called once per document when the first element connects: loads the font at document level. */
	loadFont: (doc: Document) => void;
	/** The folder `stack="…"` layouts are fetched from when no `layouts` attribute is given. */
	defaultLayouts: () => string;
}

/** What `<stackmotion-diagram>` offers to scripts (the class keeps the rest private). */
export interface StackmotionDiagramElement extends HTMLElement {
	readonly current: StepChangeDetail | undefined;
	readonly steps: string[];
	readonly layout: StorylineLayout | undefined;
	next(): void;
	prev(): void;
	goTo(step: number | string): void;
}

export interface StackmotionDiagramConstructor {
	new (): StackmotionDiagramElement;
	readonly observedAttributes: string[];
}

// The explicit return type lets declaration files describe the element (an anonymous class with private
// members cannot be written into a .d.ts).
export function createElementClass(setup: ElementSetup): StackmotionDiagramConstructor {
	return class StackmotionDiagramElement extends HTMLElement {
		static observedAttributes = [...OBSERVED_ATTRIBUTES];

		#layout = $state.raw<StorylineLayout>();
		#errors = $state.raw<readonly DiagramError[]>();
		#step = $state<string | number>(0);
		#options = $state.raw<ElementOptions>(readOptions(() => null));
		#shown: StepChangeDetail | undefined;
		#component: ReturnType<typeof mount> | undefined;
		#resize: ResizeObserver | undefined;
		#loading = 0;
		#source = '';

		constructor() {
			super();
			const root = this.attachShadow({ mode: 'open' });
			const style = document.createElement('style');
			style.textContent = setup.styles;
			root.append(style);
		}

		connectedCallback(): void {
			setup.loadFont(this.ownerDocument);
			this.#readAll();
			// Mount only once laid out with a width: a display:none slide reports 0 and is mounted when shown.
			this.#resize = new ResizeObserver((entries) => {
				const box = entries[entries.length - 1]?.contentRect;
				if (box && box.width > 0) this.#mount();
			});
			this.#resize.observe(this);
		}

		disconnectedCallback(): void {
			this.#resize?.disconnect();
			this.#resize = undefined;
			if (this.#component) void unmount(this.#component);
			this.#component = undefined;
			this.#shown = undefined;
			this.shadowRoot?.querySelector('.sm-element-mount')?.remove();
		}

		attributeChangedCallback(name: string, before: string | null, after: string | null): void {
			if (before === after || !this.isConnected) return;
			if (name === 'step') this.#step = readStep((n) => this.getAttribute(n));
			else if (name === 'stack' || name === 'src' || name === 'layouts') this.#load();
			else this.#options = readOptions((n) => this.getAttribute(n));
		}

		/** The step shown: index and id (undefined until the layout has loaded and been drawn). */
		get current(): StepChangeDetail | undefined {
			return this.#shown;
		}

		/** The ids of the storyline's steps, in order (empty until the layout has loaded). */
		get steps(): string[] {
			return this.#layout?.storyline.steps.map((s) => s.id) ?? [];
		}

		/** The laid-out storyline (for exporters), once loaded. */
		get layout(): StorylineLayout | undefined {
			return this.#layout;
		}

		next(): void {
			this.#goBy(1);
		}

		prev(): void {
			this.#goBy(-1);
		}

		/** Go to a step: index (0-based number), id ("1.24") or 1-based string ("3"). */
		goTo(step: number | string): void {
			this.#step = step;
		}

		#goBy(delta: number): void {
			const layout = this.#layout;
			if (!layout) return;
			const at = this.#shown?.index ?? Math.max(0, findStepIndex(layout.storyline, this.#step));
			const target = Math.min(layout.steps.length - 1, Math.max(0, at + delta));
			this.#step = target;
		}

		#readAll(): void {
			const read = (n: string) => this.getAttribute(n);
			this.#options = readOptions(read);
			this.#step = readStep(read);
			this.#load();
		}

		#load(): void {
			const where = layoutUrl((n) => this.getAttribute(n), setup.defaultLayouts());
			const key = where?.url ?? '';
			if (key === this.#source && (this.#layout || this.#errors)) return;
			this.#source = key;
			const ticket = ++this.#loading;
			this.#layout = undefined;
			this.#errors = undefined;
			if (!where) {
				this.#errors = [missingDiagramSource()];
				return;
			}
			void loadLayout(where.url, (url) => fetch(url), where.path).then((result) => {
				// A later `stack`/`src` change supersedes this load.
				if (ticket !== this.#loading) return;
				if (result.ok) this.#layout = result.layout;
				else this.#errors = result.errors;
				this.dataset.state = result.ok ? 'ready' : 'error';
				this.dispatchEvent(new CustomEvent(result.ok ? 'load' : 'error', { detail: result }));
			});
		}

		#mount(): void {
			if (this.#component || !this.shadowRoot) return;
			const target = document.createElement('div');
			target.className = 'sm-element-mount';
			this.shadowRoot.append(target);
			// Getters over this element's state: Svelte reads them reactively, so attribute changes apply live.
			const live = <T>(get: () => T): PropertyDescriptor => ({ get, enumerable: true });
			const props = Object.defineProperties({} as StorylineProps, {
				layout: live(() => this.#layout),
				errors: live(() => this.#errors),
				step: {
					get: () => this.#step,
					set: (value: string | number | undefined) => (this.#step = value ?? 0),
					enumerable: true
				},
				lang: live(() => this.#options.lang),
				theme: live(() => this.#options.theme),
				motion: live(() => this.#options.motion),
				speed: live(() => this.#options.speed),
				controls: live(() => this.#options.controls),
				narration: live(() => this.#options.narration),
				changes: live(() => this.#options.changes),
				camera: live(() => this.#options.camera),
				fit: live(() => this.#options.fit),
				minNameSize: live(() => this.#options.minNameSize),
				onstepchange: { value: (detail: StepChangeDetail) => this.#stepped(detail), enumerable: true }
			});
			this.#component = mount(Storyline, { target, props });
		}

		#stepped(detail: StepChangeDetail): void {
			const before = this.#shown;
			if (before && before.index === detail.index && before.id === detail.id) return;
			this.#shown = { ...detail };
			this.dataset.step = detail.id;
			this.dataset.index = String(detail.index);
			// The first step drawn is not a change; every later one is.
			if (before) {
				this.dispatchEvent(new CustomEvent<StepChangeDetail>('stepchange', { detail: { ...detail } }));
			}
		}
	};
}
