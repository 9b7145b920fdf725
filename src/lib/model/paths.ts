/** Paths into a spec, written the way an author reads them: `steps[2].add.edges[4].to`, `sources["my key"]`. */

export type PathKey = string | number;

/** Keys that read well after a dot: the fixed field names and ids like `k8s-blog`. */
const IDENTIFIER_LIKE = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function formatPath(keys: readonly PathKey[]): string {
	let out = '';
	for (const key of keys) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (IDENTIFIER_LIKE.test(key)) out += out === '' ? key : `.${key}`;
		else out += `[${JSON.stringify(key)}]`;
	}
	return out;
}

/** Every prefix of a path, itself included, so "is anything wrong under X" is one set lookup. */
export function pathPrefixes(keys: readonly PathKey[]): string[] {
	const prefixes = [''];
	for (let i = 1; i <= keys.length; i++) prefixes.push(formatPath(keys.slice(0, i)));
	return prefixes;
}
