// Builds the example Slidev deck (examples/slidev). The deck has its own dependencies; on a fresh checkout they are
// installed first, so the README's `npm test` needs no extra step.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const deck = fileURLToPath(new URL('../examples/slidev/', import.meta.url));
const run = (command) => execSync(command, { cwd: deck, stdio: 'inherit' });

if (!existsSync(`${deck}node_modules/@slidev/cli`)) run('npm ci --no-audit --no-fund');
run('npm run build');
