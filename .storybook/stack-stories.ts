/**
 * Stories for the bundled stacks, made from `stacks` itself: every stack gets a walkthrough story and one story
 * per step, so a new stack or step shows up in the catalogue (and in the test run) without a story file.
 *
 * CSF needs named exports that a parser can read, so the modules are generated here, in Node, from the stack
 * and step ids; the story objects themselves come from `stories/stacks/stack-stories.ts`.
 * - In Storybook, `stories/stacks/stacks.stories.ts` is listed once per stack (`stackStorySpecifiers`); the
 *   indexer turns each listing into that stack's stories, backed by a virtual module
 *   (`virtual:stackmotion-stack/<id>`), and Storybook gives each its own docs page.
 * - In Vitest, that real file is replaced by one module holding every stack's stories, which the Storybook
 *   test plugin then turns into tests.
 * Restart Storybook after adding a stack: the list is read when Storybook starts.
 */
import { fileURLToPath } from 'node:url';
import { loadCsf } from 'storybook/internal/csf-tools';
import type { Indexer } from 'storybook/internal/types';
import type { Plugin } from 'vite';
import { localize } from '../src/lib/model/text.js';
import type { StorylineSpec } from '../src/lib/model/types.js';
import { stacks } from '../src/lib/stacks/index.js';

/** The real stories file that stands for all stack stories. */
const STACKS_STORIES_FILE = /[\\/]stories[\\/]stacks[\\/]stacks\.stories\.ts$/;
const VIRTUAL_PREFIX = 'virtual:stackmotion-stack/';
const RESOLVED_PREFIX = `\0${VIRTUAL_PREFIX}`;
/** Sidebar title of a stack's stories. */
const stackTitle = (stackId: string) => `Stacks/${stackId}`;
/** Where the story objects are built (browser code); imported by absolute path from virtual modules. */
const BUILDERS = fileURLToPath(new URL('../stories/stacks/stack-stories.ts', import.meta.url));

/** A valid, readable export name: `1.24` → `Step_1_24`; the story id becomes `step-1-24`. */
function exportNameFor(stepId: string, taken: Set<string>): string {
	const base = `Step_${stepId.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '')}`;
	let name = base;
	for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
	taken.add(name);
	return name;
}

/** `kubernetes-cri` → `KubernetesCri`, to prefix export names when all stacks share one module. */
function pascal(id: string): string {
	return id
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean)
		.map((part) => part[0]!.toUpperCase() + part.slice(1))
		.join('');
}

interface GeneratedStory {
	exportName: string;
	/** Source of the story object. */
	code: string;
}

function storiesOf(spec: StorylineSpec, prefix: string, namePrefix: string): GeneratedStory[] {
	const id = JSON.stringify(spec.id);
	const taken = new Set<string>();
	const walkthrough: GeneratedStory = {
		exportName: `${prefix}Walkthrough`,
		code: `{ ...walkthroughStory(${id}), name: ${JSON.stringify(`${namePrefix}Walkthrough`)} }`
	};
	const steps = spec.steps.map((step, index) => ({
		exportName: prefix + exportNameFor(step.id, taken),
		code: `{ ...stepStory(${id}, ${JSON.stringify(step.id)}), name: ${JSON.stringify(
			`${namePrefix}${index + 1}. ${localize(step.label).en}`
		)} }`
	}));
	return [walkthrough, ...steps];
}

function moduleCode(meta: string, stories: GeneratedStory[]): string {
	return [
		`import { stackMeta, stepStory, walkthroughStory } from ${JSON.stringify(BUILDERS)};`,
		`export default ${meta};`,
		...stories.map((story) => `export const ${story.exportName} = ${story.code};`),
		`export const __namedExportsOrder = ${JSON.stringify(stories.map((s) => s.exportName))};`
	].join('\n');
}

/** The CSF module of one stack: its walkthrough, then its steps in order. */
export function stackModuleCode(spec: StorylineSpec): string {
	const title = JSON.stringify(stackTitle(spec.id));
	// Title and tags written out: the indexer reads them from this source, not from what `stackMeta` returns.
	const meta = `{ ...stackMeta(${JSON.stringify(spec.id)}), title: ${title}, tags: ['autodocs'] }`;
	return moduleCode(meta, storiesOf(spec, '', ''));
}

/** One CSF module with every stack's stories, for the test run. */
export function allStacksModuleCode(all: readonly StorylineSpec[]): string {
	const stories = all.flatMap((spec) => storiesOf(spec, `${pascal(spec.id)}_`, `${spec.id} · `));
	return moduleCode(`{ ...stackMeta(), title: 'Stacks' }`, stories);
}

const virtualId = (stackId: string) => `${VIRTUAL_PREFIX}${stackId}`;

/**
 * One `stories` entry per bundled stack, all pointing at the stand-in file. Storybook makes one docs page per
 * entry and file, so this is what gives every stack its own docs page; the title prefix tells the indexer
 * which stack an entry is for.
 */
export function stackStorySpecifiers(directory: string) {
	return Object.keys(stacks).map((id) => ({
		directory,
		files: 'stacks.stories.ts',
		titlePrefix: stackTitle(id)
	}));
}

/** Indexes the stand-in file once per stack entry: that stack's stories, imported from its virtual module. */
export const stackStoriesIndexer: Indexer = {
	test: STACKS_STORIES_FILE,
	createIndex: async (fileName, { makeTitle }) => {
		// `makeTitle` puts the entry's title prefix in front of the title it is given: that prefix names the stack.
		const probe = 'stack';
		const title = makeTitle(probe).replace(new RegExp(`/${probe}$`), '');
		const spec = Object.values(stacks).find((s) => stackTitle(s.id) === title);
		if (!spec) {
			throw new Error(
				`${fileName} is indexed per stack: list it in main.ts through stackStorySpecifiers(), not a glob.`
			);
		}
		const importPath = virtualId(spec.id);
		const csf = loadCsf(stackModuleCode(spec), { fileName: importPath, makeTitle: (t) => t! });
		return csf.parse().indexInputs.map((input) => ({ ...input, importPath }));
	}
};

/** Serves the per-stack virtual modules, and swaps the stacks stories file for the all-stacks module. */
export function stackStoriesPlugin(): Plugin {
	return {
		name: 'stackmotion:stack-stories',
		enforce: 'pre',
		resolveId(id) {
			return id.startsWith(VIRTUAL_PREFIX) ? `\0${id}` : undefined;
		},
		load(id) {
			if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
			const stackId = id.slice(RESOLVED_PREFIX.length);
			const spec = stacks[stackId];
			if (!spec) throw new Error(`No bundled stack "${stackId}"; known: ${Object.keys(stacks).join(', ')}.`);
			return stackModuleCode(spec);
		},
		transform(_code, id) {
			if (!STACKS_STORIES_FILE.test(id.split('?')[0]!)) return undefined;
			return { code: allStacksModuleCode(Object.values(stacks)), map: null };
		}
	};
}
