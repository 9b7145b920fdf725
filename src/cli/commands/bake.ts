/** `stackmotion bake <spec> -o layout.json`: the laid-out storyline as JSON, for pages that ship no layout engine. */
import type { Command } from 'commander';
import { formatErrors } from '../../lib/authoring/format.js';
import { bakeStoryline } from '../../lib/bake/index.js';
import { packLayout } from '../../lib/bake/pack.js';
import { slideLayout } from '../../lib/bake/slide.js';
import type { StorylineLayout } from '../../lib/layout/types.js';
import { writeOutput, type CliIo } from '../io.js';
import { loadSpec } from '../load-spec.js';
import { ASPECT_FLAG, ASPECT_HELP, DEFAULT_ASPECT_TEXT, parseAspect } from '../aspect.js';
import type { StageOptions } from '../../lib/layout/compose.js';

/** Validates and lays out a spec; errors are printed (stderr, since stdout may be the output) and yield `undefined`. */
export async function bakeSpec(
	io: CliIo,
	source: string,
	stage: StageOptions = {}
): Promise<StorylineLayout | undefined> {
	const loaded = await loadSpec(io, source);
	if (!loaded.ok) {
		io.stderr(`${formatErrors(loaded.errors)}\n`);
		return undefined;
	}
	const baked = await bakeStoryline(loaded.spec, { stage });
	if (!baked.ok) {
		io.stderr(`${formatErrors(baked.errors.map((e) => ({ ...e, file: source })))}\n`);
		return undefined;
	}
	return baked.layout;
}

export function bakeCommand(program: Command, io: CliIo, done: (code: number) => void): void {
	program
		.command('bake')
		.summary('lay a spec out and write the layout as JSON')
		.description(
			'Validate a spec and lay out all of its steps (ELK, in Node), writing the baked layout (compact JSON, ' +
				'format 2) that <stackmotion-diagram src> draws without a layout engine and expandLayout from ' +
				'stackmotion/bake/read turns into the StorylineLayout the Diagram and Storyline components take. ' +
				'<spec> is a spec file or the id of a bundled stack.'
		)
		.argument('<spec>', 'spec file (.stackmotion.yaml / .json) or bundled stack id')
		.option('-o, --output <file>', 'where to write the layout; - for stdout', '-')
		.option('--pretty', 'indent the JSON')
		.option(
			'--slide',
			'leave out the speaker notes and the source list: for pages that only draw (<stackmotion-diagram>, Storyline)'
		)
		.option(ASPECT_FLAG, ASPECT_HELP, DEFAULT_ASPECT_TEXT)
		.addHelpText(
			'after',
			'\nExamples:\n  $ stackmotion bake platform.stackmotion.yaml -o src/lib/platform.layout.json\n  $ stackmotion bake kubernetes-cri --slide -o public/layouts/kubernetes-cri.json\n  $ stackmotion bake kubernetes-cri -o - --pretty'
		)
		.action(
			async (
				source: string,
				options: { output: string; pretty?: boolean; slide?: boolean; aspect: string }
			) => {
				const baked = await bakeSpec(io, source, { aspect: parseAspect(options.aspect) });
				if (!baked) return done(1);
				const layout = options.slide ? slideLayout(baked) : baked;
				await writeOutput(
					io,
					options.output,
					`${JSON.stringify(packLayout(layout), null, options.pretty ? '\t' : undefined)}\n`
				);
				if (options.output !== '-') io.stderr(`wrote ${options.output} (${layout.steps.length} steps)\n`);
				done(0);
			}
		);
}
