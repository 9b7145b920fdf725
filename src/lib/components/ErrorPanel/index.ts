export { default as ErrorPanel } from './ErrorPanel.svelte';
