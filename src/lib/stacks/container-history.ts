/**
 * A timeline of container technology, 2006 → 2024, one `event` node per fact-checked event. Each step reveals an
 * era. Eras are groups whose events stack in date order (no edges inside an era, so they share one column);
 * arrows join consecutive eras, which lays the columns out left to right and keeps the whole timeline about as
 * wide as a slide. Events with unverified dates (chroot, FreeBSD jails) are left out of the diagram.
 */
import type { StorylineSpec } from '../model/types.js';
import { pickSources } from './sources.js';

export const containerHistory: StorylineSpec = {
	id: 'container-history',
	title: { en: 'A short history of containers', ko: '컨테이너 기술의 짧은 역사' },
	description: {
		en: 'From kernel building blocks to Docker, the OCI and CRI standards, the dockershim’s removal and containerd 2.0: the events that shaped today’s container runtimes, in date order.',
		ko: '커널의 기반 기술에서 Docker, OCI와 CRI라는 두 표준, dockershim 제거와 containerd 2.0까지, 오늘날의 컨테이너 런타임을 만든 사건들을 날짜 순서로 보여 줍니다.'
	},
	direction: 'right',
	sources: pickSources(
		'openvz-container-history',
		'moby-changelog',
		'docker-blog-0-9',
		'runc-repo',
		'cncf-2019-08-16-rkt-archived',
		'infoworld-rkt-1-0',
		'businesswire-2015-06-22-ocp',
		'cncf-2016-07-21-k8s-birthday',
		'docker-blog-1-11',
		'containerd-repo',
		'containerd-2.0-release',
		'k8s-blog-2016-12-13-1.5',
		'k8s-blog-2016-12-19-cri',
		'k8s-blog-2017-11-02-containerd',
		'cri-o-repo',
		'cri-o-graduation',
		'k8s-blog-2018-05-24-containerd-ga',
		'containerd-graduation',
		'crn-2018-01-30-coreos',
		'docker-docs-rootless',
		'mirantis-2020-12-04',
		'cri-dockerd-repo',
		'k8s-blog-2020-12-08-1.20',
		'k8s-blog-2020-12-02-dockershim-faq',
		'k8s-blog-2022-05-03-1.24',
		'techtarget-2019-11-mirantis'
	),
	steps: [
		{
			id: '2006-2008',
			label: '2006–2008',
			title: { en: 'Kernel building blocks', ko: '커널의 기반 기술' },
			narration: {
				en: 'Containers are built from Linux kernel features. Google’s “process containers” (2006) became cgroups, which limit resources, and LXC (around 2008) combined cgroups with namespaces into Linux containers.',
				ko: '컨테이너는 리눅스 커널 기능으로 만들어집니다. Google의 "process containers"(2006)가 자원을 제한하는 cgroup이 되었고, LXC(2008년 무렵)가 cgroup과 namespace를 묶어 리눅스 컨테이너를 만들었습니다.'
			},
			notes: {
				en: 'LXC is often called “the first container”, but older isolation mechanisms such as chroot and FreeBSD jails came before it; LXC was an early Linux container manager on top of upstream kernel features. The dates on this slide come from secondary sources and are approximate.',
				ko: 'LXC를 "최초의 컨테이너"라고 부르곤 하지만, chroot나 FreeBSD jail 같은 격리 기술이 그보다 먼저 있었습니다. LXC는 커널에 들어간 기능 위에 만든 초기 리눅스 컨테이너 관리 도구입니다. 이 장의 날짜는 2차 자료에 기댄 대략적인 값입니다.'
			},
			sources: ['openvz-container-history'],
			focus: ['cgroups-2006', 'lxc-2008'],
			nodes: [
				{
					id: 'era-kernel',
					label: { en: '2006–2008 · kernel', ko: '2006–2008 · 커널' },
					kind: 'group',
					description: {
						en: 'The kernel features every container runtime still relies on.',
						ko: '지금도 모든 컨테이너 런타임이 기대는 커널 기능들입니다.'
					},
					sources: ['openvz-container-history']
				},
				{
					id: 'cgroups-2006',
					label: 'process containers → cgroups',
					kind: 'event',
					parent: 'era-kernel',
					badge: '2006',
					description: {
						en: 'Google engineers (Paul Menage) start “process containers” in 2006, later renamed cgroups: resource limits for groups of processes.',
						ko: '2006년 Google 엔지니어(Paul Menage)가 "process containers"를 시작했고, 이후 cgroup으로 이름이 바뀌었습니다. 프로세스 묶음에 자원 제한을 거는 기능입니다.'
					},
					sources: ['openvz-container-history']
				},
				{
					id: 'lxc-2008',
					label: 'LXC',
					kind: 'event',
					parent: 'era-kernel',
					badge: '~2008',
					description: {
						en: 'Linux Containers: userspace tools that build containers from cgroups and namespaces.',
						ko: 'Linux Containers: cgroup과 namespace로 컨테이너를 만드는 사용자 공간 도구입니다.'
					},
					sources: ['openvz-container-history']
				}
			]
		},
		{
			id: '2013-2015',
			label: '2013–2015',
			title: { en: 'Docker, and the first standard', ko: 'Docker, 그리고 첫 번째 표준' },
			narration: {
				en: 'Docker (2013) made containers popular, first on LXC and from 2014 on its own libcontainer; CoreOS answered with rkt. In 2015 the industry founded the OCI around Docker’s runC, and Kubernetes 1.0 shipped.',
				ko: 'Docker(2013)가 컨테이너를 대중화했습니다. 처음에는 LXC 위에서, 2014년부터는 직접 만든 libcontainer로 동작했고, CoreOS는 rkt로 응수했습니다. 2015년에는 업계가 Docker의 runC를 중심으로 OCI를 세웠고, 쿠버네티스 1.0이 나왔습니다.'
			},
			notes: {
				en: 'Correct “rkt fixed Docker’s root problem”: rkt was daemonless, with privilege separation and image signing, but running containers still needed root. Docker’s own rootless mode came much later: experimental in 19.03 (2019), generally available in 20.10 (2020), and optional. The CNCF was founded together with the Kubernetes 1.0 release on 2015-07-21.',
				ko: '"rkt가 Docker의 root 문제를 해결했다"는 바로잡아야 합니다. rkt는 데몬이 없고 권한 분리와 이미지 서명을 갖췄지만, 컨테이너 실행에는 여전히 root 권한이 필요했습니다. Docker 자체의 rootless 모드는 훨씬 뒤에 나왔습니다. 19.03(2019)에서 실험 기능으로, 20.10(2020)에서 정식 기능이 되었고, 선택 사항입니다. CNCF는 2015-07-21 쿠버네티스 1.0 출시와 함께 설립되었습니다.'
			},
			sources: [
				'moby-changelog',
				'docker-blog-0-9',
				'cncf-2019-08-16-rkt-archived',
				'infoworld-rkt-1-0',
				'docker-docs-rootless',
				'businesswire-2015-06-22-ocp',
				'cncf-2016-07-21-k8s-birthday'
			],
			focus: ['docker-2013', 'oci-2015', 'k8s-1-0-2015'],
			add: {
				nodes: [
					{
						id: 'era-docker',
						label: { en: '2013–2015 · Docker', ko: '2013–2015 · Docker' },
						kind: 'group',
						description: {
							en: 'Docker makes containers popular; the first standard follows.',
							ko: 'Docker가 컨테이너를 대중화하고, 첫 번째 표준이 뒤따릅니다.'
						},
						sources: ['moby-changelog', 'businesswire-2015-06-22-ocp']
					},
					{
						id: 'docker-2013',
						label: 'Docker 0.1',
						kind: 'event',
						parent: 'era-docker',
						badge: '2013-03',
						description: {
							en: 'The first public release of Docker (dotCloud), running containers through LXC.',
							ko: 'Docker(dotCloud)의 첫 공개 릴리스로, LXC로 컨테이너를 실행했습니다.'
						},
						sources: ['moby-changelog']
					},
					{
						id: 'libcontainer-2014',
						label: { en: 'Docker 0.9: libcontainer', ko: 'Docker 0.9: libcontainer' },
						kind: 'event',
						parent: 'era-docker',
						badge: '2014-03',
						description: {
							en: 'Docker 0.9 makes its own Go library, libcontainer, the default execution driver; LXC becomes optional.',
							ko: 'Docker 0.9가 직접 만든 Go 라이브러리 libcontainer를 기본 실행 드라이버로 삼고, LXC는 선택 사항이 됩니다.'
						},
						sources: ['moby-changelog', 'docker-blog-0-9', 'runc-repo']
					},
					{
						id: 'rkt-2014',
						label: 'rkt',
						kind: 'event',
						parent: 'era-docker',
						badge: '2014-12',
						description: {
							en: 'CoreOS creates rkt (first called Rocket): daemonless, with image signing and privilege separation.',
							ko: 'CoreOS가 rkt(처음 이름은 Rocket)를 만듭니다. 데몬이 없고, 이미지 서명과 권한 분리를 갖췄습니다.'
						},
						sources: ['cncf-2019-08-16-rkt-archived', 'infoworld-rkt-1-0']
					},
					{
						id: 'oci-2015',
						label: { en: 'OCI founded, runC donated', ko: 'OCI 출범, runC 기증' },
						kind: 'event',
						parent: 'era-docker',
						badge: '2015-06',
						description: {
							en: 'Docker, CoreOS, Google, Red Hat and others found the Open Container Project (soon the OCI); Docker donates runC.',
							ko: 'Docker, CoreOS, Google, Red Hat 등이 Open Container Project(곧 OCI)를 세우고, Docker가 runC를 기증합니다.'
						},
						sources: ['businesswire-2015-06-22-ocp', 'runc-repo']
					},
					{
						id: 'k8s-1-0-2015',
						label: { en: 'Kubernetes 1.0', ko: '쿠버네티스 1.0' },
						kind: 'event',
						parent: 'era-docker',
						badge: '2015-07',
						description: {
							en: 'Kubernetes 1.0 is released on 2015-07-21, and the CNCF is founded with it.',
							ko: '2015-07-21 쿠버네티스 1.0이 출시되고, 이와 함께 CNCF가 설립됩니다.'
						},
						sources: ['cncf-2016-07-21-k8s-birthday']
					}
				],
				edges: [{ from: 'era-kernel', to: 'era-docker', kind: 'derives', sources: ['moby-changelog'] }]
			}
		},
		{
			id: '2016-2019',
			label: '2016–2019',
			title: { en: 'CRI and a choice of runtimes', ko: 'CRI와 런타임 선택의 시대' },
			narration: {
				en: 'Docker moved onto containerd and runc (2016), and Kubernetes 1.5 introduced CRI so the kubelet could use any runtime. CRI-O 1.0 and containerd 1.0 (2017) and containerd’s built-in CRI plugin (2018) followed, while rkt was archived in 2019.',
				ko: 'Docker는 containerd와 runc 위로 옮겨 갔고(2016), 쿠버네티스 1.5는 kubelet이 어떤 런타임이든 쓸 수 있도록 CRI를 도입했습니다. 이어서 CRI-O 1.0과 containerd 1.0(2017), containerd의 내장 CRI 플러그인(2018)이 나왔고, rkt는 2019년에 아카이브되었습니다.'
			},
			notes: {
				en: 'containerd and rkt joined the CNCF on 2017-03-29; containerd graduated on 2019-02-28, CRI-O joined in 2019 and graduated on 2023-07-19. Correct “CoreOS was bought by Red Hat, so CRI-O replaced rkt”: Red Hat did announce buying CoreOS Inc. (2018-01-30), but CRI-O had started independently in 2016, and the CNCF archived rkt on 2019-08-16.',
				ko: 'containerd와 rkt는 2017-03-29 CNCF에 합류했습니다. containerd는 2019-02-28에 졸업했고, CRI-O는 2019년에 합류해 2023-07-19에 졸업했습니다. "CoreOS가 Red Hat에 인수되어 CRI-O가 rkt를 대신했다"는 바로잡아야 합니다. Red Hat이 CoreOS사 인수를 발표한 것은 맞지만(2018-01-30), CRI-O는 그와 별개로 2016년에 시작했고 rkt는 2019-08-16 CNCF에서 아카이브되었습니다.'
			},
			sources: [
				'docker-blog-1-11',
				'k8s-blog-2016-12-19-cri',
				'cri-o-repo',
				'containerd-repo',
				'k8s-blog-2018-05-24-containerd-ga',
				'cncf-2019-08-16-rkt-archived',
				'k8s-blog-2017-11-02-containerd',
				'containerd-graduation',
				'cri-o-graduation',
				'crn-2018-01-30-coreos'
			],
			focus: ['cri-2016'],
			add: {
				nodes: [
					{
						id: 'era-cri',
						label: { en: '2016–2019 · CRI', ko: '2016–2019 · CRI' },
						kind: 'group',
						description: {
							en: 'Kubernetes defines an interface for runtimes, and runtimes are built for it.',
							ko: '쿠버네티스가 런타임용 인터페이스를 정하고, 그에 맞춘 런타임들이 만들어집니다.'
						},
						sources: ['k8s-blog-2016-12-19-cri']
					},
					{
						id: 'docker-1-11-2016',
						label: { en: 'Docker 1.11: containerd + runc', ko: 'Docker 1.11: containerd + runc' },
						kind: 'event',
						parent: 'era-cri',
						badge: '2016-04',
						description: {
							en: 'The first Docker release built on containerd (introduced in December 2015) and runc.',
							ko: 'containerd(2015년 12월 공개)와 runc 위에 만든 첫 Docker 릴리스입니다.'
						},
						sources: ['moby-changelog', 'docker-blog-1-11', 'containerd-repo']
					},
					{
						id: 'cri-2016',
						label: { en: 'CRI (Kubernetes 1.5)', ko: 'CRI (쿠버네티스 1.5)' },
						kind: 'event',
						parent: 'era-cri',
						badge: '2016-12',
						description: {
							en: 'The Container Runtime Interface arrives as alpha in Kubernetes 1.5 and becomes the default path in 1.6.',
							ko: '컨테이너 런타임 인터페이스(CRI)가 쿠버네티스 1.5에서 알파로 등장하고, 1.6에서 기본 경로가 됩니다.'
						},
						sources: ['k8s-blog-2016-12-13-1.5', 'k8s-blog-2016-12-19-cri']
					},
					{
						id: 'cri-o-1-0-2017',
						label: 'CRI-O 1.0',
						kind: 'event',
						parent: 'era-cri',
						badge: '2017-10',
						description: {
							en: 'CRI-O, the CRI-only runtime Red Hat started in 2016, is tagged 1.0.',
							ko: 'Red Hat이 2016년에 시작한 CRI 전용 런타임 CRI-O가 1.0 태그를 붙입니다.'
						},
						sources: ['cri-o-repo']
					},
					{
						id: 'containerd-1-0-2017',
						label: 'containerd 1.0',
						kind: 'event',
						parent: 'era-cri',
						badge: '2017-12',
						description: {
							en: 'containerd, spun out of Docker and donated to the CNCF that March, is tagged 1.0.0 on 2017-12-04.',
							ko: 'Docker에서 분리되어 그해 3월 CNCF에 기증된 containerd가 2017-12-04 1.0.0 태그를 붙입니다.'
						},
						sources: ['containerd-repo', 'k8s-blog-2017-11-02-containerd']
					},
					{
						id: 'containerd-cri-plugin-2018',
						label: { en: 'containerd 1.1: CRI plugin', ko: 'containerd 1.1: CRI 플러그인' },
						kind: 'event',
						parent: 'era-cri',
						badge: '2018-04',
						description: {
							en: 'containerd builds CRI in as a plugin, replacing the separate cri-containerd daemon; GA with Kubernetes 1.10+ in May 2018.',
							ko: 'containerd가 CRI를 플러그인으로 내장해 별도 데몬이던 cri-containerd를 대체하고, 2018년 5월 쿠버네티스 1.10 이상과 함께 GA가 됩니다.'
						},
						sources: ['k8s-blog-2018-05-24-containerd-ga', 'containerd-repo']
					},
					{
						id: 'rkt-archived-2019',
						label: { en: 'rkt archived', ko: 'rkt 아카이브' },
						kind: 'event',
						parent: 'era-cri',
						badge: '2019-08',
						description: {
							en: 'The CNCF archives the rkt project on 2019-08-16.',
							ko: 'CNCF가 2019-08-16 rkt 프로젝트를 아카이브합니다.'
						},
						sources: ['cncf-2019-08-16-rkt-archived']
					}
				],
				edges: [{ from: 'era-docker', to: 'era-cri', kind: 'derives', sources: ['docker-blog-1-11'] }]
			}
		},
		{
			id: '2020-2024',
			label: '2020–2024',
			title: {
				en: 'The dockershim goes; runc and containerd mature',
				ko: 'dockershim과의 작별, 성숙한 runc와 containerd'
			},
			narration: {
				en: 'In December 2020 Mirantis and Docker announced cri-dockerd, and days later Kubernetes 1.20 deprecated the dockershim. runc reached 1.0 in June 2021, Kubernetes 1.24 removed the dockershim in May 2022, and containerd 2.0 arrived in November 2024.',
				ko: '2020년 12월 Mirantis와 Docker가 cri-dockerd를 발표했고, 며칠 뒤 쿠버네티스 1.20이 dockershim의 사용 중단을 예고했습니다. runc는 2021년 6월에 1.0이 되었고, 2022년 5월 쿠버네티스 1.24가 dockershim을 제거했으며, 2024년 11월 containerd 2.0이 나왔습니다.'
			},
			notes: {
				en: 'runc stayed a release candidate for five years (1.0.0-rc1 in June 2016) before 1.0.0 on 2021-06-22; containerd 2.0.0 (2024-11-05) is its first new major version since 1.0 in 2017. Images built with Docker kept working everywhere after the removal. Correct “Docker was acquired by Mirantis, adopted the Kubernetes interface and stayed in Kubernetes”: Mirantis bought the Docker Enterprise business in November 2019, not Docker Inc.; Docker Engine never implemented CRI; and the built-in dockershim was removed in 1.24, so Docker Engine works with Kubernetes only through the external cri-dockerd.',
				ko: 'runc는 5년 동안 릴리스 후보로 머물다가(2016년 6월 1.0.0-rc1) 2021-06-22에 1.0.0이 되었고, containerd 2.0.0(2024-11-05)은 2017년 1.0 이후 첫 메이저 버전입니다. dockershim 제거 뒤에도 Docker로 만든 이미지는 어디서나 그대로 동작했습니다. "Docker가 Mirantis에 인수되어 쿠버네티스 인터페이스를 맞췄고, 쿠버네티스에서 빠지지 않았다"는 바로잡아야 합니다. Mirantis가 2019년 11월에 인수한 것은 Docker사가 아니라 Docker Enterprise 사업입니다. Docker Engine은 CRI를 구현한 적이 없고, 내장 dockershim은 1.24에서 제거되었으므로, 이제 Docker Engine은 외부 어댑터 cri-dockerd를 통해서만 쿠버네티스와 함께 쓸 수 있습니다.'
			},
			sources: [
				'mirantis-2020-12-04',
				'k8s-blog-2020-12-08-1.20',
				'k8s-blog-2022-05-03-1.24',
				'k8s-blog-2020-12-02-dockershim-faq',
				'techtarget-2019-11-mirantis',
				'runc-repo',
				'containerd-2.0-release'
			],
			focus: ['dockershim-deprecated-2020', 'dockershim-removed-2022', 'containerd-2-0-2024'],
			add: {
				nodes: [
					{
						id: 'era-dockershim',
						label: '2020–2024 · dockershim',
						kind: 'group',
						description: {
							en: 'Kubernetes stops carrying Docker-specific code in the kubelet, while runc and containerd reach new major versions.',
							ko: '쿠버네티스가 kubelet 안의 Docker 전용 코드를 걷어 내고, runc와 containerd는 새 메이저 버전에 이릅니다.'
						},
						sources: [
							'k8s-blog-2020-12-08-1.20',
							'k8s-blog-2022-05-03-1.24',
							'runc-repo',
							'containerd-2.0-release'
						]
					},
					{
						id: 'cri-dockerd-2020',
						label: { en: 'cri-dockerd announced', ko: 'cri-dockerd 발표' },
						kind: 'event',
						parent: 'era-dockershim',
						badge: '2020-12-04',
						description: {
							en: 'Mirantis and Docker announce they will maintain the dockershim outside Kubernetes as cri-dockerd.',
							ko: 'Mirantis와 Docker가 dockershim을 쿠버네티스 밖에서 cri-dockerd로 관리하겠다고 발표합니다.'
						},
						sources: ['mirantis-2020-12-04', 'cri-dockerd-repo']
					},
					{
						id: 'dockershim-deprecated-2020',
						label: { en: 'dockershim deprecated (1.20)', ko: 'dockershim 사용 중단 예고 (1.20)' },
						kind: 'event',
						parent: 'era-dockershim',
						badge: '2020-12-08',
						description: {
							en: 'Kubernetes 1.20 deprecates the dockershim: Docker still works, with a warning at kubelet start.',
							ko: '쿠버네티스 1.20이 dockershim의 사용 중단을 예고합니다. Docker는 계속 동작하고, kubelet 시작 시 경고만 나옵니다.'
						},
						sources: ['k8s-blog-2020-12-08-1.20', 'k8s-blog-2020-12-02-dockershim-faq']
					},
					{
						id: 'runc-1-0-2021',
						label: 'runc 1.0',
						kind: 'event',
						parent: 'era-dockershim',
						badge: '2021-06',
						description: {
							en: 'runc, the OCI reference runtime, is tagged 1.0.0 on 2021-06-22, five years after 1.0.0-rc1.',
							ko: 'OCI 참조 런타임 runc가 1.0.0-rc1 이후 5년 만인 2021-06-22에 1.0.0 태그를 붙입니다.'
						},
						sources: ['runc-repo']
					},
					{
						id: 'dockershim-removed-2022',
						label: { en: 'dockershim removed (1.24)', ko: 'dockershim 제거 (1.24)' },
						kind: 'event',
						parent: 'era-dockershim',
						badge: '2022-05',
						description: {
							en: 'Kubernetes 1.24 removes the dockershim from the kubelet; use containerd, CRI-O, or cri-dockerd for Docker Engine.',
							ko: '쿠버네티스 1.24가 kubelet에서 dockershim을 제거합니다. containerd나 CRI-O를 쓰거나, Docker Engine은 cri-dockerd로 연결합니다.'
						},
						sources: ['k8s-blog-2022-05-03-1.24']
					},
					{
						id: 'containerd-2-0-2024',
						label: 'containerd 2.0',
						kind: 'event',
						parent: 'era-dockershim',
						badge: '2024-11',
						description: {
							en: 'containerd 2.0.0 is released on 2024-11-05, its first new major version since 1.0.',
							ko: 'containerd 2.0.0이 2024-11-05에 나옵니다. 1.0 이후 첫 메이저 버전입니다.'
						},
						sources: ['containerd-2.0-release', 'containerd-repo']
					}
				],
				edges: [
					{ from: 'era-cri', to: 'era-dockershim', kind: 'derives', sources: ['k8s-blog-2020-12-08-1.20'] }
				]
			}
		}
	]
};
