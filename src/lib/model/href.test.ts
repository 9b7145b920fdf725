import { describe, expect, test } from 'vitest';
import { isSafeHref } from './href.js';

describe('isSafeHref', () => {
	test.each([
		'https://kubernetes.io/blog/2022/02/17/dockershim-faq/',
		'http://example.com',
		'HTTPS://EXAMPLE.COM/Path',
		'Http://example.com:8080/?q=1#top',
		'/docs/cri',
		'../oci/runtime-spec.html',
		'runtime-spec.html',
		'?step=1.24',
		'#kubelet',
		'//cdn.example.com/x',
		'page?a=1&b=2:3'
	])('accepts %j', (href) => {
		expect(isSafeHref(href)).toBe(true);
	});

	test.each([
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		'JAVASCRIPT:alert(1)',
		'vbscript:msgbox(1)',
		'data:text/html;base64,PHNjcmlwdD4=',
		'file:///etc/passwd',
		'mailto:someone@example.com',
		'http:example.com',
		'https:/example.com',
		' javascript:alert(1)',
		'\tjavascript:alert(1)',
		'\u0000javascript:alert(1)',
		'\u001fjavascript:alert(1)',
		'java\nscript:alert(1)',
		'java\tscript:alert(1)',
		'\u00a0https://example.com',
		'https://example.com/a b',
		'&#106;avascript:alert(1)',
		'javascript&colon;alert(1)x:',
		''
	])('rejects %j', (href) => {
		expect(isSafeHref(href)).toBe(false);
	});
});
