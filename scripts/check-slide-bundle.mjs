// Proves the slide-facing bundle (the <stackmotion-diagram> element) ships no layout engine, and prints its
// size gzipped. Run after `npm run build:element`; exits non-zero when elkjs crept in.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = new URL('../build/element/', import.meta.url);
const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
if (scripts.length !== 1 || scripts[0] !== 'stackmotion-element.js') {
	console.error(
		`Expected exactly build/element/stackmotion-element.js, found: ${scripts.join(', ') || 'nothing'}`
	);
	process.exit(1);
}
const code = readFileSync(new URL('stackmotion-element.js', dir));
const text = code.toString('utf8');
// Strings every elkjs build carries (its package name survives minification in error messages and ids).
const elkMarkers = ['org.eclipse.elk', 'elkjs', 'ElkNode', 'layered.crossingMinimization'];
const found = elkMarkers.filter((m) => text.includes(m));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
	`stackmotion-element.js: ${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip, elkjs: ${found.length ? 'PRESENT' : 'none'}`
);
if (found.length) {
	console.error(
		`The slide bundle contains the layout engine (${found.join(', ')}): it must draw baked layouts only.`
	);
	process.exit(1);
}
