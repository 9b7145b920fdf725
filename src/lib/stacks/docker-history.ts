/**
 * How Docker ran containers, 2013 → 2016: through LXC (0.1), through its own libcontainer (0.9), and through
 * containerd and runc (1.11). The daemon keeps the id `dockerd` throughout, labelled "docker daemon" for the era.
 * libcontainer persists into 1.11, where it lives on inside runc, so the transition shows it moving rather than
 * vanishing.
 */
import type { StorylineSpec } from '../model/types.js';
import { pickSources } from './sources.js';

export const dockerHistory: StorylineSpec = {
	id: 'docker-history',
	title: {
		en: 'How Docker runs containers: LXC → libcontainer → runc',
		ko: 'Docker의 컨테이너 실행 방식: LXC → libcontainer → runc'
	},
	description: {
		en: 'Docker’s execution layer in three releases: LXC in 0.1 (2013), its own libcontainer in 0.9 (2014), and containerd with runc in 1.11 (2016).',
		ko: 'Docker의 실행 계층이 세 번의 릴리스를 거치며 어떻게 바뀌었는지 보여 줍니다. 0.1(2013)의 LXC, 0.9(2014)의 자체 libcontainer, 1.11(2016)의 containerd와 runc입니다.'
	},
	direction: 'down',
	sources: pickSources(
		'moby-changelog',
		'docker-blog-0-9',
		'docker-blog-1-11',
		'runc-repo',
		'runc-libcontainer',
		'containerd-repo',
		'businesswire-2015-06-22-ocp',
		'openvz-container-history'
	),
	steps: [
		{
			id: '0.1',
			label: 'Docker 0.1',
			title: {
				en: 'Docker 0.1 (2013): containers through LXC',
				ko: 'Docker 0.1 (2013): LXC로 실행한 컨테이너'
			},
			narration: {
				en: 'Docker 0.1, released in March 2013, ran containers through LXC: the docker daemon called the lxc tools, and LXC set up namespaces and cgroups in the kernel.',
				ko: '2013년 3월에 나온 Docker 0.1은 LXC로 컨테이너를 실행했습니다. docker 데몬이 lxc 도구를 호출하면 LXC가 커널의 namespace와 cgroup을 설정했습니다.'
			},
			notes: {
				en: 'Correct two common claims. LXC was not the first container technology: older isolation mechanisms such as chroot and FreeBSD jails predate it. LXC (around 2008) was an early Linux container manager built on the kernel’s cgroups and namespaces. And the order was Docker first, libcontainer later: Docker 0.1 used LXC, and libcontainer was written in 2014, without LXC.',
				ko: '흔한 두 가지 주장을 바로잡습니다. LXC는 최초의 컨테이너 기술이 아닙니다. chroot나 FreeBSD jail 같은 격리 기술이 그보다 먼저 있었습니다. LXC(2008년 무렵)는 커널의 cgroup과 namespace 위에 만든 초기 리눅스 컨테이너 관리 도구입니다. 또 순서는 Docker가 먼저이고 libcontainer가 나중입니다. Docker 0.1은 LXC를 썼고, libcontainer는 2014년에 LXC 없이 새로 작성되었습니다.'
			},
			sources: ['moby-changelog', 'docker-blog-0-9', 'runc-repo', 'openvz-container-history'],
			focus: ['lxc', 'dockerd->lxc'],
			nodes: [
				{
					id: 'docker-engine',
					label: 'Docker 0.1',
					kind: 'group',
					description: {
						en: 'What the Docker release itself ships and runs.',
						ko: 'Docker 릴리스가 직접 배포하고 실행하는 부분입니다.'
					},
					sources: ['moby-changelog']
				},
				{
					id: 'dockerd',
					label: { en: 'docker daemon', ko: 'docker 데몬' },
					kind: 'daemon',
					parent: 'docker-engine',
					description: {
						en: 'The Docker daemon: it takes the docker client’s requests and manages the containers.',
						ko: 'docker 클라이언트의 요청을 받아 컨테이너를 관리하는 Docker 데몬입니다.'
					},
					sources: ['moby-changelog']
				},
				{
					id: 'lxc',
					label: 'LXC',
					kind: 'library',
					description: {
						en: 'Linux Containers: liblxc and the lxc-* tools, a system-container manager on top of the kernel’s cgroups and namespaces.',
						ko: 'Linux Containers: liblxc와 lxc-* 도구로 이루어진 시스템 컨테이너 관리 도구로, 커널의 cgroup과 namespace 위에서 동작합니다.'
					},
					sources: ['docker-blog-0-9', 'openvz-container-history']
				},
				{
					id: 'kernel',
					label: { en: 'Linux kernel', ko: '리눅스 커널' },
					kind: 'group',
					description: {
						en: 'The host’s kernel, which provides the isolation.',
						ko: '격리 기능을 제공하는 호스트의 커널입니다.'
					},
					sources: ['openvz-container-history']
				},
				{
					id: 'kernel-namespaces',
					label: 'namespaces',
					kind: 'kernel-feature',
					parent: 'kernel',
					description: {
						en: 'Isolation: what a process can see.',
						ko: '격리: 프로세스가 볼 수 있는 범위를 나눕니다.'
					},
					sources: ['openvz-container-history']
				},
				{
					id: 'kernel-cgroups',
					label: 'cgroups',
					kind: 'kernel-feature',
					parent: 'kernel',
					description: {
						en: 'Limits: how much CPU and memory a process may use.',
						ko: '제한: 프로세스가 쓸 수 있는 CPU와 메모리의 양을 정합니다.'
					},
					sources: ['openvz-container-history']
				}
			],
			edges: [
				{
					from: 'dockerd',
					to: 'lxc',
					label: { en: 'runs lxc-* tools', ko: 'lxc-* 도구 실행' },
					kind: 'spawn',
					sources: ['moby-changelog', 'docker-blog-0-9']
				},
				{
					from: 'lxc',
					to: 'kernel',
					label: { en: 'syscalls', ko: '시스템 콜' },
					kind: 'call',
					sources: ['openvz-container-history']
				}
			]
		},
		{
			id: '0.9',
			label: 'Docker 0.9',
			title: {
				en: 'Docker 0.9 (2014): libcontainer becomes the default',
				ko: 'Docker 0.9 (2014): 기본이 된 libcontainer'
			},
			narration: {
				en: 'Docker 0.9, in March 2014, introduced execution drivers and made its own libcontainer the default: a Go library inside the daemon that calls the kernel directly. LXC became an optional driver.',
				ko: '2014년 3월의 Docker 0.9는 실행 드라이버(execution driver)를 도입하고, 직접 만든 libcontainer를 기본으로 삼았습니다. libcontainer는 데몬 안에서 커널을 직접 호출하는 Go 라이브러리입니다. LXC는 선택 드라이버가 되었습니다.'
			},
			notes: {
				en: 'Point at libcontainer inside the Docker box: no external tool any more, the daemon itself makes the system calls (driver name "native"). libcontainer’s first commit is dated 2014-02-18, a few weeks before 0.9. The LXC driver was deprecated in Docker 1.8 (2015) and removed in 1.10 (February 2016), when the --exec-driver flag went away.',
				ko: 'Docker 상자 안의 libcontainer를 가리킵니다. 이제 외부 도구 없이 데몬이 직접 시스템 콜을 합니다(드라이버 이름 "native"). libcontainer의 첫 커밋은 0.9보다 몇 주 앞선 2014-02-18입니다. LXC 드라이버는 Docker 1.8(2015)에서 사용 중단이 예고되었고, 1.10(2016년 2월)에서 --exec-driver 플래그와 함께 제거되었습니다.'
			},
			sources: ['moby-changelog', 'docker-blog-0-9', 'runc-repo'],
			focus: ['libcontainer', 'dockerd->libcontainer'],
			add: {
				nodes: [
					{
						id: 'libcontainer',
						label: 'libcontainer',
						kind: 'library',
						parent: 'docker-engine',
						badge: { en: 'default', ko: '기본' },
						description: {
							en: 'Docker’s own Go library that sets up containers by calling kernel APIs directly; the "native" execution driver.',
							ko: 'Docker가 직접 만든 Go 라이브러리로, 커널 API를 바로 호출해 컨테이너를 만듭니다. "native" 실행 드라이버입니다.'
						},
						sources: ['docker-blog-0-9', 'runc-repo']
					}
				],
				edges: [
					{
						from: 'dockerd',
						to: 'libcontainer',
						label: { en: 'native exec driver', ko: 'native 실행 드라이버' },
						kind: 'call',
						sources: ['docker-blog-0-9', 'moby-changelog']
					},
					{
						from: 'libcontainer',
						to: 'kernel',
						label: { en: 'syscalls', ko: '시스템 콜' },
						kind: 'call',
						sources: ['docker-blog-0-9', 'runc-libcontainer']
					}
				]
			},
			update: {
				nodes: [
					{ id: 'docker-engine', label: 'Docker 0.9' },
					{ id: 'lxc', badge: { en: 'optional', ko: '선택 사항' } }
				],
				edges: [{ id: 'dockerd->lxc', label: { en: 'lxc exec driver', ko: 'lxc 실행 드라이버' } }]
			}
		},
		{
			id: '1.11',
			label: 'Docker 1.11',
			title: {
				en: 'Docker 1.11 (2016): built on containerd and runc',
				ko: 'Docker 1.11 (2016): containerd와 runc 위에서'
			},
			narration: {
				en: 'Docker 1.11, in April 2016, was the first release built on containerd and runc: the daemon hands containers to containerd, which starts a shim that runs runc. runc is a command-line tool around libcontainer, donated by Docker to the Open Container Initiative in 2015.',
				ko: '2016년 4월의 Docker 1.11은 containerd와 runc 위에 만든 첫 릴리스입니다. 데몬이 컨테이너를 containerd에 맡기면, containerd가 shim을 띄우고 shim이 runc를 실행합니다. runc는 libcontainer를 감싼 명령줄 도구로, 2015년 Docker가 OCI에 기증했습니다.'
			},
			notes: {
				en: 'Docker 1.11 shipped four binaries: docker, docker-containerd, docker-containerd-shim and docker-runc. Correct "runC, unlike libcontainer, does not use LXC": libcontainer never used LXC, it replaced LXC, and runc wraps libcontainer, which still lives in the runc repository. "Docker replaced libcontainer with runC" is loose for the same reason. containerd’s first commit is from November 2015; it was introduced as a daemon to control runC.',
				ko: 'Docker 1.11은 docker, docker-containerd, docker-containerd-shim, docker-runc 네 개의 바이너리로 배포되었습니다. "runC는 libcontainer와 달리 LXC를 쓰지 않는다"는 바로잡아야 합니다. libcontainer는 애초에 LXC를 쓴 적이 없고 LXC를 대체한 것이며, runc는 지금도 runc 저장소 안에 있는 libcontainer를 감싼 도구입니다. 같은 이유로 "Docker가 libcontainer를 runC로 바꿨다"도 정확하지 않습니다. containerd의 첫 커밋은 2015년 11월이고, runC를 제어하는 데몬으로 소개되었습니다.'
			},
			sources: [
				'moby-changelog',
				'docker-blog-1-11',
				'runc-repo',
				'containerd-repo',
				'businesswire-2015-06-22-ocp'
			],
			focus: ['containerd', 'containerd-shim-runc-v2', 'runc', 'runc->libcontainer'],
			remove: {
				nodes: ['lxc'],
				edges: ['dockerd->lxc', 'lxc->kernel', 'dockerd->libcontainer']
			},
			add: {
				nodes: [
					{
						id: 'containerd',
						label: 'docker-containerd',
						kind: 'daemon',
						parent: 'docker-engine',
						description: {
							en: 'containerd as shipped with Docker 1.11: the daemon that controls runc for the docker daemon.',
							ko: 'Docker 1.11과 함께 배포된 containerd로, docker 데몬을 대신해 runc를 제어하는 데몬입니다.'
						},
						sources: ['moby-changelog', 'docker-blog-1-11', 'containerd-repo']
					},
					{
						id: 'containerd-shim-runc-v2',
						label: 'docker-containerd-shim',
						kind: 'shim',
						parent: 'docker-engine',
						description: {
							en: 'The shim between containerd and runc, one per container.',
							ko: 'containerd와 runc 사이의 shim으로, 컨테이너마다 하나씩 뜹니다.'
						},
						sources: ['moby-changelog', 'docker-blog-1-11']
					},
					{
						id: 'runc',
						label: 'docker-runc',
						kind: 'runtime',
						parent: 'docker-engine',
						description: {
							en: 'runc as shipped with Docker 1.11: the OCI runtime, a command-line tool around libcontainer.',
							ko: 'Docker 1.11과 함께 배포된 runc로, libcontainer를 감싼 명령줄 도구인 OCI 런타임입니다.'
						},
						sources: ['moby-changelog', 'runc-repo']
					}
				],
				edges: [
					{
						from: 'dockerd',
						to: 'containerd',
						label: 'gRPC',
						kind: 'call',
						sources: ['docker-blog-1-11', 'moby-changelog']
					},
					{
						from: 'containerd',
						to: 'containerd-shim-runc-v2',
						label: { en: 'spawn', ko: '실행' },
						kind: 'spawn',
						sources: ['moby-changelog', 'docker-blog-1-11']
					},
					{
						from: 'containerd-shim-runc-v2',
						to: 'runc',
						label: { en: 'exec (OCI bundle)', ko: 'exec (OCI 번들)' },
						kind: 'spawn',
						sources: ['docker-blog-1-11']
					},
					{
						from: 'runc',
						to: 'libcontainer',
						label: { en: 'built on', ko: '기반' },
						kind: 'contains',
						sources: ['runc-repo']
					}
				]
			},
			update: {
				nodes: [
					{ id: 'docker-engine', label: 'Docker 1.11' },
					{
						id: 'libcontainer',
						badge: { en: 'inside runc', ko: 'runc 내부' },
						description: {
							en: 'libcontainer now lives on inside runc: runc is its command-line front end, and the package is still in the runc repository.',
							ko: '이제 libcontainer는 runc 안에 있습니다. runc가 그 명령줄 앞단이며, 패키지는 지금도 runc 저장소에 있습니다.'
						},
						sources: ['runc-repo', 'runc-libcontainer']
					}
				]
			}
		}
	]
};
