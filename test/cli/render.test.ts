import { describe, expect, test } from 'vitest';
import { bakeStoryline } from '../../src/lib/bake/index.js';
import type { StorylineLayout } from '../../src/lib/layout/types.js';
import { stacks } from '../../src/lib/stacks/index.js';
import { findSvg, textContent, walk, attribute } from '../../src/cli/render/markup.js';
import { sandbox } from './harness.js';
import { cameraFrame } from '../../src/lib/motion/camera.js';

let cri: Promise<StorylineLayout> | undefined;
function kubernetesCri(): Promise<StorylineLayout> {
	cri ??= bakeStoryline(stacks['kubernetes-cri']).then((r) => {
		if (!r.ok) throw new Error('kubernetes-cri does not bake');
		return r.layout;
	});
	return cri;
}

/** Node id → the text drawn in its `<g data-node-id>`, whitespace removed (labels wrap across lines). */
function drawnText(svg: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const element of walk(findSvg(svg))) {
		const id = attribute(element, 'data-node-id');
		if (!id) continue;
		const texts = [...walk(element)].filter((e) => e.name === 'text').map(textContent);
		found.set(id, texts.join('').replace(/\s+/g, ''));
	}
	return found;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('stackmotion render', () => {
	test('SVG of a step: every node label of that step, in its language; no CSS variables or colour functions', async () => {
		const layout = await kubernetesCri();
		const box = sandbox();
		for (const lang of ['en', 'ko'] as const) {
			const result = await box.cli(
				'render',
				'kubernetes-cri',
				'--step',
				'1.24',
				'--lang',
				lang,
				'-o',
				`k-${lang}.svg`
			);
			expect(result.code).toBe(0);
			const svg = box.read(`k-${lang}.svg`);
			const scene = layout.storyline.steps.find((s) => s.id === '1.24');
			const drawn = drawnText(svg);
			expect([...drawn.keys()].sort()).toEqual(scene?.nodes.map((n) => n.id).sort());
			for (const node of scene?.nodes ?? []) {
				expect(drawn.get(node.id), node.id).toContain(node.label[lang].replace(/\s+/g, ''));
			}
			expect(svg).not.toMatch(/var\(|light-dark\(|color-mix\(/);
			expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		}
	}, 60_000);

	test('the theme picks the resolved colours; the font subsets used are embedded unless --no-embed-font', async () => {
		const box = sandbox();
		const light = await box.cli('render', 'kubernetes-cri', '--step', '2');
		const dark = await box.cli(
			'render',
			'kubernetes-cri',
			'--step',
			'2',
			'--theme',
			'dark',
			'--no-embed-font'
		);
		expect(light.code).toBe(0);
		expect(dark.code).toBe(0);
		// The background shape: --sm-bg of each theme.
		expect(light.stdout).toMatch(/<rect x="0" y="0" width="[\d.]+" height="[\d.]+" fill="#ffffff">/);
		expect(dark.stdout).toMatch(/<rect x="0" y="0" width="[\d.]+" height="[\d.]+" fill="#0b1120">/);
		// A daemon's box: color-mix(in srgb, #6d28d9 12%, #ffffff) in light; (…, #a78bfa 12%, #131c2e) in dark.
		// (Checked with includes: a failing toContain would print the whole file.)
		expect(light.stdout.includes('style="fill:#ede5fa;stroke:#6d28d9;stroke-width:1.5"')).toBe(true);
		expect(dark.stdout.includes('style="fill:#252946;stroke:#a78bfa;stroke-width:1.5"')).toBe(true);
		expect(
			/<style>@font-face\{font-family:'Pretendard';font-weight:400;[^}]*base64,/.test(light.stdout)
		).toBe(true);
		expect(/@font-face\{font-family:'Pretendard';font-weight:600;/.test(light.stdout)).toBe(true);
		expect(dark.stdout.includes('@font-face')).toBe(false);
		expect(dark.stdout.length).toBeLessThan(light.stdout.length / 3);
	}, 60_000);

	test('PNG at a scale: the camera frame of the step (16:9 by default) times the scale, drawn by resvg', async () => {
		const layout = await kubernetesCri();
		const frame = cameraFrame(layout, 4);
		const box = sandbox();
		const result = await box.cli(
			'render',
			'kubernetes-cri',
			'--step',
			'1.24',
			'--format',
			'png',
			'--scale',
			'1',
			'-o',
			'k.png'
		);
		expect(result.code).toBe(0);
		const png = box.readBytes('k.png');
		expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(pngSize(png)).toEqual({
			width: Math.round(frame?.width ?? 0),
			height: Math.round(frame?.height ?? 0)
		});
		const twice = await box.cli('render', 'kubernetes-cri', '--step', '1.24', '--scale', '2', '-o', 'k2.png');
		expect(pngSize(box.readBytes('k2.png')).width).toBe(Math.round((frame?.width ?? 0) * 2));
		expect(twice.stderr).toBe('wrote k2.png (step "1.24", en, light)\n');
	}, 60_000);

	test('an unknown step: exit 2, listing the steps there are', async () => {
		const result = await sandbox().cli('render', 'kubernetes-cri', '--step', '1.25');
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			'error: Step "1.25" is not in storyline "kubernetes-cri". Use a step id (1.0, 1.5, containerd-1.1, 1.20, 1.24, 1.27, 1.31) or a number from 1 to 7.\n'
		);
	}, 60_000);

	test('a value outside a flag’s choices: exit 2, naming the choices', async () => {
		const result = await sandbox().cli('render', 'kubernetes-cri', '--theme', 'purple');
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/argument 'purple' is invalid\. Allowed choices are light, dark\./);
		const scale = await sandbox().cli('render', 'kubernetes-cri', '--scale', '3');
		expect(scale.code).toBe(2);
		expect(scale.stderr).toMatch(/Allowed choices are 1, 2, 4\./);
	});

	test('a spec with errors is not drawn: exit 1 with its errors', async () => {
		const box = sandbox();
		box.write('bad.stackmotion.yaml', 'id: Bad Id\ntitle: x\nsteps: []\n');
		const result = await box.cli('render', 'bad.stackmotion.yaml', '-o', 'bad.svg');
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^bad\.stackmotion\.yaml:1:5 {2}invalid-id {2}/m);
	});
});
