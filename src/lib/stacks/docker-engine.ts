/**
 * Docker Engine today (Docker Engine 29, 2025), revealed one layer per step: the CLI and dockerd, containerd, the
 * shim and runc, the kernel, then dockerd's subsystems wired to what they serve: the network path, then the log path,
 * then storage (containerd's image store, volumes) and the registry.
 */
import type { StorylineSpec } from '../model/types.js';
import { pickSources } from './sources.js';

export const dockerEngine: StorylineSpec = {
	id: 'docker-engine',
	title: { en: 'Inside Docker Engine', ko: 'Docker Engine의 내부 구조' },
	description: {
		en: 'What happens below the docker command today: dockerd, containerd, one shim per container, runc and the Linux kernel, plus the networking, storage and logging that dockerd adds.',
		ko: '오늘날 docker 명령 아래에서 일어나는 일을 보여 줍니다. dockerd, containerd, 컨테이너마다 하나씩 뜨는 shim, runc와 리눅스 커널, 그리고 dockerd가 더하는 네트워크·스토리지·로깅 기능까지 다룹니다.'
	},
	direction: 'down',
	sources: pickSources(
		'docker-engine-api-socket',
		'docker-docs-volumes',
		'docker-docs-bridge',
		'docker-docs-packet-filtering',
		'moby-libnetwork-design',
		'k8s-blog-2020-12-02-dont-panic',
		'k8s-blog-2016-12-19-cri',
		'k8s-blog-2018-05-24-containerd-ga',
		'moby-changelog',
		'moby-daemon-unix',
		'moby-runtime-unix',
		'moby-libnetwork',
		'docker-docs-logging',
		'docker-docs-containerd-store',
		'containerd-repo',
		'containerd-defaults',
		'containerd-runtime-v2',
		'containerd-cri-architecture',
		'runc-repo',
		'runc-libcontainer',
		'oci-distribution-spec',
		'namuwiki-container'
	),
	steps: [
		{
			id: 'dockerd',
			label: 'dockerd',
			title: { en: 'The docker CLI is a client of dockerd', ko: 'docker CLI는 dockerd의 클라이언트' },
			narration: {
				en: 'The docker command is only a client: each command becomes a REST request to dockerd, the Docker daemon, over /var/run/docker.sock.',
				ko: 'docker 명령은 클라이언트일 뿐입니다. 명령 하나하나가 /var/run/docker.sock을 통해 Docker 데몬인 dockerd에 보내는 REST 요청이 됩니다.'
			},
			notes: {
				en: 'Point at the socket on the arrow. Set up the correction the next steps make: Docker is often called a "high-level runtime", but Docker Engine is a whole container engine; its high-level runtime is containerd and its low-level runtime is runc.',
				ko: '화살표의 소켓 경로를 가리킵니다. 다음 단계들에서 바로잡을 내용을 미리 짚어 둡니다. Docker를 흔히 "High Level 런타임"이라고 부르지만, Docker Engine은 컨테이너 엔진 전체이고 그 안의 high-level 런타임은 containerd, low-level 런타임은 runc입니다.'
			},
			sources: ['docker-engine-api-socket', 'k8s-blog-2020-12-02-dont-panic'],
			focus: ['docker-cli->dockerd'],
			nodes: [
				{
					id: 'host-userspace',
					label: { en: 'host (user space)', ko: '호스트 (사용자 공간)' },
					kind: 'group',
					description: {
						en: 'The programs running on the Docker host, above the kernel.',
						ko: 'Docker 호스트에서 커널 위에 돌아가는 프로그램들입니다.'
					},
					sources: ['moby-daemon-unix']
				},
				{
					id: 'docker-cli',
					label: 'docker CLI',
					kind: 'client',
					parent: 'host-userspace',
					description: {
						en: 'The docker command. It sends requests to dockerd over the Docker Engine API and runs no containers itself.',
						ko: 'docker 명령입니다. Docker Engine API로 dockerd에 요청을 보낼 뿐, 컨테이너를 직접 실행하지 않습니다.'
					},
					sources: ['docker-engine-api-socket']
				},
				{
					id: 'docker-engine',
					label: 'Docker Engine',
					kind: 'group',
					parent: 'host-userspace',
					description: {
						en: 'dockerd and the subsystems inside it.',
						ko: 'dockerd와 그 안의 부가 기능들입니다.'
					},
					sources: ['moby-daemon-unix', 'moby-libnetwork']
				},
				{
					id: 'dockerd',
					label: 'dockerd',
					kind: 'daemon',
					parent: 'docker-engine',
					description: {
						en: 'The Docker daemon: it serves the Engine API (REST) and hands running containers to containerd.',
						ko: 'Docker 데몬입니다. Engine API(REST)를 제공하고, 컨테이너 실행은 containerd에 맡깁니다.'
					},
					sources: ['docker-engine-api-socket', 'moby-daemon-unix']
				}
			],
			edges: [
				{
					from: 'docker-cli',
					to: 'dockerd',
					label: 'Docker Engine API (REST)',
					endpoint: '/var/run/docker.sock',
					kind: 'call',
					sources: ['docker-engine-api-socket', 'k8s-blog-2020-12-02-dont-panic']
				}
			]
		},
		{
			id: 'containerd',
			label: 'containerd',
			title: { en: 'dockerd hands containers to containerd', ko: 'dockerd는 컨테이너를 containerd에 맡긴다' },
			narration: {
				en: 'dockerd does not run containers itself: it asks containerd over gRPC. containerd manages the lifecycle of containers, and Docker has been built on it since Docker 1.11 (2016).',
				ko: 'dockerd는 컨테이너를 직접 실행하지 않고 gRPC로 containerd에 요청합니다. containerd는 컨테이너의 생명주기를 관리하며, Docker는 1.11(2016)부터 그 위에서 동작합니다.'
			},
			notes: {
				en: 'If a system containerd is running on /run/containerd/containerd.sock, dockerd uses it; otherwise dockerd starts its own containerd under its exec root (/var/run/docker/containerd/…). The same containerd can also serve the kubelet; containerd namespaces keep the two apart, so docker ps does not list Kubernetes containers. Refine the note "containerd, not docker, creates the container": containerd manages the lifecycle, but the container itself is set up by runc, started through a shim (next step).',
				ko: '시스템 containerd가 /run/containerd/containerd.sock에서 돌고 있으면 dockerd는 그것을 쓰고, 없으면 자신의 exec root(/var/run/docker/containerd/…) 아래에 containerd를 직접 띄웁니다. 같은 containerd가 kubelet의 요청도 동시에 처리할 수 있고, containerd 네임스페이스로 둘이 분리되므로 docker ps에는 쿠버네티스 컨테이너가 보이지 않습니다. "docker가 아니라 containerd가 컨테이너를 만든다"는 설명은 조금 다듬어야 합니다. containerd는 생명주기를 관리하고, 컨테이너 자체는 shim을 거쳐 실행되는 runc가 만듭니다(다음 단계).'
			},
			sources: [
				'moby-daemon-unix',
				'containerd-defaults',
				'moby-changelog',
				'k8s-blog-2018-05-24-containerd-ga'
			],
			focus: ['containerd', 'dockerd->containerd'],
			add: {
				nodes: [
					{
						id: 'containerd',
						label: 'containerd',
						kind: 'daemon',
						parent: 'host-userspace',
						description: {
							en: 'The daemon that manages images and the lifecycle of containers.',
							ko: '이미지와 컨테이너의 생명주기를 관리하는 데몬입니다.'
						},
						sources: ['containerd-repo', 'k8s-blog-2018-05-24-containerd-ga']
					}
				],
				edges: [
					{
						from: 'dockerd',
						to: 'containerd',
						label: 'gRPC',
						endpoint: '/run/containerd/containerd.sock',
						kind: 'call',
						sources: ['moby-daemon-unix', 'containerd-defaults']
					}
				]
			}
		},
		{
			id: 'runc',
			label: 'shim + runc',
			title: { en: 'One shim per container, and runc', ko: '컨테이너마다 shim 하나, 그리고 runc' },
			narration: {
				en: 'containerd starts one shim per container, containerd-shim-runc-v2, and the shim runs runc with the container’s OCI bundle: a config.json and a root filesystem. runc sets the container up and starts its process.',
				ko: 'containerd는 컨테이너마다 shim(containerd-shim-runc-v2)을 하나씩 띄우고, shim은 컨테이너의 OCI 번들(config.json과 루트 파일시스템)로 runc를 실행합니다. runc가 컨테이너를 준비하고 그 프로세스를 시작합니다.'
			},
			notes: {
				en: 'dockerd’s stock runtime is runc, configured with the io.containerd.runc.v2 shim; containerd turns that runtime name into the binary name containerd-shim-runc-v2 and talks to it over ttRPC on a per-container socket. The shim API (runtime v2) first shipped in containerd 1.2 (2018) and the runc.v2 shim in 1.3 (2019). runc is the OCI reference runtime: a command-line tool around libcontainer.',
				ko: 'dockerd의 기본 런타임은 io.containerd.runc.v2 shim으로 설정된 runc입니다. containerd는 이 런타임 이름을 실행 파일 이름 containerd-shim-runc-v2로 바꿔 실행하고, 컨테이너별 소켓에서 ttRPC로 대화합니다. shim API(runtime v2)는 containerd 1.2(2018)에서, runc.v2 shim은 1.3(2019)에서 처음 나왔습니다. runc는 OCI 참조 런타임으로, libcontainer를 감싼 명령줄 도구입니다.'
			},
			sources: ['containerd-runtime-v2', 'moby-runtime-unix', 'containerd-repo', 'runc-repo'],
			focus: ['containerd-shim-runc-v2', 'runc'],
			add: {
				nodes: [
					{
						id: 'containerd-shim-runc-v2',
						label: 'containerd-shim-runc-v2',
						kind: 'shim',
						parent: 'host-userspace',
						description: {
							en: 'One shim per container: containerd starts it and talks to it over ttRPC; the shim runs runc.',
							ko: '컨테이너마다 하나씩 뜨는 shim입니다. containerd가 실행해 ttRPC로 대화하며, shim이 runc를 실행합니다.'
						},
						sources: ['containerd-runtime-v2', 'moby-runtime-unix']
					},
					{
						id: 'runc',
						label: 'runc',
						kind: 'runtime',
						parent: 'host-userspace',
						description: {
							en: 'The OCI runtime: a command-line tool around libcontainer that creates the container from an OCI bundle.',
							ko: 'OCI 런타임입니다. libcontainer를 감싼 명령줄 도구로, OCI 번들로부터 컨테이너를 만듭니다.'
						},
						sources: ['runc-repo', 'moby-runtime-unix']
					},
					{
						id: 'container-process',
						label: { en: 'container process', ko: '컨테이너 프로세스' },
						kind: 'process',
						parent: 'host-userspace',
						description: {
							en: 'The application itself: an ordinary process, isolated and limited by the kernel.',
							ko: '애플리케이션 자체입니다. 커널이 격리하고 제한하는 보통의 프로세스입니다.'
						},
						sources: ['runc-libcontainer']
					}
				],
				edges: [
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
					},
					{
						from: 'runc',
						to: 'container-process',
						label: 'exec',
						kind: 'spawn',
						sources: ['runc-libcontainer']
					}
				]
			}
		},
		{
			id: 'kernel',
			label: { en: 'kernel', ko: '커널' },
			title: { en: 'The kernel does the isolating', ko: '격리는 커널이 한다' },
			narration: {
				en: 'runc asks the Linux kernel for the isolation: namespaces decide what the process can see, cgroups how much it may use, and pivot_root switches it to the container’s own root filesystem. The kernel itself is the host’s, shared by every container.',
				ko: 'runc는 리눅스 커널에 격리를 요청합니다. namespace는 프로세스가 볼 수 있는 범위를, cgroup은 쓸 수 있는 자원의 양을 정하고, pivot_root는 컨테이너 자신의 루트 파일시스템으로 바꿔 줍니다. 커널은 모든 컨테이너가 함께 쓰는 호스트의 것입니다.'
			},
			notes: {
				en: 'runc uses pivot_root when the container has its own mount namespace and falls back to chroot only without one. Capabilities, seccomp and LSMs add further restrictions (not drawn). Because the kernel is shared, an image needs a compatible kernel and the same CPU architecture. Correct "a container contains no OS": it contains no kernel, but its image usually carries a distribution’s userland.',
				ko: 'runc는 컨테이너에 자체 mount namespace가 있으면 pivot_root를 쓰고, 없을 때만 chroot로 대신합니다. capability, seccomp, LSM이 제한을 더합니다(그림에는 없음). 커널을 함께 쓰기 때문에 이미지는 호환되는 커널과 같은 CPU 아키텍처에서만 실행됩니다. "컨테이너에는 OS가 없다"는 말은 다듬어야 합니다. 커널은 없지만, 이미지에는 보통 배포판의 사용자 공간(userland)이 들어 있습니다.'
			},
			sources: ['runc-libcontainer', 'namuwiki-container'],
			focus: ['kernel'],
			add: {
				nodes: [
					{
						id: 'kernel',
						label: { en: 'Linux kernel', ko: '리눅스 커널' },
						kind: 'group',
						description: {
							en: 'The host’s kernel, shared by every container.',
							ko: '모든 컨테이너가 함께 쓰는 호스트의 커널입니다.'
						},
						sources: ['runc-libcontainer', 'namuwiki-container']
					},
					{
						id: 'kernel-namespaces',
						label: 'namespaces',
						kind: 'kernel-feature',
						parent: 'kernel',
						description: {
							en: 'Isolation: what a container can see.',
							ko: '격리: 컨테이너가 볼 수 있는 범위를 나눕니다.'
						},
						sources: ['runc-libcontainer']
					},
					{
						id: 'kernel-cgroups',
						label: 'cgroups',
						kind: 'kernel-feature',
						parent: 'kernel',
						description: {
							en: 'Limits: how much CPU and memory a container may use.',
							ko: '제한: 컨테이너가 쓸 수 있는 CPU와 메모리의 양을 정합니다.'
						},
						sources: ['runc-libcontainer']
					},
					{
						id: 'kernel-pivot-root',
						label: 'pivot_root',
						kind: 'kernel-feature',
						parent: 'kernel',
						description: {
							en: 'Makes the container’s root filesystem the process’s “/”.',
							ko: '컨테이너의 루트 파일시스템을 프로세스의 “/”로 만듭니다.'
						},
						sources: ['runc-libcontainer']
					}
				],
				edges: [
					{
						// One arrow to the kernel box: three arrows to its features tangle without saying more.
						from: 'runc',
						to: 'kernel',
						label: { en: 'syscalls', ko: '시스템 콜' },
						kind: 'call',
						sources: ['runc-libcontainer']
					}
				]
			}
		},
		{
			id: 'network',
			label: { en: 'network', ko: '네트워크' },
			title: { en: 'What dockerd adds: networking', ko: 'dockerd가 더하는 기능: 네트워크' },
			narration: {
				en: 'Around that chain dockerd adds what Docker is known for, networking first. libnetwork gives each container a network namespace, joined by a veth pair to a bridge, with iptables rules in the kernel for published ports.',
				ko: '이 실행 경로 주위에 dockerd는 Docker다운 기능을 더합니다. 먼저 네트워크입니다. libnetwork는 컨테이너마다 네트워크 namespace를 만들어 veth 쌍으로 브리지에 잇고, 공개한 포트를 위해 커널에 iptables 규칙을 넣습니다.'
			},
			notes: {
				en: 'Follow the new path down to the kernel. libnetwork implements the Container Network Model; on the default bridge network it creates the container’s network namespace (the CNM sandbox), a veth pair (the endpoint) plugged into the docker0 bridge, and iptables rules for NAT and published ports. This is the "Network" box often drawn inside Docker Engine, here wired to what it sets up.',
				ko: '커널까지 내려가는 새 경로를 따라갑니다. libnetwork는 Container Network Model을 구현합니다. 기본 bridge 네트워크에서 컨테이너의 네트워크 namespace(CNM의 sandbox)와 docker0 브리지에 꽂히는 veth 쌍(endpoint)을 만들고, NAT와 공개 포트를 위한 iptables 규칙을 넣습니다. Docker Engine 안에 흔히 그리는 "Network" 상자를, 실제로 설정하는 곳과 함께 그렸습니다.'
			},
			sources: [
				'moby-libnetwork',
				'moby-libnetwork-design',
				'docker-docs-bridge',
				'docker-docs-packet-filtering'
			],
			focus: ['libnetwork', 'libnetwork->kernel-network'],
			add: {
				nodes: [
					{
						id: 'libnetwork',
						label: 'libnetwork',
						kind: 'library',
						parent: 'docker-engine',
						description: {
							en: 'Networking: the Container Network Model with drivers such as bridge and overlay.',
							ko: '네트워크: bridge, overlay 같은 드라이버를 갖춘 Container Network Model입니다.'
						},
						sources: ['moby-libnetwork']
					},
					{
						id: 'kernel-network',
						label: { en: 'netns · veth · bridge · iptables', ko: 'netns · veth · 브리지 · iptables' },
						kind: 'kernel-feature',
						parent: 'kernel',
						description: {
							en: 'The kernel’s networking a container uses: its own network namespace, a veth pair into a bridge (docker0), and iptables rules for NAT and published ports.',
							ko: '컨테이너가 쓰는 커널 네트워크입니다. 자기만의 네트워크 namespace, 브리지(docker0)로 이어지는 veth 쌍, NAT와 공개 포트를 위한 iptables 규칙입니다.'
						},
						sources: ['moby-libnetwork-design', 'docker-docs-bridge', 'docker-docs-packet-filtering']
					}
				],
				edges: [
					{
						from: 'libnetwork',
						to: 'kernel-network',
						label: { en: 'sets up', ko: '설정' },
						kind: 'call',
						sources: ['moby-libnetwork-design', 'docker-docs-packet-filtering']
					}
				]
			}
		},
		{
			id: 'subsystems',
			label: { en: 'logs', ko: '로그' },
			title: { en: 'What dockerd adds: logs', ko: 'dockerd가 더하는 기능: 로그' },
			narration: {
				en: 'Then the logs. The container’s stdout and stderr travel through its shim to dockerd’s logging driver, which stores them for docker logs.',
				ko: '다음은 로그입니다. 컨테이너의 stdout과 stderr는 shim을 거쳐 dockerd의 로깅 드라이버로 가고, 드라이버가 docker logs를 위해 저장합니다.'
			},
			notes: {
				en: 'Follow the log path. The process writes to stdout/stderr, the shim holds those pipes, and dockerd’s logging driver stores them; that is what docker logs reads. The default json-file driver does not rotate logs unless configured (log rotation is off), and the local driver is recommended. With the network path of the previous step, these are the "Log / Network" boxes often drawn inside Docker Engine, here wired to what they serve.',
				ko: '로그 경로를 따라갑니다. 프로세스가 stdout/stderr에 쓰면 shim이 그 파이프를 잡고 있다가 dockerd의 로깅 드라이버가 저장합니다. docker logs가 읽는 것이 이것입니다. 기본 로깅 드라이버 json-file은 따로 설정하지 않으면 로그 로테이션을 하지 않으며, local 드라이버가 권장됩니다. 이전 단계의 네트워크 경로와 함께, Docker Engine 안에 흔히 그리는 "Log / Network" 상자를 실제로 이어지는 곳과 함께 그렸습니다.'
			},
			sources: ['docker-docs-logging', 'containerd-runtime-v2'],
			focus: [
				'log-driver',
				'containerd-shim-runc-v2->log-driver',
				'container-process->containerd-shim-runc-v2'
			],
			add: {
				nodes: [
					{
						id: 'log-driver',
						label: { en: 'logging driver', ko: '로깅 드라이버' },
						kind: 'library',
						parent: 'docker-engine',
						badge: 'json-file',
						description: {
							en: 'Collects each container’s stdout and stderr; json-file is the default (no rotation unless configured), local is recommended.',
							ko: '컨테이너마다 stdout과 stderr를 모읍니다. 기본값은 json-file(설정하지 않으면 로그 로테이션 없음)이고, local 드라이버가 권장됩니다.'
						},
						sources: ['docker-docs-logging']
					}
				],
				edges: [
					{
						from: 'container-process',
						to: 'containerd-shim-runc-v2',
						label: 'stdout / stderr',
						kind: 'data',
						sources: ['containerd-runtime-v2', 'docker-docs-logging']
					},
					{
						from: 'containerd-shim-runc-v2',
						to: 'log-driver',
						label: { en: 'log stream', ko: '로그 스트림' },
						kind: 'data',
						sources: ['docker-docs-logging', 'containerd-runtime-v2']
					}
				]
			}
		},
		{
			id: 'storage',
			label: { en: 'storage', ko: '스토리지' },
			title: {
				en: 'What dockerd adds: images, volumes and the registry',
				ko: 'dockerd가 더하는 기능: 이미지, 볼륨, 레지스트리'
			},
			narration: {
				en: 'Images come from a registry such as Docker Hub. On fresh installs of Docker Engine 29 and later they are kept in containerd’s image store, whose snapshotters unpack the layers into each container’s root filesystem; volumes keep data that outlives a container.',
				ko: '이미지는 Docker Hub 같은 레지스트리에서 옵니다. Docker Engine 29 이상을 새로 설치하면 이미지는 containerd의 이미지 스토어에 보관되고, 그 snapshotter가 레이어를 풀어 컨테이너마다 루트 파일시스템을 만듭니다. 볼륨은 컨테이너보다 오래 남는 데이터를 담습니다.'
			},
			notes: {
				en: 'Fresh installs of Docker Engine 29+ use the containerd image store (snapshotters, overlayfs by default); upgraded hosts keep the overlay2 graph driver inside dockerd until switched. Volumes are created and managed by Docker and mounted into the container; they are not part of the image. Correct the common claim that Kubernetes only needs container creation: a CRI runtime also pulls and manages images, sets up the Pod sandbox and its network, and serves exec, attach and port-forward. What the kubelet does not need is Docker’s user-facing layer, which is why containerd or CRI-O can replace Docker Engine on a node.',
				ko: 'Docker Engine 29 이상을 새로 설치하면 containerd 이미지 스토어(snapshotter, 기본은 overlayfs)를 쓰고, 업그레이드한 호스트는 전환하기 전까지 dockerd 안의 overlay2 graph driver를 유지합니다. 볼륨은 Docker가 만들고 관리해 컨테이너에 마운트하며, 이미지의 일부가 아닙니다. "쿠버네티스에는 컨테이너 생성 기능만 필요하다"는 설명은 바로잡아야 합니다. CRI 런타임은 이미지 pull과 관리, Pod 샌드박스와 그 네트워크 준비, exec·attach·port-forward까지 맡습니다. kubelet에 필요 없는 것은 사람이 쓰는 Docker의 사용자용 계층이고, 그래서 노드에서 containerd나 CRI-O가 Docker Engine을 대신할 수 있습니다.'
			},
			sources: [
				'docker-docs-containerd-store',
				'docker-docs-volumes',
				'oci-distribution-spec',
				'k8s-blog-2016-12-19-cri',
				'containerd-cri-architecture'
			],
			focus: ['image-store', 'volumes', 'dockerd->registry'],
			add: {
				nodes: [
					{
						id: 'image-store',
						label: { en: 'image store (snapshotters)', ko: '이미지 스토어 (snapshotter)' },
						kind: 'storage',
						parent: 'host-userspace',
						badge: { en: 'Engine 29+', ko: 'Engine 29+' },
						description: {
							en: 'containerd’s image store: content plus snapshotters that unpack layers into container filesystems. The default on fresh installs of Docker Engine 29+; older or upgraded hosts keep the overlay2 graph driver.',
							ko: 'containerd의 이미지 스토어입니다. 콘텐츠와, 레이어를 풀어 컨테이너 파일시스템을 만드는 snapshotter로 이루어집니다. Docker Engine 29 이상을 새로 설치하면 기본값이고, 이전 버전이나 업그레이드한 호스트는 overlay2 graph driver를 유지합니다.'
						},
						sources: ['docker-docs-containerd-store']
					},
					{
						id: 'volumes',
						label: { en: 'volumes', ko: '볼륨' },
						kind: 'storage',
						parent: 'docker-engine',
						description: {
							en: 'Persistent data for containers, created and managed by Docker and mounted into the container.',
							ko: 'Docker가 만들고 관리해 컨테이너에 마운트하는, 컨테이너용 영구 데이터입니다.'
						},
						sources: ['docker-docs-volumes']
					},
					{
						id: 'registry',
						label: { en: 'registry', ko: '레지스트리' },
						kind: 'external',
						description: {
							en: 'Docker Hub by default, or any registry speaking the Registry HTTP API V2, standardised as the OCI distribution-spec.',
							ko: '기본값은 Docker Hub이며, OCI distribution-spec으로 표준화된 Registry HTTP API V2를 따르는 레지스트리라면 어디든 됩니다.'
						},
						sources: ['oci-distribution-spec']
					}
				],
				edges: [
					{
						from: 'dockerd',
						to: 'registry',
						label: 'pull / push (OCI distribution)',
						kind: 'data',
						sources: ['oci-distribution-spec']
					},
					{
						from: 'containerd',
						to: 'image-store',
						label: { en: 'layers → snapshots', ko: '레이어 → 스냅샷' },
						kind: 'data',
						sources: ['docker-docs-containerd-store']
					},
					{
						from: 'volumes',
						to: 'container-process',
						label: { en: 'mount', ko: '마운트' },
						kind: 'data',
						sources: ['docker-docs-volumes']
					}
				]
			}
		}
	]
};
