/**
 * Where a component's layout comes from: a baked `layout`, or a `spec` validated at once and laid out on
 * demand (the layout engine is imported only then, so pages with baked layouts never load it). Errors from
 * either path come out as `DiagramError`s for the error panel. A newer spec supersedes a running layout:
 * late results of an older one are dropped.
 */
import type { StorylineLayout } from '../layout/types.js';
import type { DiagramError } from '../model/types.js';
import { validateStoryline } from '../model/validate.js';
import { layoutFailed } from '../render/layout-error.js';

export interface LayoutSourceInput {
	layout?: StorylineLayout;
	spec?: unknown;
	errors?: readonly DiagramError[];
}

export class LayoutSource {
	// Assigned in the constructor before any derived is read (deriveds are lazy).
	#input: () => LayoutSourceInput = () => ({});
	#runtime = $state.raw<{ layout?: StorylineLayout; errors?: DiagramError[] }>({});

	readonly validation = $derived.by(() => {
		const { layout, spec } = this.#input();
		return spec !== undefined && !layout ? validateStoryline(spec) : undefined;
	});

	/** The layout to draw, once there is one. */
	readonly layout = $derived(this.#input().layout ?? this.#runtime.layout);

	/** Everything that stops the diagram from being drawn. */
	readonly errors: readonly DiagramError[] = $derived.by(() => {
		const given = this.#input().errors;
		if (given?.length) return given;
		if (this.validation && !this.validation.ok) return this.validation.errors;
		return this.#runtime.errors ?? [];
	});

	constructor(input: () => LayoutSourceInput) {
		this.#input = input;
		$effect(() => {
			const validation = this.validation;
			if (!validation?.ok) return;
			const storyline = validation.storyline;
			let stale = false;
			this.#runtime = {};
			import('../layout/index.js')
				.then((engine) => engine.layoutStoryline(storyline))
				.then(
					(layout) => {
						if (!stale) this.#runtime = { layout };
					},
					(cause: unknown) => {
						if (!stale) this.#runtime = { errors: [layoutFailed(cause, storyline.id)] };
					}
				);
			return () => {
				stale = true;
			};
		});
	}
}
