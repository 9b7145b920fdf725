/** Reads back what a .pptx file holds, for tests: slides in order, their shapes, transition and notes. */
import JSZip from 'jszip';

export interface ReadShape {
	/** `p:sp` or `p:cxnSp`. */
	element: string;
	name: string;
	/** The shape's text runs joined, paragraphs by newlines. */
	text: string;
	/** `prstGeom` preset or `custGeom`. */
	geometry: string;
	/** Offset and extent, EMU. */
	x: number;
	y: number;
	cx: number;
	cy: number;
	xml: string;
}

export interface ReadSlide {
	file: string;
	xml: string;
	shapes: ReadShape[];
	pictures: number;
	/** The notes slide's paragraphs. */
	notes: string[];
}

export interface ReadDeck {
	/** Slide width and height, EMU. */
	size: { cx: number; cy: number };
	slides: ReadSlide[];
}

const unescape = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

function paragraphs(xml: string): string[] {
	return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
		[...(p[1] ?? '').matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => unescape(t[1] ?? '')).join('')
	);
}

function shapesOf(xml: string): ReadShape[] {
	return [...xml.matchAll(/<(p:sp|p:cxnSp)>([\s\S]*?)<\/\1>/g)].map((m) => {
		const body = m[2] ?? '';
		const num = (re: RegExp) => Number(re.exec(body)?.[1] ?? NaN);
		return {
			element: m[1] ?? '',
			name: unescape(/<p:cNvPr id="\d+" name="([^"]*)"/.exec(body)?.[1] ?? ''),
			text: paragraphs(body).join('\n'),
			geometry:
				/<a:prstGeom prst="([^"]+)"/.exec(body)?.[1] ?? (body.includes('<a:custGeom') ? 'custGeom' : ''),
			x: num(/<a:off x="(-?\d+)"/),
			y: num(/<a:off x="-?\d+" y="(-?\d+)"/),
			cx: num(/<a:ext cx="(\d+)"/),
			cy: num(/<a:ext cx="\d+" cy="(\d+)"/),
			xml: body
		};
	});
}

async function text(zip: JSZip, path: string): Promise<string> {
	const file = zip.file(path);
	if (!file) throw new Error(`${path} is not in the package`);
	return file.async('string');
}

/** The path a relationship of `part` points to, by type suffix (e.g. "/notesSlide"). */
async function related(zip: JSZip, part: string, type: string): Promise<string | undefined> {
	const slash = part.lastIndexOf('/');
	const rels = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
	const xml = await text(zip, rels);
	for (const m of xml.matchAll(/<Relationship ([^>]*)\/>/g)) {
		const attrs = m[1] ?? '';
		if (!new RegExp(`Type="[^"]*${type}"`).test(attrs)) continue;
		const target = /Target="([^"]+)"/.exec(attrs)?.[1] ?? '';
		return new URL(target, `file:///${part}`).pathname.slice(1);
	}
	return undefined;
}

export async function readDeck(bytes: Uint8Array): Promise<ReadDeck> {
	const zip = await JSZip.loadAsync(bytes);
	const presentation = await text(zip, 'ppt/presentation.xml');
	const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation);
	const slides: ReadSlide[] = [];
	// Slide order is the presentation's list of slide ids, each a relationship to a slide part.
	const relIds = [...presentation.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
	const rels = await text(zip, 'ppt/_rels/presentation.xml.rels');
	for (const id of relIds) {
		const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
		if (!target) throw new Error(`No slide for relationship ${id}`);
		const file = `ppt/${target}`;
		const xml = await text(zip, file);
		const notesPath = await related(zip, file, '/notesSlide');
		const notesXml = notesPath ? await text(zip, notesPath) : '';
		const body =
			/name="Notes Placeholder[^"]*"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(notesXml)?.[1] ?? '';
		slides.push({
			file,
			xml,
			shapes: shapesOf(xml),
			pictures: (xml.match(/<p:pic>/g) ?? []).length,
			notes: paragraphs(body)
		});
	}
	return { size: { cx: Number(size?.[1]), cy: Number(size?.[2]) }, slides };
}

/** True when the slide carries a Morph transition (with its fallback) right after the colour map. */
export function hasMorph(slide: ReadSlide): boolean {
	return /<\/p:clrMapOvr><mc:AlternateContent [^>]*><mc:Choice [^>]*Requires="p159"><p:transition [^>]*><p159:morph option="byObject"\/><\/p:transition><\/mc:Choice><mc:Fallback><p:transition [^>]*><p:fade\/><\/p:transition><\/mc:Fallback><\/mc:AlternateContent>/.test(
		slide.xml
	);
}
