/**
 * Export a diagram step as SVG or PNG, or the whole storyline as MP4, WebM or GIF rendered frame by frame. Browser code: it reads the live SVG's
 * computed styles, so the exported picture matches the page.
 */
export { exportSvg, createSvgSnapshotter, findDiagramSvg, svgSize } from './svg.js';
export type { SvgExportOptions } from './svg.js';
export { exportPng, svgImage } from './png.js';
export type { PngScale } from './png.js';
export { exportStorylineVideo, canExportVideo } from './video/browser-export.js';
export type { BrowserVideoOptions, BrowserVideoFormat } from './video/browser-export.js';
export { buildTimeline, frameAt } from './video/timeline.js';
export type { Timeline, TimelineOptions, Segment } from './video/timeline.js';
export { embeddedFontCss } from './fonts.js';
export { download } from './download.js';
