export { default as Narration } from './Narration.svelte';
