import { defineConfig } from 'vite';

export default defineConfig({
	slidev: {
		vue: {
			// <stackmotion-diagram> is a custom element, not a Vue component.
			template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('stackmotion-') } }
		}
	}
});
