/**
 * The page's side of the layout worker. The worker is started on the first request (so pages that never lay
 * anything out never load the engine), runs one layout at a time, and is replaced when it crashes or exceeds the
 * time limit: the failed request is rejected with a coded error and the next request gets a fresh worker.
 */
import { causeDetail, layoutCrashed, layoutFailed, layoutTimeout } from '../../model/runtime-errors.js';
import type { DiagramError, DiagramErrorCode, Storyline } from '../../model/types.js';
import type { LayoutOptions } from '../engine.js';
import type { StorylineLayout } from '../types.js';
import { isLayoutResponse, type LayoutRequest } from './protocol.js';

/** What the client needs from a `Worker` (a fake one in tests). */
export interface WorkerLike {
	onmessage: ((event: MessageEvent) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	onmessageerror: ((event: MessageEvent) => void) | null;
	postMessage(message: LayoutRequest): void;
	terminate(): void;
}

export interface LayoutWorkerOptions {
	/** How long one layout may take once the worker has started it. */
	timeoutMs?: number;
	/** Makes a worker; the default loads `layout.worker.js` beside this module. */
	create?: () => WorkerLike;
}

export interface LayoutRequestOptions extends LayoutOptions {
	/** Aborting drops the request if it has not started, and rejects it either way. */
	signal?: AbortSignal;
}

export interface LayoutWorker {
	layout(storyline: Storyline, options?: LayoutRequestOptions): Promise<StorylineLayout>;
	/** Stops the worker and rejects every request still waiting. */
	dispose(): void;
}

/** A layout that did not come back, with the `DiagramError` to show for it. */
export class LayoutWorkerError extends Error {
	/** `layout-failed` (the engine threw), `layout-crashed` (the worker died) or `layout-timeout`. */
	readonly code: DiagramErrorCode;
	readonly diagnostic: DiagramError;

	constructor(diagnostic: DiagramError, options?: ErrorOptions) {
		super(diagnostic.message, options);
		this.name = 'LayoutWorkerError';
		this.code = diagnostic.code;
		this.diagnostic = diagnostic;
	}
}

export const DEFAULT_LAYOUT_TIMEOUT_MS = 10_000;

/** The bundled layout worker, a same-origin module file beside this one. */
export function startLayoutWorker(): WorkerLike {
	return new Worker(new URL('./layout.worker.js', import.meta.url), {
		type: 'module',
		name: 'stackmotion-layout'
	});
}

interface Job {
	id: number;
	storyline: Storyline;
	options: LayoutOptions;
	/** Both settle the request once; later calls do nothing. */
	resolve(layout: StorylineLayout): void;
	reject(reason: unknown): void;
}

function abortReason(signal: AbortSignal): unknown {
	return signal.reason ?? new DOMException('The layout request was aborted.', 'AbortError');
}

export function createLayoutWorker(options: LayoutWorkerOptions = {}): LayoutWorker {
	const timeoutMs = options.timeoutMs ?? DEFAULT_LAYOUT_TIMEOUT_MS;
	const create = options.create ?? startLayoutWorker;
	const queue: Job[] = [];
	let worker: WorkerLike | undefined;
	let running: { job: Job; timer: ReturnType<typeof setTimeout> } | undefined;
	let nextId = 1;
	let disposed = false;

	function stopWorker(): void {
		if (!worker) return;
		worker.onmessage = worker.onerror = worker.onmessageerror = null;
		worker.terminate();
		worker = undefined;
	}

	/** Ends the running job and starts the next one. */
	function finish(outcome: (job: Job) => void): void {
		if (!running) return;
		const { job, timer } = running;
		clearTimeout(timer);
		running = undefined;
		outcome(job);
		pump();
	}

	function crash(detail: string): void {
		// A worker that failed once is not trusted with the next request.
		stopWorker();
		finish((job) => job.reject(new LayoutWorkerError(layoutCrashed(job.storyline.id, detail))));
	}

	function startWorker(): WorkerLike {
		const started = create();
		started.onmessage = (event) => {
			const data: unknown = event.data;
			if (!isLayoutResponse(data) || data.id !== running?.job.id) return;
			finish((job) => {
				if (data.ok) job.resolve(data.layout);
				else {
					const cause = Object.assign(new Error(data.error.message), { stack: data.error.stack });
					const diagnostic = layoutFailed(undefined, data.error.message, job.storyline.id);
					job.reject(new LayoutWorkerError(diagnostic, { cause }));
				}
			});
		};
		started.onerror = (event) => {
			// Without this the browser also reports the worker's error as uncaught on the page.
			event.preventDefault?.();
			crash(event.message || 'the worker script failed');
		};
		started.onmessageerror = () => crash('its answer could not be read');
		return started;
	}

	function pump(): void {
		if (running || disposed) return;
		const job = queue.shift();
		if (!job) return;
		try {
			worker ??= startWorker();
			const timer = setTimeout(() => {
				stopWorker();
				finish((timedOut) =>
					timedOut.reject(new LayoutWorkerError(layoutTimeout(timedOut.storyline.id, timeoutMs)))
				);
			}, timeoutMs);
			running = { job, timer };
			worker.postMessage({ id: job.id, storyline: job.storyline, options: job.options });
		} catch (cause) {
			// The worker could not be made, or the storyline could not be sent to it.
			if (running) {
				crash(causeDetail(cause));
			} else {
				job.reject(new LayoutWorkerError(layoutCrashed(job.storyline.id, causeDetail(cause))));
				pump();
			}
		}
	}

	return {
		layout(storyline, { signal, ...layoutOptions } = {}) {
			if (disposed) return Promise.reject(new Error('This layout worker has been disposed.'));
			if (signal?.aborted) return Promise.reject(abortReason(signal));
			return new Promise<StorylineLayout>((resolve, reject) => {
				let done = false;
				const onabort = () => {
					const waiting = queue.indexOf(job);
					if (waiting >= 0) queue.splice(waiting, 1);
					// A running layout is left to finish (stopping it would cost a worker restart); its answer is dropped.
					job.reject(abortReason(signal!));
				};
				const job: Job = {
					id: nextId++,
					storyline,
					options: layoutOptions,
					resolve(layout) {
						if (done) return;
						done = true;
						signal?.removeEventListener('abort', onabort);
						resolve(layout);
					},
					reject(reason) {
						if (done) return;
						done = true;
						signal?.removeEventListener('abort', onabort);
						reject(reason);
					}
				};
				signal?.addEventListener('abort', onabort, { once: true });
				queue.push(job);
				pump();
			});
		},
		dispose() {
			if (disposed) return;
			disposed = true;
			const pending = [...(running ? [running.job] : []), ...queue.splice(0)];
			if (running) clearTimeout(running.timer);
			running = undefined;
			stopWorker();
			for (const job of pending)
				job.reject(new DOMException('The layout worker was disposed.', 'AbortError'));
		}
	};
}
