/**
 * Runs `encodeWithWebCodecs` in a headless Chromium for the CLI. The page lives at a made-up secure origin
 * served entirely by request interception (WebCodecs needs a secure context; nothing touches the network):
 * it loads mediabunny, pulls frames one by one as deflated RGBA (binary, no base64), and posts the file back.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { FrameSink, RgbaFrame } from '../../lib/export/video/frame-sink.js';
import { encodeWithWebCodecs, type WebCodecsJob } from '../../lib/export/video/webcodecs.js';
import { launchChromium } from './chromium.js';

const ORIGIN = 'https://stackmotion.invalid';

async function mediabunnyBundle(): Promise<string> {
	const entry = createRequire(import.meta.url).resolve('mediabunny');
	return readFile(join(entry, '..', '..', 'bundles', 'mediabunny.min.mjs'), 'utf8');
}

interface Pending {
	frame?: { bytes: Buffer; repeat: boolean };
	wake?: () => void;
}

/**
 * A frame sink whose frames an encoder in Chromium pulls. `add` resolves once the page has taken the frame,
 * so the renderer in Node and the encoder in the page take turns and memory holds one frame.
 */
export async function createChromiumSink(job: WebCodecsJob): Promise<FrameSink> {
	const browser = await launchChromium();
	const page = await browser.newPage();
	const bundle = await mediabunnyBundle();
	const slot: Pending = {};
	const taken: (() => void)[] = [];
	let result: Buffer | undefined;

	await page.route(`${ORIGIN}/**`, async (route) => {
		const path = new URL(route.request().url()).pathname;
		if (path === '/')
			return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>encoder</title>' });
		if (path === '/mediabunny.mjs') return route.fulfill({ contentType: 'text/javascript', body: bundle });
		if (path === '/result') {
			result = route.request().postDataBuffer() ?? Buffer.alloc(0);
			return route.fulfill({ status: 204 });
		}
		if (path.startsWith('/frame/')) {
			while (!slot.frame) await new Promise<void>((resolve) => (slot.wake = resolve));
			const { bytes, repeat } = slot.frame;
			slot.frame = undefined;
			taken.shift()?.();
			return route.fulfill({
				contentType: 'application/octet-stream',
				headers: { 'x-repeat': repeat ? '1' : '0' },
				body: bytes
			});
		}
		return route.fulfill({ status: 404 });
	});
	await page.goto(`${ORIGIN}/`);
	await page.addScriptTag({
		type: 'module',
		content: "import * as M from '/mediabunny.mjs'; window.__mediabunny = M;"
	});
	await page.waitForFunction(() => '__mediabunny' in window);
	await page.addScriptTag({ content: `window.__encode = ${encodeWithWebCodecs.toString()};` });

	const encoded = page.evaluate(async (job) => {
		const w = window as unknown as {
			__mediabunny: unknown;
			__encode: (lib: unknown, job: unknown, frameAt: (i: number) => Promise<unknown>) => Promise<Uint8Array>;
		};
		const frameAt = async (index: number) => {
			const response = await fetch(`/frame/${index}`);
			if (response.headers.get('x-repeat') === '1') return { repeat: true };
			const stream = response.body?.pipeThrough(new DecompressionStream('deflate'));
			return { data: new Uint8Array(await new Response(stream).arrayBuffer()) };
		};
		const bytes = await w.__encode(w.__mediabunny, job, frameAt);
		await fetch('/result', { method: 'POST', body: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
	}, job);
	// An encoder failure must not leave `add` waiting for a page that stopped asking.
	const failed = encoded.then(
		() => undefined,
		(error: unknown) => error
	);

	return {
		async add(frame: RgbaFrame, _index, repeat) {
			const bytes = repeat ? Buffer.alloc(0) : deflateSync(frame.data, { level: 1 });
			const took = new Promise<void>((resolve) => taken.push(resolve));
			slot.frame = { bytes, repeat };
			slot.wake?.();
			const outcome = await Promise.race([took.then(() => undefined), failed]);
			if (outcome) throw outcome;
		},
		async finish() {
			try {
				await encoded;
				if (!result) throw new Error('The encoder in Chromium returned no file.');
				return new Uint8Array(result);
			} finally {
				await browser.close();
			}
		},
		async dispose() {
			await browser.close();
		}
	};
}
