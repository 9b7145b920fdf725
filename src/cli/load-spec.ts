/**
 * A storyline named on the command line: a YAML or JSON spec file (parsed with positions, so errors point at
 * line:column), or — when no such file exists — the id of a bundled stack.
 */
import { formatOfFile } from '../lib/authoring/format-of.js';
import { parseSpecSource, type LocatedError } from '../lib/authoring/parse.js';
import type { Storyline } from '../lib/model/types.js';
import { validateStoryline } from '../lib/model/validate.js';
import { stacks } from '../lib/stacks/index.js';
import { inCwd, UsageError, type CliIo } from './io.js';

export type LoadedSpec =
	{ ok: true; spec: unknown; storyline: Storyline } | { ok: false; errors: LocatedError[] };

export const SPEC_EXTENSIONS = '.stackmotion.yaml, .yaml, .yml or .json';

/** Reads and validates a spec file; throws `UsageError` for files that are missing or not YAML/JSON. */
export async function loadSpecFile(io: CliIo, file: string): Promise<LoadedSpec> {
	const path = inCwd(io, file);
	if (!io.exists(path)) throw new UsageError(`${file}: no such file.`);
	const format = formatOfFile(file);
	if (!format)
		throw new UsageError(`${file}: not a spec file. Spec files are YAML or JSON (${SPEC_EXTENSIONS}).`);
	const text = await io.readText(path);
	return parseSpecSource(text, { file, format });
}

/** A spec file, or a bundled stack by id (`kubernetes-cri`) when no file of that name exists. */
export async function loadSpec(io: CliIo, source: string): Promise<LoadedSpec> {
	const bundled = stacks[source];
	if (bundled && !io.exists(inCwd(io, source))) {
		const result = validateStoryline(bundled);
		return result.ok ? { ok: true, spec: bundled, storyline: result.storyline } : result;
	}
	if (!io.exists(inCwd(io, source)) && !formatOfFile(source)) {
		throw new UsageError(
			`${source}: no such file, and no bundled stack of that id. Give a spec file (${SPEC_EXTENSIONS}) or one of: ${Object.keys(stacks).join(', ')}.`
		);
	}
	return loadSpecFile(io, source);
}
