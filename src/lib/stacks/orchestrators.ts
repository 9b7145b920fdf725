/**
 * Why orchestration: containers run by hand, host by host, versus a cluster driven by an orchestrator; then the
 * orchestrators of the era. The same three servers persist across steps so the change reads as "what runs them".
 * The kubelets' watch arrows point at the API server on purpose: the API server does not push work to nodes.
 * etcd is drawn beside the API server: the API server serves the desired state, etcd stores it.
 */
import type { StorylineSpec } from '../model/types.js';
import { pickSources } from './sources.js';

const SERVERS = [1, 2, 3] as const;

export const orchestrators: StorylineSpec = {
	id: 'orchestrators',
	title: { en: 'Container orchestration', ko: '컨테이너 오케스트레이션' },
	description: {
		en: 'Running containers server by server with Docker, compared with a cluster run by an orchestrator such as Kubernetes, and the other orchestrators of the time: Docker Swarm, Nomad and Apache Mesos.',
		ko: 'Docker로 서버마다 컨테이너를 직접 돌리는 방식과, 쿠버네티스 같은 오케스트레이터가 클러스터를 운영하는 방식을 비교합니다. 같은 시기의 다른 오케스트레이터인 Docker Swarm, Nomad, Apache Mesos도 함께 보여 줍니다.'
	},
	direction: 'down',
	sources: pickSources(
		'docker-engine-api-socket',
		'k8s-docs-components',
		'k8s-docs-controlling-access',
		'k8s-docs-kubectl',
		'k8s-kubelet-config-apiserver',
		'k8s-docs-service',
		'k8s-docs-hpa',
		'k8s-docs-kube-scheduler',
		'k8s-blog-2016-12-19-cri',
		'k8s-docs-cri',
		'cncf-2016-07-21-k8s-birthday',
		'moby-changelog',
		'docker-blog-1-12',
		'nomad-changelog',
		'mesos-site',
		'mesos-retirement-2025',
		'techtarget-2019-11-mirantis'
	),
	steps: [
		{
			id: 'manual',
			label: { en: 'by hand', ko: '수작업' },
			title: { en: 'Containers by hand, one host at a time', ko: '서버마다 손으로 돌리는 컨테이너' },
			narration: {
				en: 'Docker manages containers on one host: each dockerd knows only its own machine. Running an application across many servers this way means talking to every daemon in turn, and placing, restarting and updating containers yourself.',
				ko: 'Docker는 호스트 하나의 컨테이너를 관리합니다. 각 dockerd는 자기 서버만 압니다. 이 방식으로 여러 서버에 애플리케이션을 돌리려면 데몬마다 차례로 명령을 보내고, 컨테이너 배치와 재시작, 업데이트를 직접 해야 합니다.'
			},
			notes: {
				en: 'Ask the room how they would roll out a new version to all three servers, and what happens at 3 a.m. when one container dies. That manual work is what an orchestrator automates.',
				ko: '세 서버 모두에 새 버전을 배포하려면 어떻게 할지, 새벽 3시에 컨테이너 하나가 죽으면 어떻게 될지 청중에게 물어봅니다. 이 수작업을 자동화하는 것이 오케스트레이터입니다.'
			},
			sources: ['docker-engine-api-socket'],
			focus: ['docker-cli'],
			nodes: [
				{
					id: 'docker-cli',
					label: 'docker CLI',
					kind: 'client',
					description: {
						en: 'The operator’s docker command, pointed at one daemon at a time.',
						ko: '운영자가 쓰는 docker 명령으로, 한 번에 데몬 하나를 상대합니다.'
					},
					sources: ['docker-engine-api-socket']
				},
				...SERVERS.flatMap((n) => [
					{
						id: `server-${n}`,
						label: { en: `server ${n}`, ko: `서버 ${n}` },
						kind: 'group' as const,
						description: { en: 'One host.', ko: '호스트 한 대입니다.' },
						sources: ['docker-engine-api-socket']
					},
					{
						id: `dockerd-${n}`,
						label: 'dockerd',
						kind: 'daemon' as const,
						parent: `server-${n}`,
						description: {
							en: 'This host’s Docker daemon; it manages only the containers on this host.',
							ko: '이 호스트의 Docker 데몬으로, 이 호스트의 컨테이너만 관리합니다.'
						},
						sources: ['docker-engine-api-socket']
					}
				])
			],
			edges: SERVERS.map((n) => ({
				from: 'docker-cli',
				to: `dockerd-${n}`,
				label: 'Docker Engine API',
				kind: 'call' as const,
				sources: ['docker-engine-api-socket']
			}))
		},
		{
			id: 'kubernetes',
			label: { en: 'orchestrated', ko: '오케스트레이션' },
			title: { en: 'One cluster, driven by Kubernetes', ko: '쿠버네티스가 움직이는 하나의 클러스터' },
			narration: {
				en: 'An orchestrator turns the servers into one cluster. With Kubernetes you declare what should run; the scheduler picks a server for each Pod, and the kubelet on that server watches for its Pods, has the container runtime start them, and restarts containers that fail.',
				ko: '오케스트레이터는 여러 서버를 하나의 클러스터로 묶습니다. 쿠버네티스에서는 무엇을 실행할지 선언하면, 스케줄러가 Pod마다 서버를 고르고, 그 서버의 kubelet이 자기 Pod를 watch로 알아채 컨테이너 런타임으로 실행하며, 실패한 컨테이너는 다시 시작합니다.'
			},
			notes: {
				en: 'Correct two common claims. "Kubernetes is a tool that manages Docker": Kubernetes runs containers through any CRI runtime (containerd, CRI-O, or Docker Engine via cri-dockerd). "The API server sends the create command to the kubelet": the API server only serves the desired state, which etcd stores; the scheduler binds each Pod to a node, and the kubelet on that node watches the API server and acts. Also keep two features apart that are often merged: load balancing is a Service spreading traffic over the Pods that exist, while creating more Pods when the load rises is autoscaling (the HorizontalPodAutoscaler). The pod-creation stack walks through every call.',
				ko: '흔한 두 가지 설명을 바로잡습니다. "쿠버네티스는 도커를 관리하는 툴"이 아니라, 어떤 CRI 런타임(containerd, CRI-O, cri-dockerd를 거친 Docker Engine)으로든 컨테이너를 실행합니다. "kube-apiserver가 kubelet에 생성 명령을 전달한다"도 틀렸습니다. API 서버는 etcd에 저장된 원하는 상태를 제공할 뿐이고, 스케줄러가 Pod를 노드에 바인딩하면 그 노드의 kubelet이 API 서버를 watch하다가 움직입니다. 자주 뒤섞이는 두 기능도 구분합니다. 로드 밸런싱은 Service가 이미 있는 Pod들에 트래픽을 나누는 것이고, 부하가 늘 때 Pod를 더 만드는 것은 오토스케일링(HorizontalPodAutoscaler)입니다. 호출 하나하나는 Pod 생성 과정 스택에서 살펴봅니다.'
			},
			sources: [
				'k8s-docs-kube-scheduler',
				'k8s-blog-2016-12-19-cri',
				'k8s-docs-cri',
				'k8s-docs-components',
				'k8s-kubelet-config-apiserver',
				'k8s-docs-service',
				'k8s-docs-hpa'
			],
			focus: ['control-plane'],
			remove: {
				nodes: ['docker-cli', ...SERVERS.map((n) => `dockerd-${n}`)],
				edges: SERVERS.map((n) => `docker-cli->dockerd-${n}`)
			},
			add: {
				nodes: [
					{
						id: 'kubectl',
						label: 'kubectl',
						kind: 'client',
						description: {
							en: 'The Kubernetes command-line client: it sends the desired state to the API server.',
							ko: '쿠버네티스 명령줄 클라이언트로, 원하는 상태를 API 서버에 보냅니다.'
						},
						sources: ['k8s-docs-kubectl', 'k8s-docs-controlling-access']
					},
					{
						id: 'control-plane',
						label: { en: 'Kubernetes control plane', ko: '쿠버네티스 컨트롤 플레인' },
						kind: 'group',
						description: {
							en: 'The components that store the desired state and decide where Pods run.',
							ko: '원하는 상태를 저장하고 Pod가 실행될 곳을 정하는 구성 요소들입니다.'
						},
						sources: ['k8s-docs-components', 'k8s-docs-kube-scheduler']
					},
					{
						id: 'kube-apiserver',
						label: 'kube-apiserver',
						kind: 'daemon',
						parent: 'control-plane',
						description: {
							en: 'The cluster’s front door: it serves the desired state, kept in etcd, to every client and to everyone who watches.',
							ko: '클러스터의 정문입니다. etcd에 저장된 원하는 상태를 모든 클라이언트와 watch하는 구성 요소에 제공합니다.'
						},
						sources: ['k8s-docs-components', 'k8s-kubelet-config-apiserver']
					},
					{
						id: 'etcd',
						label: 'etcd',
						kind: 'storage',
						parent: 'control-plane',
						description: {
							en: 'The key-value store behind the API server: it holds the desired state and all other cluster data.',
							ko: 'API 서버 뒤의 키-값 저장소로, 원하는 상태를 비롯한 클러스터의 모든 데이터를 담습니다.'
						},
						sources: ['k8s-docs-components']
					},
					{
						id: 'kube-scheduler',
						label: 'kube-scheduler',
						kind: 'daemon',
						parent: 'control-plane',
						description: {
							en: 'Picks a node for each new Pod and records the choice (binding).',
							ko: '새 Pod마다 노드를 고르고 그 결정을 기록합니다(바인딩).'
						},
						sources: ['k8s-docs-kube-scheduler']
					},
					...SERVERS.flatMap((n) => [
						{
							id: `kubelet-${n}`,
							label: 'kubelet',
							kind: 'daemon' as const,
							parent: `server-${n}`,
							description: {
								en: 'The node agent: runs the Pods bound to this server through the container runtime.',
								ko: '노드 에이전트로, 이 서버에 바인딩된 Pod를 컨테이너 런타임으로 실행합니다.'
							},
							sources: ['k8s-blog-2016-12-19-cri']
						},
						{
							id: `runtime-${n}`,
							label: { en: 'container runtime', ko: '컨테이너 런타임' },
							kind: 'runtime' as const,
							parent: `server-${n}`,
							description: {
								en: 'Any CRI runtime: containerd, CRI-O, or Docker Engine through cri-dockerd.',
								ko: '어떤 CRI 런타임이든 됩니다. containerd, CRI-O, 또는 cri-dockerd를 거친 Docker Engine입니다.'
							},
							sources: ['k8s-docs-cri']
						}
					])
				],
				edges: [
					{
						from: 'kubectl',
						to: 'kube-apiserver',
						label: 'HTTPS',
						kind: 'call',
						sources: ['k8s-docs-controlling-access', 'k8s-docs-kubectl']
					},
					{
						from: 'kube-apiserver',
						to: 'etcd',
						label: { en: 'store', ko: '저장' },
						kind: 'data',
						sources: ['k8s-docs-components']
					},
					{
						from: 'kube-scheduler',
						to: 'kube-apiserver',
						label: 'watch + bind',
						kind: 'watch',
						sources: ['k8s-docs-kube-scheduler']
					},
					...SERVERS.flatMap((n) => [
						{
							from: `kubelet-${n}`,
							to: 'kube-apiserver',
							label: 'watch',
							kind: 'watch' as const,
							sources: ['k8s-kubelet-config-apiserver']
						},
						{
							from: `kubelet-${n}`,
							to: `runtime-${n}`,
							label: 'CRI gRPC',
							kind: 'call' as const,
							sources: ['k8s-blog-2016-12-19-cri']
						}
					])
				]
			}
		},
		{
			id: 'landscape',
			label: { en: 'orchestrators', ko: '오케스트레이터들' },
			title: { en: 'Kubernetes and the other orchestrators', ko: '쿠버네티스와 다른 오케스트레이터들' },
			narration: {
				en: 'Kubernetes was not the only answer: Docker built swarm mode into Docker Engine 1.12 (2016), HashiCorp released Nomad (2015), and Apache Mesos ran containers too. Kubernetes, the CNCF’s first project, is the one this course uses; Mesos has since been retired to the Apache Attic.',
				ko: '답이 쿠버네티스 하나만은 아니었습니다. Docker는 Docker Engine 1.12(2016)에 swarm mode를 넣었고, HashiCorp는 Nomad(2015)를 내놓았으며, Apache Mesos도 컨테이너를 실행했습니다. 이 과정에서 쓰는 것은 CNCF의 첫 프로젝트인 쿠버네티스이고, Mesos는 그 뒤 은퇴해 Apache Attic으로 옮겨졌습니다.'
			},
			notes: {
				en: 'Dates: Kubernetes 1.0 on 2015-07-21; Nomad 0.1.0 on 2015-09-28; swarm mode in Docker 1.12.0 on 2016-07-28 (earlier there was a standalone Swarm). Swarm mode still ships in Docker Engine; when Mirantis bought Docker Enterprise in 2019 it promised at least two more years of Swarm support. The Mesos site now says the project has retired; the move to the Attic was reported in 2025.',
				ko: '날짜: 쿠버네티스 1.0은 2015-07-21, Nomad 0.1.0은 2015-09-28, swarm mode가 들어간 Docker 1.12.0은 2016-07-28입니다(그 전에는 독립형 Swarm이 있었습니다). swarm mode는 지금도 Docker Engine에 들어 있으며, 2019년 Docker Enterprise를 인수한 Mirantis는 Swarm을 최소 2년 더 지원하겠다고 약속했습니다. Mesos 사이트에는 프로젝트가 은퇴했다는 안내가 있고, Attic 이전은 2025년에 보도되었습니다.'
			},
			sources: [
				'cncf-2016-07-21-k8s-birthday',
				'moby-changelog',
				'docker-blog-1-12',
				'nomad-changelog',
				'mesos-site',
				'mesos-retirement-2025',
				'techtarget-2019-11-mirantis'
			],
			focus: ['other-orchestrators'],
			add: {
				nodes: [
					{
						id: 'other-orchestrators',
						label: { en: 'other orchestrators', ko: '다른 오케스트레이터' },
						kind: 'group',
						description: {
							en: 'Alternatives to Kubernetes from the same years.',
							ko: '같은 시기에 나온 쿠버네티스의 대안들입니다.'
						},
						sources: ['docker-blog-1-12', 'nomad-changelog', 'mesos-site']
					},
					{
						id: 'docker-swarm',
						label: { en: 'Docker swarm mode', ko: 'Docker swarm mode' },
						kind: 'daemon',
						parent: 'other-orchestrators',
						badge: 'Docker 1.12 (2016)',
						description: {
							en: 'Orchestration built into dockerd itself since Docker 1.12 (swarmkit).',
							ko: 'Docker 1.12부터 dockerd 자체에 들어간 오케스트레이션 기능입니다(swarmkit).'
						},
						sources: ['moby-changelog', 'docker-blog-1-12']
					},
					{
						id: 'nomad',
						label: 'Nomad',
						kind: 'daemon',
						parent: 'other-orchestrators',
						badge: '0.1 (2015)',
						description: {
							en: 'HashiCorp’s scheduler; 0.1.0 was released on 2015-09-28.',
							ko: 'HashiCorp의 스케줄러로, 0.1.0이 2015-09-28에 나왔습니다.'
						},
						sources: ['nomad-changelog']
					},
					{
						id: 'apache-mesos',
						label: 'Apache Mesos',
						kind: 'daemon',
						parent: 'other-orchestrators',
						badge: { en: 'retired', ko: '은퇴' },
						description: {
							en: 'A cluster manager that also ran containers; now retired to the Apache Attic.',
							ko: '컨테이너도 실행하던 클러스터 관리자로, 지금은 은퇴해 Apache Attic으로 옮겨졌습니다.'
						},
						sources: ['mesos-site', 'mesos-retirement-2025']
					}
				]
			},
			update: {
				nodes: [
					{
						id: 'control-plane',
						badge: { en: 'CNCF’s first project', ko: 'CNCF 첫 프로젝트' },
						sources: ['k8s-docs-kube-scheduler', 'cncf-2016-07-21-k8s-birthday']
					}
				]
			}
		}
	]
};
