/**
 * What a slide ships: the Storyline component, one baked storyline, GSAP and the Svelte runtime. The benchmark
 * builds this entry with Vite (minified, gzip measured) to weigh the slide-facing bundle.
 */
import { mount } from 'svelte';
import Storyline from '../src/lib/components/Storyline/Storyline.svelte';
import layout from 'virtual:bench-layout';

export function showStoryline(target: HTMLElement, step = '1.0') {
	return mount(Storyline, { target, props: { layout, step } });
}
