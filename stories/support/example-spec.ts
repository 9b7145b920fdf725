import type { StorylineSpec } from '$lib/index.js';

/**
 * A storyline written by hand: a client, a daemon and a runtime, then a shim placed between the daemon and
 * the runtime. The second step is a patch on the first.
 */
export const exampleSpec: StorylineSpec = {
	id: 'my-first-storyline',
	title: { en: 'A daemon learns to use a shim', ko: '데몬이 shim을 쓰게 되다' },
	direction: 'down',
	steps: [
		{
			id: 'direct',
			label: { en: 'direct', ko: '직접 실행' },
			title: { en: 'The daemon starts the runtime itself', ko: '데몬이 런타임을 직접 실행합니다' },
			narration: {
				en: 'The client talks to the daemon, and the daemon runs the container runtime directly.',
				ko: '클라이언트는 데몬에 요청하고, 데몬은 컨테이너 런타임을 직접 실행합니다.'
			},
			nodes: [
				{ id: 'cli', label: 'cli', kind: 'client' },
				{ id: 'daemon', label: { en: 'daemon', ko: '데몬' }, kind: 'daemon' },
				{ id: 'runtime', label: 'runc', kind: 'runtime' }
			],
			edges: [
				{ from: 'cli', to: 'daemon', label: 'HTTP', endpoint: '/run/daemon.sock' },
				{ from: 'daemon', to: 'runtime', kind: 'spawn' }
			]
		},
		{
			id: 'shim',
			label: { en: 'with a shim', ko: 'shim 도입' },
			title: { en: 'A shim sits between them', ko: '둘 사이에 shim이 들어갑니다' },
			narration: {
				en: 'Now the daemon starts a shim, and the shim starts the runtime: the container outlives a daemon restart.',
				ko: '이제 데몬은 shim을 실행하고, shim이 런타임을 실행합니다. 데몬이 재시작해도 컨테이너는 살아남습니다.'
			},
			focus: ['shim'],
			add: {
				nodes: [{ id: 'shim', label: 'shim', kind: 'shim' }],
				edges: [
					{ from: 'daemon', to: 'shim', kind: 'spawn' },
					{ from: 'shim', to: 'runtime', kind: 'spawn' }
				]
			},
			remove: { edges: ['daemon->runtime'] }
		}
	]
};
