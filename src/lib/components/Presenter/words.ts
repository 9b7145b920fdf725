/** The presenter's and speaker window's own words, in both languages of the bundled stacks. */
import type { Lang } from '../../model/types.js';

const WORDS = {
	en: {
		presenter: 'Presentation',
		prev: 'Previous step',
		next: 'Next step',
		stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
		language: 'Switch language',
		otherLanguage: '한국어',
		speaker: 'Open speaker notes',
		fullscreen: 'Full screen',
		help: 'Keyboard shortcuts',
		close: 'Close',
		helpIntro: 'Clickers work too: they send PageDown and PageUp.',
		blackedOut: 'Screen blacked out. Press B to show it again.',
		notes: 'Speaker notes',
		noNotes: 'No notes for this step. Narration:',
		nowShowing: 'Now showing',
		upNext: 'Up next',
		theEnd: 'This is the last step.',
		elapsed: 'Elapsed',
		reset: 'Reset timer',
		waiting: 'Waiting for the presentation window… (open it and press S there)',
		connected: 'Following the presentation window',
		speakerTitle: 'Speaker notes'
	},
	ko: {
		presenter: '발표',
		prev: '이전 단계',
		next: '다음 단계',
		stepOf: (n: number, total: number) => `${total}단계 중 ${n}단계`,
		language: '언어 바꾸기',
		otherLanguage: 'English',
		speaker: '발표자 노트 열기',
		fullscreen: '전체 화면',
		help: '단축키',
		close: '닫기',
		helpIntro: '프레젠터 리모컨도 됩니다: PageDown과 PageUp을 보냅니다.',
		blackedOut: '화면을 가렸습니다. B를 누르면 다시 보입니다.',
		notes: '발표자 노트',
		noNotes: '이 단계에는 노트가 없습니다. 해설:',
		nowShowing: '지금 화면',
		upNext: '다음',
		theEnd: '마지막 단계입니다.',
		elapsed: '경과 시간',
		reset: '타이머 초기화',
		waiting: '발표 창을 기다리는 중… (발표 창에서 S를 누르세요)',
		connected: '발표 창과 연결됨',
		speakerTitle: '발표자 노트'
	}
} as const;

export type PresenterWords = (typeof WORDS)[Lang];

export function presenterWords(lang: Lang): PresenterWords {
	return WORDS[lang];
}
