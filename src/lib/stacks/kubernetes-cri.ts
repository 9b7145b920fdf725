/**
 * The kubelet's path to a container runtime, Kubernetes 1.0 → today: runtime code compiled into the kubelet, the
 * CRI with the in-tree dockershim, containerd's built-in CRI plugin, the dockershim's deprecation and removal, and
 * the clean-ups after it (CRI v1 only, no --container-runtime flag, crun under CRI-O, containerd 2.0).
 *
 * Decisions worth knowing before editing:
 * - The control plane is left out: the story is the node, and the kubelet sits at the top of it.
 * - In 1.5 the built-in paths stay (badged): CRI was opt-in until 1.6, so nothing was deleted yet. They leave in
 *   the `containerd-1.1` step (2018), after the legacy Docker path (~1.7) and in-tree rkt (1.11) were removed.
 * - The paths to containerd are counted in the `containerd-1.1` step: badges give three hops through the
 *   dockershim and dockerd, two through cri-containerd (the 2017 daemon, drawn for that one step) and one through
 *   the plugin. cri-containerd's CRI edge starts at the kubelet's box, not at the CRI client inside it: from the
 *   client, ELK put the union's rktlet on the far side and the next transition moved 0.84× what ELK alone moves
 *   (the budget is 0.2×); from the kubelet's box it is 0.07×.
 * - `containerd` is a group in every step so the CRI plugin can appear inside it without a kind change; before
 *   containerd 1.1 it is an empty group (drawn as a plain box).
 * - CRI-O runs containers through conmon → runc from its 1.0 (the `containerd-1.1` step); crun arrives only in the
 *   last step, when CRI-O 1.31 made it the default (CRI-O 1.24 still defaulted to runc).
 * - The kernel is one box: its namespaces and cgroups are drawn in the docker-engine stack, and leaving them out
 *   keeps every step within the slide's node budget.
 * - The shim keeps the id `containerd-shim-runc-v2` throughout; its label names the binary of each era, and its
 *   badge says how many containers one shim serves (per container under dockerd, per Pod under the CRI plugin).
 */
import type { StorylineSpec } from '../model/types.js';
import { pickSources } from './sources.js';

