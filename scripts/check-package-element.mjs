// Proves the packaged `stackmotion/element` entry is the self-contained bundle: it exists beside its fonts, has no
// import only a Vite build understands (`?inline` CSS), carries no layout engine, and exports the element class
// that its declaration file describes. Run by `npm run package` after the element build into dist/element-bundle.
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const entry = pkg.exports?.['./element'];
const problems = [];
const file = (relative) => new URL(`../${relative.replace(/^\.\//, '')}`, import.meta.url);

if (!entry?.default || !entry?.types)
	problems.push('package.json exports "./element" needs "types" and "default"');
else {
	const code = existsSync(file(entry.default)) ? readFileSync(file(entry.default), 'utf8') : undefined;
	if (code === undefined) problems.push(`${entry.default} is missing`);
	else {
		if (code.includes('?inline')) problems.push(`${entry.default} still imports "?inline" CSS`);
		const bareImport = [
			/(?:^|[;}\n])\s*import\s*[\w*{$][^;'"]*?from\s*["'](?![./])/,
			/(?:^|[;}\n])\s*import\s*["'](?![./])/,
			/\bimport\(\s*["'](?![./])/
		];
		if (bareImport.some((pattern) => pattern.test(code)))
			problems.push(`${entry.default} imports a bare package name: it must be self-contained`);
		for (const marker of ['org.eclipse.elk', 'elkjs']) {
			if (code.includes(marker)) problems.push(`${entry.default} contains the layout engine (${marker})`);
		}
		const exported = /export\s*\{([^}]*)\}/.exec(code)?.[1] ?? '';
		if (!/\bas\s+StackmotionDiagram\b|^\s*StackmotionDiagram\b/.test(exported))
			problems.push(`${entry.default} does not export StackmotionDiagram`);
		const fonts = new URL('fonts/pretendard.css', file(entry.default));
		if (!existsSync(fonts)) problems.push('the element bundle has no fonts/pretendard.css beside it');
	}
	if (!existsSync(file(entry.types))) problems.push(`${entry.types} is missing`);
	else if (!readFileSync(file(entry.types), 'utf8').includes('StackmotionDiagram'))
		problems.push(`${entry.types} does not declare StackmotionDiagram`);
}

if (problems.length) {
	for (const problem of problems) console.error(`check-package-element: ${problem}`);
	process.exit(1);
}
console.log(`check-package-element: ${entry.default} is self-contained and exports StackmotionDiagram`);
