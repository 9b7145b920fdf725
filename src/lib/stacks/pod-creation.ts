/**
 * What happens after `kubectl apply` of a Deployment until its Pod runs, with containerd as the runtime. The
 * components stay put; each step sends its messages along the edges, in order. The controller manager turns the
 * Deployment into a ReplicaSet and a Pod before the scheduler sees anything; the pause, init and app containers
 * appear in the steps that start them, in the kubelet's SyncPod order.
 */
import type { StorylineSpec } from '../model/types.js';
import { pickSources } from './sources.js';

export const podCreation: StorylineSpec = {
	id: 'pod-creation',
	title: { en: 'How a Pod gets created', ko: 'Pod가 만들어지는 과정' },
	description: {
		en: 'From kubectl to a running container, call by call: the API server and etcd, the controllers that turn a Deployment into a ReplicaSet and a Pod, the scheduler’s binding, the kubelet’s watch, and the CRI calls RunPodSandbox, PullImage, CreateContainer and StartContainer (init containers first), with containerd as the runtime.',
		ko: 'kubectl에서 실행 중인 컨테이너까지 호출 하나하나를 따라갑니다. API 서버와 etcd, Deployment를 ReplicaSet과 Pod로 바꾸는 컨트롤러, 스케줄러의 바인딩, kubelet의 watch, 그리고 containerd를 런타임으로 한 CRI 호출 RunPodSandbox, PullImage, CreateContainer, StartContainer(init 컨테이너 먼저)를 보여 줍니다.'
	},
	direction: 'down',
	sources: pickSources(
		'k8s-docs-components',
		'k8s-docs-controlling-access',
		'k8s-docs-admission-controllers',
		'k8s-docs-kubectl',
		'k8s-docs-deployment',
		'k8s-docs-replicaset',
		'k8s-docs-init-containers',
		'k8s-kubelet-config-apiserver',
		'k8s-docs-kube-scheduler',
		'k8s-kuberuntime',
		'k8s-blog-2016-12-19-cri',
		'k8s-docs-cri',
		'containerd-cri-architecture',
		'containerd-runtime-v2',
		'containerd-defaults',
		'oci-distribution-spec',
		'runc-libcontainer'
	),
	steps: [
		{
			id: 'request',
			label: { en: 'request', ko: '요청' },
			title: { en: 'kubectl → API server → etcd', ko: 'kubectl → API 서버 → etcd' },
			narration: {
				en: 'Pods usually come from a Deployment. kubectl sends the Deployment to the API server over HTTPS; after authentication, authorization and admission control, the API server stores it in etcd.',
				ko: 'Pod는 보통 Deployment에서 나옵니다. kubectl이 HTTPS로 Deployment를 API 서버에 보내면, API 서버는 인증·인가·어드미션 컨트롤을 거친 뒤 이를 etcd에 저장합니다.'
			},
			notes: {
				en: 'Every request passes the same three gates in the API server: authentication (who is asking), authorization (may they do this) and admission controllers (which may reject or change the object). Only then is the object written to etcd. Nothing is sent to any node.',
				ko: '모든 요청은 API 서버에서 같은 세 관문을 지납니다. 인증(누가 요청하는가), 인가(그 일을 해도 되는가), 어드미션 컨트롤러(객체를 거부하거나 고칠 수 있음)입니다. 그다음에야 객체가 etcd에 기록됩니다. 어떤 노드에도 아무것도 전달되지 않습니다.'
			},
			sources: [
				'k8s-docs-controlling-access',
				'k8s-docs-admission-controllers',
				'k8s-docs-components',
				'k8s-docs-deployment'
			],
			focus: ['kubectl->kube-apiserver', 'kube-apiserver->etcd'],
			messages: [
				{ edge: 'kubectl->kube-apiserver', label: 'POST Deployment' },
				{ edge: 'kube-apiserver->etcd', label: 'Deployment' }
			],
			nodes: [
				{
					id: 'kubectl',
					label: 'kubectl',
					kind: 'client',
					description: {
						en: 'The command-line client; kubectl apply sends the object, here a Deployment, to the API server through the Kubernetes API.',
						ko: '명령줄 클라이언트입니다. kubectl apply가 객체(여기서는 Deployment)를 쿠버네티스 API로 API 서버에 보냅니다.'
					},
					sources: ['k8s-docs-kubectl', 'k8s-docs-controlling-access']
				},
				{
					id: 'control-plane',
					label: { en: 'control plane', ko: '컨트롤 플레인' },
					kind: 'group',
					description: {
						en: 'The components that store the cluster’s state and decide where Pods run.',
						ko: '클러스터의 상태를 저장하고 Pod가 실행될 곳을 정하는 구성 요소들입니다.'
					},
					sources: ['k8s-docs-components']
				},
				{
					id: 'kube-apiserver',
					label: 'kube-apiserver',
					kind: 'daemon',
					parent: 'control-plane',
					description: {
						en: 'The front door of the cluster: authenticates, authorizes and admits each request and stores objects in etcd; the other components watch it.',
						ko: '클러스터의 정문입니다. 요청마다 인증·인가·어드미션을 거쳐 객체를 etcd에 저장하고, 다른 구성 요소는 API 서버를 watch합니다.'
					},
					sources: [
						'k8s-docs-components',
						'k8s-docs-controlling-access',
						'k8s-docs-admission-controllers',
						'k8s-docs-kube-scheduler',
						'k8s-kubelet-config-apiserver'
					]
				},
				{
					id: 'etcd',
					label: 'etcd',
					kind: 'storage',
					parent: 'control-plane',
					description: {
						en: 'The key-value store that holds all cluster data.',
						ko: '클러스터의 모든 데이터를 담는 키-값 저장소입니다.'
					},
					sources: ['k8s-docs-components']
				},
				{
					id: 'kube-controller-manager',
					label: 'kube-controller-manager',
					kind: 'daemon',
					parent: 'control-plane',
					badge: 'Deployment → ReplicaSet → Pod',
					description: {
						en: 'Runs the controllers: the Deployment controller creates a ReplicaSet, and the ReplicaSet controller creates the Pods it asks for.',
						ko: '컨트롤러들을 실행합니다. Deployment 컨트롤러가 ReplicaSet을 만들고, ReplicaSet 컨트롤러가 필요한 수만큼 Pod를 만듭니다.'
					},
					sources: ['k8s-docs-components', 'k8s-docs-deployment', 'k8s-docs-replicaset']
				},
				{
					id: 'kube-scheduler',
					label: 'kube-scheduler',
					kind: 'daemon',
					parent: 'control-plane',
					description: {
						en: 'Watches for Pods without a node, filters and scores the nodes, and binds each Pod to one.',
						ko: '노드가 정해지지 않은 Pod를 watch하다가, 노드를 거르고 점수를 매겨 Pod를 한 노드에 바인딩합니다.'
					},
					sources: ['k8s-docs-kube-scheduler']
				},
				{
					id: 'node',
					label: { en: 'worker node', ko: '워커 노드' },
					kind: 'group',
					description: {
						en: 'The node the scheduler picks: the kubelet, containerd and the OCI runtime.',
						ko: '스케줄러가 고른 노드입니다. kubelet, containerd, OCI 런타임이 있습니다.'
					},
					sources: ['k8s-docs-components']
				},
				{
					id: 'kubelet',
					label: 'kubelet',
					kind: 'daemon',
					parent: 'node',
					description: {
						en: 'The node agent: watches for Pods bound to its node and drives the runtime through CRI.',
						ko: '노드 에이전트입니다. 자기 노드에 바인딩된 Pod를 watch하고, CRI로 런타임을 움직입니다.'
					},
					sources: ['k8s-kubelet-config-apiserver', 'k8s-kuberuntime', 'k8s-blog-2016-12-19-cri']
				},
				{
					id: 'containerd',
					label: 'containerd',
					kind: 'group',
					parent: 'node',
					description: {
						en: 'The container runtime daemon, with its built-in CRI plugin.',
						ko: 'CRI 플러그인을 내장한 컨테이너 런타임 데몬입니다.'
					},
					sources: ['containerd-cri-architecture']
				},
				{
					id: 'cri-plugin',
					label: { en: 'CRI plugin', ko: 'CRI 플러그인' },
					kind: 'library',
					parent: 'containerd',
					description: {
						en: 'containerd’s CRI server: it receives the kubelet’s CRI calls and carries them out with containerd.',
						ko: 'containerd의 CRI 서버입니다. kubelet의 CRI 호출을 받아 containerd로 처리합니다.'
					},
					sources: ['containerd-cri-architecture']
				},
				{
					id: 'cni',
					label: { en: 'CNI plugin', ko: 'CNI 플러그인' },
					kind: 'process',
					parent: 'node',
					description: {
						en: 'The network plugin that gives the Pod’s network namespace its interface and IP address.',
						ko: 'Pod의 네트워크 namespace에 인터페이스와 IP 주소를 붙이는 네트워크 플러그인입니다.'
					},
					sources: ['containerd-cri-architecture']
				},
				{
					id: 'containerd-shim-runc-v2',
					label: 'containerd-shim-runc-v2',
					kind: 'shim',
					parent: 'node',
					description: {
						en: 'The shim containerd starts for the Pod’s containers; it runs runc.',
						ko: 'containerd가 Pod의 컨테이너를 위해 띄우는 shim으로, runc를 실행합니다.'
					},
					sources: ['containerd-runtime-v2']
				},
				{
					id: 'runc',
					label: 'runc',
					kind: 'runtime',
					parent: 'node',
					description: {
						en: 'The OCI runtime that creates each container in the Pod’s namespaces and cgroups.',
						ko: 'Pod의 namespace와 cgroup 안에 각 컨테이너를 만드는 OCI 런타임입니다.'
					},
					sources: ['containerd-runtime-v2', 'runc-libcontainer']
				},
				{
					id: 'registry',
					label: { en: 'registry', ko: '레지스트리' },
					kind: 'external',
					description: {
						en: 'Where images come from, over the OCI distribution API.',
						ko: 'OCI distribution API로 이미지를 내려받는 곳입니다.'
					},
					sources: ['oci-distribution-spec']
				}
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
					from: 'kube-controller-manager',
					to: 'kube-apiserver',
					label: 'watch + create',
					kind: 'watch',
					sources: ['k8s-docs-components', 'k8s-docs-deployment', 'k8s-docs-replicaset']
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
				{
					from: 'kubelet',
					to: 'kube-apiserver',
					label: 'watch + status',
					kind: 'watch',
					sources: ['k8s-kubelet-config-apiserver', 'k8s-docs-components']
				},
				{
					from: 'kubelet',
					to: 'cri-plugin',
					label: 'CRI gRPC',
					endpoint: '/run/containerd/containerd.sock',
					kind: 'call',
					sources: ['k8s-docs-cri', 'containerd-defaults']
				},
				{
					from: 'cri-plugin',
					to: 'cni',
					label: 'CNI ADD',
					kind: 'call',
					sources: ['containerd-cri-architecture']
				},
				{
					from: 'containerd',
					to: 'registry',
					label: 'pull',
					kind: 'data',
					sources: ['oci-distribution-spec', 'containerd-cri-architecture']
				},
				{
					from: 'containerd',
					to: 'containerd-shim-runc-v2',
					label: { en: 'spawn + ttRPC', ko: '실행 + ttRPC' },
					kind: 'spawn',
					sources: ['containerd-runtime-v2']
				},
				{
					from: 'containerd-shim-runc-v2',
					to: 'runc',
					label: { en: 'exec (OCI bundle)', ko: 'exec (OCI 번들)' },
					kind: 'spawn',
					sources: ['containerd-runtime-v2']
				}
			]
		},
		{
			id: 'controllers',
			label: { en: 'controllers', ko: '컨트롤러' },
			title: {
				en: 'Controllers: Deployment → ReplicaSet → Pod',
				ko: '컨트롤러: Deployment → ReplicaSet → Pod'
			},
			narration: {
				en: 'The controller manager watches the API server. Its Deployment controller creates a ReplicaSet for the new Deployment, and the ReplicaSet controller creates the Pod. The Pod is stored in etcd with no node yet.',
				ko: '컨트롤러 매니저는 API 서버를 watch합니다. Deployment 컨트롤러가 새 Deployment에 맞는 ReplicaSet을 만들고, ReplicaSet 컨트롤러가 Pod를 만듭니다. Pod는 아직 노드 없이 etcd에 저장됩니다.'
			},
			notes: {
				en: 'Stop here and ask what happens next. The common answer, “the API server tells the kubelet to create the containers”, is wrong: nothing has been sent to any node. The controllers, too, only talk to the API server: they watch objects and create new ones. The Pod is just a record in etcd without a nodeName.',
				ko: '여기서 멈추고 다음에 무슨 일이 일어나는지 물어봅니다. 흔한 답인 "API 서버가 kubelet에 컨테이너 생성을 명령한다"는 틀렸습니다. 아직 어떤 노드에도 아무것도 전달되지 않았습니다. 컨트롤러도 API 서버와만 대화합니다. 객체를 watch하다가 새 객체를 만들 뿐입니다. Pod는 nodeName이 비어 있는 etcd의 기록일 뿐입니다.'
			},
			sources: ['k8s-docs-deployment', 'k8s-docs-replicaset', 'k8s-docs-components'],
			focus: ['kube-controller-manager', 'kube-controller-manager->kube-apiserver'],
			messages: [
				{ edge: 'kube-controller-manager->kube-apiserver', label: 'Deployment', reverse: true },
				{
					edge: 'kube-controller-manager->kube-apiserver',
					label: { en: 'create ReplicaSet', ko: 'ReplicaSet 생성' }
				},
				{ edge: 'kube-controller-manager->kube-apiserver', label: 'ReplicaSet', reverse: true },
				{ edge: 'kube-controller-manager->kube-apiserver', label: { en: 'create Pod', ko: 'Pod 생성' } },
				{ edge: 'kube-apiserver->etcd', label: { en: 'Pod (no node yet)', ko: 'Pod (노드 미정)' } }
			]
		},
		{
			id: 'schedule',
			label: { en: 'schedule', ko: '스케줄링' },
			title: { en: 'The scheduler binds the Pod to a node', ko: '스케줄러가 Pod를 노드에 바인딩' },
			narration: {
				en: 'The scheduler watches for Pods without a node, filters and scores the nodes, and binds the Pod to the best one. The API server records that node name in etcd.',
				ko: '스케줄러는 노드가 없는 Pod를 watch하다가 노드를 거르고 점수를 매겨, 가장 알맞은 노드에 Pod를 바인딩합니다. API 서버는 그 노드 이름을 etcd에 기록합니다.'
			},
			notes: {
				en: 'The Kubernetes documentation calls this notification “binding”. The scheduler, too, only talks to the API server; it never contacts the node.',
				ko: '쿠버네티스 문서는 이 통보를 "바인딩"이라고 부릅니다. 스케줄러 역시 API 서버와만 대화하고, 노드에 직접 연락하지 않습니다.'
			},
			sources: ['k8s-docs-kube-scheduler'],
			focus: ['kube-scheduler'],
			messages: [
				{
					edge: 'kube-scheduler->kube-apiserver',
					label: { en: 'new Pod without a node', ko: '노드 없는 새 Pod' },
					reverse: true
				},
				{ edge: 'kube-scheduler->kube-apiserver', label: { en: 'bind Pod → node', ko: 'Pod → 노드 바인딩' } },
				{ edge: 'kube-apiserver->etcd', label: 'nodeName' }
			]
		},
		{
			id: 'watch',
			label: 'watch',
			title: { en: 'The kubelet notices its new Pod', ko: 'kubelet이 새 Pod를 알아챈다' },
			narration: {
				en: 'The kubelet on that node keeps a list-watch on the API server for Pods bound to it, so it sees the new Pod and starts syncing it. The API server never pushes a command to the kubelet.',
				ko: '그 노드의 kubelet은 자기에게 바인딩된 Pod를 API 서버에서 list-watch하고 있으므로, 새 Pod를 보고 동기화를 시작합니다. API 서버가 kubelet에 명령을 밀어 넣는 일은 없습니다.'
			},
			notes: {
				en: 'The watch is the kubelet’s API server pod source (pkg/kubelet/config/apiserver.go): a list-watch of the Pods whose spec.nodeName is this node. In the kubelet’s SyncPod the order is: compute what changed, kill what must go, create the sandbox, then ephemeral and init containers (one after another), then the normal containers. The next steps follow that order.',
				ko: '이 watch는 kubelet의 API 서버 Pod 소스(pkg/kubelet/config/apiserver.go)로, spec.nodeName이 이 노드인 Pod를 list-watch합니다. kubelet의 SyncPod는 이 순서로 움직입니다. 바뀐 점을 계산하고, 없앨 것을 정리하고, 샌드박스를 만든 뒤, ephemeral 컨테이너와 init 컨테이너(차례로), 마지막으로 일반 컨테이너를 실행합니다. 다음 단계들이 이 순서를 따릅니다.'
			},
			sources: ['k8s-kubelet-config-apiserver', 'k8s-kuberuntime', 'k8s-docs-kube-scheduler'],
			focus: ['kubelet', 'kubelet->kube-apiserver'],
			messages: [
				{
					edge: 'kubelet->kube-apiserver',
					label: { en: 'Pod bound to this node', ko: '이 노드에 바인딩된 Pod' },
					reverse: true
				}
			]
		},
		{
			id: 'sandbox',
			label: { en: 'sandbox', ko: '샌드박스' },
			title: {
				en: 'RunPodSandbox: network and pause container',
				ko: 'RunPodSandbox: 네트워크와 pause 컨테이너'
			},
			narration: {
				en: 'The kubelet first calls RunPodSandbox. containerd’s CRI plugin creates the Pod’s network namespace, has the CNI plugin set up its network, and starts the pause container through the shim and runc.',
				ko: 'kubelet은 먼저 RunPodSandbox를 호출합니다. containerd의 CRI 플러그인이 Pod의 네트워크 namespace를 만들고, CNI 플러그인으로 네트워크를 설정한 뒤, shim과 runc로 pause 컨테이너를 시작합니다.'
			},
			notes: {
				en: 'The sandbox is the Pod’s environment: Linux namespaces for runc-based runtimes, a virtual machine for hypervisor-based ones. The pause image is something like registry.k8s.io/pause:3.10. Point out that the sandbox exists before any of the Pod’s own containers.',
				ko: '샌드박스는 Pod의 실행 환경입니다. runc 기반 런타임에서는 리눅스 namespace이고, 하이퍼바이저 기반 런타임에서는 가상 머신입니다. pause 이미지는 registry.k8s.io/pause:3.10 같은 것입니다. Pod의 컨테이너보다 샌드박스가 먼저 생긴다는 점을 짚어 줍니다.'
			},
			sources: ['containerd-cri-architecture', 'k8s-blog-2016-12-19-cri', 'k8s-kuberuntime'],
			focus: ['pause', 'cni'],
			messages: [
				{ edge: 'kubelet->cri-plugin', label: 'RunPodSandbox' },
				{ edge: 'cri-plugin->cni', label: 'CNI ADD' },
				{ edge: 'containerd->containerd-shim-runc-v2', label: { en: 'start sandbox', ko: '샌드박스 시작' } },
				{ edge: 'containerd-shim-runc-v2->runc', label: 'create / start' },
				{ edge: 'runc->pause', label: 'pause' }
			],
			add: {
				nodes: [
					{
						id: 'pause',
						label: { en: 'pause container', ko: 'pause 컨테이너' },
						kind: 'process',
						parent: 'node',
						description: {
							en: 'The sandbox container, started before any of the Pod’s own containers.',
							ko: 'Pod의 어떤 컨테이너보다 먼저 시작되는 샌드박스 컨테이너입니다.'
						},
						sources: ['containerd-cri-architecture']
					}
				],
				edges: [
					{
						from: 'runc',
						to: 'pause',
						label: 'exec',
						kind: 'spawn',
						sources: ['containerd-cri-architecture', 'runc-libcontainer']
					}
				]
			}
		},
		{
			id: 'init',
			label: { en: 'init containers', ko: 'init 컨테이너' },
			title: {
				en: 'Init containers run first, to completion',
				ko: 'init 컨테이너가 먼저, 끝까지 실행된다'
			},
			narration: {
				en: 'Before any app container, the kubelet runs the Pod’s init containers one at a time: PullImage if needed, CreateContainer and StartContainer for each, and each must finish successfully before the next one starts.',
				ko: '앱 컨테이너보다 먼저 kubelet은 Pod의 init 컨테이너를 하나씩 실행합니다. 컨테이너마다 필요하면 PullImage, 그리고 CreateContainer와 StartContainer를 호출하고, 각 init 컨테이너가 성공적으로 끝나야 다음 것이 시작됩니다.'
			},
			notes: {
				en: 'Init containers use the same CRI calls as app containers; what differs is the order. They run in sequence, each to completion, inside the same sandbox; only when all have succeeded does the kubelet create the app containers. A failing init container is restarted according to the Pod’s restart policy, and the app containers wait.',
				ko: 'init 컨테이너도 앱 컨테이너와 같은 CRI 호출을 씁니다. 다른 것은 순서입니다. 같은 샌드박스 안에서 차례로, 하나씩 끝까지 실행되고, 모두 성공해야 kubelet이 앱 컨테이너를 만듭니다. init 컨테이너가 실패하면 Pod의 재시작 정책에 따라 다시 실행되고, 앱 컨테이너는 기다립니다.'
			},
			sources: ['k8s-docs-init-containers', 'k8s-kuberuntime'],
			focus: ['init-container'],
			messages: [
				{ edge: 'kubelet->cri-plugin', label: 'CreateContainer (init)' },
				{ edge: 'kubelet->cri-plugin', label: 'StartContainer (init)' },
				{ edge: 'containerd->containerd-shim-runc-v2', label: { en: 'start task', ko: '태스크 시작' } },
				{ edge: 'containerd-shim-runc-v2->runc', label: 'create / start' },
				{ edge: 'runc->init-container', label: 'exec' }
			],
			add: {
				nodes: [
					{
						id: 'init-container',
						label: { en: 'init container', ko: 'init 컨테이너' },
						kind: 'process',
						parent: 'node',
						badge: { en: 'runs to completion', ko: '끝까지 실행' },
						description: {
							en: 'A container that runs to completion before the app containers start; several run one after another.',
							ko: '앱 컨테이너가 시작되기 전에 끝까지 실행되는 컨테이너입니다. 여러 개면 차례로 실행됩니다.'
						},
						sources: ['k8s-docs-init-containers']
					}
				],
				edges: [
					{
						from: 'runc',
						to: 'init-container',
						label: 'exec',
						kind: 'spawn',
						sources: ['k8s-docs-init-containers', 'runc-libcontainer']
					}
				]
			}
		},
		{
			id: 'pull',
			label: { en: 'pull', ko: '이미지 pull' },
			title: { en: 'PullImage: fetch the image if needed', ko: 'PullImage: 필요하면 이미지 내려받기' },
			narration: {
				en: 'Once the init containers have finished, the kubelet turns to the app containers. For each, it asks CRI’s image service to pull the image if it is missing or the pull policy says so, and containerd fetches it from the registry.',
				ko: 'init 컨테이너가 모두 끝나면 kubelet은 앱 컨테이너로 넘어갑니다. 컨테이너마다 이미지가 없거나 pull 정책이 요구하면 CRI의 이미지 서비스에 이미지 pull을 요청하고, containerd가 레지스트리에서 이미지를 내려받습니다.'
			},
			notes: {
				en: 'PullImage belongs to CRI’s ImageService, the second half of CRI next to RuntimeService. Kubernetes needs much more from a runtime than “create a container”: images, sandboxes, exec, logs and stats.',
				ko: 'PullImage는 RuntimeService와 함께 CRI를 이루는 ImageService에 속합니다. 쿠버네티스가 런타임에 바라는 것은 "컨테이너 생성"만이 아닙니다. 이미지, 샌드박스, exec, 로그, 통계까지 필요합니다.'
			},
			sources: [
				'k8s-kuberuntime',
				'k8s-blog-2016-12-19-cri',
				'oci-distribution-spec',
				'k8s-docs-init-containers'
			],
			focus: ['registry'],
			update: {
				nodes: [
					{
						id: 'init-container',
						badge: { en: 'completed', ko: '완료' },
						sources: ['k8s-docs-init-containers']
					}
				]
			},
			messages: [
				{ edge: 'kubelet->cri-plugin', label: 'PullImage' },
				{ edge: 'containerd->registry', label: { en: 'image layers', ko: '이미지 레이어' }, reverse: true }
			]
		},
		{
			id: 'create',
			label: { en: 'create', ko: '컨테이너 생성' },
			title: {
				en: 'CreateContainer: created, not yet started',
				ko: 'CreateContainer: 생성만 하고 아직 시작 전'
			},
			narration: {
				en: 'Next the kubelet calls CreateContainer, which creates the container inside the Pod’s sandbox without starting it yet.',
				ko: '다음으로 kubelet이 CreateContainer를 호출하면, Pod의 샌드박스 안에 컨테이너가 만들어집니다. 아직 시작하지는 않습니다.'
			},
			notes: {
				en: 'Correct “for a Pod with two containers the kubelet asks the runtime twice”: the count of CreateContainer calls is right, but the full sequence is one RunPodSandbox, up to two PullImage, two CreateContainer and two StartContainer calls, plus the same calls for each init container before them.',
				ko: '"컨테이너 2개짜리 Pod면 kubelet이 런타임에 생성 요청을 2번 한다"는 바로잡아야 합니다. CreateContainer 횟수는 맞지만, 전체 호출은 RunPodSandbox 1번, PullImage 최대 2번, CreateContainer 2번, StartContainer 2번이고, 그 앞에 init 컨테이너마다 같은 호출이 더해집니다.'
			},
			sources: ['k8s-kuberuntime', 'k8s-blog-2016-12-19-cri'],
			focus: ['kubelet->cri-plugin'],
			messages: [{ edge: 'kubelet->cri-plugin', label: 'CreateContainer' }]
		},
		{
			id: 'start',
			label: { en: 'start', ko: '컨테이너 시작' },
			title: { en: 'StartContainer: the process runs', ko: 'StartContainer: 프로세스 실행' },
			narration: {
				en: 'StartContainer starts it: containerd has the shim run runc, which starts the application’s process inside the Pod’s namespaces and cgroups.',
				ko: 'StartContainer가 컨테이너를 시작합니다. containerd가 shim을 통해 runc를 실행하고, runc가 Pod의 namespace와 cgroup 안에서 애플리케이션 프로세스를 시작합니다.'
			},
			notes: {
				en: 'After StartContainer the kubelet runs the postStart hook, if any. For a second container in the Pod, the pull, create and start calls repeat; the sandbox is not created again.',
				ko: 'StartContainer 뒤에 kubelet은 postStart 훅이 있으면 실행합니다. Pod에 컨테이너가 하나 더 있으면 pull·생성·시작 호출이 반복되고, 샌드박스는 다시 만들지 않습니다.'
			},
			sources: ['k8s-kuberuntime', 'containerd-runtime-v2', 'containerd-cri-architecture'],
			focus: ['app-container'],
			messages: [
				{ edge: 'kubelet->cri-plugin', label: 'StartContainer' },
				{ edge: 'containerd->containerd-shim-runc-v2', label: { en: 'start task', ko: '태스크 시작' } },
				{ edge: 'containerd-shim-runc-v2->runc', label: 'create / start' },
				{ edge: 'runc->app-container', label: 'exec' }
			],
			add: {
				nodes: [
					{
						id: 'app-container',
						label: { en: 'app container', ko: '앱 컨테이너' },
						kind: 'process',
						parent: 'node',
						description: {
							en: 'The Pod’s own container, running in the sandbox’s namespaces.',
							ko: '샌드박스의 namespace 안에서 도는 Pod 자신의 컨테이너입니다.'
						},
						sources: ['containerd-cri-architecture', 'k8s-kuberuntime']
					}
				],
				edges: [
					{
						from: 'runc',
						to: 'app-container',
						label: 'exec',
						kind: 'spawn',
						sources: ['containerd-runtime-v2', 'runc-libcontainer']
					}
				]
			}
		},
		{
			id: 'status',
			label: { en: 'status', ko: '상태 보고' },
			title: { en: 'The kubelet reports the Pod’s status', ko: 'kubelet이 Pod 상태를 보고' },
			narration: {
				en: 'Finally the kubelet reports the Pod’s status to the API server, which stores it in etcd; kubectl get pods now shows it running.',
				ko: '마지막으로 kubelet이 Pod의 상태를 API 서버에 보고하고, API 서버는 이를 etcd에 저장합니다. 이제 kubectl get pods에 실행 중으로 나타납니다.'
			},
			notes: {
				en: 'Recap the direction of every arrow: clients and controllers talk to the API server; only the kubelet talks to the runtime, and only through CRI.',
				ko: '화살표 방향을 다시 짚습니다. 클라이언트와 컨트롤러는 API 서버와 대화하고, 런타임과 대화하는 것은 kubelet뿐이며 그것도 CRI를 통해서입니다.'
			},
			sources: ['k8s-kuberuntime', 'k8s-docs-components', 'k8s-kubelet-config-apiserver'],
			focus: ['kubelet->kube-apiserver'],
			messages: [
				{ edge: 'kubelet->kube-apiserver', label: { en: 'Pod status', ko: 'Pod 상태' } },
				{ edge: 'kube-apiserver->etcd', label: { en: 'status', ko: '상태' } }
			]
		}
	]
};
