/**
 * The Red Hat family of distributions before and after the December 2020 CentOS announcement: Fedora → RHEL →
 * CentOS Linux, then Fedora → CentOS Stream → RHEL with Rocky Linux and AlmaLinux as the rebuilds. The IBM
 * acquisition appears as a dated event without arrows: the sources give its date, not a causal link.
 */
import type { StorylineSpec } from '../model/types.js';
import { pickSources } from './sources.js';

export const redhatLineage: StorylineSpec = {
	id: 'redhat-lineage',
	title: { en: 'The Red Hat family of distributions', ko: 'Red Hat 계열 배포판의 계보' },
	description: {
		en: 'How Fedora, RHEL and CentOS relate, and how that changed when CentOS Stream became RHEL’s upstream and Rocky Linux and AlmaLinux took over the free rebuilds.',
		ko: 'Fedora, RHEL, CentOS의 관계와, CentOS Stream이 RHEL의 업스트림이 되고 Rocky Linux와 AlmaLinux가 무료 재빌드를 이어받으면서 그 관계가 어떻게 바뀌었는지 보여 줍니다.'
	},
	direction: 'down',
	sources: pickSources(
		'fedora-2003-announcement',
		'wikipedia-centos',
		'centos-announce-2020-12-08',
		'phoronix-2019-09-24-centos-stream',
		'redhat-2019-07-09-ibm-close',
		'rocky-linux-2021',
		'wikipedia-almalinux',
		'centos-7-eol',
		'almalinux-2023-07-13',
		'redhat-2023-06-21-centos-stream'
	),
	steps: [
		{
			id: 'before-2020',
			label: { en: 'before 2020', ko: '2020년 이전' },
			title: { en: 'Before 2020: Fedora → RHEL → CentOS', ko: '2020년 이전: Fedora → RHEL → CentOS' },
			narration: {
				en: 'Before 2020 the order was Fedora → RHEL → CentOS Linux: new work landed in Fedora, matured into the paid RHEL, and CentOS rebuilt RHEL’s source as a free distribution.',
				ko: '2020년 이전에는 Fedora → RHEL → CentOS Linux 순서였습니다. 새 기능은 Fedora에 먼저 들어가 유료 배포판 RHEL로 다듬어졌고, CentOS는 RHEL의 소스를 재빌드해 무료 배포판으로 내놓았습니다.'
			},
			notes: {
				en: 'Fedora (Fedora Core) replaced Red Hat Linux in 2003 as the community distribution, alongside RHEL. CentOS started in 2004 as a free rebuild of RHEL and joined Red Hat in 2014. The dates here come from secondary sources.',
				ko: 'Fedora(Fedora Core)는 2003년 Red Hat Linux를 대신해 RHEL과 나란히 커뮤니티 배포판이 되었습니다. CentOS는 2004년 RHEL의 무료 재빌드로 시작해 2014년 Red Hat에 합류했습니다. 여기 날짜는 2차 자료에 기댄 것입니다.'
			},
			sources: ['fedora-2003-announcement', 'wikipedia-centos'],
			focus: ['fedora->rhel', 'rhel->centos-linux'],
			nodes: [
				{
					id: 'fedora',
					label: 'Fedora',
					kind: 'distro',
					description: {
						en: 'The community distribution where new work lands first; it replaced Red Hat Linux in 2003.',
						ko: '새 기능이 가장 먼저 들어가는 커뮤니티 배포판으로, 2003년 Red Hat Linux를 대신했습니다.'
					},
					sources: ['fedora-2003-announcement']
				},
				{
					id: 'rhel',
					label: 'RHEL',
					kind: 'distro',
					description: {
						en: 'Red Hat Enterprise Linux: Red Hat’s paid, supported distribution.',
						ko: 'Red Hat Enterprise Linux: Red Hat이 유료로 지원하는 배포판입니다.'
					},
					sources: ['fedora-2003-announcement', 'wikipedia-centos']
				},
				{
					id: 'centos-linux',
					label: 'CentOS Linux',
					kind: 'distro',
					description: {
						en: 'A free rebuild of RHEL from its source, first released in 2004; part of Red Hat since 2014.',
						ko: 'RHEL의 소스를 재빌드한 무료 배포판으로, 2004년에 처음 나왔고 2014년부터 Red Hat의 일부가 되었습니다.'
					},
					sources: ['wikipedia-centos']
				}
			],
			edges: [
				{
					from: 'fedora',
					to: 'rhel',
					label: { en: 'upstream', ko: '업스트림' },
					kind: 'derives',
					sources: ['fedora-2003-announcement']
				},
				{
					from: 'rhel',
					to: 'centos-linux',
					label: { en: 'source rebuild', ko: '소스 재빌드' },
					kind: 'derives',
					sources: ['wikipedia-centos']
				}
			]
		},
		{
			id: 'after-2020',
			label: { en: 'after 2020', ko: '2020년 이후' },
			title: {
				en: 'After 2020: Fedora → CentOS Stream → RHEL',
				ko: '2020년 이후: Fedora → CentOS Stream → RHEL'
			},
			narration: {
				en: 'Since the December 2020 announcement, CentOS Stream sits between Fedora and RHEL as a preview of RHEL’s next release. CentOS Linux has ended, and free RHEL-compatible rebuilds now come from Rocky Linux, a 1:1 rebuild, and AlmaLinux, which since July 2023 aims for ABI compatibility rather than a 1:1 copy.',
				ko: '2020년 12월 발표 이후 CentOS Stream은 Fedora와 RHEL 사이에서 다음 RHEL 릴리스를 미리 보여 주는 자리에 있습니다. CentOS Linux는 끝났고, RHEL과 호환되는 무료 재빌드는 이제 1:1 재빌드인 Rocky Linux와, 2023년 7월부터 1:1 복제 대신 ABI 호환을 목표로 하는 AlmaLinux가 맡습니다.'
			},
			notes: {
				en: 'Refine three common claims. "CentOS support ended in June 2024" means CentOS Linux 7, the last one; CentOS Linux 8 had already ended on 2021-12-31, and CentOS Stream continues. "CentOS Stream is a test distribution without binary compatibility" is loose: Stream is the upstream of RHEL’s next minor release, not a rebuild of a released RHEL. Splitting the history at the IBM acquisition fits the dates (closed 2019-07-09; Stream announced 2019-09-24; CentOS Linux’s early end announced 2020-12-08), but no source says IBM caused the change: present it as an interpretation. Rocky Linux was founded by CentOS co-founder Gregory M. Kurtzer and named after Rocky McGaugh. Point at the two rebuild arrows: they differ since 2023. On 2023-06-21 Red Hat limited the public RHEL sources to CentOS Stream; on 2023-07-13 AlmaLinux dropped its 1:1 (bug-for-bug) goal and now aims for ABI compatibility with RHEL, while Rocky Linux keeps rebuilding 1:1.',
				ko: '흔히 듣는 세 가지 설명을 다듬습니다. "CentOS가 2024년 6월에 지원 종료"는 마지막 CentOS Linux인 7의 이야기입니다. CentOS Linux 8은 이미 2021-12-31에 끝났고, CentOS Stream은 계속됩니다. "CentOS Stream은 바이너리 호환성을 보장하지 않는 테스트 배포판"도 정확하지 않습니다. Stream은 RHEL 다음 마이너 릴리스의 업스트림이지, 출시된 RHEL을 재빌드한 것이 아닙니다. IBM 인수 전후로 역사를 나누는 것은 날짜와는 맞지만(인수 완료 2019-07-09, Stream 발표 2019-09-24, CentOS Linux 조기 종료 발표 2020-12-08), IBM이 이 변화를 일으켰다는 자료는 없으니 해석으로 소개합니다. Rocky Linux는 CentOS 공동 창립자 Gregory M. Kurtzer가 세웠고, 이름은 Rocky McGaugh에게서 따왔습니다. 두 재빌드 화살표를 가리킵니다. 2023년부터 둘은 다릅니다. 2023-06-21 Red Hat은 공개 RHEL 소스를 CentOS Stream으로 한정했고, 2023-07-13 AlmaLinux는 1:1(버그까지 같은) 목표를 접고 RHEL과의 ABI 호환을 목표로 삼았습니다. Rocky Linux는 계속 1:1로 재빌드합니다.'
			},
			sources: [
				'centos-announce-2020-12-08',
				'phoronix-2019-09-24-centos-stream',
				'redhat-2019-07-09-ibm-close',
				'rocky-linux-2021',
				'wikipedia-almalinux',
				'centos-7-eol',
				'redhat-2023-06-21-centos-stream',
				'almalinux-2023-07-13'
			],
			focus: ['centos-stream', 'rocky-linux', 'almalinux'],
			remove: { edges: ['fedora->rhel'] },
			add: {
				nodes: [
					{
						id: 'centos-stream',
						label: 'CentOS Stream',
						kind: 'distro',
						badge: '2019-09',
						description: {
							en: 'Announced with CentOS Linux 8 on 2019-09-24; since December 2020 the upstream of RHEL, tracking just ahead of its next minor release.',
							ko: '2019-09-24 CentOS Linux 8과 함께 발표되었고, 2020년 12월부터 RHEL의 업스트림으로서 다음 마이너 릴리스를 한발 앞서 따라갑니다.'
						},
						sources: ['phoronix-2019-09-24-centos-stream', 'centos-announce-2020-12-08']
					},
					{
						id: 'rocky-linux',
						label: 'Rocky Linux',
						kind: 'distro',
						badge: '2021-06',
						description: {
							en: 'A 1:1 RHEL rebuild founded by CentOS co-founder Gregory M. Kurtzer; 8.4 was its first GA release, on 2021-06-21. It stayed 1:1 after 2023.',
							ko: 'CentOS 공동 창립자 Gregory M. Kurtzer가 세운 1:1 RHEL 재빌드로, 첫 정식 릴리스는 2021-06-21의 8.4입니다. 2023년 이후에도 1:1을 유지합니다.'
						},
						sources: ['rocky-linux-2021', 'almalinux-2023-07-13']
					},
					{
						id: 'almalinux',
						label: 'AlmaLinux',
						kind: 'distro',
						badge: '2021-03',
						description: {
							en: 'A RHEL rebuild from CloudLinux; 8.3 was its first stable release, on 2021-03-30. It was a 1:1 rebuild until 2023-07-13, when, after Red Hat limited the RHEL sources to CentOS Stream (2023-06-21), it switched to aiming for ABI compatibility with RHEL.',
							ko: 'CloudLinux가 만든 RHEL 재빌드로, 첫 안정 릴리스는 2021-03-30의 8.3입니다. 2023-07-13까지는 1:1 재빌드였으나, Red Hat이 RHEL 소스를 CentOS Stream으로 한정한(2023-06-21) 뒤 RHEL과의 ABI 호환을 목표로 바꿨습니다.'
						},
						sources: ['wikipedia-almalinux', 'almalinux-2023-07-13', 'redhat-2023-06-21-centos-stream']
					},
					{
						id: 'ibm-acquires-red-hat',
						label: { en: 'IBM acquires Red Hat', ko: 'IBM의 Red Hat 인수' },
						kind: 'event',
						badge: '2019-07-09',
						description: {
							en: 'IBM’s acquisition of Red Hat closed on 2019-07-09. Whether it caused the CentOS change is not documented.',
							ko: 'IBM의 Red Hat 인수는 2019-07-09에 완료되었습니다. 이것이 CentOS 변화의 원인이었는지는 기록으로 확인되지 않습니다.'
						},
						sources: ['redhat-2019-07-09-ibm-close']
					}
				],
				edges: [
					{
						from: 'fedora',
						to: 'centos-stream',
						label: { en: 'upstream', ko: '업스트림' },
						kind: 'derives',
						sources: ['phoronix-2019-09-24-centos-stream', 'centos-announce-2020-12-08']
					},
					{
						from: 'centos-stream',
						to: 'rhel',
						label: { en: 'upstream of the next minor', ko: '다음 마이너 버전의 업스트림' },
						kind: 'derives',
						sources: ['centos-announce-2020-12-08']
					},
					{
						from: 'rhel',
						to: 'rocky-linux',
						label: { en: '1:1 rebuild', ko: '1:1 재빌드' },
						kind: 'derives',
						sources: ['rocky-linux-2021']
					},
					{
						from: 'rhel',
						to: 'almalinux',
						label: { en: 'ABI-compatible (since 2023-07)', ko: 'ABI 호환 (2023-07부터)' },
						kind: 'derives',
						sources: ['almalinux-2023-07-13', 'redhat-2023-06-21-centos-stream']
					}
				]
			},
			update: {
				nodes: [
					{
						id: 'centos-linux',
						badge: { en: 'ended 2024-06-30', ko: '2024-06-30 종료' },
						description: {
							en: 'The free RHEL rebuild has ended: CentOS Linux 8 on 2021-12-31, and CentOS Linux 7, the last one, on 2024-06-30.',
							ko: 'RHEL의 무료 재빌드는 끝났습니다. CentOS Linux 8은 2021-12-31에, 마지막인 CentOS Linux 7은 2024-06-30에 지원이 종료되었습니다.'
						},
						sources: ['wikipedia-centos', 'centos-announce-2020-12-08', 'centos-7-eol']
					}
				]
			}
		}
	]
};
