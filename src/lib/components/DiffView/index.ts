export { default as DiffView } from './DiffView.svelte';
