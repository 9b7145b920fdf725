// Mounts the Storyline page for the frame benchmark: `?layout=<id>&step=<initial step id>`.
import { mount } from 'svelte';
import type { StorylineLayout } from '../../src/lib/layout/types.js';
import FrameBench from './FrameBench.svelte';

declare global {
	interface Window {
		benchGo?: (step: string) => void;
		benchReady?: boolean;
	}
}

const params = new URLSearchParams(location.search);
const response = await fetch(`/data/${params.get('layout')}.json`);
const layout = (await response.json()) as StorylineLayout;
mount(FrameBench, { target: document.body, props: { layout, initial: params.get('step') ?? '' } });
window.benchReady = true;
