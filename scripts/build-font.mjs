// Ships Pretendard (SIL OFL 1.1) with the package and generates its text metrics, so the layout (Node, build-time
// bake, tests) and the renderer (browser) measure the very same glyph advances.
//
// Run by hand after updating the `pretendard` dev dependency; the output is committed:
//   node scripts/build-font.mjs
//
// It writes:
//   src/lib/fonts/Pretendard-{Regular,SemiBold}.subset.N.woff2   the package's dynamic-subset files, unchanged
//   src/lib/fonts/pretendard.css                                @font-face rules, weights 400 and 600, woff2 only
//   src/lib/fonts/OFL.txt                                       the font's licence
//   src/lib/layout/metrics.generated.ts                         advance widths of every code point the font maps
//
// Before writing, it checks that every subset file maps exactly the OTF's code points in its unicode-range with the
// OTF's advance widths, so the metrics taken from the OTF are the widths the browser will use.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import opentype from 'opentype.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pretendard = join(root, 'node_modules/pretendard/dist');
const fontsDir = join(root, 'src/lib/fonts');
const metricsFile = join(root, 'src/lib/layout/metrics.generated.ts');

const WEIGHTS = [
	{ weight: 400, style: 'Regular' },
	{ weight: 600, style: 'SemiBold' }
];

/** One @font-face of the package's per-weight CSS: its woff2 file and the code points it serves. */
function readSubsets(style) {
	const css = readFileSync(join(pretendard, `web/static/Pretendard-${style}.css`), 'utf8');
	const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
	return faces.map((face) => {
		const file = face.match(/url\(\.\/woff2-dynamic-subset\/([^)]+\.woff2)\)/)?.[1];
		const range = face.match(/unicode-range:\s*([^;]+);/)?.[1];
		if (!file || !range) throw new Error(`Unexpected @font-face in Pretendard-${style}.css:\n${face}`);
		return { file, unicodeRange: range.trim(), codePoints: parseUnicodeRange(range) };
	});
}

function parseUnicodeRange(range) {
	const codePoints = new Set();
	for (const part of range.split(',')) {
		const [from, to] = part
			.trim()
			.replace(/^U\+/i, '')
			.split('-')
			.map((hex) => parseInt(hex, 16));
		for (let cp = from; cp <= (to ?? from); cp++) codePoints.add(cp);
	}
	return codePoints;
}

