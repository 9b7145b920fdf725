/**
 * The formats `stackmotion export` writes, in one table: each names its file extension, which of the
 * command's options it reads, and the module that writes it. A new format is one more row.
 */
import type { StorylineLayout } from '../../lib/layout/types.js';
import type { Lang } from '../../lib/model/types.js';
import type { ColorScheme } from '../../lib/render/css-values.js';
import type { CliIo } from '../io.js';
import { writePptx } from './pptx.js';
import { videoWriter, writeAnimatedSvg } from './video.js';

/** The command's options a format may read (`lang`, `theme`, `from` and `to` apply to every format). */
export type FormatOption = 'fps' | 'hold' | 'scale' | 'animate';

export interface ExportRequest {
	layout: StorylineLayout;
	lang: Lang;
	theme: ColorScheme;
	/** First and last step, as indices into the layout (inclusive). */
	from: number;
	to: number;
	/** Frames per second of a video or animation. */
	fps: number;
	/** Seconds each step is held still between transitions. */
	hold: number;
	/** Pixels per layout unit of a raster format. */
	scale: number;
	/** An animated picture instead of a still one. */
	animate: boolean;
	io: CliIo;
}

export interface ExportFormat {
	/** File extension, without the dot. */
	extension: string;
	/** One line for `--help`. */
	summary: string;
	/** The format-specific options it reads; others given with it draw a note. */
	options: readonly FormatOption[];
	write(request: ExportRequest): Promise<Uint8Array | string>;
}

export const EXPORT_FORMATS = {
	pptx: {
		extension: 'pptx',
		summary: 'PowerPoint: a slide per step, editable shapes, Morph transitions, narration in the notes',
		options: [],
		write: writePptx
	},
	mp4: {
		extension: 'mp4',
		summary: 'H.264 video, frame by frame from the plans: a hold on each step, every transition',
		options: ['fps', 'hold', 'scale'],
		write: videoWriter('mp4')
	},
	webm: {
		extension: 'webm',
		summary: 'VP9 video with its duration in the header (encoded by the system Chromium, headless)',
		options: ['fps', 'hold', 'scale'],
		write: videoWriter('webm')
	},
	gif: {
		extension: 'gif',
		summary: 'looping GIF, frame by frame like the videos',
		options: ['fps', 'hold', 'scale'],
		write: videoWriter('gif')
	},
	svg: {
		extension: 'svg',
		summary: 'with --animate: one looping SVG animated by CSS (no script), fonts embedded',
		options: ['fps', 'hold', 'animate'],
		write: writeAnimatedSvg
	}
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

/** The format a file name's extension asks for, if it is one of the table's. */
export function formatOfOutput(output: string): ExportFormatName | undefined {
	const extension = /\.([a-z0-9]+)$/i.exec(output)?.[1]?.toLowerCase();
	return EXPORT_FORMAT_NAMES.find((name) => EXPORT_FORMATS[name].extension === extension);
}
