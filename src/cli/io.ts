/**
 * Everything the CLI touches outside itself, passed in: output streams, the working directory and the file
 * system. The bin passes Node's; tests pass their own and run commands in-process.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export interface CliIo {
	stdout(text: string | Uint8Array): void;
	stderr(text: string): void;
	cwd: string;
	exists(path: string): boolean;
	readText(path: string): Promise<string>;
	/** Writes a file, making its folder if needed. */
	writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

export function nodeIo(): CliIo {
	return {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		cwd: process.cwd(),
		exists: (path) => existsSync(path),
		readText: (path) => readFile(path, 'utf8'),
		writeFile: async (path, data) => {
			await mkdir(dirname(path), { recursive: true });
			await writeFile(path, data);
		}
	};
}

/** A path as the user wrote it, made absolute against the CLI's working directory. */
export function inCwd(io: CliIo, path: string): string {
	return resolve(io.cwd, path);
}

/** A mistake in how the CLI was called (missing file, unknown step …): exit code 2, a message, no stack trace. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** Writes to `-` (stdout) or a file. */
export async function writeOutput(io: CliIo, output: string, data: string | Uint8Array): Promise<void> {
	if (output === '-') io.stdout(data);
	else await io.writeFile(inCwd(io, output), data);
}
