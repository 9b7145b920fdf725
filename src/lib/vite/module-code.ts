/**
 * The JavaScript module a spec file becomes: its baked layout as JSON (parsed once at load, which is faster than
 * a large object literal), plus — in dev only — the hot channel `Storyline` listens on. No import, no elkjs.
 */
import type { StorylineLayout } from '../layout/types.js';
import { HOT_CHANNEL, HOT_LAYOUT_EVENT } from './hot.js';

export function layoutModuleCode(
	layout: StorylineLayout,
	source: string,
	dev: boolean,
	/** The module of a `?slide` import: a hot update brings it the slide layout (`slideLayout`). */
	slide = false
): string {
	const data = `const layout = JSON.parse(${JSON.stringify(JSON.stringify(layout))});`;
	if (!dev) return `${data}\nexport default layout;\n`;
	const src = JSON.stringify(source);
	return `${data}
if (import.meta.hot) {
	const listeners = new Set();
	Object.defineProperty(layout, Symbol.for(${JSON.stringify(HOT_CHANNEL.description)}), {
		value: { source: ${src}, subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); } }
	});
	import.meta.hot.on(${JSON.stringify(HOT_LAYOUT_EVENT)}, (data) => {
		if (data && data.source === ${src}) for (const fn of listeners) fn(data.${slide ? 'slideLayout' : 'layout'});
	});
	// Updates arrive as events, not as a new module: importers are not re-run, so no diagram loses its step.
	import.meta.hot.accept(() => {});
}
export default layout;
`;
}
