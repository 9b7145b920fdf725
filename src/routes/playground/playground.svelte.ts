/**
 * The playground's state: the YAML text, its errors, and the last layout that worked. Edits are parsed after a
 * pause in typing; a valid spec is laid out in the layout worker, the newest request winning. On any error the
 * last good layout stays on screen and the errors are listed beside it.
 */
import type { LocatedError } from '$lib/authoring/parse.js';
import type { StorylineLayout } from '$lib/layout/types.js';
import type { LayoutWorker } from '$lib/layout/worker/client.js';
import { layoutErrorOf } from '$lib/model/errors.js';

export type PlaygroundStatus = 'editing' | 'laying-out' | 'ready' | 'invalid';

export const DEBOUNCE_MS = 300;

export class Playground {
	text = $state('');
	errors = $state.raw<readonly LocatedError[]>([]);
	layout = $state.raw<StorylineLayout | undefined>();
	status = $state<PlaygroundStatus>('editing');

	#timer: ReturnType<typeof setTimeout> | undefined;
	#request: AbortController | undefined;
	#worker: Promise<LayoutWorker> | undefined;
	#destroyed = false;

	constructor(text: string) {
		this.text = text;
	}

	/** A new text: checked and laid out once typing pauses. */
	edit(text: string): void {
		this.text = text;
		this.status = 'editing';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.update(), DEBOUNCE_MS);
	}

	/** Parses and lays out the current text now. Resolves when this text's outcome is on screen (or superseded). */
	async update(): Promise<void> {
		clearTimeout(this.#timer);
		this.#request?.abort();
		const request = new AbortController();
		this.#request = request;
		const text = this.text;
		const { parseSpecSource } = await import('$lib/authoring/parse.js');
		if (request.signal.aborted || this.#destroyed) return;
		const parsed = parseSpecSource(text, { format: 'yaml' });
		if (!parsed.ok) {
			this.errors = parsed.errors;
			this.status = 'invalid';
			return;
		}
		this.status = 'laying-out';
		try {
			const worker = await this.#layoutWorker();
			const layout = await worker.layout(parsed.storyline, { signal: request.signal });
			if (request.signal.aborted) return;
			this.layout = layout;
			this.errors = [];
			this.status = 'ready';
		} catch (cause) {
			if (request.signal.aborted || this.#destroyed) return;
			this.errors = [layoutErrorOf(cause, parsed.storyline.id)];
			this.status = 'invalid';
		}
	}

	#layoutWorker(): Promise<LayoutWorker> {
		this.#worker ??= import('$lib/layout/worker/client.js').then(({ createLayoutWorker }) =>
			createLayoutWorker()
		);
		return this.#worker;
	}

	destroy(): void {
		this.#destroyed = true;
		clearTimeout(this.#timer);
		this.#request?.abort();
		void this.#worker?.then((worker) => worker.dispose());
	}
}
