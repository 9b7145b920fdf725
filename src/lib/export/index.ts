/**
 * Export a diagram step as SVG or PNG, or a transition as WebM. Browser code: it reads the live SVG's
 * computed styles, so the exported picture matches the page.
 */
export { exportSvg, createSvgSnapshotter, findDiagramSvg, svgSize } from './svg.js';
export type { SvgExportOptions } from './svg.js';
export { exportPng, svgImage } from './png.js';
export type { PngScale } from './png.js';
export { recordTransition, canRecordWebm } from './webm.js';
export type { WebmExportOptions } from './webm.js';
export { embeddedFontCss } from './fonts.js';
export { download } from './download.js';
