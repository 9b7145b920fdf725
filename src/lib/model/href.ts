/** Which links are safe to put in an `href`: absolute http(s) URLs and scheme-less relative URLs, nothing else. */

/**
 * Whitespace and control characters anywhere are refused outright: browsers strip or skip them while parsing, which
 * is how `" javascript:"` and `"java\tscript:"` slip past naive scheme checks.
 */
const WHITESPACE_OR_CONTROL =
	// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
	/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const HTTP_ABSOLUTE = /^https?:\/\/[^/?#\\]+/i;

export function isSafeHref(href: string): boolean {
	if (href === '' || WHITESPACE_OR_CONTROL.test(href)) return false;
	if (SCHEME.test(href)) return HTTP_ABSOLUTE.test(href);
	// A relative URL has no colon before its path or query starts; one there is a scheme in disguise, e.g.
	// `&#106;avascript:` once entities are decoded. (This also refuses colons in a bare `#fragment`.)
	const beforePath = href.split(/[/?\\]/, 1)[0] ?? '';
	return !beforePath.includes(':');
}
