/**
 * Where a component's layout comes from: a baked `layout`, or a `spec` validated and laid out on demand. The
 * validator (schema, resolution, the error catalogue) is loaded on the first spec, so a page that draws baked
 * layouts never downloads it. In a browser the layout runs in a Web Worker (started on the first spec, stopped with the component),
 * so neither elkjs nor the layout work touches the page's main thread; in Node it is imported on demand. Pages
 * with baked layouts load neither. Errors from either path come out as `DiagramError`s for the error panel. A
 * newer spec supersedes a running layout: late results of an older one are dropped.
 */
import { getContext, setContext } from 'svelte';
import type { LayoutWorker, WorkerLike } from '../layout/worker/client.js';
import type { Storyline } from '../model/types.js';
import type { StorylineLayout } from '../layout/types.js';
import { layoutErrorOf } from '../model/runtime-errors.js';
import type { DiagramError } from '../model/types.js';
import type { ValidationResult } from '../model/types.js';

type Validate = (spec: unknown) => ValidationResult;

// One copy of the validator for every diagram on the page, loaded on the first spec.
let loadedValidator: Validate | undefined;
let loadingValidator: Promise<Validate> | undefined;

function loadValidator(): Promise<Validate> {
	loadingValidator ??= import('../model/validate.js').then(
		(module) => (loadedValidator = module.validateStoryline)
	);
	return loadingValidator;
}

export interface LayoutSourceInput {
	layout?: StorylineLayout;
	spec?: unknown;
	errors?: readonly DiagramError[];
}

/** How components below lay out specs in the browser; see `provideLayoutSettings`. */
export interface LayoutSettings {
	/** Time limit for one layout in the worker (default 10 s). */
	timeoutMs?: number;
	/** Makes the worker, e.g. one built from a custom ELK; the default is the bundled layout worker. */
	createWorker?: () => WorkerLike;
}

const SETTINGS = Symbol('stackmotion-layout-settings');

/** Sets the layout settings for every diagram inside the calling component. Call during component init. */
export function provideLayoutSettings(settings: LayoutSettings): LayoutSettings {
	return setContext(SETTINGS, settings);
}

/** The same settings as a context map, for `mount(Component, { context })` from outside a component. */
export function layoutSettingsContext(settings: LayoutSettings): Map<symbol, LayoutSettings> {
	return new Map([[SETTINGS, settings]]);
}

function inheritedSettings(): LayoutSettings {
	try {
		return getContext<LayoutSettings | undefined>(SETTINGS) ?? {};
	} catch {
		// Made outside a component's initialisation (a test, a plain script): defaults.
		return {};
	}
}

export class LayoutSource {
	// Assigned in the constructor before any derived is read (deriveds are lazy).
	#input: () => LayoutSourceInput = () => ({});
	#runtime = $state.raw<{ layout?: StorylineLayout; errors?: DiagramError[] }>({});
	#settings: LayoutSettings;
	#worker: Promise<LayoutWorker> | undefined;
	#disposed = false;
	#validate = $state.raw<Validate | undefined>(loadedValidator);

	/** Whether there is a spec to validate and lay out (a given layout wins over a spec). */
	readonly #wantsSpec = $derived.by(() => {
		const { layout, spec } = this.#input();
		return spec !== undefined && !layout;
	});

	/**
	 * The spec's validation, once the validator is loaded. Validating in a derived (not in the loader's callback)
	 * reads the spec here, so an edit deep inside a reactive spec validates it again.
	 */
	readonly validation = $derived.by(() => {
		if (!this.#wantsSpec || !this.#validate) return undefined;
		return this.#validate(this.#input().spec);
	});

	/** The layout to draw, once there is one. */
	readonly layout = $derived(this.#input().layout ?? this.#runtime.layout);

	/**
	 * The storyline on screen: set where a layout arrives (given, or laid out), cleared by errors, and kept
	 * while a new version is being laid out, so the diagram of the same storyline stays until it arrives.
	 */
	storylineId = $state<string | undefined>();

	/** Everything that stops the diagram from being drawn. */
	readonly errors: readonly DiagramError[] = $derived.by(() => {
		const given = this.#input().errors;
		if (given?.length) return given;
		if (this.validation && !this.validation.ok) return this.validation.errors;
		return this.#runtime.errors ?? [];
	});

	constructor(input: () => LayoutSourceInput) {
		this.#input = input;
		this.#settings = inheritedSettings();
		// Server rendering runs no effect: the given layout is on screen from the start.
		this.storylineId = this.layout?.storyline.id;
		$effect.pre(() => {
			const shown = this.layout;
			if (shown) this.storylineId = shown.storyline.id;
			else if (this.errors.length > 0) this.storylineId = undefined;
		});
		$effect(() => {
			if (!this.#wantsSpec || this.#validate) return;
			loadValidator().then(
				(validate) => {
					if (!this.#disposed) this.#validate = validate;
				},
				// The validator's chunk did not load (offline, a stale deploy): said in place of the diagram.
				(cause: unknown) => {
					if (!this.#disposed) this.#runtime = { errors: [layoutErrorOf(cause, undefined)] };
				}
			);
		});
		$effect(() => {
			const validation = this.validation;
			if (!validation?.ok) return;
			const storyline = validation.storyline;
			const request = new AbortController();
			this.#runtime = {};
			this.#lay(storyline, request.signal).then(
				(layout) => {
					if (!request.signal.aborted) this.#runtime = { layout };
				},
				(cause: unknown) => {
					if (!request.signal.aborted) this.#runtime = { errors: [layoutErrorOf(cause, storyline.id)] };
				}
			);
			// A newer spec (or the end of the component) makes this request stale.
			return () => request.abort();
		});
		// Stopped with the component: no worker outlives the diagram that started it.
		$effect(() => () => this.#dispose());
	}

	#lay(storyline: Storyline, signal: AbortSignal): Promise<StorylineLayout> {
		if (typeof Worker === 'undefined') {
			return import('../layout/index.js').then((engine) => engine.layoutStoryline(storyline));
		}
		this.#worker ??= import('../layout/worker/client.js').then(({ createLayoutWorker }) => {
			const worker = createLayoutWorker({
				timeoutMs: this.#settings.timeoutMs,
				create: this.#settings.createWorker
			});
			// Destroyed while the client module was loading.
			if (this.#disposed) worker.dispose();
			return worker;
		});
		return this.#worker.then((worker) => worker.layout(storyline, { signal }));
	}

	#dispose(): void {
		this.#disposed = true;
		void this.#worker?.then((worker) => worker.dispose());
	}
}
