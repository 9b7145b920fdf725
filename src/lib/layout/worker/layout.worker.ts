/**
 * The layout worker: lays out storylines with the bundled elkjs off the page's main thread, so typing in the
 * playground or a large spec never freezes the page. Loaded by `client.ts` as a same-origin module file (no
 * blob: or data: URL), which a strict Content Security Policy (`worker-src 'self'`) allows.
 */
import { layoutStoryline } from '../index.js';
import { answerLayoutRequest } from './answer.js';

/** The part of the worker's global scope used here (the project's types describe a window, not a worker). */
interface WorkerScope {
	onmessage: unknown;
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

// elkjs' bundled build, started inside a worker, installs its own `onmessage` dispatcher for the page to talk to
// ELK directly. Here ELK is called in-process, so that dispatcher is switched off whenever it appears.
const silenceElkDispatcher = () => {
	scope.onmessage = null;
};
silenceElkDispatcher();

scope.addEventListener('message', (event) => {
	void answerLayoutRequest(event.data, layoutStoryline).then((response) => {
		silenceElkDispatcher();
		if (response) scope.postMessage(response);
	});
});
