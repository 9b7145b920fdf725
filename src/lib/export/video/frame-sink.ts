/** Where rendered frames go: an encoder that takes every frame of the timeline, in order. */

export interface RgbaFrame {
	width: number;
	height: number;
	/** width × height × 4 bytes, RGBA, not premultiplied. */
	data: Uint8Array | Uint8ClampedArray;
}

export interface FrameSink {
	/** Frame `index` of the timeline; `repeat` says it shows the same picture as the frame before. */
	add(frame: RgbaFrame, index: number, repeat: boolean): Promise<void>;
	/** The finished file. */
	finish(): Promise<Uint8Array>;
	/** Frees what the sink holds (a browser, an encoder) when the export stops before `finish`. */
	dispose?(): Promise<void>;
}

export interface SinkOptions {
	width: number;
	height: number;
	fps: number;
}
