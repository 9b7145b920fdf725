import type { NodeKind } from '../model/types.js';

/** Corner radius per kind: clients are pills, kernel features square, the rest in between. */
export function cornerRadius(kind: NodeKind, height: number): number {
	switch (kind) {
		case 'client':
			return Math.min(height / 2, 24);
		case 'kernel-feature':
			return 0;
		case 'spec':
		case 'library':
			return 3;
		case 'org':
		case 'event':
			return 14;
		default:
			return 8;
	}
}
