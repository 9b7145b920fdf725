export { default as Presenter } from './Presenter.svelte';
export { default as SpeakerView } from './SpeakerView.svelte';
export type { PresenterProps, SpeakerViewProps } from './types.js';
