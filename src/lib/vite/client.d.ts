/**
 * Types for spec files imported through the `stackmotion/vite` plugin. Add to a `*.d.ts` of your project:
 * `/// <reference types="stackmotion/vite/client" />`
 */
declare module '*.stackmotion.yaml' {
	const layout: import('stackmotion').StorylineLayout;
	export default layout;
}

declare module '*.stackmotion.yml' {
	const layout: import('stackmotion').StorylineLayout;
	export default layout;
}

declare module '*.stackmotion.json' {
	const layout: import('stackmotion').StorylineLayout;
	export default layout;
}

/** A spec file imported with `?slide` (`./x.stackmotion.yaml?slide`): its slide layout, without notes or sources. */
declare module '*?slide' {
	const layout: import('stackmotion').StorylineLayout;
	export default layout;
}