function parseFont(bytes) {
	return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** Code point → advance width (font units) for every code point the font's cmap maps. */
function advances(font) {
	const widths = new Map();
	for (const [cp, glyphIndex] of Object.entries(font.tables.cmap.glyphIndexMap)) {
		widths.set(Number(cp), font.glyphs.get(glyphIndex).advanceWidth);
	}
	return widths;
}

// ---------- WOFF2 advance widths, just enough for the verification ----------

// The 63 tags a WOFF2 table directory can name by index; three-letter tags are padded with a space.
const WOFF2_KNOWN_TAGS = (
	'cmap head hhea hmtx maxp name OS/2 post cvt fpgm glyf loca prep CFF VORG EBDT EBLC gasp hdmx kern ' +
	'LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill'
)
	.split(' ')
	.map((tag) => tag.padEnd(4, ' '));

/** The tables of a WOFF2 file, decompressed; transformed tables (glyf, loca) are left out: we read no outlines. */
function woff2Tables(woff2) {
	const view = new DataView(woff2.buffer, woff2.byteOffset, woff2.byteLength);
	if (view.getUint32(0) !== 0x774f4632) throw new Error('not a WOFF2 file');
	const numTables = view.getUint16(12);
	const totalCompressedSize = view.getUint32(20);
	let offset = 48;
	const readBase128 = () => {
		let value = 0;
		for (let i = 0; i < 5; i++) {
			const byte = view.getUint8(offset++);
			value = value * 128 + (byte & 0x7f);
			if ((byte & 0x80) === 0) return value;
		}
		throw new Error('bad UIntBase128');
	};
	const directory = [];
	for (let i = 0; i < numTables; i++) {
		const flags = view.getUint8(offset++);
		let tag = WOFF2_KNOWN_TAGS[flags & 0x3f];
		if ((flags & 0x3f) === 0x3f) {
			tag = String.fromCharCode(...woff2.subarray(offset, offset + 4));
			offset += 4;
		}
		const origLength = readBase128();
		const version = flags >> 6;
		const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0;
		const length = transformed ? readBase128() : origLength;
		directory.push({ tag, length, transformed });
	}
	const data = brotliDecompressSync(woff2.subarray(offset, offset + totalCompressedSize));
	const tables = new Map();
	let dataOffset = 0;
	for (const { tag, length, transformed } of directory) {
		if (!transformed) tables.set(tag, data.subarray(dataOffset, dataOffset + length));
		dataOffset += length;
	}
	return tables;
}

function tableView(bytes) {
	return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Code point → glyph index, from the cmap's Unicode subtable (format 12 if present, else format 4). */
function readCmap(cmap) {
	const view = tableView(cmap);
	const subtables = [];
	for (let i = 0; i < view.getUint16(2); i++) {
		const subOffset = view.getUint32(4 + 8 * i + 4);
		subtables.push({ offset: subOffset, format: view.getUint16(subOffset) });
	}
	const glyphs = new Map();
	const format12 = subtables.find((t) => t.format === 12);
	if (format12) {
		const base = format12.offset;
		for (let g = 0; g < view.getUint32(base + 12); g++) {
			const group = base + 16 + 12 * g;
			const [start, end, glyph] = [
				view.getUint32(group),
				view.getUint32(group + 4),
				view.getUint32(group + 8)
			];
			for (let cp = start; cp <= end; cp++) glyphs.set(cp, glyph + cp - start);
		}
		return glyphs;
	}
	const format4 = subtables.find((t) => t.format === 4);
	if (!format4) throw new Error('no cmap subtable of format 4 or 12');
	const base = format4.offset;
	const segments = view.getUint16(base + 6) / 2;
	const ends = base + 14;
	const starts = ends + 2 * segments + 2;
	const deltas = starts + 2 * segments;
	const rangeOffsets = deltas + 2 * segments;
	for (let s = 0; s < segments; s++) {
		const [start, end] = [view.getUint16(starts + 2 * s), view.getUint16(ends + 2 * s)];
		const [delta, rangeOffset] = [view.getInt16(deltas + 2 * s), view.getUint16(rangeOffsets + 2 * s)];
		for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
			let glyph;
			if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
			else {
				glyph = view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (cp - start));
				if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
			}
			if (glyph !== 0) glyphs.set(cp, glyph);
		}
	}
	return glyphs;
}

/** Code point → advance width of a WOFF2 file, read from its cmap, hhea and (untransformed) hmtx tables. */
function woff2Advances(woff2) {
	const tables = woff2Tables(woff2);
	const [cmap, hhea, hmtx] = ['cmap', 'hhea', 'hmtx'].map((tag) => {
		const table = tables.get(tag);
		if (!table) throw new Error(`no readable ${tag} table`);
		return tableView(table);
	});
	const numberOfHMetrics = hhea.getUint16(34);
	const advance = (glyph) => hmtx.getUint16(4 * Math.min(glyph, numberOfHMetrics - 1));
	const widths = new Map();
	for (const [cp, glyph] of readCmap(new Uint8Array(cmap.buffer, cmap.byteOffset, cmap.byteLength))) {
		widths.set(cp, advance(glyph));
	}
	return widths;
}

/** The browser uses a subset for exactly the code points of its unicode-range; they must match the OTF. */
function verifySubsets(style, subsets, otfWidths) {
	const served = new Set();
	for (const subset of subsets) {
		const widths = woff2Advances(
			readFileSync(join(pretendard, 'web/static/woff2-dynamic-subset', subset.file))
		);
		for (const cp of subset.codePoints) {
			const expected = otfWidths.get(cp);
			if (expected === undefined) continue;
			const actual = widths.get(cp);
			if (actual !== expected) {
				throw new Error(
					`${subset.file}: U+${cp.toString(16)} is ${actual} units wide, the OTF says ${expected}`
				);
			}
			served.add(cp);
		}
	}
	return served;
}

// ---------- metrics encoding ----------

/**
 * Runs of consecutive code points with equal advance widths, flattened as [gap, length, width, …]: `gap` is the
 * distance from the end of the previous run (so Hangul's 11 172 syllables take three numbers).
 */
function encodeRuns(widths) {
	const codePoints = [...widths.keys()].sort((a, b) => a - b);
	const runs = [];
	let previousEnd = 0;
	let start = -1;
	let length = 0;
	let width = -1;
	const flush = () => {
		if (length === 0) return;
		runs.push(start - previousEnd, length, width);
		previousEnd = start + length;
	};
	for (const cp of codePoints) {
		const w = widths.get(cp);
		if (cp === start + length && w === width) {
			length++;
			continue;
		}
		flush();
		start = cp;
		length = 1;
		width = w;
	}
	flush();
	return runs;
}

