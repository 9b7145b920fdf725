/** `stackmotion new <name>`: a commented starter spec, `<name>.stackmotion.yaml`, ready to edit. */
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_SCHEMA_URL } from '../../lib/authoring/to-yaml.js';
import { inCwd, UsageError, type CliIo } from '../io.js';
import { starterSpec } from '../starter.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function newSpec(
	io: CliIo,
	name: string,
	options: { force?: boolean; schema: string }
): Promise<number> {
	const id = basename(name).replace(/\.stackmotion\.ya?ml$/, '');
	if (!ID.test(id)) {
		throw new UsageError(
			`"${id}" cannot be a storyline id: use lowercase letters, digits and single hyphens (e.g. my-platform).`
		);
	}
	const file = join(dirname(name), `${id}.stackmotion.yaml`);
	if (io.exists(inCwd(io, file)) && !options.force) {
		throw new UsageError(`${file} already exists. Choose another name, or pass --force to overwrite it.`);
	}
	await io.writeFile(inCwd(io, file), starterSpec(id, options.schema));
	io.stdout(`wrote ${file}\nnext: stackmotion validate ${file}\n`);
	return 0;
}

export function newCommand(program: Command, io: CliIo, done: (code: number) => void): void {
	program
		.command('new')
		.summary('write a commented starter spec')
		.description(
			'Write <name>.stackmotion.yaml: a three-step storyline with groups, nodes, edges and patches that add, ' +
				'update and remove, in English and Korean, with comments. Its first line points editors that use ' +
				'yaml-language-server at the JSON Schema, for completion and checking as you type.'
		)
		.argument('<name>', 'storyline id and file name (lowercase, hyphens), optionally in a folder')
		.option('--force', 'overwrite an existing file')
		.option('--schema <url>', 'JSON Schema location for the yaml-language-server comment', DEFAULT_SCHEMA_URL)
		.addHelpText('after', '\nExample:\n  $ stackmotion new my-platform     # → my-platform.stackmotion.yaml')
		.action(async (name: string, options: { force?: boolean; schema: string }) =>
			done(await newSpec(io, name, options))
		);
}
