/**
 * The playground's share links: the YAML, compressed with lz-string, in the URL's hash (`#yaml=…`), so a link
 * carries the whole spec and nothing is stored anywhere.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

const PREFIX = '#yaml=';

export function shareHash(text: string): string {
	return `${PREFIX}${compressToEncodedURIComponent(text)}`;
}

/** The YAML in a share hash, or undefined when the hash is not one (or is damaged). */
export function textFromHash(hash: string): string | undefined {
	if (!hash.startsWith(PREFIX)) return undefined;
	const text = decompressFromEncodedURIComponent(hash.slice(PREFIX.length));
	return typeof text === 'string' && text.length > 0 ? text : undefined;
}
