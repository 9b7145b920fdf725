/** PNG export: the standalone SVG drawn into a canvas at 1×, 2× or 4× the layout's size. Browser code. */
import { exportSvg, svgSize, type SvgExportOptions } from './svg.js';

export type PngScale = 1 | 2 | 4;

/** Decodes SVG text into an image ready to draw. */
export async function svgImage(svgText: string): Promise<HTMLImageElement> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		return image;
	} finally {
		URL.revokeObjectURL(url);
	}
}

export async function exportPng(
	svg: SVGSVGElement,
	options: SvgExportOptions & { scale?: PngScale } = {}
): Promise<Blob> {
	const scale = options.scale ?? 2;
	const { width, height } = svgSize(svg);
	const image = await svgImage(await exportSvg(svg, options));
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('This browser cannot draw into a canvas, so it cannot make a PNG.');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
			'image/png'
		)
	);
}
