/** `stackmotion validate <files…>`: every error of every file, compiler-style; exit 1 if there is any. */
import type { Command } from 'commander';
import { formatError } from '../../lib/authoring/format.js';
import type { Storyline } from '../../lib/model/types.js';
import { inCwd, UsageError, type CliIo } from '../io.js';
import { loadSpecFile, SPEC_EXTENSIONS } from '../load-spec.js';

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "ok  platform.stackmotion.yaml  storyline "platform": 3 steps, 7 nodes, 6 edges" */
export function summary(file: string, storyline: Storyline): string {
	const nodes = new Set(storyline.steps.flatMap((s) => s.nodes.map((n) => n.id))).size;
	const edges = new Set(storyline.steps.flatMap((s) => s.edges.map((e) => e.id))).size;
	return `ok  ${file}  storyline "${storyline.id}": ${plural(storyline.steps.length, 'step')}, ${plural(nodes, 'node')}, ${plural(edges, 'edge')}`;
}

export async function validateFiles(io: CliIo, files: readonly string[]): Promise<number> {
	// A missing file is a mistake in the command, not in a spec: say so before checking anything.
	const missing = files.filter((file) => !io.exists(inCwd(io, file)));
	if (missing.length)
		throw new UsageError(`${missing.join(', ')}: no such file${missing.length > 1 ? 's' : ''}.`);
	let failed = 0;
	for (const file of files) {
		const result = await loadSpecFile(io, file);
		if (result.ok) {
			io.stdout(`${summary(file, result.storyline)}\n`);
			continue;
		}
		failed++;
		for (const error of result.errors) io.stdout(`${formatError(error)}\n`);
	}
	if (files.length > 1 || failed > 0) {
		io.stdout(
			`${plural(files.length, 'file')} checked, ${failed === 0 ? 'all valid' : `${failed} with errors`}\n`
		);
	}
	return failed > 0 ? 1 : 0;
}

export function validateCommand(program: Command, io: CliIo, done: (code: number) => void): void {
	program
		.command('validate')
		.summary('check spec files and print every error with its line and column')
		.description(
			`Check storyline spec files (${SPEC_EXTENSIONS}). Each error is printed as "file:line:column  code  message", ` +
				'so terminals and editors can jump to it. Exits with 1 when any file has an error, 0 when all are valid.'
		)
		.argument('<files...>', 'spec files to check')
		.addHelpText('after', '\nExample:\n  $ stackmotion validate platform.stackmotion.yaml')
		.action(async (files: string[]) => done(await validateFiles(io, files)));
}
