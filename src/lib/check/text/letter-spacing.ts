/**
 * Letter-spaced lines, as PDF extraction and OCR leave them (监 测 点 位 12 个 ， 二 氧 化 碳 3 万 吨 。):
 * a space after nearly every character. Frames read such a line closed up (监测点位12个，), with
 * every run of two or more spaces kept, for there a figure stood and was deleted (监 测 点 位  个 ，
 * → 监测点位  个，). The map gives each character of the closed-up text its offset in the line.
 */

/** The line closed up, and where each of its characters (and its end) stands in the line. */
export interface ClosedUp {
	text: string;
	/** at[i] is the line offset of text[i]; at[text.length] is the line's length. */
	at: Int32Array;
}

const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
const isSpace = (c: number): boolean => c === 32;

/**
 * Whether the line is letter-spaced: at least three of its Han characters, and three in five of
 * them, are followed by one space and then more text (第 2 页 共 9 页 is; 总产值 12 亿元 is not).
 */
export function letterSpaced(s: string): boolean {
	if (s.indexOf(' ') < 0) return false;
	let han = 0;
	let spaced = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (!isHan(c)) continue;
		han++;
		if (isSpace(s.charCodeAt(i + 1)) && i + 2 < s.length && !isSpace(s.charCodeAt(i + 2))) spaced++;
	}
	return spaced >= 3 && spaced * 5 >= han * 3;
}

/** The letter-spaced line `s` closed up: single spaces between characters dropped, longer runs kept. */
export function closeUp(s: string): ClosedUp {
	const at: number[] = [];
	let text = '';
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (isSpace(c) && i > 0 && !isSpace(s.charCodeAt(i - 1)) && i + 1 < s.length && !isSpace(s.charCodeAt(i + 1))) continue;
		text += s[i];
		at.push(i);
	}
	at.push(s.length);
	return { text, at: Int32Array.from(at) };
}
