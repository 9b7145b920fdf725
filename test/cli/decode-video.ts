// Decodes one frame of an MP4 or WebM to RGBA in the system Chromium (WebCodecs through mediabunny): Node
// can read the containers but has no video decoder.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchChromium } from '../../src/cli/render/chromium.js';
import type { RgbaFrame } from '../../src/lib/export/video/frame-sink.js';

const ORIGIN = 'https://stackmotion-test.invalid';

export async function decodeFrameInChromium(video: Uint8Array, time: number): Promise<RgbaFrame> {
	const entry = createRequire(import.meta.url).resolve('mediabunny');
	const bundle = await readFile(join(entry, '..', '..', 'bundles', 'mediabunny.min.mjs'), 'utf8');
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		let pixels: Buffer | undefined;
		await page.route(`${ORIGIN}/**`, async (route) => {
			const path = new URL(route.request().url()).pathname;
			if (path === '/')
				return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>decode</title>' });
			if (path === '/mediabunny.mjs') return route.fulfill({ contentType: 'text/javascript', body: bundle });
			if (path === '/video')
				return route.fulfill({ contentType: 'application/octet-stream', body: Buffer.from(video) });
			if (path === '/pixels') {
				pixels = route.request().postDataBuffer() ?? undefined;
				return route.fulfill({ status: 204 });
			}
			return route.fulfill({ status: 404 });
		});
		await page.goto(`${ORIGIN}/`);
		await page.addScriptTag({
			type: 'module',
			content: "import * as M from '/mediabunny.mjs'; window.__mb = M;"
		});
		await page.waitForFunction(() => '__mb' in window);
		const size = await page.evaluate(async (time) => {
			const M = (window as unknown as { __mb: typeof import('mediabunny') }).__mb;
			const bytes = await (await fetch('/video')).arrayBuffer();
			const input = new M.Input({ source: new M.BufferSource(bytes), formats: M.ALL_FORMATS });
			const track = await input.getPrimaryVideoTrack();
			if (!track) throw new Error('no video track');
			const sample = await new M.VideoSampleSink(track).getSample(time);
			if (!sample) throw new Error(`no frame at ${time}`);
			const canvas = new OffscreenCanvas(sample.displayWidth, sample.displayHeight);
			const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
			sample.draw(context, 0, 0);
			const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
			await fetch('/pixels', { method: 'POST', body: data });
			return { width: canvas.width, height: canvas.height };
		}, time);
		if (!pixels) throw new Error('The page sent no pixels.');
		return { ...size, data: new Uint8Array(pixels) };
	} finally {
		await browser.close();
	}
}

/** Share of pixels whose colour differs by more than `tolerance` in any channel. */
export function pixelDifference(a: RgbaFrame, b: RgbaFrame, tolerance = 32): number {
	if (a.width !== b.width || a.height !== b.height)
		throw new Error(`Sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}.`);
	let differing = 0;
	for (let i = 0; i < a.data.length; i += 4) {
		for (let c = 0; c < 3; c++) {
			if (Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > tolerance) {
				differing++;
				break;
			}
		}
	}
	return differing / (a.width * a.height);
}
