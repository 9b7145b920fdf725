/**
 * `stackmotion render <spec> --step 1.24 --lang ko --theme dark -o out.svg`: one step as a standalone SVG (the
 * `Diagram` component's own markup, styles resolved, font embedded) or, with `--format png`, as a PNG drawn
 * by resvg in Node.
 */
import { Option, type Command } from 'commander';
import type { StorylineLayout } from '../../lib/layout/types.js';
import type { Lang } from '../../lib/model/types.js';
import { findStepIndex } from '../../lib/render/step.js';
import { inCwd, UsageError, writeOutput, type CliIo } from '../io.js';
import { loadAssets } from '../render/assets.js';
import { findPretendard, svgToPng, type PngScale } from '../render/png.js';
import { renderStepSvg } from '../render/step-svg.js';
import type { ColorScheme } from '../../lib/render/css-values.js';
import { bakeSpec } from './bake.js';
import { ASPECT_FLAG, ASPECT_HELP, DEFAULT_ASPECT_TEXT, parseAspect } from '../aspect.js';

export interface RenderOptions {
	/** `--aspect`: the stage's shape, `16:9` by default. */
	aspect?: string;
	step?: string;
	lang: Lang;
	theme: ColorScheme;
	format?: 'svg' | 'png';
	scale: string;
	output: string;
	embedFont: boolean;
	font?: string[];
}

/** The step asked for, or a usage error that lists the valid ones. */
export function stepIndexOf(layout: StorylineLayout, step: string | undefined): number {
	if (step === undefined) return 0;
	const index = findStepIndex(layout.storyline, step);
	if (index >= 0) return index;
	const ids = layout.storyline.steps.map((s) => s.id).join(', ');
	throw new UsageError(
		`Step "${step}" is not in storyline "${layout.storyline.id}". Use a step id (${ids}) or a number from 1 to ${layout.storyline.steps.length}.`
	);
}

function formatOf(options: RenderOptions): 'svg' | 'png' {
	return options.format ?? (/\.png$/i.test(options.output) ? 'png' : 'svg');
}

export async function renderSpec(io: CliIo, source: string, options: RenderOptions): Promise<number> {
	const layout = await bakeSpec(io, source, { aspect: parseAspect(options.aspect ?? DEFAULT_ASPECT_TEXT) });
	if (!layout) return 1;
	const stepIndex = stepIndexOf(layout, options.step);
	const format = formatOf(options);
	const assets = await loadAssets();
	// resvg ignores embedded web fonts: a PNG is drawn with font files instead, so the SVG stays lean.
	const { svg } = await renderStepSvg(layout, assets, {
		stepIndex,
		lang: options.lang,
		theme: options.theme,
		embedFont: format === 'svg' && options.embedFont
	});
	if (format === 'svg') {
		await writeOutput(io, options.output, svg);
	} else {
		const fontFiles = options.font?.map((f) => inCwd(io, f)) ?? findPretendard(io.cwd);
		for (const file of fontFiles) if (!io.exists(file)) throw new UsageError(`${file}: no such font file.`);
		if (fontFiles.length === 0) {
			io.stderr(
				'note: the Pretendard font files were not found (npm install pretendard, or pass --font): text is drawn with system fonts.\n'
			);
		}
		const png = await svgToPng(svg, { scale: Number(options.scale) as PngScale, fontFiles });
		await writeOutput(io, options.output, png);
	}
	if (options.output !== '-') {
		const step = layout.storyline.steps[stepIndex]?.id;
		io.stderr(`wrote ${options.output} (step "${step}", ${options.lang}, ${options.theme})\n`);
	}
	return 0;
}

export function renderCommand(program: Command, io: CliIo, done: (code: number) => void): void {
	program
		.command('render')
		.summary('draw one step as a standalone SVG or PNG')
		.description(
			'Draw one step of a storyline the way the Diagram component does (its own markup, rendered by ' +
				"Svelte's server renderer), as a file that needs no stylesheet: theme colours resolved, the font " +
				'embedded. --format png rasterises it in Node. <spec> is a spec file or the id of a bundled stack.'
		)
		.argument('<spec>', 'spec file (.stackmotion.yaml / .json) or bundled stack id')
		.option('-s, --step <id|n>', 'the step: its id, or its number counting from 1 (default: the first)')
		.addOption(new Option('-l, --lang <lang>', 'language of the text').choices(['en', 'ko']).default('en'))
		.addOption(new Option('-t, --theme <theme>', 'colour theme').choices(['light', 'dark']).default('light'))
		.addOption(
			new Option('-f, --format <format>', 'file format (default: from the output name, else svg)').choices([
				'svg',
				'png'
			])
		)
		.addOption(new Option('--scale <n>', 'PNG pixels per layout unit').choices(['1', '2', '4']).default('2'))
		.option('-o, --output <file>', 'where to write it; - for stdout', '-')
		.option(ASPECT_FLAG, ASPECT_HELP, DEFAULT_ASPECT_TEXT)
		.option(
			'--no-embed-font',
			'SVG: keep text with the font-family fallback list instead of embedding the font'
		)
		.option(
			'--font <files...>',
			'PNG: TrueType/OpenType files to draw text with (default: Pretendard from node_modules)'
		)
		.addHelpText(
			'after',
			'\nExamples:\n' +
				'  $ stackmotion render platform.stackmotion.yaml --step v2 --lang ko --theme dark -o v2.svg\n' +
				'  $ stackmotion render kubernetes-cri --step 1.24 --format png --scale 2 -o k8s-1.24.png'
		)
		.action(async (source: string, options: RenderOptions) => done(await renderSpec(io, source, options)));
}
