/**
 * The Open Container Initiative and its three specs, with the runtimes that implement the runtime-spec and the
 * path an image takes from a registry to a running container.
 *
 * The specs sit at the bottom, inside the `oci` group, as the foundation everything above relies on: edges point
 * from an implementer down to the spec it implements, which is also the direction the stack reads.
 */
import type { StorylineSpec } from '../model/types.js';
import { pickSources } from './sources.js';

export const oci: StorylineSpec = {
	id: 'oci',
	title: {
		en: 'OCI: the standards under every container runtime',
		ko: 'OCI: 모든 컨테이너 런타임 아래의 표준'
	},
	description: {
		en: 'The Open Container Initiative’s runtime, image and distribution specs; the OCI runtimes that implement the runtime-spec; and how an image travels from a registry to a running container.',
		ko: 'Open Container Initiative의 runtime·image·distribution 명세, runtime-spec을 구현한 OCI 런타임들, 그리고 이미지가 레지스트리에서 실행 중인 컨테이너가 되기까지의 흐름을 보여 줍니다.'
	},
	direction: 'down',
	sources: pickSources(
		'businesswire-2015-06-22-ocp',
		'oci-tob-charter',
		'oci-runtime-spec',
		'oci-image-spec',
		'oci-distribution-spec',
		'oci-runtime-spec-implementations',
		'runc-repo',
		'cri-o-repo',
		'containerd-repo',
		'containerd-runtime-v2',
		'k8s-blog-2020-12-02-dockershim-faq',
		'k8s-blog-2020-12-02-dont-panic',
		'k8s-blog-2020-12-08-1.20'
	),
	steps: [
		{
			id: 'oci-2015',
			label: '2015',
			title: { en: '2015: the Open Container Initiative', ko: '2015: Open Container Initiative 출범' },
			narration: {
				en: 'In June 2015 Docker, CoreOS, Google, Red Hat and others founded what became the Open Container Initiative, and Docker donated runc as its runtime. Its first standard, the runtime-spec, defines a bundle (config.json plus a root filesystem) and the create, start, kill and delete lifecycle.',
				ko: '2015년 6월 Docker, CoreOS, Google, Red Hat 등이 Open Container Initiative(OCI)의 전신을 세웠고, Docker는 runc를 그 런타임으로 기증했습니다. 첫 표준인 runtime-spec은 번들(config.json과 루트 파일시스템)과 create·start·kill·delete 생명주기를 정의합니다.'
			},
			notes: {
				en: 'Announced on 2015-06-22 as the Open Container Project under the Linux Foundation, soon renamed the Open Container Initiative; its charter dates from November 2015. Correct the common story that OCI was created so images could move between runtimes after the dockershim debate: OCI came years before that debate. Also, runc was not written “to meet the OCI rules”: it was donated as OCI’s founding code.',
				ko: '2015-06-22 리눅스 재단 산하의 Open Container Project로 발표되었고, 곧 Open Container Initiative로 이름이 바뀌었습니다. 헌장은 2015년 11월자입니다. dockershim 논란 뒤 이미지를 런타임 사이에서 옮기려고 OCI가 생겼다는 설명이 흔하지만, OCI는 그 논란보다 몇 년 앞서 세워졌습니다. 또 runc는 "OCI 규약을 맞추려고" 만든 것이 아니라 OCI의 출발점이 된 코드로 기증된 것입니다.'
			},
			sources: ['businesswire-2015-06-22-ocp', 'oci-tob-charter', 'oci-runtime-spec', 'runc-repo'],
			focus: ['oci', 'runc'],
			nodes: [
				{
					id: 'oci',
					label: 'OCI',
					kind: 'group',
					description: {
						en: 'Open Container Initiative: announced on 2015-06-22 under the Linux Foundation by Docker, CoreOS, Google, Red Hat, Microsoft, AWS, IBM and others.',
						ko: 'Open Container Initiative: 2015-06-22 리눅스 재단 산하에서 Docker, CoreOS, Google, Red Hat, Microsoft, AWS, IBM 등이 발표했습니다.'
					},
					href: 'https://github.com/opencontainers',
					sources: ['businesswire-2015-06-22-ocp', 'oci-tob-charter']
				},
				{
					id: 'runtime-spec',
					label: 'runtime-spec',
					kind: 'spec',
					parent: 'oci',
					description: {
						en: 'How to run a container: the bundle (config.json plus a root filesystem) and the create, start, kill and delete lifecycle.',
						ko: '컨테이너 실행 방법을 정합니다. 번들(config.json과 루트 파일시스템)과 create·start·kill·delete 생명주기입니다.'
					},
					sources: ['oci-runtime-spec']
				},
				{
					id: 'runc',
					label: 'runc',
					kind: 'runtime',
					description: {
						en: 'The reference implementation of the runtime-spec, written in Go around libcontainer and donated by Docker.',
						ko: 'runtime-spec의 참조 구현으로, libcontainer를 바탕으로 Go로 작성되었고 Docker가 기증했습니다.'
					},
					href: 'https://github.com/opencontainers/runc',
					sources: ['runc-repo', 'oci-runtime-spec-implementations', 'businesswire-2015-06-22-ocp']
				}
			],
			edges: [
				{
					from: 'runc',
					to: 'runtime-spec',
					label: { en: 'implements', ko: '구현' },
					kind: 'implements',
					sources: ['oci-runtime-spec-implementations']
				}
			]
		},
		{
			id: 'specs',
			label: { en: 'three specs', ko: '세 가지 명세' },
			title: { en: 'Three specs: run, image, distribution', ko: '세 가지 명세: 실행, 이미지, 배포' },
			narration: {
				en: 'Two more specs followed: the image-spec (manifest, index, config and layers), at 1.0 with the runtime-spec in July 2017, and the distribution-spec, the registry HTTP API that grew out of Docker Registry V2, at 1.0 in April 2021.',
				ko: '두 명세가 뒤따랐습니다. 매니페스트·인덱스·설정·레이어를 정하는 image-spec은 2017년 7월 runtime-spec과 함께 1.0이 되었고, Docker Registry V2에서 나온 레지스트리 HTTP API인 distribution-spec은 2021년 4월에 1.0이 되었습니다.'
			},
			notes: {
				en: 'Point at the three boxes inside OCI: how to run, what an image is, how to move it. This is why Docker-built images keep working after the dockershim removal: docker build produces OCI images, which every CRI runtime can pull and run. Later versions: runtime-spec 1.1 (2023), 1.2 (2024), 1.3 (2025); image-spec and distribution-spec 1.1 (2024).',
				ko: 'OCI 안의 세 상자를 가리킵니다. 실행 방법, 이미지의 정체, 이미지를 옮기는 방법입니다. dockershim이 제거된 뒤에도 Docker로 만든 이미지가 그대로 동작하는 이유가 여기 있습니다. docker build는 OCI 이미지를 만들고, 모든 CRI 런타임이 그 이미지를 받아 실행할 수 있습니다. 이후 버전: runtime-spec 1.1(2023), 1.2(2024), 1.3(2025), image-spec과 distribution-spec 1.1(2024).'
			},
			sources: [
				'oci-image-spec',
				'oci-distribution-spec',
				'oci-runtime-spec',
				'k8s-blog-2020-12-02-dockershim-faq',
				'k8s-blog-2020-12-08-1.20'
			],
			focus: ['image-spec', 'distribution-spec'],
			add: {
				nodes: [
					{
						id: 'image-spec',
						label: 'image-spec',
						kind: 'spec',
						parent: 'oci',
						badge: 'v1.0 (2017-07)',
						description: {
							en: 'What an image is: manifest, index, config and layers. Work began in 2016.',
							ko: '이미지의 형식을 정합니다. 매니페스트, 인덱스, 설정, 레이어입니다. 2016년에 작업이 시작되었습니다.'
						},
						sources: ['oci-image-spec']
					},
					{
						id: 'distribution-spec',
						label: 'distribution-spec',
						kind: 'spec',
						parent: 'oci',
						badge: 'v1.0 (2021-04)',
						description: {
							en: 'How images move: the registry HTTP API, standardised from Docker Registry HTTP API V2. Work began in 2018.',
							ko: '이미지를 옮기는 방법을 정합니다. Docker Registry HTTP API V2를 표준화한 레지스트리 HTTP API이며, 2018년에 작업이 시작되었습니다.'
						},
						sources: ['oci-distribution-spec']
					},
					{
						id: 'registry',
						label: { en: 'registry', ko: '레지스트리' },
						kind: 'external',
						description: {
							en: 'Docker Hub or any other registry that serves OCI images over the distribution-spec API.',
							ko: 'Docker Hub를 비롯해 distribution-spec API로 OCI 이미지를 제공하는 레지스트리입니다.'
						},
						sources: ['oci-distribution-spec']
					}
				],
				edges: [
					{
						from: 'registry',
						to: 'distribution-spec',
						label: { en: 'implements', ko: '구현' },
						kind: 'implements',
						sources: ['oci-distribution-spec']
					},
					{
						from: 'registry',
						to: 'image-spec',
						label: { en: 'stores images', ko: '이미지 저장' },
						kind: 'data',
						sources: ['oci-image-spec', 'oci-distribution-spec']
					}
				]
			},
			update: {
				nodes: [
					{
						id: 'runtime-spec',
						badge: 'v1.0 (2017-07)',
						sources: ['oci-runtime-spec']
					}
				]
			}
		},
		{
			id: 'runtimes',
			label: { en: 'OCI runtimes', ko: 'OCI 런타임' },
			title: { en: 'Many runtimes, one runtime-spec', ko: '런타임은 여럿, runtime-spec은 하나' },
			narration: {
				en: 'Because the runtime-spec is a standard, runc can be swapped for another OCI runtime: crun is written in C, youki in Rust, gVisor’s runsc puts a user-space kernel between the container and the host, and Kata Containers runs containers inside a hypervisor-based virtual machine.',
				ko: 'runtime-spec이 표준이기 때문에 runc를 다른 OCI 런타임으로 바꿀 수 있습니다. crun은 C로, youki는 Rust로 작성되었고, gVisor의 runsc는 컨테이너와 호스트 사이에 사용자 공간 커널을 두며, Kata Containers는 하이퍼바이저 기반 가상 머신 안에서 컨테이너를 실행합니다.'
			},
			notes: {
				en: 'All five are listed in the runtime-spec’s implementations page. runc is the default runtime under containerd; CRI-O switched its default from runc to crun in v1.31 (2024). Vocabulary: a "low-level runtime" today means an OCI runtime like these; a "high-level runtime" manages images and lifecycles on top of them (containerd, CRI-O), which is the next step.',
				ko: '다섯 가지 모두 runtime-spec의 구현체 목록에 있습니다. runc는 containerd 아래의 기본 런타임이고, CRI-O는 1.31(2024)에서 기본값을 runc에서 crun으로 바꿨습니다. 용어 정리: 오늘날 "low-level 런타임"은 이런 OCI 런타임을 뜻하고, "high-level 런타임"은 그 위에서 이미지와 생명주기를 관리하는 containerd나 CRI-O를 뜻합니다. 다음 단계에서 다룹니다.'
			},
			sources: ['oci-runtime-spec-implementations', 'cri-o-repo', 'k8s-blog-2020-12-02-dockershim-faq'],
			focus: ['crun', 'youki', 'runsc', 'kata-runtime'],
			add: {
				nodes: [
					{
						id: 'crun',
						label: 'crun',
						kind: 'runtime',
						description: {
							en: 'An OCI runtime written in C (containers/crun); CRI-O’s default since v1.31.',
							ko: 'C로 작성된 OCI 런타임(containers/crun)으로, CRI-O 1.31부터 기본값입니다.'
						},
						href: 'https://github.com/containers/crun',
						sources: ['oci-runtime-spec-implementations', 'cri-o-repo']
					},
					{
						id: 'youki',
						label: 'youki',
						kind: 'runtime',
						description: {
							en: 'An OCI runtime written in Rust (containers/youki).',
							ko: 'Rust로 작성된 OCI 런타임(containers/youki)입니다.'
						},
						href: 'https://github.com/containers/youki',
						sources: ['oci-runtime-spec-implementations']
					},
					{
						id: 'runsc',
						label: 'gVisor runsc',
						kind: 'runtime',
						description: {
							en: 'gVisor’s OCI runtime: the container talks to a user-space kernel instead of the host kernel directly.',
							ko: 'gVisor의 OCI 런타임입니다. 컨테이너가 호스트 커널 대신 사용자 공간 커널과 대화합니다.'
						},
						href: 'https://github.com/google/gvisor',
						sources: ['oci-runtime-spec-implementations']
					},
					{
						id: 'kata-runtime',
						label: 'Kata Containers',
						kind: 'runtime',
						description: {
							en: 'A hypervisor-based OCI runtime: containers run inside a virtual machine with its own kernel.',
							ko: '하이퍼바이저 기반 OCI 런타임입니다. 컨테이너가 자체 커널을 가진 가상 머신 안에서 실행됩니다.'
						},
						href: 'https://github.com/kata-containers/kata-containers',
						sources: ['oci-runtime-spec-implementations']
					}
				],
				edges: [
					{
						from: 'crun',
						to: 'runtime-spec',
						label: { en: 'implements', ko: '구현' },
						kind: 'implements',
						sources: ['oci-runtime-spec-implementations']
					},
					{
						from: 'youki',
						to: 'runtime-spec',
						label: { en: 'implements', ko: '구현' },
						kind: 'implements',
						sources: ['oci-runtime-spec-implementations']
					},
					{
						from: 'runsc',
						to: 'runtime-spec',
						label: { en: 'implements', ko: '구현' },
						kind: 'implements',
						sources: ['oci-runtime-spec-implementations']
					},
					{
						from: 'kata-runtime',
						to: 'runtime-spec',
						label: { en: 'implements', ko: '구현' },
						kind: 'implements',
						sources: ['oci-runtime-spec-implementations']
					}
				]
			}
		},
		{
			id: 'image-to-container',
			label: { en: 'image → container', ko: '이미지 → 컨테이너' },
			title: { en: 'From an image to a running container', ko: '이미지에서 실행 중인 컨테이너까지' },
			narration: {
				en: 'Together the specs carry an image from registry to process: containerd or CRI-O pulls it over the distribution-spec API, unpacks the image-spec layers into a bundle, and has an OCI runtime run that bundle. That is why an image built with docker build runs unchanged on containerd or CRI-O.',
				ko: '세 명세가 함께 이미지를 레지스트리에서 프로세스까지 옮깁니다. containerd나 CRI-O가 distribution-spec API로 이미지를 받고, image-spec 레이어를 풀어 번들을 만든 뒤, OCI 런타임이 그 번들을 실행합니다. 그래서 docker build로 만든 이미지가 containerd나 CRI-O에서 그대로 실행됩니다.'
			},
			notes: {
				en: 'Only runc is drawn taking the bundle, to keep the picture readable; any runtime above would do. In practice containerd hands the bundle to runc through its shim, and CRI-O through conmon. Docker itself follows the same path: dockerd → containerd → runc.',
				ko: '그림을 단순하게 하려고 번들을 받는 런타임으로 runc만 그렸습니다. 위의 어떤 런타임이든 됩니다. 실제로 containerd는 shim을 거쳐, CRI-O는 conmon을 거쳐 번들을 runc에 넘깁니다. Docker도 dockerd → containerd → runc로 같은 길을 갑니다.'
			},
			sources: [
				'containerd-runtime-v2',
				'cri-o-repo',
				'k8s-blog-2020-12-02-dont-panic',
				'k8s-blog-2020-12-02-dockershim-faq',
				'oci-runtime-spec'
			],
			focus: ['containerd', 'cri-o', 'oci-bundle'],
			add: {
				nodes: [
					{
						id: 'containerd',
						label: 'containerd',
						kind: 'daemon',
						description: {
							en: 'A high-level runtime: pulls and stores images and manages container lifecycles, with runc below it by default.',
							ko: 'high-level 런타임입니다. 이미지를 받아 저장하고 컨테이너 생명주기를 관리하며, 기본적으로 그 아래에서 runc를 씁니다.'
						},
						sources: ['containerd-repo', 'k8s-blog-2020-12-02-dockershim-faq']
					},
					{
						id: 'cri-o',
						label: 'CRI-O',
						kind: 'daemon',
						description: {
							en: 'A high-level runtime made for Kubernetes’ CRI; pulls images and runs them through an OCI runtime.',
							ko: '쿠버네티스 CRI 전용으로 만든 high-level 런타임으로, 이미지를 받아 OCI 런타임으로 실행합니다.'
						},
						sources: ['cri-o-repo']
					},
					{
						id: 'oci-bundle',
						label: { en: 'OCI bundle', ko: 'OCI 번들' },
						kind: 'storage',
						description: {
							en: 'A directory with config.json and the container’s root filesystem, as the runtime-spec defines it.',
							ko: 'runtime-spec이 정한 대로 config.json과 컨테이너의 루트 파일시스템을 담은 디렉터리입니다.'
						},
						sources: ['oci-runtime-spec', 'containerd-runtime-v2']
					}
				],
				edges: [
					{
						from: 'containerd',
						to: 'registry',
						label: 'pull',
						kind: 'data',
						sources: ['oci-distribution-spec']
					},
					{ from: 'cri-o', to: 'registry', label: 'pull', kind: 'data', sources: ['oci-distribution-spec'] },
					{
						from: 'containerd',
						to: 'oci-bundle',
						label: { en: 'unpack', ko: '풀기' },
						kind: 'data',
						sources: ['containerd-runtime-v2', 'oci-image-spec']
					},
					{
						from: 'cri-o',
						to: 'oci-bundle',
						label: { en: 'unpack', ko: '풀기' },
						kind: 'data',
						sources: ['cri-o-repo', 'oci-image-spec']
					},
					{
						from: 'oci-bundle',
						to: 'runc',
						label: { en: 'run', ko: '실행' },
						kind: 'data',
						sources: ['containerd-runtime-v2', 'oci-runtime-spec']
					}
				]
			}
		}
	]
};