function chunkNumbers(numbers, perLine = 30) {
	const lines = [];
	for (let i = 0; i < numbers.length; i += perLine)
		lines.push('\t\t\t\t' + numbers.slice(i, i + perLine).join(', '));
	return lines.join(',\n');
}

// ---------- main ----------

mkdirSync(fontsDir, { recursive: true });
for (const file of readdirSync(fontsDir)) {
	if (file.endsWith('.woff2')) rmSync(join(fontsDir, file));
}

const cssFaces = [];
const weightEntries = [];
let common;
for (const { weight, style } of WEIGHTS) {
	const otf = parseFont(readFileSync(join(pretendard, `public/static/Pretendard-${style}.otf`)));
	const otfWidths = advances(otf);
	const subsets = readSubsets(style);
	const served = verifySubsets(style, subsets, otfWidths);

	for (const subset of subsets) {
		copyFileSync(
			join(pretendard, 'web/static/woff2-dynamic-subset', subset.file),
			join(fontsDir, subset.file)
		);
		cssFaces.push(
			[
				'@font-face {',
				"\tfont-family: 'Pretendard';",
				'\tfont-style: normal;',
				`\tfont-weight: ${weight};`,
				'\tfont-display: swap;',
				`\tsrc: url('./${subset.file}') format('woff2');`,
				`\tunicode-range: ${subset.unicodeRange};`,
				'}'
			].join('\n')
		);
	}

	// Only code points a shipped subset serves: anything else the browser draws with a fallback font.
	const widths = new Map([...otfWidths].filter(([cp]) => served.has(cp)));
	const skipped = otfWidths.size - widths.size;
	const runs = encodeRuns(widths);
	const average = Math.round(otf.tables.os2.xAvgCharWidth);
	const head = { unitsPerEm: otf.unitsPerEm, ascender: otf.ascender, descender: otf.descender };
	if (common && JSON.stringify(common) !== JSON.stringify(head))
		throw new Error('weights disagree on vertical metrics');
	common = head;
	weightEntries.push(
		`\t\t${weight}: {\n\t\t\t/** OS/2 xAvgCharWidth: the width assumed for a character the font lacks. */\n` +
			`\t\t\taverageWidth: ${average},\n\t\t\truns: [\n${chunkNumbers(runs)}\n\t\t\t]\n\t\t}`
	);
	console.log(
		`Pretendard ${style}: ${subsets.length} subsets verified, ${widths.size} code points in ${runs.length / 3} runs` +
			(skipped ? ` (${skipped} mapped by the OTF but in no web subset, left out)` : '')
	);
}

const licence = readFileSync(join(pretendard, 'LICENSE.txt'), 'utf8');
writeFileSync(join(fontsDir, 'OFL.txt'), licence);

const css = `/*
 * Pretendard by Kil Hyung-jin, https://github.com/orioncactus/pretendard
 * SIL Open Font License 1.1: see OFL.txt beside this file.
 * Generated by scripts/build-font.mjs from the pretendard package's dynamic subsets: do not edit by hand.
 * Weights 400 and 600 only, the two the diagrams use.
 */
${cssFaces.join('\n')}
`;
writeFileSync(join(fontsDir, 'pretendard.css'), css);

const ts = `// Generated by scripts/build-font.mjs from the Pretendard OTF files: do not edit by hand.
// Pretendard is licensed under the SIL Open Font License 1.1 (see src/lib/fonts/OFL.txt).

/**
 * Horizontal metrics of the shipped font, in font units. \`runs\` lists every code point a shipped web subset maps, as
 * flat triples [gap, length, width]: a run of \`length\` consecutive code points, all \`width\` units wide, starting
 * \`gap\` code points after the end of the previous run (the first run starts at \`gap\`).
 */
export const PRETENDARD_METRICS = {
	unitsPerEm: ${common.unitsPerEm},
	ascender: ${common.ascender},
	descender: ${common.descender},
	weights: {
${weightEntries.join(',\n')}
	}
} as const satisfies FontMetricsTable;

export interface FontMetricsTable {
	unitsPerEm: number;
	ascender: number;
	descender: number;
	weights: Record<400 | 600, { averageWidth: number; runs: readonly number[] }>;
}
`;
writeFileSync(metricsFile, ts);
console.log(`Wrote ${cssFaces.length} @font-face rules and ${(ts.length / 1024).toFixed(1)} KB of metrics.`);
