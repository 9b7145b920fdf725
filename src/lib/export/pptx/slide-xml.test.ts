import { describe, expect, test } from 'vitest';
import {
	escapeXml,
	fixFontCharsets,
	insertTransition,
	morphTransitionXml,
	replaceNotesText
} from './slide-xml.js';

const SLIDE = '<p:sld><p:cSld><p:spTree/></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>';

describe('slide XML patches', () => {
	test('the Morph transition goes right after the colour map, as PowerPoint 2019 writes it, with a fade fallback', () => {
		const xml = insertTransition(SLIDE, morphTransitionXml(1234.4));
		expect(xml).toBe(
			'<p:sld><p:cSld><p:spTree/></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>' +
				'<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
				'<mc:Choice xmlns:p159="http://schemas.microsoft.com/office/powerpoint/2015/09/main" Requires="p159">' +
				'<p:transition xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" spd="slow" p14:dur="1234">' +
				'<p159:morph option="byObject"/></p:transition></mc:Choice>' +
				'<mc:Fallback><p:transition spd="slow"><p:fade/></p:transition></mc:Fallback></mc:AlternateContent></p:sld>'
		);
		expect(() => insertTransition('<p:sld><p:cSld/></p:sld>', morphTransitionXml(1))).toThrow(
			/no <p:clrMapOvr>/
		);
		expect(() => insertTransition(xml, morphTransitionXml(1))).toThrow(/already has a transition/);
	});

	test('notes become one paragraph per line, escaped, in the given language', () => {
		const notes =
			'<p:notes><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/></p:nvSpPr><p:spPr/>' +
			'<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>a\r\nb</a:t></a:r></a:p></p:txBody></p:sp></p:notes>';
		const xml = replaceNotesText(notes, ['Docker & <CRI>', '', '쿠버네티스'], 'ko-KR');
		expect(xml).toContain(
			'<p:txBody><a:bodyPr/><a:lstStyle/>' +
				'<a:p><a:r><a:rPr lang="ko-KR" dirty="0"/><a:t>Docker &amp; &lt;CRI&gt;</a:t></a:r></a:p>' +
				'<a:p><a:endParaRPr lang="ko-KR" dirty="0"/></a:p>' +
				'<a:p><a:r><a:rPr lang="ko-KR" dirty="0"/><a:t>쿠버네티스</a:t></a:r></a:p></p:txBody>'
		);
		expect(() => replaceNotesText('<p:notes/>', ['x'], 'en-US')).toThrow(/no notes placeholder/);
		expect(escapeXml(`"it's"`)).toBe('&quot;it&apos;s&quot;');
	});

	test('font hints: Hangul for the East Asian font, the default set for complex scripts', () => {
		const run =
			'<a:latin typeface="Pretendard" pitchFamily="34" charset="0"/><a:ea typeface="Pretendard" pitchFamily="34" charset="-122"/><a:cs typeface="Pretendard" pitchFamily="34" charset="-120"/>';
		expect(fixFontCharsets(run)).toBe(
			'<a:latin typeface="Pretendard" pitchFamily="34" charset="0"/><a:ea typeface="Pretendard" pitchFamily="34" charset="-127"/><a:cs typeface="Pretendard" pitchFamily="34" charset="0"/>'
		);
	});
});
