/**
 * stackmotion: animated architecture diagrams for Svelte 5.
 * This entry holds the components and types only: no layout engine (elkjs) is imported from here, so a slide
 * that renders a baked layout stays small. Lay out with `stackmotion/layout`, or bake at build time.
 */
export { Diagram } from './components/Diagram/index.js';
export type { DiagramProps, Theme, ChangeMark, ChangeKind } from './components/Diagram/index.js';
export { ErrorPanel } from './components/ErrorPanel/index.js';
export { Storyline } from './components/Storyline/index.js';
export type { StorylineProps, MotionPreference } from './components/Storyline/index.js';
export { StepControls } from './components/StepControls/index.js';
export { Narration } from './components/Narration/index.js';
export { DiffView } from './components/DiffView/index.js';
export { Presenter, SpeakerView } from './components/Presenter/index.js';
export type { PresenterProps, SpeakerViewProps } from './components/Presenter/index.js';
export { StorylinePlayer } from './state/storyline-player.svelte.js';
export { defineStoryline } from './authoring/define.js';
export { slideLayout } from './bake/slide.js';
export type {
	StorylineSpec,
	// The resolved data type; the name `Storyline` belongs to the component here (and to the type in `stackmotion/model`).
	Storyline as ResolvedStoryline,
	Scene,
	StepSpec,
	NodeSpec,
	EdgeSpec,
	DiagramNode,
	DiagramEdge,
	DiagramError,
	DiagramErrorCode,
	Lang,
	L10n,
	LocalizedText,
	NodeKind,
	EdgeKind
} from './model/types.js';
export type { StorylineLayout, StepLayout, NodeBox, EdgeRoute, Point, Box } from './layout/types.js';
export type { TransitionPlan } from './motion/types.js';
export { ExportMenu } from './components/ExportMenu/index.js';
export type { ExportMenuProps } from './components/ExportMenu/index.js';
export {
	exportSvg,
	exportPng,
	exportStorylineVideo,
	canExportVideo,
	findDiagramSvg
} from './export/index.js';
export type { SvgExportOptions, PngScale, BrowserVideoOptions, BrowserVideoFormat } from './export/index.js';
