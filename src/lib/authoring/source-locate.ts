/**
 * From an error's keys (`['steps', 2, 'edges', 4, 'to']`, `['sources', 'k8s blog']`) to a place in the YAML/JSON
 * source: walk the parsed document along them and return the line:column of the value they name. When they lead
 * to something the source does not have (a missing field), the enclosing object's position is returned instead.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { PathKey } from '../model/types.js';

/** 1-based, like an editor's status bar. */
export interface SourceLocation {
	line: number;
	column: number;
}

/** What to point at when the path ends on a map entry: its key (an unknown field) or its value. */
export type LocateTarget = 'value' | 'key';

/** The offset in the source that a path names, or where the enclosing object starts when it is absent. */
export function offsetOfPath(
	doc: Document,
	keys: readonly PathKey[],
	target: LocateTarget = 'value'
): number | undefined {
	let node: unknown = doc.contents;
	let fallback = startOf(node);
	for (let i = 0; i < keys.length; i++) {
		node = resolveAlias(doc, node);
		const key = keys[i] as PathKey;
		const last = i === keys.length - 1;
		if (isMap(node)) {
			fallback = startOf(node) ?? fallback;
			const pair = node.items.find((p) => keyText(p.key) === String(key));
			if (!pair) return fallback;
			const keyStart = startOf(pair.key);
			if (last && target === 'key') return keyStart ?? fallback;
			if (pair.value === null || pair.value === undefined) return keyStart ?? fallback;
			node = pair.value;
		} else if (isSeq(node)) {
			fallback = startOf(node) ?? fallback;
			const item = typeof key === 'number' ? node.items[key] : undefined;
			if (item === undefined || item === null) return fallback;
			node = item;
		} else {
			return startOf(node) ?? fallback;
		}
	}
	return startOf(node) ?? fallback;
}

export function toLocation(lineCounter: LineCounter, offset: number): SourceLocation {
	const { line, col } = lineCounter.linePos(offset);
	return { line, column: col };
}

function resolveAlias(doc: Document, node: unknown): unknown {
	// An alias stands for its anchor's node; follow a bounded number of hops (aliases cannot form cycles).
	for (let hops = 0; hops < 8 && isAlias(node); hops++) node = node.resolve(doc);
	return node;
}

function keyText(key: unknown): string | undefined {
	if (isScalar(key)) return String(key.value);
	return undefined;
}

function startOf(node: unknown): number | undefined {
	const range = (node as Node | null | undefined)?.range;
	return range ? range[0] : undefined;
}
