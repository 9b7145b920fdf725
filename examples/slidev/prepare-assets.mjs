/**
 * Puts what the deck loads into its public folder, from this repository's own build (run `npm run build` at
 * the repository root first): the self-contained <stackmotion-diagram> script with its fonts, and the baked
 * layout of the stack the slides show, and the site's icon. Nothing here is committed; every build copies it afresh.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const element = `${repo}build/element`;
const cli = `${repo}dist-cli/stackmotion.js`;
const out = fileURLToPath(new URL('./public/', import.meta.url));

for (const [path, what] of [
	[`${element}/stackmotion-element.js`, 'the element bundle'],
	[cli, 'the stackmotion command']
]) {
	if (!existsSync(path)) {
		console.error(`${path} is missing (${what}): run \`npm run build\` in the repository root first.`);
		process.exit(1);
	}
}

if (!existsSync(fileURLToPath(new URL('./node_modules/@slidev/cli', import.meta.url)))) {
	console.error('Slidev is not installed here: run `npm ci` in examples/slidev first.');
	process.exit(1);
}

rmSync(`${out}element`, { recursive: true, force: true });
cpSync(`${repo}static/favicon.svg`, `${out}favicon.svg`);
cpSync(element, `${out}element`, { recursive: true });
// `stack="kubernetes-cri"` loads layouts/kubernetes-cri.json beside the element/ folder.
mkdirSync(`${out}layouts`, { recursive: true });
// `--slide`: the element only draws, so the deck's copy leaves out the speaker notes and the sources.
execFileSync(
	process.execPath,
	[cli, 'bake', 'kubernetes-cri', '--slide', '-o', `${out}layouts/kubernetes-cri.json`],
	{
		stdio: 'inherit'
	}
);
