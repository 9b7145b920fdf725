/**
 * Corner radii of everything the canvas draws, in one place: the components draw with these and the motion
 * painter re-applies them when a box resizes, so a resized pill stays a pill.
 */
import type { NodeKind } from '../model/types.js';

/** A pill's corner radius: round ends. Badges, change marks and travelling messages are pills. */
export function pillRadius(height: number): number {
	return height / 2;
}

/** The largest radius of a client's pill: a tall client box gets rounded corners, not a stadium. */
const CLIENT_MAX_RADIUS = 24;
/** Groups (the boxes that hold other nodes). */
export const GROUP_RADIUS = 12;
/** An edge label's backing box. */
export const EDGE_LABEL_RADIUS = 3;

/** Corner radius per kind: clients are pills, kernel features square, the rest in between. */
export function cornerRadius(kind: NodeKind, height: number): number {
	switch (kind) {
		case 'client':
			return Math.min(pillRadius(height), CLIENT_MAX_RADIUS);
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

/** The corner radius of a node's shape: a group's, or its kind's at this height. */
export function shapeRadius(kind: NodeKind, isGroup: boolean, height: number): number {
	return isGroup ? GROUP_RADIUS : cornerRadius(kind, height);
}
