import type { SvelteRenderer } from '@storybook/sveltekit';
import type { Component, ComponentProps } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint Svelte puts on any component
type AnyComponent = Component<any>;

/**
 * What a story's `render` returns: `component` with its own props. Storybook's Svelte types expect the story's
 * args to be the rendered component's props; these stories have args of their own (the stack, the page theme)
 * and render with what their loaders fetched, so the props are checked here instead.
 */
export function show<C extends AnyComponent>(
	component: C,
	props: ComponentProps<C>
): SvelteRenderer['storyResult'] {
	return { Component: component, props };
}

/**
 * A component for `meta.component`, which gives the docs page its props table, when the story's args are not
 * exactly that component's props.
 */
export function forDocs(component: AnyComponent): AnyComponent {
	return component;
}
