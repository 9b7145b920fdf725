// gifenc ships no types: the part of its API the GIF encoder uses.
declare module 'gifenc' {
	export type Palette = number[][];
	export interface FrameOptions {
		palette?: Palette;
		/** Milliseconds; written as centiseconds. */
		delay?: number;
		/** -1 once, 0 forever, n times. */
		repeat?: number;
		transparent?: boolean;
		dispose?: number;
	}
	export interface Encoder {
		writeFrame(index: Uint8Array, width: number, height: number, options?: FrameOptions): void;
		finish(): void;
		bytes(): Uint8Array;
	}
	export function GIFEncoder(options?: { auto?: boolean; initialCapacity?: number }): Encoder;
	export function quantize(
		rgba: Uint8Array | Uint8ClampedArray,
		maxColors: number,
		options?: { format?: 'rgb565' | 'rgb444' | 'rgba4444' }
	): Palette;
	export function applyPalette(
		rgba: Uint8Array | Uint8ClampedArray,
		palette: Palette,
		format?: 'rgb565' | 'rgb444' | 'rgba4444'
	): Uint8Array;
	const gifenc: {
		GIFEncoder: typeof GIFEncoder;
		quantize: typeof quantize;
		applyPalette: typeof applyPalette;
	};
	export default gifenc;
}