export const kubernetesCri: StorylineSpec = {
	id: 'kubernetes-cri',
	title: {
		en: 'The kubelet and its container runtimes: from built-in code to CRI',
		ko: 'kubelet과 컨테이너 런타임: 내장 코드에서 CRI까지'
	},
	description: {
		en: 'How the kubelet reached its container runtime from Kubernetes 1.0 to today: runtime code compiled into the kubelet, the CRI and the dockershim, containerd’s built-in CRI plugin, the dockershim’s deprecation and removal, and what changed after 1.24 (CRI v1 only, crun under CRI-O, containerd 2.0).',
		ko: '쿠버네티스 1.0부터 오늘날까지 kubelet이 컨테이너 런타임을 호출하는 구조가 어떻게 바뀌었는지 보여 줍니다. 런타임 코드가 kubelet에 내장되던 시절부터 CRI와 dockershim, containerd의 내장 CRI 플러그인, dockershim의 사용 중단 예고와 제거, 그리고 1.24 이후의 변화(CRI v1만 지원, CRI-O의 crun, containerd 2.0)까지 다룹니다.'
	},
	direction: 'down',
	sources: pickSources(
		'k8s-blog-2015-05-04-appc-rkt',
		'k8s-blog-2016-07-11-rktnetes',
		'k8s-blog-2016-12-13-1.5',
		'k8s-blog-2016-12-19-cri',
		'k8s-blog-2017-03-28-1.6',
		'k8s-blog-2017-11-02-containerd',
		'k8s-blog-2018-05-24-containerd-ga',
		'k8s-blog-2020-12-02-dont-panic',
		'k8s-blog-2020-12-02-dockershim-faq',
		'k8s-blog-2020-12-08-1.20',
		'k8s-blog-2022-05-03-1.24',
		'k8s-blog-2022-11-18-1.26-changes',
		'k8s-blog-2022-12-09-1.26',
		'k8s-blog-2023-03-17-1.27-changes',
		'k8s-docs-container-runtimes',
		'k8s-docs-crictl',
		'k8s-docs-cri',
		'k8s-changelog-1.6',
		'k8s-kubelet-runtime-packages',
		'k8s-rkt-getting-started',
		'k8s-kuberuntime',
		'k8s-kubelet-flags-dockershim-sock',
		'k8s-pr-94624',
		'k8s-pr-97252',
		'kep-2040-kubelet-cri',
		'kep-2221-remove-dockershim',
		'jimmysong-cri-legacy-docker',
		'rkt-in-tree-removal-1.11',
		'cncf-2016-07-21-k8s-birthday',
		'moby-changelog',
		'moby-daemon-unix',
		'docker-blog-0-9',
		'docker-blog-1-11',
		'docker-engine-api-socket',
		'containerd-repo',
		'containerd-2.0-release',
		'containerd-cri-proposal',
		'containerd-runtime-v2',
		'containerd-defaults',
		'containerd-cri-constants',
		'cri-o-repo',
		'cri-o-1.31-crun',
		'cri-o-readme-scope',
		'buildah-repo',
		'podman-repo',
		'kaniko-repo',
		'skopeo-repo',
		'crun-repo',
		'cri-dockerd-repo',
		'mirantis-2020-12-04',
		'rktlet-repo',
		'cncf-2019-08-16-rkt-archived',
		'techtarget-2019-11-mirantis',
		'runc-repo',
		'runc-libcontainer'
	),
	steps: [
		{
			id: '1.0',
			label: 'v1.0',
			title: {
				en: 'Kubernetes 1.0 (2015): runtimes compiled into the kubelet',
				ko: '쿠버네티스 1.0 (2015): kubelet에 내장된 런타임 코드'
			},
			narration: {
				en: 'In Kubernetes 1.0 the runtime code lived inside the kubelet: the dockertools package called the Docker Remote API, and an experimental rkt package ran rkt. Supporting another runtime meant changing the kubelet itself.',
				ko: '쿠버네티스 1.0에서는 런타임 코드가 kubelet 안에 들어 있었습니다. dockertools 패키지가 Docker Remote API를 호출했고, 실험 단계의 rkt 패키지가 rkt를 실행했습니다. 새 런타임을 지원하려면 kubelet 자체를 고쳐야 했습니다.'
			},
			notes: {
				en: 'Point at the two packages inside the kubelet box: pkg/kubelet/dockertools and pkg/kubelet/rkt, chosen with --container-runtime=docker|rkt. Docker at this time ran containers itself, through libcontainer inside dockerd: there is no containerd yet (it arrives with Docker 1.11 in 2016). rkt was experimental in 1.0 and grew into "rktnetes" in 1.3 (July 2016). Correct a common timeline that puts this era at "v1.0 ~ v1.20": this built-in era is 1.0–1.4; CRI arrives in 1.5 and is the default from 1.6, and 1.20 is only when the dockershim was deprecated.',
				ko: 'kubelet 상자 안의 두 패키지 pkg/kubelet/dockertools와 pkg/kubelet/rkt를 가리킵니다. 런타임은 --container-runtime=docker|rkt 플래그로 골랐습니다. 이 무렵 Docker는 dockerd 안의 libcontainer로 컨테이너를 직접 실행했고, containerd는 아직 없었습니다(2016년 Docker 1.11부터 등장). rkt 지원은 1.0에서 실험 단계였고 1.3(2016년 7월)에서 "rktnetes"로 발전했습니다. 이 시대를 "v1.0 ~ v1.20"으로 나누는 흔한 설명은 바로잡아야 합니다. 내장 코드 시대는 1.0~1.4이고, CRI는 1.5에서 도입되어 1.6부터 기본이 되었습니다. 1.20은 dockershim의 사용 중단이 예고된 버전일 뿐입니다.'
			},
			sources: [
				'k8s-kubelet-runtime-packages',
				'k8s-blog-2015-05-04-appc-rkt',
				'k8s-rkt-getting-started',
				'k8s-blog-2016-07-11-rktnetes',
				'k8s-blog-2016-12-19-cri',
				'cncf-2016-07-21-k8s-birthday',
				'moby-changelog'
			],
			focus: ['kubelet-dockertools', 'kubelet-rkt'],
			nodes: [
				{
					id: 'node',
					label: { en: 'worker node', ko: '워커 노드' },
					kind: 'group',
					description: {
						en: 'One Kubernetes node: the kubelet, the container runtime and the Linux kernel they run on.',
						ko: '쿠버네티스 노드 하나입니다. kubelet과 컨테이너 런타임, 그리고 이들이 올라가는 리눅스 커널이 있습니다.'
					},
					sources: ['k8s-blog-2016-12-19-cri']
				},
				{
					id: 'kubelet',
					label: 'kubelet',
					kind: 'group',
					parent: 'node',
					description: {
						en: 'The node agent: it manages the lifecycle of the Pod’s containers through a container runtime.',
						ko: '노드 에이전트입니다. 컨테이너 런타임을 통해 Pod 컨테이너의 생명주기를 관리합니다.'
					},
					sources: ['k8s-blog-2016-12-19-cri']
				},
				{
					id: 'kubelet-dockertools',
					label: 'dockertools',
					kind: 'library',
					parent: 'kubelet',
					description: {
						en: 'pkg/kubelet/dockertools: Docker support compiled into the kubelet, talking to the Docker Remote API.',
						ko: 'pkg/kubelet/dockertools: kubelet에 컴파일되어 들어간 Docker 지원 코드로, Docker Remote API를 호출합니다.'
					},
					sources: ['k8s-kubelet-runtime-packages', 'k8s-blog-2016-12-19-cri']
				},
				{
					id: 'kubelet-rkt',
					label: { en: 'rkt package', ko: 'rkt 패키지' },
					kind: 'library',
					parent: 'kubelet',
					badge: { en: 'experimental', ko: '실험 단계' },
					description: {
						en: 'pkg/kubelet/rkt: rkt support compiled into the kubelet, experimental in 1.0.',
						ko: 'pkg/kubelet/rkt: kubelet에 컴파일되어 들어간 rkt 지원 코드로, 1.0에서는 실험 단계였습니다.'
					},
					sources: ['k8s-kubelet-runtime-packages', 'k8s-blog-2015-05-04-appc-rkt', 'k8s-rkt-getting-started']
				},
				{
					id: 'dockerd',
					label: 'dockerd',
					kind: 'daemon',
					parent: 'node',
					description: {
						en: 'Docker Engine’s daemon. From Docker 0.9 to 1.10 it ran containers itself through libcontainer, in its own process; there was no containerd yet.',
						ko: 'Docker Engine의 데몬입니다. Docker 0.9부터 1.10까지는 자기 프로세스 안의 libcontainer로 컨테이너를 직접 실행했고, containerd는 아직 없었습니다.'
					},
					sources: ['moby-changelog', 'docker-blog-0-9']
				},
				{
					id: 'rkt',
					label: 'rkt',
					kind: 'runtime',
					parent: 'node',
					description: {
						en: 'The container engine CoreOS created in December 2014: daemonless, with image signing and privilege separation.',
						ko: 'CoreOS가 2014년 12월에 만든 컨테이너 엔진입니다. 데몬 없이 동작하며 이미지 서명과 권한 분리를 내세웠습니다.'
					},
					sources: ['cncf-2019-08-16-rkt-archived']
				},
				{
					id: 'kernel',
					label: { en: 'Linux kernel', ko: '리눅스 커널' },
					kind: 'group',
					parent: 'node',
					description: {
						en: 'The host’s kernel, shared by every container on the node: namespaces isolate each container and cgroups limit it (the docker-engine stack draws them).',
						ko: '노드의 모든 컨테이너가 함께 쓰는 호스트의 커널입니다. namespace가 컨테이너를 격리하고 cgroup이 자원을 제한합니다(docker-engine 스택에 그려 둠).'
					},
					sources: ['runc-libcontainer']
				}
			],
			edges: [
				{
					from: 'kubelet-dockertools',
					to: 'dockerd',
					label: 'Docker Remote API',
					endpoint: '/var/run/docker.sock',
					kind: 'call',
					sources: ['k8s-kubelet-runtime-packages', 'docker-engine-api-socket']
				},
				{
					from: 'kubelet-rkt',
					to: 'rkt',
					label: 'exec',
					kind: 'spawn',
					sources: ['k8s-blog-2015-05-04-appc-rkt', 'k8s-rkt-getting-started']
				},
				{
					from: 'dockerd',
					to: 'kernel',
					label: { en: 'syscalls (libcontainer)', ko: '시스템 콜 (libcontainer)' },
					kind: 'call',
					sources: ['docker-blog-0-9', 'runc-libcontainer']
				}
			]
		},
		{
			id: '1.5',
			label: 'v1.5',
			title: {
				en: 'Kubernetes 1.5 (2016-12): the Container Runtime Interface',
				ko: '쿠버네티스 1.5 (2016-12): 컨테이너 런타임 인터페이스(CRI)'
			},
			narration: {
				en: 'Kubernetes 1.5 introduced CRI, a gRPC interface with two services, RuntimeService and ImageService: the kubelet is the client, and each runtime, or a shim in front of it, is the server. Docker does not speak CRI, so the dockershim inside the kubelet translates CRI into Docker Engine API calls. CRI was opt-in in 1.5: the old built-in paths still ran by default until 1.6.',
				ko: '쿠버네티스 1.5는 RuntimeService와 ImageService 두 서비스로 이루어진 gRPC 인터페이스 CRI를 도입했습니다. kubelet이 클라이언트이고, 각 런타임 또는 그 앞의 shim이 서버입니다. Docker는 CRI를 구현하지 않기 때문에 kubelet 안의 dockershim이 CRI 요청을 Docker Engine API 호출로 번역했습니다. 1.5에서 CRI는 선택 기능이었고, 1.6 전까지는 기존 내장 경로가 기본으로 쓰였습니다.'
			},
			notes: {
				en: 'Point at the CRI client and its arrows: the one to the dockershim names CRI’s two services, RuntimeService (sandboxes, containers, exec/attach/port-forward) and ImageService (pull, list, remove images). The key correction: CRI is the interface, not an implementation; the dockershim, CRI-O and rktlet are implementations. The dockershim was written by Kubernetes SIG Node and lived in the kubelet binary; Docker Inc. did not contribute it, and CRI-O and rktlet were separate incubator projects. 1.5 deleted nothing: CRI was alpha and opt-in (--experimental-cri=true), so dockertools and the rkt package, badged "legacy", still did the work by default. 1.6 (March 2017) turned the Docker CRI integration on by default (the old path stayed behind --enable-cri=false); the legacy Docker path was removed around 1.7, and the in-tree rkt package in 1.11. Docker itself now runs on containerd and runc (Docker 1.11, April 2016), with one docker-containerd-shim per container.',
				ko: 'CRI 클라이언트와 그 화살표를 가리킵니다. dockershim으로 가는 화살표에 CRI의 두 서비스가 적혀 있습니다. RuntimeService(샌드박스, 컨테이너, exec/attach/port-forward)와 ImageService(이미지 pull·조회·삭제)입니다. 핵심 교정: CRI는 구현체가 아니라 인터페이스이고, dockershim·CRI-O·rktlet이 그 구현체입니다. dockershim은 쿠버네티스 SIG Node가 작성해 kubelet 바이너리 안에 넣은 것으로, Docker사가 기여한 코드가 아닙니다. CRI-O와 rktlet은 별도의 incubator 프로젝트였습니다. 1.5에서 지워진 것은 없습니다. CRI는 알파이자 선택 기능(--experimental-cri=true)이었으므로, "기존 경로" 배지가 붙은 dockertools와 rkt 패키지가 여전히 기본으로 일했습니다. 1.6(2017년 3월)부터 Docker CRI 연동이 기본으로 켜졌고(기존 경로는 --enable-cri=false로 남음), 기존 Docker 경로는 1.7 무렵, kubelet 내장 rkt 패키지는 1.11에서 제거되었습니다. Docker 자체는 이제 containerd와 runc 위에서 동작하며(Docker 1.11, 2016년 4월), 컨테이너마다 docker-containerd-shim이 하나씩 뜹니다.'
			},
			sources: [
				'k8s-blog-2016-12-13-1.5',
				'k8s-blog-2016-12-19-cri',
				'k8s-blog-2017-03-28-1.6',
				'k8s-changelog-1.6',
				'cri-dockerd-repo',
				'moby-changelog',
				'docker-blog-1-11'
			],
			focus: ['kubelet-cri-client', 'dockershim', 'kubelet-cri-client->dockershim'],
			// Docker 1.11 runs containers through containerd, so dockerd no longer calls the kernel itself.
			remove: { edges: ['dockerd->kernel'] },
			add: {
				nodes: [
					{
						id: 'kubelet-cri-client',
						label: { en: 'CRI client', ko: 'CRI 클라이언트' },
						kind: 'library',
						parent: 'kubelet',
						badge: 'v1alpha1',
						description: {
							en: 'kuberuntime: the kubelet’s generic runtime manager. It speaks only CRI (RuntimeService and ImageService over gRPC), never a runtime’s own API.',
							ko: 'kuberuntime: kubelet의 공통 런타임 관리 코드입니다. 런타임 고유의 API가 아니라 CRI(gRPC 위의 RuntimeService와 ImageService)만 사용합니다.'
						},
						sources: ['k8s-blog-2016-12-19-cri', 'k8s-kuberuntime']
					},
					{
						id: 'dockershim',
						label: 'dockershim',
						kind: 'shim',
						parent: 'kubelet',
						badge: { en: 'alpha', ko: '알파' },
						description: {
							en: 'A CRI server for Docker built into the kubelet binary and written by Kubernetes SIG Node. It translates CRI calls into Docker Engine API calls.',
							ko: 'kubelet 바이너리에 내장된 Docker용 CRI 서버로, 쿠버네티스 SIG Node가 작성했습니다. CRI 호출을 Docker Engine API 호출로 번역합니다.'
						},
						sources: ['k8s-blog-2016-12-19-cri', 'cri-dockerd-repo']
					},
					{
						id: 'containerd',
						label: 'containerd',
						kind: 'group',
						parent: 'node',
						description: {
							en: 'A daemon that manages the lifecycle of containers. Docker Engine has used it since Docker 1.11 (2016), which shipped it as docker-containerd.',
							ko: '컨테이너의 생명주기를 관리하는 데몬입니다. Docker Engine은 1.11(2016)부터 이를 docker-containerd라는 이름으로 함께 배포해 사용했습니다.'
						},
						sources: ['moby-changelog', 'docker-blog-1-11', 'containerd-repo']
					},
					{
						id: 'containerd-shim-runc-v2',
						label: 'docker-containerd-shim',
						kind: 'shim',
						parent: 'node',
						badge: { en: 'one per container', ko: '컨테이너마다 하나' },
						description: {
							en: 'One of the four binaries of Docker 1.11 (docker, docker-containerd, docker-containerd-shim, docker-runc): one shim per container, started by Docker’s containerd; it runs runc.',
							ko: 'Docker 1.11의 네 바이너리(docker, docker-containerd, docker-containerd-shim, docker-runc) 가운데 하나입니다. Docker의 containerd가 컨테이너마다 하나씩 띄우며, runc를 실행합니다.'
						},
						sources: ['moby-changelog', 'docker-blog-1-11', 'containerd-cri-proposal']
					},
					{
						id: 'runc',
						label: 'runc',
						kind: 'runtime',
						parent: 'node',
						description: {
							en: 'The OCI runtime: a command-line tool around libcontainer that creates the container with namespaces and cgroups.',
							ko: 'OCI 런타임입니다. libcontainer를 감싼 명령줄 도구로, namespace와 cgroup을 써서 컨테이너를 만듭니다.'
						},
						sources: ['runc-repo', 'runc-libcontainer']
					},
					{
						id: 'cri-o',
						label: 'CRI-O',
						kind: 'daemon',
						parent: 'node',
						badge: { en: 'in development', ko: '개발 중' },
						description: {
							en: 'A CRI-only runtime started by Red Hat in 2016 as a kubernetes-incubator project, running OCI-conformant runtimes.',
							ko: 'Red Hat이 2016년 kubernetes-incubator 프로젝트로 시작한 CRI 전용 런타임으로, OCI 규격을 따르는 런타임을 실행합니다.'
						},
						sources: ['cri-o-repo', 'k8s-blog-2016-12-19-cri']
					},
					{
						id: 'rktlet',
						label: 'rktlet',
						kind: 'shim',
						parent: 'node',
						badge: { en: 'incubator', ko: '인큐베이터' },
						description: {
							en: 'The rkt implementation of CRI, a kubernetes-incubator project (now retired).',
							ko: 'rkt용 CRI 구현체로, kubernetes-incubator 프로젝트였습니다(현재는 은퇴).'
						},
						sources: ['rktlet-repo', 'k8s-blog-2016-12-19-cri']
					}
				],
				edges: [
					{
						from: 'kubelet-cri-client',
						to: 'dockershim',
						label: 'CRI: RuntimeService + ImageService',
						kind: 'call',
						sources: ['k8s-blog-2016-12-19-cri']
					},
					{
						from: 'dockershim',
						to: 'dockerd',
						label: 'Docker Engine API',
						endpoint: '/var/run/docker.sock',
						kind: 'call',
						sources: ['k8s-blog-2016-12-19-cri', 'docker-engine-api-socket']
					},
					{
						from: 'dockerd',
						to: 'containerd',
						label: 'gRPC',
						kind: 'call',
						sources: ['moby-changelog', 'moby-daemon-unix']
					},
					{
						from: 'containerd',
						to: 'containerd-shim-runc-v2',
						label: { en: 'spawn', ko: '실행' },
						kind: 'spawn',
						sources: ['moby-changelog', 'containerd-cri-proposal']
					},
					{
						from: 'containerd-shim-runc-v2',
						to: 'runc',
						label: { en: 'exec (OCI bundle)', ko: 'exec (OCI 번들)' },
						kind: 'spawn',
						sources: ['docker-blog-1-11', 'containerd-cri-proposal']
					},
					{
						from: 'runc',
						to: 'kernel',
						label: { en: 'syscalls', ko: '시스템 콜' },
						kind: 'call',
						sources: ['runc-libcontainer']
					},
					{
						from: 'kubelet-cri-client',
						to: 'cri-o',
						label: 'CRI gRPC',
						kind: 'call',
						sources: ['k8s-blog-2016-12-19-cri']
					},
					{
						from: 'kubelet-cri-client',
						to: 'rktlet',
						label: 'CRI gRPC',
						kind: 'call',
						sources: ['k8s-blog-2016-12-19-cri']
					},
					{ from: 'rktlet', to: 'rkt', kind: 'call', sources: ['rktlet-repo'] }
				]
			},
			update: {
				nodes: [
					{
						id: 'dockerd',
						description: {
							en: 'Docker Engine’s daemon. Since Docker 1.11 (2016) it hands running containers to containerd and runc.',
							ko: 'Docker Engine의 데몬입니다. Docker 1.11(2016)부터 컨테이너 실행을 containerd와 runc에 맡깁니다.'
						},
						sources: ['moby-changelog', 'docker-blog-1-11']
					},
					{
						id: 'kubelet-dockertools',
						badge: { en: 'legacy, default until 1.6', ko: '기존 경로, 1.6 전까지 기본' },
						description: {
							en: 'The pre-CRI Docker integration. In 1.5 CRI was opt-in, so this path still ran Docker by default; 1.6 switched the default to the dockershim, and the legacy path was removed around 1.7.',
							ko: 'CRI 이전의 Docker 연동 코드입니다. 1.5에서 CRI는 선택 기능이었으므로 이 경로가 여전히 기본으로 Docker를 실행했습니다. 1.6에서 기본값이 dockershim으로 바뀌었고, 기존 경로는 1.7 무렵 제거되었습니다.'
						},
						sources: [
							'k8s-blog-2016-12-19-cri',
							'k8s-changelog-1.6',
							'k8s-kubelet-runtime-packages',
							'jimmysong-cri-legacy-docker'
						]
					},
					{
						id: 'kubelet-rkt',
						badge: { en: 'legacy, in-tree until 1.11', ko: '기존 경로, 1.11까지 내장' },
						description: {
							en: 'The in-tree rkt integration ("rktnetes"), still in the kubelet beside CRI; it was deprecated in 1.10 and removed in 1.11, leaving rktlet.',
							ko: 'kubelet에 내장된 rkt 연동("rktnetes")으로, CRI와 나란히 kubelet 안에 남아 있었습니다. 1.10에서 사용 중단이 예고되고 1.11에서 제거되어 rktlet만 남았습니다.'
						},
						sources: [
							'k8s-blog-2016-07-11-rktnetes',
							'k8s-blog-2016-12-19-cri',
							'rktlet-repo',
							'rkt-in-tree-removal-1.11'
						]
					}
				]
			}
		},
		{
			id: 'containerd-1.1',
			label: 'containerd 1.1',
			title: {
				en: 'containerd 1.1 (2018): CRI built into containerd',
				ko: 'containerd 1.1 (2018): containerd에 내장된 CRI'
			},
			narration: {
				en: 'containerd 1.1 (2018) builds CRI in as a plugin, so the kubelet reaches containerd in one hop. Count the hops to containerd: three through the dockershim and dockerd, two through cri-containerd, the separate daemon of 2017 that the plugin replaced, and one through the plugin. The built-in Docker and rkt code has left the kubelet.',
				ko: 'containerd 1.1(2018)은 CRI를 플러그인으로 내장해, kubelet이 한 번의 홉으로 containerd에 닿습니다. containerd까지의 홉을 세어 봅니다. dockershim과 dockerd를 거치면 3홉, 이 플러그인이 대체한 2017년의 별도 데몬 cri-containerd를 거치면 2홉, 플러그인으로는 1홉입니다. kubelet에 내장되었던 Docker·rkt 코드는 빠졌습니다.'
			},
			notes: {
				en: 'Point at the hop badges: 3 through the dockershim and dockerd, 2 through cri-containerd, 1 through the plugin. cri-containerd v1.0.0-alpha.0 (2017-09-25) sat as its own daemon between the kubelet and containerd 1.0, drawn here with its 2017 badge and gone in the next step; containerd 1.1 (tagged 2018-04-23, GA with Kubernetes 1.10+ on 2018-05-24) refactored it into the built-in plugin, enabled by default, which removes a hop. The same containerd can serve Docker and the kubelet at once; containerd namespaces keep them apart (CRI uses "k8s.io"), which is why docker ps does not list Kubernetes containers. Each container still gets its own containerd-shim here. Misconception: the CRI plugin did not appear because of the dockershim removal; it came four years earlier. CRI-O reached 1.0 in October 2017 and runs each container through its own conmon, which execs runc. CRI moved to v1alpha2 in Kubernetes 1.10, and the dockershim has been the default Docker path since 1.6.',
				ko: '홉 배지를 가리킵니다. dockershim과 dockerd를 거치면 3홉, cri-containerd를 거치면 2홉, 플러그인으로는 1홉입니다. cri-containerd v1.0.0-alpha.0(2017-09-25)은 kubelet과 containerd 1.0 사이에 놓인 별도 데몬으로, 여기서는 2017년 배지를 달고 그려지며 다음 단계에서 사라집니다. containerd 1.1(2018-04-23 태그, 2018-05-24 쿠버네티스 1.10 이상과 GA)이 이를 기본으로 켜지는 내장 플러그인으로 바꿔 홉 하나를 없앴습니다. containerd 하나를 Docker와 kubelet이 함께 쓸 수 있고, containerd 네임스페이스(CRI는 "k8s.io")로 서로 분리되기 때문에 docker ps에는 쿠버네티스 컨테이너가 보이지 않습니다. 이 시기에도 컨테이너마다 containerd-shim이 하나씩 뜹니다. 오해 바로잡기: CRI 플러그인은 dockershim 제거 때문에 생긴 것이 아니라 그보다 4년 앞서 나왔습니다. CRI-O는 2017년 10월에 1.0이 되었고, 컨테이너마다 conmon을 하나씩 띄워 runc를 실행합니다. CRI는 쿠버네티스 1.10에서 v1alpha2가 되었고, dockershim은 1.6부터 Docker의 기본 경로였습니다.'
			},
			sources: [
				'k8s-blog-2017-11-02-containerd',
				'k8s-blog-2018-05-24-containerd-ga',
				'containerd-repo',
				'containerd-cri-constants',
				'containerd-cri-proposal',
				'cri-o-repo',
				'kep-2040-kubelet-cri',
				'jimmysong-cri-legacy-docker',
				'rkt-in-tree-removal-1.11'
			],
			focus: ['cri-plugin', 'kubelet-cri-client->cri-plugin', 'dockershim', 'cri-containerd'],
			remove: {
				nodes: ['kubelet-dockertools', 'kubelet-rkt'],
				edges: ['kubelet-dockertools->dockerd', 'kubelet-rkt->rkt']
			},
			add: {
				nodes: [
					{
						id: 'cri-plugin',
						label: { en: 'CRI plugin', ko: 'CRI 플러그인' },
						kind: 'library',
						parent: 'containerd',
						badge: { en: '1 hop', ko: '1홉' },
						description: {
							en: 'containerd’s built-in CRI server (io.containerd.grpc.v1.cri), on by default since containerd 1.1. It calls containerd’s services directly, in-process.',
							ko: 'containerd에 내장된 CRI 서버(io.containerd.grpc.v1.cri)로, containerd 1.1부터 기본으로 켜져 있습니다. containerd 내부 기능을 gRPC 없이 함수 호출로 바로 사용합니다.'
						},
						sources: [
							'k8s-blog-2018-05-24-containerd-ga',
							'k8s-blog-2017-11-02-containerd',
							'containerd-repo'
						]
					},
					{
						id: 'cri-containerd',
						label: 'cri-containerd',
						kind: 'daemon',
						parent: 'node',
						badge: { en: '2 hops · 2017', ko: '2홉 · 2017' },
						description: {
							en: 'The standalone CRI daemon for containerd 1.0 (v1.0.0-alpha.0, 2017-09-25): the kubelet called it over CRI gRPC, and it called containerd over containerd’s own gRPC API. containerd 1.1 folded it into the built-in CRI plugin, removing that hop.',
							ko: 'containerd 1.0용 별도 CRI 데몬입니다(v1.0.0-alpha.0, 2017-09-25). kubelet이 CRI gRPC로 이 데몬을 호출하고, 이 데몬이 다시 containerd 자체 gRPC API로 containerd를 호출했습니다. containerd 1.1이 이를 내장 CRI 플러그인으로 흡수해 그 홉을 없앴습니다.'
						},
						sources: [
							'k8s-blog-2017-11-02-containerd',
							'k8s-blog-2018-05-24-containerd-ga',
							'containerd-cri-proposal'
						]
					},
					{
						id: 'conmon',
						label: 'conmon',
						kind: 'process',
						parent: 'node',
						description: {
							en: 'CRI-O’s container monitor: one conmon per container, which runs the OCI runtime and holds the container’s output.',
							ko: 'CRI-O의 컨테이너 모니터입니다. 컨테이너마다 conmon이 하나씩 떠서 OCI 런타임을 실행하고 컨테이너의 출력을 받아 둡니다.'
						},
						sources: ['cri-o-repo']
					}
				],
				edges: [
					{
						from: 'kubelet-cri-client',
						to: 'cri-plugin',
						label: 'CRI gRPC',
						endpoint: '/run/containerd/containerd.sock',
						kind: 'call',
						sources: ['k8s-blog-2018-05-24-containerd-ga', 'containerd-defaults']
					},
					{
						from: 'kubelet',
						to: 'cri-containerd',
						label: 'CRI gRPC',
						kind: 'call',
						sources: ['k8s-blog-2017-11-02-containerd']
					},
					{
						from: 'cri-containerd',
						to: 'containerd',
						label: 'gRPC',
						kind: 'call',
						sources: ['k8s-blog-2017-11-02-containerd', 'k8s-blog-2018-05-24-containerd-ga']
					},
					{
						from: 'cri-o',
						to: 'conmon',
						label: { en: 'spawn', ko: '실행' },
						kind: 'spawn',
						sources: ['cri-o-repo']
					},
					{ from: 'conmon', to: 'runc', label: 'exec', kind: 'spawn', sources: ['cri-o-repo'] }
				]
			},
			update: {
				nodes: [
					{
						id: 'kubelet-cri-client',
						badge: 'v1alpha2',
						sources: ['k8s-blog-2016-12-19-cri', 'k8s-kuberuntime', 'kep-2040-kubelet-cri']
					},
					{
						id: 'dockershim',
						badge: { en: '3 hops', ko: '3홉' },
						sources: [
							'k8s-blog-2016-12-19-cri',
							'cri-dockerd-repo',
							'k8s-changelog-1.6',
							'containerd-cri-proposal'
						]
					},
					{
						id: 'containerd-shim-runc-v2',
						label: 'containerd-shim',
						description: {
							en: 'containerd 1.x’s shim: containerd creates one for each container, and it runs runc with the container’s OCI bundle.',
							ko: 'containerd 1.x의 shim입니다. containerd가 컨테이너마다 하나씩 만들고, shim은 컨테이너의 OCI 번들로 runc를 실행합니다.'
						},
						sources: ['containerd-cri-proposal']
					},
					{
						id: 'cri-o',
						badge: '1.0 (2017-10)',
						description: {
							en: 'A CRI-only runtime started by Red Hat in 2016; version 1.0 was tagged in October 2017. It starts one conmon per container, which runs the OCI runtime (runc).',
							ko: 'Red Hat이 2016년에 시작한 CRI 전용 런타임으로, 2017년 10월에 1.0 태그가 붙었습니다. 컨테이너마다 conmon을 하나씩 띄우고, conmon이 OCI 런타임(runc)을 실행합니다.'
						}
					}
				],
				edges: [
					{
						id: 'kubelet-cri-client->dockershim',
						label: 'CRI gRPC',
						sources: ['k8s-blog-2016-12-19-cri']
					}
				]
			}
		},
		{
			id: '1.20',
			label: 'v1.20',
			title: {
				en: 'Kubernetes 1.20 (2020-12): dockershim deprecated',
				ko: '쿠버네티스 1.20 (2020-12): dockershim 사용 중단 예고'
			},
			narration: {
				en: 'Kubernetes 1.20 deprecated the dockershim: Docker as a runtime still worked, and the only change was a warning when the kubelet started. Four days earlier, Mirantis and Docker had announced they would maintain the shim outside Kubernetes as cri-dockerd.',
				ko: '쿠버네티스 1.20은 dockershim의 사용 중단을 예고했습니다. Docker 런타임은 그대로 동작했고, 달라진 것은 kubelet이 시작할 때 찍히는 경고 하나뿐이었습니다. 그보다 나흘 앞서 Mirantis와 Docker는 이 shim을 cri-dockerd라는 이름으로 쿠버네티스 밖에서 관리하겠다고 발표했습니다.'
			},
			notes: {
				en: 'Deprecated is not removed: the dockershim kept working through 1.23 and was removed in 1.24 (the first plan said 1.23). The official FAQ gives the reasons: maintaining the dockershim was a heavy burden, Docker itself does not implement CRI, and the shim held back features such as cgroup v2 and user namespaces. It was not a rumour about bugs. cri-dockerd was announced by Mirantis and Docker on 2020-12-04, long before the removal, and started from a prototype of the extracted dockershim; it is not something Mirantis built for 1.24. (Mirantis bought Docker Enterprise in November 2019, not Docker Inc.) rkt has left the picture: the CNCF archived it on 2019-08-16. So has cri-containerd: containerd 1.1’s CRI plugin replaced it in 2018.',
				ko: '사용 중단 예고는 제거가 아닙니다. dockershim은 1.23까지 동작했고 1.24에서 제거되었습니다(처음 계획은 1.23). 공식 FAQ가 밝힌 이유는 세 가지입니다. dockershim 유지 부담이 컸고, Docker 자체는 CRI를 구현하지 않으며, cgroup v2나 user namespace 같은 기능의 발목을 잡았습니다. 버그가 많다는 소문 때문이 아닙니다. cri-dockerd는 제거보다 훨씬 앞선 2020년 12월 4일에 Mirantis와 Docker가 발표했고, dockershim을 떼어 낸 프로토타입에서 출발했습니다. 1.24에 맞춰 Mirantis가 새로 만든 것이 아닙니다. (Mirantis가 2019년 11월에 인수한 것은 Docker사가 아니라 Docker Enterprise 사업입니다.) rkt는 그림에서 빠졌습니다. CNCF가 2019년 8월 16일에 아카이브했습니다. cri-containerd도 빠졌습니다. 2018년 containerd 1.1의 CRI 플러그인이 이를 대체했습니다.'
			},
			sources: [
				'k8s-blog-2020-12-08-1.20',
				'k8s-blog-2020-12-02-dont-panic',
				'k8s-blog-2020-12-02-dockershim-faq',
				'k8s-pr-94624',
				'kep-2221-remove-dockershim',
				'mirantis-2020-12-04',
				'cri-dockerd-repo',
				'cncf-2019-08-16-rkt-archived',
				'techtarget-2019-11-mirantis',
				'k8s-blog-2018-05-24-containerd-ga'
			],
			focus: ['dockershim', 'cri-dockerd'],
			remove: {
				nodes: ['rktlet', 'rkt', 'cri-containerd'],
				edges: [
					'kubelet-cri-client->rktlet',
					'rktlet->rkt',
					'kubelet->cri-containerd',
					'cri-containerd->containerd'
				]
			},
			add: {
				nodes: [
					{
						id: 'cri-dockerd',
						label: 'cri-dockerd',
						kind: 'shim',
						parent: 'node',
						badge: { en: 'announced', ko: '발표' },
						description: {
							en: 'On 2020-12-04 Mirantis and Docker announced they would maintain the dockershim outside Kubernetes as cri-dockerd; its first release, v0.2.0, followed in January 2022.',
							ko: '2020년 12월 4일 Mirantis와 Docker는 dockershim을 쿠버네티스 밖에서 cri-dockerd로 관리하겠다고 발표했습니다. 첫 릴리스 v0.2.0은 2022년 1월에 나왔습니다.'
						},
						sources: ['mirantis-2020-12-04', 'cri-dockerd-repo']
					}
				]
			},
			update: {
				nodes: [
					{
						id: 'dockershim',
						badge: { en: 'deprecated', ko: '사용 중단 예고' },
						sources: [
							'k8s-blog-2016-12-19-cri',
							'cri-dockerd-repo',
							'k8s-blog-2020-12-08-1.20',
							'k8s-pr-94624'
						]
					}
				],
				// The socket is documented as the default "before 1.24"; shown where that is certainly true.
				edges: [
					{
						id: 'kubelet-cri-client->dockershim',
						endpoint: '/var/run/dockershim.sock',
						sources: ['k8s-blog-2016-12-19-cri', 'k8s-kubelet-flags-dockershim-sock']
					}
				]
			}
		},
		{
			id: '1.24',
			label: 'v1.24',
			title: {
				en: 'Kubernetes 1.24 (2022-05): dockershim removed',
				ko: '쿠버네티스 1.24 (2022-05): dockershim 제거'
			},
			narration: {
				en: 'Kubernetes 1.24 removed the dockershim from the kubelet. The kubelet now speaks CRI straight to the runtime’s socket: containerd’s CRI plugin or CRI-O, or cri-dockerd for a node that keeps Docker Engine. crictl, the node operator’s CRI client, talks to the same socket.',
				ko: '쿠버네티스 1.24에서 dockershim이 kubelet에서 제거되었습니다. 이제 kubelet은 런타임의 소켓에 CRI로 바로 연결합니다. containerd의 CRI 플러그인이나 CRI-O를 쓰고, Docker Engine을 계속 쓰는 노드는 cri-dockerd를 거칩니다. 노드 운영자가 쓰는 CRI 클라이언트 crictl도 같은 소켓에 연결합니다.'
			},
			notes: {
				en: 'The three paths are alternatives: a node is configured with one runtime endpoint. Point at the sockets: /run/containerd/containerd.sock, /var/run/crio/crio.sock, /run/cri-dockerd.sock. Point at the shim’s badge: under containerd’s CRI plugin one containerd-shim-runc-v2 serves all the containers of a Pod (grouped by the io.kubernetes.cri.sandbox-id annotation), while under dockerd it is one per container. Correct two opposite myths. "Docker was never really removed" is wrong: the built-in Docker support was removed, and Docker Engine now needs the external cri-dockerd. "My Docker images stop working" is also wrong: images built with docker build are OCI images and run on every CRI runtime. CRI-O 1.24 still runs runc under its per-container conmon. CRI-O builds no images and has no user CLI: images come from Buildah, Podman or Kaniko (or docker build), and Skopeo copies and inspects images but does not build them; crictl is for inspecting and debugging a node, not for building. Runtimes prepared for 1.24: containerd 1.6.4+ or 1.5.11+, CRI-O 1.24+. CRI v1 has been stable since 1.23.',
				ko: '세 경로는 서로 대안입니다. 노드 하나에는 런타임 엔드포인트 하나를 설정합니다. 소켓 경로를 가리킵니다: /run/containerd/containerd.sock, /var/run/crio/crio.sock, /run/cri-dockerd.sock. shim의 배지를 가리킵니다. containerd의 CRI 플러그인 아래에서는 containerd-shim-runc-v2 하나가 Pod의 모든 컨테이너를 맡고(io.kubernetes.cri.sandbox-id 어노테이션으로 묶음), dockerd 아래에서는 컨테이너마다 하나씩 뜹니다. 서로 반대되는 두 오해를 바로잡습니다. "Docker는 결국 빠지지 않았다"는 틀렸습니다. 내장 Docker 지원은 제거되었고, Docker Engine을 쓰려면 외부 어댑터 cri-dockerd가 필요합니다. "Docker 이미지를 못 쓰게 된다"도 틀렸습니다. docker build로 만든 이미지는 OCI 이미지이므로 모든 CRI 런타임에서 그대로 실행됩니다. CRI-O 1.24는 여전히 컨테이너마다 뜨는 conmon 아래에서 runc를 실행합니다. CRI-O는 이미지를 빌드하지 않고 사용자용 CLI도 없습니다. 이미지는 Buildah, Podman, Kaniko(또는 docker build)로 만들고, Skopeo는 이미지를 복사하고 살펴볼 뿐 빌드하지 않습니다. crictl은 노드를 살펴보고 디버깅하는 도구이지 빌드 도구가 아닙니다. 1.24용으로 준비된 런타임은 containerd 1.6.4 이상 또는 1.5.11 이상, CRI-O 1.24 이상입니다. CRI v1은 1.23부터 안정 버전입니다.'
			},
			sources: [
				'k8s-blog-2022-05-03-1.24',
				'k8s-pr-97252',
				'k8s-docs-container-runtimes',
				'k8s-docs-cri',
				'k8s-docs-crictl',
				'k8s-blog-2020-12-02-dockershim-faq',
				'cri-dockerd-repo',
				'cri-o-repo',
				'cri-o-readme-scope',
				'buildah-repo',
				'podman-repo',
				'kaniko-repo',
				'skopeo-repo',
				'containerd-runtime-v2'
			],
			focus: [
				'kubelet-cri-client->cri-plugin',
				'kubelet-cri-client->cri-o',
				'kubelet-cri-client->cri-dockerd',
				'cri-dockerd'
			],
			remove: {
				nodes: ['dockershim'],
				edges: ['kubelet-cri-client->dockershim', 'dockershim->dockerd']
			},
			add: {
				nodes: [
					{
						id: 'crictl',
						label: 'crictl',
						kind: 'client',
						parent: 'node',
						description: {
							en: 'The command-line CRI client a node operator uses (cri-tools) to list and inspect Pods, containers and images on a node, through the same socket as the kubelet.',
							ko: '노드 운영자가 쓰는 명령줄 CRI 클라이언트(cri-tools)입니다. kubelet과 같은 소켓으로 노드의 Pod, 컨테이너, 이미지를 조회하고 살펴봅니다.'
						},
						sources: ['k8s-docs-crictl']
					}
				],
				edges: [
					{
						from: 'kubelet-cri-client',
						to: 'cri-dockerd',
						label: 'CRI gRPC',
						endpoint: '/run/cri-dockerd.sock',
						kind: 'call',
						sources: ['k8s-docs-container-runtimes', 'cri-dockerd-repo']
					},
					{
						from: 'cri-dockerd',
						to: 'dockerd',
						label: 'Docker Engine API',
						endpoint: '/var/run/docker.sock',
						kind: 'call',
						sources: ['cri-dockerd-repo', 'docker-engine-api-socket']
					},
					{
						from: 'crictl',
						to: 'cri-plugin',
						label: 'CRI gRPC',
						kind: 'call',
						sources: ['k8s-docs-crictl']
					}
				]
			},
			update: {
				nodes: [
					{
						id: 'kubelet-cri-client',
						badge: 'CRI v1',
						sources: ['k8s-blog-2016-12-19-cri', 'k8s-kuberuntime', 'k8s-docs-cri']
					},
					{
						id: 'cri-dockerd',
						badge: { en: 'outside Kubernetes', ko: '쿠버네티스 외부' },
						description: {
							en: 'The dockershim’s code, maintained outside Kubernetes by Mirantis with Docker: a CRI server that translates CRI into Docker Engine API calls. First release v0.2.0 (January 2022).',
							ko: 'Mirantis가 Docker와 함께 쿠버네티스 밖에서 관리하는 dockershim 코드입니다. CRI 요청을 Docker Engine API 호출로 번역하는 CRI 서버이며, 첫 릴리스는 v0.2.0(2022년 1월)입니다.'
						}
					},
					{
						id: 'cri-o',
						badge: { en: 'versioned with Kubernetes', ko: '쿠버네티스와 같은 버전' },
						description: {
							en: 'A CRI-only runtime started by Red Hat in 2016. Its versions track Kubernetes minor releases; it starts one conmon per container. It builds no images and has no user CLI: images come from tools such as Buildah, Podman or Kaniko.',
							ko: 'Red Hat이 2016년에 시작한 CRI 전용 런타임입니다. 버전이 쿠버네티스 마이너 버전을 따라가며, 컨테이너마다 conmon을 하나씩 띄웁니다. 이미지를 빌드하지 않고 사용자용 CLI도 없어서, 이미지는 Buildah, Podman, Kaniko 같은 도구로 만듭니다.'
						},
						sources: ['cri-o-repo', 'cri-o-readme-scope', 'buildah-repo', 'podman-repo', 'kaniko-repo']
					},
					{
						id: 'containerd-shim-runc-v2',
						label: 'containerd-shim-runc-v2',
						badge: { en: 'one per Pod (CRI)', ko: 'Pod마다 하나 (CRI)' },
						description: {
							en: 'The runc v2 shim. Under containerd’s CRI plugin one shim serves all the containers of a Pod, grouped by the io.kubernetes.cri.sandbox-id annotation; under dockerd it is one shim per container.',
							ko: 'runc v2 shim입니다. containerd의 CRI 플러그인 아래에서는 shim 하나가 Pod의 모든 컨테이너를 맡고(io.kubernetes.cri.sandbox-id 어노테이션으로 묶음), dockerd 아래에서는 컨테이너마다 shim이 하나씩 뜹니다.'
						},
						sources: ['containerd-runtime-v2']
					}
				],
				edges: [
					{
						id: 'kubelet-cri-client->cri-plugin',
						label: 'CRI: RuntimeService + ImageService',
						sources: ['k8s-blog-2018-05-24-containerd-ga', 'containerd-defaults', 'k8s-docs-cri']
					},
					{
						id: 'kubelet-cri-client->cri-o',
						endpoint: '/var/run/crio/crio.sock',
						sources: ['k8s-docs-container-runtimes', 'cri-o-repo']
					},
					{
						id: 'containerd->containerd-shim-runc-v2',
						label: { en: 'spawn + ttRPC', ko: '실행 + ttRPC' },
						sources: ['containerd-runtime-v2']
					},
					{
						id: 'containerd-shim-runc-v2->runc',
						sources: ['containerd-runtime-v2']
					}
				]
			}
		},
		{
			id: '1.27',
			label: { en: 'v1.26–1.27', ko: 'v1.26–1.27' },
			title: {
				en: 'Kubernetes 1.26 and 1.27 (2022–2023): CRI v1 only, one runtime flag',
				ko: '쿠버네티스 1.26과 1.27 (2022–2023): CRI v1만, 런타임 플래그 하나'
			},
			narration: {
				en: 'After 1.24 the kubelet’s side was cleaned up. Kubernetes 1.26 removed CRI v1alpha2, so a runtime must serve CRI v1 (containerd 1.6 or later), and 1.27 removed the --container-runtime flag: only --container-runtime-endpoint is left.',
				ko: '1.24 이후 kubelet 쪽이 정리되었습니다. 쿠버네티스 1.26은 CRI v1alpha2를 제거해 런타임이 CRI v1을 제공해야 하고(containerd 1.6 이상), 1.27은 --container-runtime 플래그를 없애 --container-runtime-endpoint만 남겼습니다.'
			},
			notes: {
				en: 'Two changes on the kubelet’s side, each written on the diagram: the badges of the CRI client and the kubelet. 1.26 (2022-12-09): CRI v1alpha2 removed; a runtime that serves only v1alpha2 leaves the node unable to register, so containerd 1.5 and older no longer work. 1.27 (2023-04): --container-runtime removed; until 1.24 it had to be set to "remote" for any CRI runtime except the dockershim, and after the removal "remote" was its only value, so only --container-runtime-endpoint is left. The runtimes below are unchanged in this step; the next one moves them.',
				ko: 'kubelet 쪽의 변화 두 가지이고, 모두 그림에 적혀 있습니다. CRI 클라이언트와 kubelet의 배지입니다. 1.26(2022-12-09): CRI v1alpha2 제거. v1alpha2만 제공하는 런타임으로는 노드가 등록되지 않으므로 containerd 1.5 이하는 더 이상 쓸 수 없습니다. 1.27(2023-04): --container-runtime 제거. 1.24 전까지는 dockershim이 아닌 모든 CRI 런타임에 "remote"를 지정해야 했고, dockershim 제거 뒤에는 "remote"가 유일한 값이었기 때문에 이제 --container-runtime-endpoint만 남았습니다. 아래의 런타임은 이 단계에서 그대로이고, 다음 단계에서 바뀝니다.'
			},
			sources: [
				'k8s-blog-2022-12-09-1.26',
				'k8s-blog-2022-11-18-1.26-changes',
				'k8s-blog-2023-03-17-1.27-changes'
			],
			focus: ['kubelet-cri-client', 'kubelet'],
			update: {
				nodes: [
					{
						id: 'kubelet-cri-client',
						badge: { en: 'CRI v1 only (1.26)', ko: 'CRI v1만 (1.26)' },
						sources: ['k8s-kuberuntime', 'k8s-docs-cri', 'k8s-blog-2022-12-09-1.26']
					},
					{
						id: 'kubelet',
						badge: {
							en: 'no --container-runtime flag (1.27)',
							ko: '--container-runtime 플래그 없음 (1.27)'
						},
						sources: ['k8s-blog-2016-12-19-cri', 'k8s-blog-2023-03-17-1.27-changes']
					}
				]
			}
		},
		{
			id: '1.31',
			label: '2024',
			title: {
				en: 'CRI-O 1.31 and containerd 2.0 (2024): the runtimes today',
				ko: 'CRI-O 1.31과 containerd 2.0 (2024): 오늘의 런타임'
			},
			narration: {
				en: 'In 2024 the runtimes moved. CRI-O 1.31 made crun, written in C, its default OCI runtime (2024-09), with runc still supported, and containerd 2.0 was released in November 2024, its first new major version since 1.0.',
				ko: '2024년에는 런타임이 바뀌었습니다. CRI-O 1.31은 C로 작성된 crun을 기본 OCI 런타임으로 삼았고(2024-09) runc도 계속 지원합니다. containerd 2.0은 2024년 11월에 나온, 1.0 이후 첫 메이저 버전입니다.'
			},
			notes: {
				en: 'Today’s path, with the four changes since 1.24 written on the diagram: the badges of the CRI client and the kubelet (the previous step) and of CRI-O, crun and containerd (this one). 1.26 (2022-12-09) removed CRI v1alpha2 and 1.27 (2023-04) the --container-runtime flag. CRI-O 1.31 (2024-09): crun, written in C, replaced runc as the default OCI runtime; runc stays supported (the dashed alternative). containerd 2.0.0 (2024-11-05): the first new major version since 1.0 in 2017. The shim still serves one Pod under the CRI plugin.',
				ko: '1.24 이후의 변화 네 가지가 그림에 적힌 오늘의 경로입니다. CRI 클라이언트와 kubelet의 배지(이전 단계), CRI-O와 crun, containerd의 배지(이번 단계)입니다. 1.26(2022-12-09)은 CRI v1alpha2를, 1.27(2023-04)은 --container-runtime 플래그를 없앴습니다. CRI-O 1.31(2024-09): C로 작성된 crun이 runc 대신 기본 OCI 런타임이 되었고, runc도 계속 지원합니다. containerd 2.0.0(2024-11-05): 2017년 1.0 이후 첫 메이저 버전입니다. CRI 플러그인 아래에서 shim은 여전히 Pod마다 하나입니다.'
			},
			sources: [
				'k8s-blog-2022-12-09-1.26',
				'k8s-blog-2022-11-18-1.26-changes',
				'k8s-blog-2023-03-17-1.27-changes',
				'cri-o-1.31-crun',
				'crun-repo',
				'containerd-2.0-release',
				'containerd-repo'
			],
			focus: ['crun', 'cri-o', 'containerd'],
			add: {
				nodes: [
					{
						id: 'crun',
						label: 'crun',
						kind: 'runtime',
						parent: 'node',
						badge: { en: 'CRI-O default (1.31+)', ko: 'CRI-O 기본 (1.31+)' },
						description: {
							en: 'An OCI runtime written in C (containers/crun): CRI-O’s default since v1.31 (2024-09); runc remains supported.',
							ko: 'C로 작성된 OCI 런타임(containers/crun)입니다. CRI-O 1.31(2024-09)부터 기본값이며, runc도 계속 지원합니다.'
						},
						sources: ['cri-o-1.31-crun', 'crun-repo']
					}
				],
				edges: [
					{ from: 'conmon', to: 'crun', label: 'exec', kind: 'spawn', sources: ['cri-o-1.31-crun'] },
					{
						from: 'crun',
						to: 'kernel',
						label: { en: 'syscalls', ko: '시스템 콜' },
						kind: 'call',
						sources: ['crun-repo']
					}
				]
			},
			update: {
				nodes: [
					{
						id: 'containerd',
						badge: '2.0 (2024-11)',
						sources: ['moby-changelog', 'containerd-repo', 'containerd-2.0-release']
					},
					{
						id: 'cri-o',
						badge: { en: '1.31: crun default', ko: '1.31: crun 기본' },
						sources: ['cri-o-repo', 'cri-o-readme-scope', 'cri-o-1.31-crun']
					}
				]
			}
		}
	]
};
