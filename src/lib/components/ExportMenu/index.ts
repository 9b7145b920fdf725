export { default as ExportMenu } from './ExportMenu.svelte';
export type { ExportMenuProps } from './types.js';
