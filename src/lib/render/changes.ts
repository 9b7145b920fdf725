/**
 * Change badges derived from the diff between a step and the one before it: "new in v1.5", "changed", and
 * "removed in v1.24" on what leaves during a transition. Pure, so the static `DiffView` and the animated
 * `Storyline` mark the same things.
 */
import { sameL10n } from '../i18n/langs.js';
import { wordsFor } from '../i18n/words.js';
import { diffScenes } from '../model/diff.js';
import type { Lang, Scene } from '../model/types.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** A change badge on a node: what happened, and the text to show. */
export interface ChangeMark {
	kind: ChangeKind;
	text: string;
}

export function changeText(kind: ChangeKind, stepLabel: string, lang: Lang): string {
	return wordsFor(lang).changes[kind](stepLabel);
}

/**
 * Marks for `after` compared with `before`: added and changed nodes of `after`, and removed nodes of `before`
 * (named after the step that removed them). No marks when there is no `before` (the first step).
 */
export function changeMarks(before: Scene | undefined, after: Scene, lang: Lang): Map<string, ChangeMark> {
	const marks = new Map<string, ChangeMark>();
	if (!before) return marks;
	const diff = diffScenes(before, after);
	const label = after.label[lang];
	for (const id of diff.nodes.added) marks.set(id, { kind: 'added', text: changeText('added', label, lang) });
	for (const id of visiblyChanged(diff.nodes.changed, before, after)) {
		marks.set(id, { kind: 'changed', text: changeText('changed', label, lang) });
	}
	for (const id of diff.nodes.removed)
		marks.set(id, { kind: 'removed', text: changeText('removed', label, lang) });
	return marks;
}

/**
 * Of the changed nodes, those whose change shows in the picture (label, kind or badge). A new description or
 * link is real but invisible; marking it "changed" would send the audience looking for nothing.
 */
export function visiblyChanged(ids: readonly string[], before: Scene, after: Scene): string[] {
	const a = new Map(before.nodes.map((n) => [n.id, n]));
	const b = new Map(after.nodes.map((n) => [n.id, n]));
	return ids.filter((id) => {
		const x = a.get(id);
		const y = b.get(id);
		return !x || !y || x.kind !== y.kind || !sameL10n(x.label, y.label) || !sameL10n(x.badge, y.badge);
	});
}
