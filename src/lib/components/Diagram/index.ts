export { default as Diagram } from './Diagram.svelte';
export type { DiagramProps, Theme, ChangeMark, ChangeKind } from './types.js';
