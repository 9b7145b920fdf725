/**
 * The playground's share links: the YAML, compressed with lz-string, in the URL's hash (`#yaml=…`), so a link
 * carries the whole spec and nothing is stored anywhere.
 */
// lz-string is CommonJS: Vite's dev SSR cannot take named exports from it, so it is read through its default.
import LZString from 'lz-string';

const PREFIX = '#yaml=';

export function shareHash(text: string): string {
	return `${PREFIX}${LZString.compressToEncodedURIComponent(text)}`;
}

/** The YAML in a share hash, or undefined when the hash is not one (or is damaged). */
export function textFromHash(hash: string): string | undefined {
	if (!hash.startsWith(PREFIX)) return undefined;
	const text = LZString.decompressFromEncodedURIComponent(hash.slice(PREFIX.length));
	return typeof text === 'string' && text.length > 0 ? text : undefined;
}
