export { default as StepControls } from './StepControls.svelte';
