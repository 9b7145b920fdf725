// Modules the benchmark's Vite configs generate from the data each run writes.
declare module 'virtual:mermaid-definition' {
	const definition: string;
	export default definition;
}

declare module 'virtual:bench-layout' {
	import type { StorylineLayout } from '../src/lib/layout/types.js';
	const layout: StorylineLayout;
	export default layout;
}
