/**
 * The font files a prerendered page preloads: the subsets of Pretendard that the first step's English text falls
 * into, in both weights the diagrams use. Without them the browser finds each subset only when it lays the text
 * out, so the first paint of the diagram waits for a second round trip. Other languages load as before.
 */
import css from '$lib/fonts/pretendard.css?raw';
import { facesFor, fontFacesOf } from '$lib/fonts/subsets.js';
import type { StorylineLayout } from '$lib/layout/types.js';
import { wordsFor } from '$lib/i18n/words.js';
import { KIND_CAPTION } from '$lib/model/kinds.js';

const FACES = fontFacesOf(css);
// The built (hashed) address of every font file, by file name.
const URLS = Object.fromEntries(
	Object.entries(
		import.meta.glob<string>('/src/lib/fonts/*.woff2', { query: '?url', import: 'default', eager: true })
	).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url])
);

/** Every string in a value (the interface's own words). */
function stringsOf(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value !== 'object' || value === null) return [];
	return Object.values(value).flatMap(stringsOf);
}

/** The step buttons' arrows and the edge list's "a → b": in the markup, not in any words table. */
const MARKUP_TEXT = '← → ·';

/** The English strings of a value: the `en` of every `{ en, ko }` in it. */
function englishOf(value: unknown, out: string[]): string[] {
	if (typeof value !== 'object' || value === null) return out;
	const text = value as Record<string, unknown>;
	if (typeof text.en === 'string' && typeof text.ko === 'string') out.push(text.en);
	else for (const item of Object.values(text)) englishOf(item, out);
	return out;
}

export function fontPreloads(layout: StorylineLayout | undefined, stepIndex = 0): string[] {
	if (!layout) return [];
	const step = layout.storyline.steps[stepIndex];
	const drawn = layout.steps[stepIndex];
	const text = [
		...englishOf(layout.storyline.title, []),
		...englishOf(step, []),
		// The step buttons show every step's label; the boxes show their wrapped lines and kind captions.
		...layout.storyline.steps.flatMap((s) => englishOf(s.label, [])),
		...(drawn?.nodes.flatMap((n) => n.label.en) ?? []),
		...(drawn?.edges.flatMap((e) => e.label?.lines.en ?? []) ?? []),
		...(step?.nodes.map((n) => KIND_CAPTION[n.kind].en) ?? []),
		...stringsOf(wordsFor('en')),
		MARKUP_TEXT
	].join(' ');
	return facesFor(text, FACES).flatMap((face) => {
		const url = URLS[face.file.slice(face.file.lastIndexOf('/') + 1)];
		return url ? [url] : [];
	});
}
