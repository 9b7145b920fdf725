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

/** A distinct picture (deflated RGBA) and how many consecutive timeline frames show it. */
interface Picture {
	bytes: Buffer;
	count: number;
}

interface Pending {
	frame?: Picture;
	wake?: () => void;
}

/** The Chromium has no encoder for the container's codec (the caller may fall back to another encoder). */
export class EncoderUnavailable extends Error {}

/**
 * A frame sink whose frames an encoder in Chromium pulls. Each distinct picture crosses once, with the count
 * of frames that show it (a hold is one request, not 45). `add` of a new picture resolves once the page has
 * taken the one before, so the renderer in Node runs one picture ahead of the encoder and memory stays flat.
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
			const { bytes, count } = slot.frame;
			slot.frame = undefined;
			taken.shift()?.();
			return route.fulfill({
				contentType: 'application/octet-stream',
				headers: { 'x-count': String(count) },
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
	const supported = await page.evaluate(
		async (config) => (await VideoEncoder.isConfigSupported(config)).supported === true,
		{
			codec: job.container === 'webm' ? 'vp09.00.10.08' : 'avc1.640028',
			width: job.width,
			height: job.height,
			framerate: job.fps
		}
	);
	if (!supported) {
		await browser.close();
		throw new EncoderUnavailable(
			`This Chromium cannot encode ${job.container === 'webm' ? 'VP9' : 'H.264'} at ${job.width}×${job.height}.`
		);
	}

	const encoded = page.evaluate(async (job) => {
		const w = window as unknown as {
			__mediabunny: unknown;
			__encode: (lib: unknown, job: unknown, frameAt: (i: number) => Promise<unknown>) => Promise<Uint8Array>;
		};
		// The frames after a picture that show it again are repeats: the encoder reuses its pixels.
		let repeatsLeft = 0;
		const frameAt = async (index: number) => {
			if (repeatsLeft > 0) {
				repeatsLeft--;
				return { repeat: true };
			}
			const response = await fetch(`/frame/${index}`);
			repeatsLeft = Number(response.headers.get('x-count')) - 1;
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

	/** The newest distinct picture, not yet handed over: its repeats are counted until the next one comes. */
	let held: Picture | undefined;
	async function handOver(picture: Picture) {
		const took = new Promise<void>((resolve) => taken.push(resolve));
		slot.frame = picture;
		slot.wake?.();
		const outcome = await Promise.race([took.then(() => undefined), failed]);
		if (outcome) throw outcome;
	}

	return {
		async add(frame: RgbaFrame, _index, repeat) {
			if (repeat && held) {
				held.count++;
				return;
			}
			const picture = { bytes: deflateSync(frame.data, { level: 1 }), count: 1 };
			if (held) await handOver(held);
			held = picture;
		},
		async finish() {
			try {
				if (held) await handOver(held);
				held = undefined;
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
