/** The `stackmotion` command: Node's streams, file system and exit code around the in-process core. */
import { nodeIo } from './io.js';
import { run } from './run.js';

run(process.argv.slice(2), nodeIo()).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(
			`stackmotion: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
		);
		process.exitCode = 3;
	}
);
