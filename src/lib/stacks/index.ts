/**
 * The bundled content: one storyline per stack, keyed by id. Each stack is also a named export so a deck can
 * import just the one it shows.
 */
import type { StorylineSpec } from '../model/types.js';
import { containerHistory } from './container-history.js';
import { dockerEngine } from './docker-engine.js';
import { dockerHistory } from './docker-history.js';
import { kubernetesCri } from './kubernetes-cri.js';
import { oci } from './oci.js';
import { orchestrators } from './orchestrators.js';
import { podCreation } from './pod-creation.js';
import { redhatLineage } from './redhat-lineage.js';
import { vmVsContainer } from './vm-vs-container.js';

export {
	containerHistory,
	dockerEngine,
	dockerHistory,
	kubernetesCri,
	oci,
	orchestrators,
	podCreation,
	redhatLineage,
	vmVsContainer
};
export { SOURCES, pickSources, type SourceId } from './sources.js';

/** Every bundled stack by id, in teaching order: the flagship first. */
export const stacks: Record<string, StorylineSpec> = Object.fromEntries(
	[
		kubernetesCri,
		dockerEngine,
		dockerHistory,
		oci,
		containerHistory,
		orchestrators,
		redhatLineage,
		podCreation,
		vmVsContainer
	].map((stack) => [stack.id, stack])
);
