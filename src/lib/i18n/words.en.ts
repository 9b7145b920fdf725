/**
 * Every word of the interface in English: controls, panels, badges, change summaries, key help, kind captions,
 * the export menu, the error panel, the accessible list, the presenter and the speaker window. This table is
 * the reference: its shape is the type every other language's table must match (see `Words`).
 * Content (titles, narration, labels) belongs to the stacks, not here.
 */
export const en = {
	step: {
		prev: 'Previous step',
		next: 'Next step',
		first: 'First step',
		last: 'Last step',
		of: (n: number, total: number) => `Step ${n} of ${total}`
	},
	controls: { steps: 'Steps', scrub: 'Transition into this step' },
	/** How a screen reader announces the focusable stage of a storyline. */
	stage: { roleDescription: 'stepped diagram' },
	accessible: {
		components: 'Components',
		connections: 'Connections',
		inside: 'inside',
		messages: 'Messages in this step'
	},
	errorPanel: {
		heading: (n: number) => `This diagram cannot be drawn: ${n} ${n === 1 ? 'problem' : 'problems'}`
	},
	exportMenu: {
		label: 'Export',
		svg: 'SVG',
		png: 'PNG',
		pptx: 'PowerPoint (all steps)',
		mp4: 'MP4 (all steps)',
		webm: 'WebM (all steps)',
		gif: 'GIF (all steps)',
		animatedSvg: 'Animated SVG (all steps)',
		progress: (done: number, total: number) => `Frame ${done} of ${total}`,
		cancel: 'Cancel',
		cancelled: 'Export cancelled.',
		busy: 'Exporting…'
	},
	/** Badges on a node that changed since the step before (`step` is that step's label, e.g. "1.24"). */
	changes: {
		added: (step: string) => `new in ${step}`,
		removed: (step: string) => `removed in ${step}`,
		changed: (_step: string) => 'changed'
	},
	/** The text summary of a step change, read out and shown when motion is reduced. */
	diff: {
		added: 'Added',
		removed: 'Removed',
		changed: 'Changed',
		linked: 'New connections',
		unlinked: 'Removed connections',
		none: 'No changes.'
	},
	/** The small caption above a node's label, by node kind. */
	kinds: {
		client: 'client',
		daemon: 'daemon',
		shim: 'shim',
		runtime: 'runtime',
		process: 'process',
		library: 'library',
		'kernel-feature': 'kernel',
		interface: 'interface',
		spec: 'spec',
		storage: 'storage',
		external: 'external',
		org: 'organisation',
		distro: 'distribution',
		event: 'event',
		group: 'group'
	},
	/** The presenter's key help, beside the step words above. `names` lists the languages to switch between. */
	keyHelp: {
		overview: 'Overview: the whole storyline (press again to return)',
		blackout: 'Black screen (press again to return)',
		language: (names: string) => `Switch language (${names})`,
		speaker: 'Open the speaker notes window',
		help: 'This help (Esc closes)'
	},
	presenter: {
		language: 'Switch language',
		fullscreen: 'Full screen',
		help: 'Keyboard shortcuts',
		close: 'Close',
		helpIntro: 'Clickers work too: they send PageDown and PageUp.',
		blackedOut: 'Screen blacked out. Press B to show it again.'
	},
	speaker: {
		notes: 'Speaker notes',
		noNotes: 'No notes for this step. Narration:',
		nowShowing: 'Now showing',
		upNext: 'Up next',
		theEnd: 'This is the last step.',
		elapsed: 'Elapsed',
		reset: 'Reset timer',
		waiting: 'Waiting for the presentation window… (open it and press S there)',
		connected: 'Following the presentation window',
		endpoints: 'Endpoints in this step'
	},
	viewer: { sources: 'Sources' }
} as const;
