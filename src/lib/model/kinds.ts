import type { L10n, NodeKind } from './types.js';

/**
 * The small caption drawn above a node's label, so the audience reads what a box *is* (daemon, shim, kernel
 * feature) without a legend. Groups draw their label in the corner instead and have no caption.
 */
export const KIND_CAPTION: Record<NodeKind, L10n> = {
	client: { en: 'client', ko: '클라이언트' },
	daemon: { en: 'daemon', ko: '데몬' },
	shim: { en: 'shim', ko: 'shim' },
	runtime: { en: 'runtime', ko: '런타임' },
	process: { en: 'process', ko: '프로세스' },
	library: { en: 'library', ko: '라이브러리' },
	'kernel-feature': { en: 'kernel', ko: '커널' },
	interface: { en: 'interface', ko: '인터페이스' },
	spec: { en: 'spec', ko: '명세' },
	storage: { en: 'storage', ko: '저장소' },
	external: { en: 'external', ko: '외부' },
	org: { en: 'organisation', ko: '단체' },
	distro: { en: 'distribution', ko: '배포판' },
	event: { en: 'event', ko: '사건' },
	group: { en: 'group', ko: '그룹' }
};
