export { default as Diagram } from './Diagram.svelte';
export type { DiagramProps, CameraProps, Theme, ChangeMark, ChangeKind } from './types.js';
export { DEFAULT_MIN_NAME_SIZE } from './types.js';
