/**
 * `stackmotion export <spec> --format pptx -o talk.pptx`: the whole storyline (or `--from`/`--to`) as one file
 * of a format from the table in `../export/formats.ts`.
 */
import { Option, type Command } from 'commander';
import type { Lang } from '../../lib/model/types.js';
import type { ColorScheme } from '../../lib/render/css-values.js';
import {
	EXPORT_FORMAT_NAMES,
	EXPORT_FORMATS,
	formatOfOutput,
	type ExportFormatName,
	type FormatOption
} from '../export/formats.js';
import { UsageError, writeOutput, type CliIo } from '../io.js';
import { bakeSpec } from './bake.js';
import { ASPECT_FLAG, ASPECT_HELP, DEFAULT_ASPECT_TEXT, parseAspect } from '../aspect.js';
import { stepIndexOf } from './render.js';

export interface ExportOptions {
	/** `--aspect`: the stage's shape, `16:9` by default. */
	aspect?: string;
	format?: ExportFormatName;
	output?: string;
	lang: Lang;
	theme: ColorScheme;
	from?: string;
	to?: string;
	fps: string;
	hold: string;
	scale: string;
	animate?: boolean;
}

/** A number option within bounds, or a usage error naming the option. */
function numberOption(flag: string, text: string, min: number, max: number, integer = false): number {
	const value = Number(text);
	if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
		const what = integer ? 'a whole number' : 'a number';
		throw new UsageError(`${flag} must be ${what} from ${min} to ${max}, not "${text}".`);
	}
	return value;
}

function formatOf(options: ExportOptions): ExportFormatName {
	if (options.format) return options.format;
	const fromName = options.output ? formatOfOutput(options.output) : undefined;
	if (fromName) return fromName;
	throw new UsageError(
		`Say which format to write: --format ${EXPORT_FORMAT_NAMES.join('|')} (or an output file ending in one of them).`
	);
}

/** Format-specific options given on the command line that the chosen format does not read. */
function unusedOptions(command: Command, format: ExportFormatName): string[] {
	const reads: readonly FormatOption[] = EXPORT_FORMATS[format].options;
	const all: FormatOption[] = ['fps', 'hold', 'scale', 'animate'];
	return all.filter((name) => !reads.includes(name) && command.getOptionValueSource(name) === 'cli');
}

export async function exportSpec(
	io: CliIo,
	source: string,
	options: ExportOptions,
	command: Command
): Promise<number> {
	const format = formatOf(options);
	const fps = numberOption('--fps', options.fps, 1, 120, true);
	const hold = numberOption('--hold', options.hold, 0, 60);
	const scale = numberOption('--scale', options.scale, 0.25, 8);
	const layout = await bakeSpec(io, source, { aspect: parseAspect(options.aspect ?? DEFAULT_ASPECT_TEXT) });
	if (!layout) return 1;
	const from = stepIndexOf(layout, options.from);
	const to = options.to === undefined ? layout.steps.length - 1 : stepIndexOf(layout, options.to);
	if (from > to) {
		throw new UsageError(`--from "${options.from}" comes after --to "${options.to}" in the storyline.`);
	}
	for (const name of unusedOptions(command, format)) {
		io.stderr(`note: --${name} does not apply to ${format}; ignored.\n`);
	}
	const output = options.output ?? `${layout.storyline.id}.${EXPORT_FORMATS[format].extension}`;
	const data = await EXPORT_FORMATS[format].write({
		layout,
		lang: options.lang,
		theme: options.theme,
		from,
		to,
		fps,
		hold,
		scale,
		animate: options.animate === true,
		io
	});
	await writeOutput(io, output, data);
	if (output !== '-') {
		const steps = layout.storyline.steps;
		io.stderr(
			`wrote ${output} (${format}, steps "${steps[from]?.id}" to "${steps[to]?.id}", ${options.lang}, ${options.theme})\n`
		);
	}
	return 0;
}

export function exportCommand(program: Command, io: CliIo, done: (code: number) => void): void {
	const formats = EXPORT_FORMAT_NAMES.map((name) => `  ${name.padEnd(6)} ${EXPORT_FORMATS[name].summary}`);
	program
		.command('export')
		.summary('write the whole storyline as a slide deck, video or animation')
		.description(
			'Lay a storyline out and write all of its steps (or --from/--to) as one file. <spec> is a spec file ' +
				'or the id of a bundled stack.'
		)
		.argument('<spec>', 'spec file (.stackmotion.yaml / .json) or bundled stack id')
		.addOption(
			new Option('-f, --format <format>', 'file format (default: from the output name)').choices(
				EXPORT_FORMAT_NAMES
			)
		)
		.option('-o, --output <file>', 'where to write it; - for stdout (default: <storyline id>.<format>)')
		.addOption(new Option('-l, --lang <lang>', 'language of the text').choices(['en', 'ko']).default('en'))
		.addOption(new Option('-t, --theme <theme>', 'colour theme').choices(['light', 'dark']).default('light'))
		.option(ASPECT_FLAG, ASPECT_HELP, DEFAULT_ASPECT_TEXT)
		.option('--from <id|n>', 'first step: its id, or its number counting from 1 (default: the first)')
		.option('--to <id|n>', 'last step (default: the last)')
		.option('--fps <n>', 'frames per second (video, animation)', '30')
		.option('--hold <seconds>', 'time each step stays still (video, animation)', '1.5')
		.option('--scale <n>', 'picture size: 1 is 720 px tall, 1280×720 (video, GIF)', '1')
		.option('--animate', 'an animated picture rather than a still one (svg)')
		.addHelpText(
			'after',
			`\nFormats:\n${formats.join('\n')}\n\nExamples:\n` +
				'  $ stackmotion export kubernetes-cri --format pptx -o k8s.pptx\n' +
				'  $ stackmotion export kubernetes-cri -o k8s-ko.pptx --lang ko --theme dark --from 1.5 --to 1.24\n' +
				'  $ stackmotion export kubernetes-cri -o k8s.mp4 --fps 30 --hold 1.5 --scale 2\n' +
				'  $ stackmotion export kubernetes-cri -o k8s.gif --from 1.20 --to 1.24\n' +
				'  $ stackmotion export kubernetes-cri -o k8s.svg --animate'
		)
		.action(async (source: string, options: ExportOptions, command: Command) =>
			done(await exportSpec(io, source, options, command))
		);
}
