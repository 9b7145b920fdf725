/**
 * `stackmotion/motion`: transitions between laid-out steps as data (`planTransition`), their frames as a pure
 * function of time (`sampleTransition`), and the orthogonal edge morph underneath. No DOM, no GSAP.
 */
export { planTransition, reversePlan } from './plan.js';
export { sampleTransition, itemProgress } from './frame.js';
export type { TransitionFrame, NodeFrame, EdgeFrame } from './frame.js';
export { layoutFromFrame } from './snapshot.js';
export { summarizePlan, changedIds } from './summary.js';
export type { PlanSummary } from './summary.js';
export { morphRoutes, interpolateEnds, pathFromPoints } from './route-morph.js';
export type { RouteMorph, RouteEnds, MorphEnds } from './route-morph.js';
export { matchRoutes } from './route-match.js';
export type { MatchedRoutes } from './route-match.js';
export { attachRoute } from './route-attach.js';
export { simplifyRoute } from '../layout/geometry.js';
export { interpolateBox, lerp, lerpPoint, ease, EASES, EASE_NAMES } from './interpolate.js';
export type { EaseName, EaseFunction } from './interpolate.js';
export { DEFAULT_TIMING, DEFAULT_OVERLAP, moveDuration } from './stage.js';
export type * from './types.js';
export {
	cameraFrame,
	cameraFrames,
	contentBounds,
	focusBounds,
	neighbourhoodBounds,
	storylineBounds,
	withAspect,
	nameSizeOnScreen,
	DEFAULT_ASPECT
} from './camera.js';
export type { CameraMode, CameraOptions } from './camera.js';
