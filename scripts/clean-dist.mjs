// svelte-package copies every file under src/lib; tests, fixtures and snapshots are not part of the library.
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const TEST_FILE = /\.(test|spec)\.(js|ts|d\.ts)$|\.(test|spec)\.d\.ts$/;
const TEST_DIR = new Set(['fixtures', '__snapshots__', '__screenshots__']);

function clean(dir) {
	let removed = 0;
	for (const name of readdirSync(dir)) {
		const file = path.join(dir, name);
		if (statSync(file).isDirectory()) {
			if (TEST_DIR.has(name)) {
				rmSync(file, { recursive: true });
				removed++;
			} else removed += clean(file);
		} else if (TEST_FILE.test(name)) {
			rmSync(file);
			removed++;
		}
	}
	return removed;
}

console.log(`clean-dist: removed ${clean('dist')} test files and folders from dist`);
