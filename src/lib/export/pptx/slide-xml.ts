/**
 * What pptxgenjs cannot write, patched into its slide XML: the Morph transition (PowerPoint 2019 / 365;
 * others take the fade fallback), notes as real paragraphs in the chosen language, and font hints that let
 * a machine without Pretendard substitute a sans-serif with Hangul.
 */

const NS_MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const NS_P14 = 'http://schemas.microsoft.com/office/powerpoint/2010/main';
const NS_P159 = 'http://schemas.microsoft.com/office/powerpoint/2015/09/main';

/**
 * Morph by object, as PowerPoint writes it: an `mc:AlternateContent` whose choice needs the 2015 namespace
 * (`p159:morph`), with a plain fade for applications that do not know it (Keynote, Google Slides, LibreOffice).
 */
export function morphTransitionXml(durationMs: number): string {
	const duration = Math.max(1, Math.round(durationMs));
	return (
		`<mc:AlternateContent xmlns:mc="${NS_MC}">` +
		`<mc:Choice xmlns:p159="${NS_P159}" Requires="p159">` +
		`<p:transition xmlns:p14="${NS_P14}" spd="slow" p14:dur="${duration}"><p159:morph option="byObject"/></p:transition>` +
		`</mc:Choice>` +
		`<mc:Fallback><p:transition spd="slow"><p:fade/></p:transition></mc:Fallback>` +
		`</mc:AlternateContent>`
	);
}

const COLOR_MAP_END = '</p:clrMapOvr>';

/** The schema orders a slide's children cSld, clrMapOvr, transition, timing: the transition goes right after. */
export function insertTransition(slideXml: string, transitionXml: string): string {
	const at = slideXml.indexOf(COLOR_MAP_END);
	if (at < 0) throw new Error('Unexpected slide XML: no <p:clrMapOvr> to place the transition after.');
	if (slideXml.includes('<p:transition')) throw new Error('The slide already has a transition.');
	const end = at + COLOR_MAP_END.length;
	return slideXml.slice(0, end) + transitionXml + slideXml.slice(end);
}

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** OOXML language tags for the diagram's languages. */
export const LANGUAGE_TAG = { en: 'en-US', ko: 'ko-KR' } as const;

function paragraphXml(text: string, languageTag: string): string {
	if (!text) return `<a:p><a:endParaRPr lang="${languageTag}" dirty="0"/></a:p>`;
	return `<a:p><a:r><a:rPr lang="${languageTag}" dirty="0"/><a:t>${escapeXml(text)}</a:t></a:r></a:p>`;
}

const NOTES_BODY =
	/(name="Notes Placeholder 2"[\s\S]*?<p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/;

/** Replaces the notes text (pptxgenjs writes one run with line breaks inside) with one paragraph per line. */
export function replaceNotesText(
	notesXml: string,
	paragraphs: readonly string[],
	languageTag: string
): string {
	if (!NOTES_BODY.test(notesXml)) throw new Error('Unexpected notes slide XML: no notes placeholder body.');
	const body = paragraphs.map((p) => paragraphXml(p, languageTag)).join('');
	return notesXml.replace(NOTES_BODY, (_, start: string, end: string) => start + body + end);
}

/**
 * pptxgenjs marks the East Asian and complex-script fonts with Chinese character sets (GB2312, Big5): a viewer
 * substituting a missing Pretendard would then reach for a Chinese font. Hangul (129) and the default set
 * point it at a Korean-capable sans-serif instead.
 */
export function fixFontCharsets(slideXml: string): string {
	return slideXml
		.replace(/(<a:ea typeface="[^"]*" pitchFamily="34") charset="-122"/g, '$1 charset="-127"')
		.replace(/(<a:cs typeface="[^"]*" pitchFamily="34") charset="-120"/g, '$1 charset="0"');
}
