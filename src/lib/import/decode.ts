/**
 * File bytes → what the file is, and text files → text. The ONE decoding policy of the app and
 * the command line: BOMs decide; otherwise every plausible decoding is tried and scored by how
 * much of it reads as Chinese (the 3,755 level-1 characters of GB 2312) or plain ASCII, so GBK
 * never shows as mojibake, and two decodings that read about equally well are both offered.
 */
import type { Decoding, FileFormat, TextEncoding } from './types';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

const EXTENSIONS: Record<string, FileFormat> = {
	txt: 'text', md: 'text', markdown: 'text', text: 'text', csv: 'text',
	html: 'html', htm: 'html', xhtml: 'html', mhtml: 'binary',
	docx: 'docx', docm: 'docx', doc: 'doc', wps: 'wps', pdf: 'pdf',
	png: 'image', jpg: 'image', jpeg: 'image', gif: 'image', bmp: 'image', webp: 'image', tif: 'image',
	tiff: 'image', heic: 'image'
};

/** The lower-case extension of a file name ('' when none). */
export function extensionOf(name: string | null | undefined): string {
	const m = /\.([A-Za-z0-9]+)$/.exec(name ?? '');
	return m ? (m[1] as string).toLowerCase() : '';
}

/** What a file is, from its first bytes; the name decides only what the bytes leave open. */
export function sniffFormat(bytes: Uint8Array, name?: string | null): FileFormat {
	const ext = EXTENSIONS[extensionOf(name)];
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return ext === 'wps' ? 'wps' : 'doc';
	if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
	if (
		startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
		startsWith(bytes, [0xff, 0xd8, 0xff]) ||
		ascii(bytes, 0, 4) === 'GIF8' ||
		(ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') ||
		ascii(bytes, 4, 8) === 'ftyp'
	)
		return 'image';
	if (ext === 'doc' || ext === 'wps' || ext === 'pdf' || ext === 'image' || ext === 'docx') return ext;
	if (ext === 'html') return 'html';
	if (ext === 'text') return 'text';
	// No telling extension: HTML when the text starts like a web page.
	const head = ascii(bytes, 0, 512).replace(/^\uFEFF|^[\xef\xbb\xbf]+/, '').trimStart().toLowerCase();
	if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') && head.includes('<html')) return 'html';
	return 'text';
}

let common: Set<number> | null = null;
/** The 3,755 most used Chinese characters (GB 2312 level 1), derived from the GBK decoder. */
function commonChinese(): Set<number> {
	if (common) return common;
	const bytes: number[] = [];
	for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) if (!(hi === 0xd7 && lo > 0xf9)) bytes.push(hi, lo);
	const text = new TextDecoder('gbk').decode(new Uint8Array(bytes));
	common = new Set<number>();
	for (let i = 0; i < text.length; i++) common.add(text.charCodeAt(i));
	return common;
}

/** How much of a text reads as Chinese or ASCII (0…1), from its first 64K characters. */
export function plausibility(text: string): number {
	const set = commonChinese();
	const n = Math.min(text.length, 65_536);
	if (!n) return 1;
	let good = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c === 0xfffd || (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || (c >= 0x7f && c < 0xa0)) continue;
		if (c < 0x7f || set.has(c)) good += 1;
		else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027) || c === 0xa0) good += 1;
		else if (c >= 0x4e00 && c <= 0x9fff) good += 0.5;
		else if (c >= 0xd800 && c <= 0xdfff) good += 0.1;
		else if (c >= 0xe000 && c <= 0xf8ff) continue;
		else good += 0.3;
	}
	return good / n;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(label, { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** GBK when no four-byte GB18030 sequence occurs (lead byte, then a digit byte). */
function gbFlavour(bytes: Uint8Array): TextEncoding {
	for (let i = 0; i < bytes.length - 1; i++) {
		const b = bytes[i] as number;
		if (b < 0x80) continue;
		const next = bytes[i + 1] as number;
		if (b >= 0x81 && b <= 0xfe && next >= 0x30 && next <= 0x39) return 'gb18030';
		i++;
	}
	return 'gbk';
}

/** Scores closer than this are offered side by side. */
const CLOSE = 0.04;
/** Decodings below this score are never offered. */
const PLAUSIBLE = 0.75;

/**
 * Every plausible decoding of a text file's bytes, best first. A BOM decides alone. The first
 * entry is what to use; the others (if any) are close enough that the writer should pick.
 * Returns [] when no decoding reads as text (a binary file).
 */
export function decodeText(bytes: Uint8Array): Decoding[] {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return [{ encoding: 'utf-8', text: new TextDecoder('utf-8').decode(bytes.subarray(3)), score: 1 }];
	if (startsWith(bytes, [0xff, 0xfe])) return [{ encoding: 'utf-16le', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), score: 1 }];
	if (startsWith(bytes, [0xfe, 0xff])) return [{ encoding: 'utf-16be', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), score: 1 }];
	const tries: Array<[TextEncoding, string]> = [['utf-8', 'utf-8']];
	const even = bytes.length % 2 === 0;
	tries.push(['gb18030', 'gb18030']);
	if (even) tries.push(['utf-16le', 'utf-16le'], ['utf-16be', 'utf-16be']);
	const found: Decoding[] = [];
	for (const [encoding, label] of tries) {
		const text = tryDecode(label, bytes);
		if (text === null) continue;
		// NUL is text only in UTF-16.
		if (!encoding.startsWith('utf-16') && text.includes('\0')) continue;
		const enc = encoding === 'gb18030' ? gbFlavour(bytes) : encoding;
		if (found.some((f) => f.text === text)) continue;
		found.push({ encoding: enc, text, score: plausibility(text) });
	}
	// Stable by preference order on ties (UTF-8 first).
	const ranked = found.map((d, i) => ({ d, i })).sort((a, b) => b.d.score - a.d.score || a.i - b.i).map((x) => x.d);
	const best = ranked[0];
	if (!best || best.score < PLAUSIBLE) return [];
	return ranked.filter((d) => d === best || (d.score >= PLAUSIBLE && best.score - d.score <= CLOSE));
}
