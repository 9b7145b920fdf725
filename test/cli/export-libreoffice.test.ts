/**
 * The exported deck opens in another application: LibreOffice Impress (Debian's `libreoffice-impress`)
 * converts it to PDF, and the PDF's pages carry the diagram's names as text. Needs `soffice` and `pdftotext`
 * (poppler-utils); without them the test fails and says what to install. LibreOffice is given the Pretendard
 * files of the font package (as a machine with the font installed has them), so the PDF shows the deck as
 * its audience sees it, in the font the slides name.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { stacks } from '../../src/lib/stacks/index.js';
import { validateStoryline } from '../../src/lib/model/validate.js';
import { sandbox } from './harness.js';

const run = promisify(execFile);

async function tool(name: string, install: string): Promise<string> {
	try {
		await run('sh', ['-c', `command -v ${name}`]);
		return name;
	} catch {
		throw new Error(`${name} is not installed: apt-get install -y --no-install-recommends ${install}`);
	}
}

async function pageText(pdf: string, page: number): Promise<string> {
	const { stdout } = await run(await tool('pdftotext', 'poppler-utils'), [
		'-f',
		`${page}`,
		'-l',
		`${page}`,
		'-layout',
		pdf,
		'-'
	]);
	return stdout;
}

/** A fontconfig file: the system's fonts plus Pretendard's OpenType files from node_modules. */
function fontConfigWithPretendard(dir: string): string {
	const fonts = fileURLToPath(new URL('../../node_modules/pretendard/dist/public/static', import.meta.url));
	if (!existsSync(fonts)) throw new Error(`No Pretendard font files at ${fonts}: run npm ci.`);
	const file = join(dir, 'fonts.conf');
	writeFileSync(
		file,
		`<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
			`<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir>` +
			`<cachedir>${join(dir, 'font-cache')}</cachedir></fontconfig>`
	);
	return file;
}

async function fontsOf(pdf: string): Promise<string> {
	const { stdout } = await run(await tool('pdffonts', 'poppler-utils'), [pdf]);
	return stdout;
}

async function pageCount(pdf: string): Promise<number> {
	const { stdout } = await run(await tool('pdfinfo', 'poppler-utils'), [pdf]);
	return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

describe('LibreOffice opens the exported deck', () => {
	test('soffice converts the pptx (English and Korean) to PDF: a page per step, the last one names cri-dockerd', async () => {
		const soffice = await tool('soffice', 'libreoffice-impress');
		const box = sandbox();
		for (const lang of ['en', 'ko']) {
			const result = await box.cli('export', 'kubernetes-cri', '-o', `k-${lang}.pptx`, '--lang', lang);
			expect(result.code, result.stderr).toBe(0);
		}
		const out = mkdtempSync(join(tmpdir(), 'stackmotion-pdf-'));
		// Its own profile, so a LibreOffice already running (or another test run) cannot hold the lock.
		const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'stackmotion-lo-profile-'))).href;
		await run(
			soffice,
			[
				`-env:UserInstallation=${profile}`,
				'--headless',
				'--convert-to',
				'pdf',
				'--outdir',
				out,
				'k-en.pptx',
				'k-ko.pptx'
			],
			{
				cwd: box.dir,
				timeout: 170_000,
				env: { ...process.env, FONTCONFIG_FILE: fontConfigWithPretendard(out) }
			}
		);
		const validated = validateStoryline(stacks['kubernetes-cri']);
		if (!validated.ok) throw new Error('kubernetes-cri is invalid');
		const steps = validated.storyline.steps;
		const last = steps[steps.length - 1];
		for (const lang of ['en', 'ko'] as const) {
			const pdf = join(out, `k-${lang}.pdf`);
			expect(existsSync(pdf), `${pdf} written`).toBe(true);
			expect(await pageCount(pdf)).toBe(steps.length);
			const text = await pageText(pdf, steps.length);
			expect(text).toContain('cri-dockerd');
			// A long title may wrap: compare without the line breaks.
			expect(text.replace(/\s+/g, '')).toContain(last?.title[lang].replace(/\s+/g, ''));
			expect(await fontsOf(pdf)).toMatch(/Pretendard/);
			// The first step's page has no cri-dockerd: the text comes from each slide's own shapes.
			expect(await pageText(pdf, 1)).not.toContain('cri-dockerd');
		}
	}, 180_000);
});
