/**
 * The CLI's core: parse `argv`, run one command, return its exit code — in-process, with all input and output
 * through `io`, so tests call it directly. Exit codes: 0 done, 1 the spec has errors, 2 the command line was wrong
 * (unknown command or flag, missing file, unknown step).
 */
import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { bakeCommand } from './commands/bake.js';
import { exportCommand } from './commands/export.js';
import { newCommand } from './commands/new.js';
import { renderCommand } from './commands/render.js';
import { validateCommand } from './commands/validate.js';
import { UsageError, type CliIo } from './io.js';

export const EXIT = { ok: 0, specErrors: 1, usage: 2 } as const;

function program(io: CliIo, done: (code: number) => void): Command {
	const cli = new Command('stackmotion')
		.description('Validate, bake, draw and export stackmotion storylines (animated architecture diagrams).')
		.version(packageJson.version, '-v, --version')
		// Set before the commands are added, so every command inherits them.
		.exitOverride()
		.configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
		.showSuggestionAfterError(true)
		.allowExcessArguments(false);
	validateCommand(cli, io, done);
	bakeCommand(cli, io, done);
	renderCommand(cli, io, done);
	exportCommand(cli, io, done);
	newCommand(cli, io, done);
	cli.addHelpText(
		'after',
		"\nExit codes: 0 done, 1 the spec has errors, 2 the command line was wrong.\nRun `stackmotion <command> --help` for a command's options."
	);
	return cli;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
	let code: number = EXIT.ok;
	const cli = program(io, (c) => (code = c));
	try {
		await cli.parseAsync([...argv], { from: 'user' });
		return code;
	} catch (error) {
		if (error instanceof CommanderError) {
			// Commander has printed its message (or the help/version text) already.
			return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
		}
		if (error instanceof UsageError) {
			io.stderr(`error: ${error.message}\n`);
			return EXIT.usage;
		}
		throw error;
	}
}
