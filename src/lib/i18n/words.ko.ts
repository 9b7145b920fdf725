/** Every word of the interface in Korean; its shape is checked against the English table. */
import type { Words } from './words.js';

export const ko = {
	step: {
		prev: '이전 단계',
		next: '다음 단계',
		first: '첫 단계',
		last: '마지막 단계',
		of: (n: number, total: number) => `${total}단계 중 ${n}단계`
	},
	controls: { steps: '단계', scrub: '이 단계로의 전환' },
	stage: { roleDescription: '단계별 다이어그램' },
	accessible: { components: '구성 요소', connections: '연결', inside: '소속', messages: '이 단계의 메시지' },
	errorPanel: { heading: (n: number) => `다이어그램을 그릴 수 없습니다: 문제 ${n}개` },
	exportMenu: {
		label: '내보내기',
		svg: 'SVG',
		png: 'PNG',
		pptx: 'PowerPoint (모든 단계)',
		mp4: 'MP4 (모든 단계)',
		webm: 'WebM (모든 단계)',
		gif: 'GIF (모든 단계)',
		animatedSvg: '움직이는 SVG (모든 단계)',
		progress: (done: number, total: number) => `프레임 ${done}/${total}`,
		cancel: '취소',
		cancelled: '내보내기를 취소했습니다.',
		busy: '내보내는 중…'
	},
	changes: {
		added: (step: string) => `${step}에서 추가`,
		removed: (step: string) => `${step}에서 제거`,
		changed: () => '변경됨'
	},
	diff: {
		added: '추가',
		removed: '제거',
		changed: '변경',
		linked: '새 연결',
		unlinked: '제거된 연결',
		none: '변경 없음.'
	},
	kinds: {
		client: '클라이언트',
		daemon: '데몬',
		shim: 'shim',
		runtime: '런타임',
		process: '프로세스',
		library: '라이브러리',
		'kernel-feature': '커널',
		interface: '인터페이스',
		spec: '명세',
		storage: '저장소',
		external: '외부',
		org: '단체',
		distro: '배포판',
		event: '사건',
		group: '그룹'
	},
	keyHelp: {
		overview: '전체 보기: 스토리라인 전체 (다시 누르면 복귀)',
		blackout: '화면 가리기 (다시 누르면 복귀)',
		language: (names: string) => `언어 바꾸기 (${names})`,
		speaker: '발표자 노트 창 열기',
		help: '이 도움말 (Esc로 닫기)'
	},
	presenter: {
		language: '언어 바꾸기',
		fullscreen: '전체 화면',
		help: '단축키',
		close: '닫기',
		helpIntro: '프레젠터 리모컨도 됩니다: PageDown과 PageUp을 보냅니다.',
		blackedOut: '화면을 가렸습니다. B를 누르면 다시 보입니다.'
	},
	speaker: {
		notes: '발표자 노트',
		noNotes: '이 단계에는 노트가 없습니다. 해설:',
		nowShowing: '지금 화면',
		upNext: '다음',
		theEnd: '마지막 단계입니다.',
		elapsed: '경과 시간',
		reset: '타이머 초기화',
		waiting: '발표 창을 기다리는 중… (발표 창에서 S를 누르세요)',
		connected: '발표 창과 연결됨',
		endpoints: '이 단계의 엔드포인트'
	},
	viewer: { sources: '출처' }
} as const satisfies Words;
