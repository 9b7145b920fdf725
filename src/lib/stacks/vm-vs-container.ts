/**
 * Virtual machines versus containers: hardware → hypervisor → guest kernels → apps on one side, apps sharing one
 * host kernel on the other, with the container engine/runtime in the place that mirrors the hypervisor (it sets
 * containers up, but their system calls go straight to the host kernel); then the two kinds of containers, LXC's
 * system containers and Docker's application containers. The container boxes keep their ids in the last step and
 * only change their labels.
 */
import type { StorylineSpec } from '../model/types.js';
import { pickSources } from './sources.js';

const VMS = ['a', 'b'] as const;

export const vmVsContainer: StorylineSpec = {
	id: 'vm-vs-container',
	title: { en: 'Virtual machines and containers', ko: '가상 머신과 컨테이너' },
	description: {
		en: 'Where the kernel sits: each virtual machine boots its own guest kernel on a hypervisor, while containers share the host’s kernel; and how LXC’s system containers differ from Docker’s application containers.',
		ko: '커널이 어디에 있는지 비교합니다. 가상 머신은 하이퍼바이저 위에서 각자 게스트 커널을 띄우고, 컨테이너는 호스트의 커널을 함께 씁니다. LXC의 시스템 컨테이너와 Docker의 애플리케이션 컨테이너가 어떻게 다른지도 보여 줍니다.'
	},
	direction: 'down',
	sources: pickSources(
		'k8s-docs-overview',
		'docker-docs-what-is-a-container',
		'kata-architecture',
		'k8s-blog-2016-12-19-cri',
		'oci-runtime-spec-implementations',
		'runc-libcontainer',
		'namuwiki-container',
		'openvz-container-history',
		'k8s-blog-2020-12-02-dockershim-faq',
		'moby-changelog'
	),
	steps: [
		{
			id: 'vm',
			label: { en: 'virtual machines', ko: '가상 머신' },
			title: { en: 'Virtual machines: one kernel per guest', ko: '가상 머신: 게스트마다 커널 하나' },
			narration: {
				en: 'A virtual machine virtualises hardware: a hypervisor runs several guest operating systems, each with its own kernel, and each application runs on its VM’s kernel.',
				ko: '가상 머신은 하드웨어를 가상화합니다. 하이퍼바이저가 여러 게스트 운영체제를 실행하고, 각 게스트는 자기 커널을 가지며, 애플리케이션은 자기 VM의 커널 위에서 돕니다.'
			},
			notes: {
				en: 'Point at the two guest kernels: every VM boots and runs a full kernel of its own. The line between the two worlds can blur: CRI allows a Pod sandbox to be a virtual machine, and Kata Containers runs containers inside hypervisor-based VMs.',
				ko: '두 게스트 커널을 가리킵니다. VM마다 완전한 커널을 하나씩 부팅해 돌립니다. 두 세계의 경계가 흐려지기도 합니다. CRI는 Pod 샌드박스가 가상 머신이어도 되도록 열어 두었고, Kata Containers는 하이퍼바이저 기반 VM 안에서 컨테이너를 실행합니다.'
			},
			sources: [
				'k8s-docs-overview',
				'docker-docs-what-is-a-container',
				'kata-architecture',
				'k8s-blog-2016-12-19-cri',
				'oci-runtime-spec-implementations'
			],
			focus: ['guest-kernel-a', 'guest-kernel-b'],
			nodes: [
				{
					id: 'vm-side',
					label: { en: 'virtual machines', ko: '가상 머신' },
					kind: 'group',
					description: {
						en: 'One physical machine running several virtual machines.',
						ko: '물리 머신 한 대에서 여러 가상 머신을 실행합니다.'
					},
					sources: ['k8s-docs-overview']
				},
				...VMS.flatMap((vm, i) => [
					{
						id: `vm-${vm}`,
						label: `VM ${i + 1}`,
						kind: 'group' as const,
						parent: 'vm-side',
						description: {
							en: 'A virtual machine: a guest operating system with its own kernel.',
							ko: '가상 머신입니다. 자기 커널을 가진 게스트 운영체제입니다.'
						},
						sources: ['k8s-docs-overview', 'docker-docs-what-is-a-container']
					},
					{
						id: `vm-app-${vm}`,
						label: { en: 'app', ko: '앱' },
						kind: 'process' as const,
						parent: `vm-${vm}`,
						description: {
							en: 'An application running on the guest operating system.',
							ko: '게스트 운영체제 위에서 도는 애플리케이션입니다.'
						},
						sources: ['k8s-docs-overview']
					},
					{
						id: `guest-kernel-${vm}`,
						label: { en: 'guest kernel', ko: '게스트 커널' },
						kind: 'kernel-feature' as const,
						parent: `vm-${vm}`,
						description: {
							en: 'This VM’s own kernel, booted on virtual hardware.',
							ko: '가상 하드웨어 위에서 부팅된 이 VM만의 커널입니다.'
						},
						sources: ['docker-docs-what-is-a-container', 'kata-architecture']
					}
				]),
				{
					id: 'hypervisor',
					label: { en: 'hypervisor', ko: '하이퍼바이저' },
					kind: 'runtime',
					parent: 'vm-side',
					description: {
						en: 'Presents virtual hardware to each guest and shares the real hardware among them.',
						ko: '게스트마다 가상 하드웨어를 제공하고, 실제 하드웨어를 게스트들에게 나눠 줍니다.'
					},
					sources: ['kata-architecture', 'k8s-docs-overview']
				},
				{
					id: 'vm-hardware',
					label: { en: 'hardware', ko: '하드웨어' },
					kind: 'external',
					parent: 'vm-side',
					description: { en: 'The physical machine.', ko: '물리 머신입니다.' },
					sources: ['k8s-docs-overview']
				}
			],
			edges: [
				...VMS.flatMap((vm) => [
					{
						from: `vm-app-${vm}`,
						to: `guest-kernel-${vm}`,
						label: { en: 'syscalls', ko: '시스템 콜' },
						kind: 'call' as const,
						sources: ['docker-docs-what-is-a-container']
					},
					{
						from: `guest-kernel-${vm}`,
						to: 'hypervisor',
						label: { en: 'virtual hardware', ko: '가상 하드웨어' },
						kind: 'call' as const,
						sources: ['k8s-docs-overview', 'kata-architecture']
					}
				]),
				{
					from: 'hypervisor',
					to: 'vm-hardware',
					kind: 'call',
					sources: ['kata-architecture']
				}
			]
		},
		{
			id: 'container',
			label: { en: 'containers', ko: '컨테이너' },
			title: { en: 'Containers: one shared kernel', ko: '컨테이너: 커널 하나를 함께 쓴다' },
			narration: {
				en: 'Containers virtualise the operating system instead: each container is a group of processes on the one host kernel, isolated by namespaces and limited by cgroups. Where the VM side has a hypervisor, the container side has a container engine and runtime that set containers up; there is no guest kernel, so an image must suit the host’s kernel and CPU architecture.',
				ko: '컨테이너는 운영체제를 가상화합니다. 각 컨테이너는 하나뿐인 호스트 커널 위의 프로세스 묶음으로, namespace로 격리되고 cgroup으로 제한됩니다. VM 쪽의 하이퍼바이저 자리에는 컨테이너를 준비하는 컨테이너 엔진과 런타임이 있고, 게스트 커널이 없으므로 이미지는 호스트의 커널과 CPU 아키텍처에 맞아야 합니다.'
			},
			notes: {
				en: 'Compare the two middle layers: the hypervisor stays between every guest and the hardware, while the container engine (Docker Engine, or containerd with runc) only asks the kernel for namespaces and cgroups when it starts a container; after that the container’s system calls go straight to the host kernel. Correct two common claims. “Like a VM, a container guarantees the same behaviour as a physical PC”: containers share the host kernel, so portability needs the same CPU architecture and a compatible kernel. “A container contains no OS”: it contains no kernel, but its image usually carries a distribution’s userland (libraries, shell, package files).',
				ko: '가운데 계층 둘을 비교합니다. 하이퍼바이저는 모든 게스트와 하드웨어 사이에 계속 머물지만, 컨테이너 엔진(Docker Engine, 또는 containerd와 runc)은 컨테이너를 시작할 때 커널에 namespace와 cgroup을 요청할 뿐이고, 그 뒤 컨테이너의 시스템 콜은 호스트 커널로 바로 갑니다. 흔한 두 가지 설명을 바로잡습니다. "VM처럼 물리 PC와 동일한 동작을 보장한다": 컨테이너는 호스트 커널을 함께 쓰므로, 같은 CPU 아키텍처와 호환되는 커널이 있어야 옮겨 실행할 수 있습니다. "컨테이너에는 OS가 없다": 커널은 없지만, 이미지에는 보통 배포판의 사용자 공간(라이브러리, 셸, 패키지 파일)이 들어 있습니다.'
			},
			sources: ['runc-libcontainer', 'namuwiki-container', 'docker-docs-what-is-a-container'],
			focus: ['host-kernel', 'container-runtime'],
			add: {
				nodes: [
					{
						id: 'container-side',
						label: { en: 'containers', ko: '컨테이너' },
						kind: 'group',
						description: {
							en: 'One machine running containers directly on its kernel.',
							ko: '커널 위에서 컨테이너를 바로 실행하는 머신 한 대입니다.'
						},
						sources: ['docker-docs-what-is-a-container']
					},
					{
						id: 'container-a',
						label: { en: 'app container', ko: '앱 컨테이너' },
						kind: 'process',
						parent: 'container-side',
						description: {
							en: 'An isolated group of processes on the host kernel.',
							ko: '호스트 커널 위에서 격리된 프로세스 묶음입니다.'
						},
						sources: ['docker-docs-what-is-a-container', 'runc-libcontainer']
					},
					{
						id: 'container-b',
						label: { en: 'app container', ko: '앱 컨테이너' },
						kind: 'process',
						parent: 'container-side',
						description: {
							en: 'Another container on the same kernel.',
							ko: '같은 커널 위의 또 다른 컨테이너입니다.'
						},
						sources: ['runc-libcontainer']
					},
					{
						id: 'container-runtime',
						label: { en: 'container engine / runtime', ko: '컨테이너 엔진 / 런타임' },
						kind: 'runtime',
						parent: 'container-side',
						description: {
							en: 'Docker Engine, or containerd with runc: it sets each container up by asking the kernel for namespaces and cgroups, the place the hypervisor holds on the VM side, but it does not sit between the container and the kernel.',
							ko: 'Docker Engine, 또는 containerd와 runc입니다. 커널에 namespace와 cgroup을 요청해 컨테이너를 준비합니다. VM 쪽의 하이퍼바이저 자리에 해당하지만, 컨테이너와 커널 사이에 끼어 있지는 않습니다.'
						},
						sources: ['docker-docs-what-is-a-container', 'runc-libcontainer']
					},
					{
						id: 'host-kernel',
						label: { en: 'host kernel (shared)', ko: '호스트 커널 (공유)' },
						kind: 'group',
						parent: 'container-side',
						description: {
							en: 'The one kernel every container uses.',
							ko: '모든 컨테이너가 함께 쓰는 단 하나의 커널입니다.'
						},
						sources: ['runc-libcontainer', 'namuwiki-container']
					},
					{
						id: 'kernel-namespaces',
						label: 'namespaces',
						kind: 'kernel-feature',
						parent: 'host-kernel',
						description: {
							en: 'Isolation: what each container can see.',
							ko: '격리: 컨테이너마다 볼 수 있는 범위를 나눕니다.'
						},
						sources: ['runc-libcontainer']
					},
					{
						id: 'kernel-cgroups',
						label: 'cgroups',
						kind: 'kernel-feature',
						parent: 'host-kernel',
						description: {
							en: 'Limits: how much CPU and memory each container may use.',
							ko: '제한: 컨테이너마다 쓸 수 있는 CPU와 메모리의 양을 정합니다.'
						},
						sources: ['runc-libcontainer']
					},
					{
						id: 'host-hardware',
						label: { en: 'hardware', ko: '하드웨어' },
						kind: 'external',
						parent: 'container-side',
						description: { en: 'The physical machine.', ko: '물리 머신입니다.' },
						sources: ['namuwiki-container']
					}
				],
				edges: [
					{
						from: 'container-a',
						to: 'host-kernel',
						label: { en: 'syscalls', ko: '시스템 콜' },
						kind: 'call',
						sources: ['runc-libcontainer']
					},
					{
						from: 'container-b',
						to: 'host-kernel',
						label: { en: 'syscalls', ko: '시스템 콜' },
						kind: 'call',
						sources: ['runc-libcontainer']
					},
					{ from: 'host-kernel', to: 'host-hardware', kind: 'call', sources: ['namuwiki-container'] },
					{
						from: 'container-runtime',
						to: 'container-a',
						label: { en: 'start', ko: '시작' },
						kind: 'spawn',
						sources: ['docker-docs-what-is-a-container']
					},
					{
						from: 'container-runtime',
						to: 'container-b',
						label: { en: 'start', ko: '시작' },
						kind: 'spawn',
						sources: ['docker-docs-what-is-a-container']
					},
					{
						from: 'container-runtime',
						to: 'host-kernel',
						label: { en: 'namespaces, cgroups', ko: 'namespace와 cgroup' },
						kind: 'call',
						sources: ['runc-libcontainer']
					}
				]
			}
		},
		{
			id: 'lxc-vs-docker',
			label: { en: 'LXC vs Docker', ko: 'LXC와 Docker' },
			title: {
				en: 'System containers and application containers',
				ko: '시스템 컨테이너와 애플리케이션 컨테이너'
			},
			narration: {
				en: 'Both kinds of container share the host kernel but serve different purposes: LXC manages system containers, a whole distribution’s userland run much like a lightweight machine, while Docker packages one application and its dependencies per container.',
				ko: '두 종류의 컨테이너 모두 호스트 커널을 함께 쓰지만 목적이 다릅니다. LXC는 배포판의 사용자 공간 전체를 가벼운 머신처럼 돌리는 시스템 컨테이너를 관리하고, Docker는 컨테이너 하나에 애플리케이션 하나와 그 의존성을 담습니다.'
			},
			notes: {
				en: 'Correct the common ranking of LXC as “low-level” and Docker as “high-level”: LXC is a system-container manager (liblxc and its tools), not an OCI low-level runtime; Docker Engine is a container platform whose low-level runtime is runc. LXC is also not the first container technology, and Docker stopped using LXC long ago (optional from 0.9, removed in 1.10).',
				ko: 'LXC를 "Low-Level", Docker를 "High-Level"로 나누는 흔한 설명은 바로잡아야 합니다. LXC는 시스템 컨테이너 관리 도구(liblxc와 도구 모음)이지 OCI 의미의 low-level 런타임이 아니고, Docker Engine은 low-level 런타임으로 runc를 쓰는 컨테이너 플랫폼입니다. 또 LXC는 최초의 컨테이너 기술이 아니며, Docker는 오래전에 LXC를 떠났습니다(0.9부터 선택 사항, 1.10에서 제거).'
			},
			sources: [
				'openvz-container-history',
				'k8s-blog-2020-12-02-dockershim-faq',
				'docker-docs-what-is-a-container',
				'moby-changelog'
			],
			focus: ['container-a', 'container-b'],
			update: {
				nodes: [
					{
						id: 'container-a',
						label: { en: 'system container (LXC)', ko: '시스템 컨테이너 (LXC)' },
						description: {
							en: 'A system container: a distribution’s whole userland, managed much like a lightweight machine.',
							ko: '시스템 컨테이너입니다. 배포판의 사용자 공간 전체를 가벼운 머신처럼 관리합니다.'
						},
						sources: ['openvz-container-history']
					},
					{
						id: 'container-b',
						label: { en: 'app container (Docker)', ko: '앱 컨테이너 (Docker)' },
						description: {
							en: 'An application container: one application and its dependencies, packaged as an image.',
							ko: '애플리케이션 컨테이너입니다. 애플리케이션 하나와 그 의존성을 이미지로 묶었습니다.'
						},
						sources: ['docker-docs-what-is-a-container']
					}
				]
			}
		}
	]
};
