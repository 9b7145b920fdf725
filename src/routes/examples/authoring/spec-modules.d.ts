// Spec files imported through the stackmotion Vite plugin are baked layouts (see `stackmotion/vite/client`).
declare module '*.stackmotion.yaml' {
	const layout: import('$lib/layout/types.js').StorylineLayout;
	export default layout;
}
