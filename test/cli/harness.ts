/** Runs the CLI in-process in a fresh temporary folder, capturing what it prints. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIo, type CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export interface CliRun {
	code: number;
	stdout: string;
	stderr: string;
	/** Bytes written to stdout (for binary output). */
	stdoutBytes: Uint8Array;
}

export interface Sandbox {
	dir: string;
	write(file: string, text: string): void;
	read(file: string): string;
	readBytes(file: string): Uint8Array;
	cli(...argv: string[]): Promise<CliRun>;
}

export function sandbox(): Sandbox {
	const dir = mkdtempSync(join(tmpdir(), 'stackmotion-cli-'));
	return {
		dir,
		write: (file, text) => writeFileSync(join(dir, file), text),
		read: (file) => readFileSync(join(dir, file), 'utf8'),
		readBytes: (file) => new Uint8Array(readFileSync(join(dir, file))),
		async cli(...argv) {
			const out: Uint8Array[] = [];
			let stderr = '';
			const io: CliIo = {
				...nodeIo(),
				cwd: dir,
				stdout: (chunk) => out.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk),
				stderr: (text) => (stderr += text)
			};
			const code = await run(argv, io);
			const stdoutBytes = new Uint8Array(Buffer.concat(out));
			return { code, stdout: new TextDecoder().decode(stdoutBytes), stderr, stdoutBytes };
		}
	};
}
