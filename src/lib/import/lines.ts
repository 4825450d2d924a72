/** Lines of a text with their offsets (the content without surrounding whitespace or \r). */
export interface TextLine {
	/** Index of the line. */
	index: number;
	/** Offsets of the whole line (without its line break). */
	start: number;
	end: number;
	/** Offsets of the content: the line without leading/trailing whitespace. */
	contentStart: number;
	contentEnd: number;
	/** The content. */
	text: string;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0x0c || c === 0x0b;

/** Splits a text into lines (LF or CRLF), linear. */
export function splitLines(text: string): TextLine[] {
	const out: TextLine[] = [];
	let start = 0;
	for (let index = 0; start <= text.length; index++) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		let cs = start;
		let ce = end;
		while (cs < ce && isSpace(text.charCodeAt(cs))) cs++;
		while (ce > cs && isSpace(text.charCodeAt(ce - 1))) ce--;
		out.push({ index, start, end, contentStart: cs, contentEnd: ce, text: text.slice(cs, ce) });
		start = end + 1;
	}
	return out;
}

/** Chinese characters, CJK punctuation and full-width forms: where Chinese punctuation belongs. */
export function isChinese(c: number): boolean {
	return (
		(c >= 0x4e00 && c <= 0x9fff) ||
		(c >= 0x3400 && c <= 0x4dbf) ||
		(c >= 0x3000 && c <= 0x303f) ||
		(c >= 0xff01 && c <= 0xff5e) ||
		(c >= 0x2018 && c <= 0x201d) ||
		c === 0x2026 ||
		c === 0x2014 ||
		(c >= 0xf900 && c <= 0xfaff)
	);
}

export const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
export const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
