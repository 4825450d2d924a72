/**
 * Which rare characters a folded line holds, from one table pass: a bit per kind. Rules test a
 * bit instead of each scanning the whole line for its own rare characters (a mask, a Latin
 * letter, a bracket, the 其 of 其中…); the engine computes the bits once per line and hands them
 * to every rule (RuleContext.chars, DocumentLines.chars). A bit says the line holds one of its
 * characters, so a rule that needs one of them and finds the bit clear can skip the line; with
 * the bit set it still makes its own exact test.
 */
import { PLACEHOLDER_CHARS } from './index';
import { RANGE_DASHES } from '../lexicon';
import { FOLD_FLAGS, foldAt } from '../text/normalize';

/** xX×*_?□○: a placeholder character. */
export const LC_PLACEHOLDER = 1 << 0;
/** * or _: Markdown emphasis may be there. */
export const LC_EMPHASIS = 1 << 1;
/** a, A or 某: a name written aa, AA, 某某. */
export const LC_NAME_LETTER = 1 << 2;
/** A Latin letter that can stand for a place: b–w, y, z, A–W, Y, Z. */
export const LC_PLACE_LETTER = 1 << 3;
/** （ ( 【 [ < 〈 {: an opening bracket. */
export const LC_OPEN_BRACKET = 1 << 4;
/** A space. */
export const LC_SPACE = 1 << 5;
/** □: a box (a lost character or a mask). */
export const LC_BOX = 1 << 6;
/** U+FFFD: a character lost in decoding. */
export const LC_REPLACEMENT = 1 << 7;
/** - or 负: a minus sign. */
export const LC_MINUS = 1 << 8;
/** 其 (其中). */
export const LC_QI = 1 << 9;
/** %. */
export const LC_PERCENT = 1 << 10;
/** 到 or 至. */
export const LC_TO = 1 << 11;
/** 年. */
export const LC_YEAR = 1 << 12;
/** A half-width mark , ; : ? ! ( ) " (the full stop has a bit of its own: LC_HALF_DOT). */
export const LC_HALF_MARK = 1 << 13;
/** / @ ` ] w: a URL, an address, inline code or a Markdown link may be there. */
export const LC_VERBATIM_CUE = 1 << 14;
/** A dash between the two ends of a range (lexicon RANGE_DASHES: 2—3亿元, 5%~8%). */
export const LC_DASH = 1 << 15;
/** A half-width full stop . (a decimal point mostly: 12.5亿元). */
export const LC_HALF_DOT = 1 << 16;

const TABLE = new Uint32Array(65536);
const mark = (chars: string, bit: number) => {
	for (let i = 0; i < chars.length; i++) TABLE[chars.charCodeAt(i)]! |= bit;
};
mark(PLACEHOLDER_CHARS, LC_PLACEHOLDER);
mark('*_', LC_EMPHASIS);
mark('aA某', LC_NAME_LETTER);
mark('bcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPQRSTUVWYZ', LC_PLACE_LETTER);
mark('（(【[<〈{', LC_OPEN_BRACKET);
mark(' ', LC_SPACE);
mark('□', LC_BOX);
mark('\ufffd', LC_REPLACEMENT);
mark('-负', LC_MINUS);
mark('其', LC_QI);
mark('%', LC_PERCENT);
mark('到至', LC_TO);
mark('年', LC_YEAR);
mark(',;:?!()"', LC_HALF_MARK);
mark('.', LC_HALF_DOT);
mark('/@`]w', LC_VERBATIM_CUE);
mark(RANGE_DASHES.chars, LC_DASH);

/** The LC_* bits of the characters of `s`. */
export function lineChars(s: string): number {
	let bits = 0;
	for (let i = 0; i < s.length; i++) bits |= TABLE[s.charCodeAt(i)]!;
	return bits;
}

/**
 * One table for foldLines: a character's LC_* bits (below bit 24), its fold flag (FOLD_FLAGS, at
 * bit 24) and a bit for the line break, so the common character costs one load and one test.
 */
const FOLD_SHIFT = 24;
const NEWLINE = 1 << 27;
const WITH_FOLD = new Uint32Array(65536);
for (let c = 0; c < 65536; c++) {
	if (TABLE[c]! >= 1 << FOLD_SHIFT) throw new Error('line-chars: an LC_* bit above bit 23 needs foldLines moved up');
	WITH_FOLD[c] = TABLE[c]! | (FOLD_FLAGS[c]! << FOLD_SHIFT);
}
WITH_FOLD[10]! |= NEWLINE;

/**
 * fold(text) (text/normalize.ts: the same string, `text` itself when nothing folds) and, in the
 * same pass, lineChars of each of its folded lines (split at \n) pushed onto `chars`: one read
 * of every character instead of two.
 */
export function foldLines(text: string, chars: number[]): string {
	const n = text.length;
	let bits = 0;
	let out = '';
	let last = 0;
	let changed = false;
	for (let i = 0; i < n; i++) {
		const t = WITH_FOLD[text.charCodeAt(i)]!;
		if (t < 1 << FOLD_SHIFT) {
			bits |= t;
			continue;
		}
		if (t & NEWLINE) {
			chars.push(bits);
			bits = 0;
			continue;
		}
		const to = foldAt(text, i, t >>> FOLD_SHIFT);
		bits |= TABLE[to.charCodeAt(0)]!;
		if (to === text[i]) continue;
		out = changed ? out + text.slice(last, i) + to : text.slice(0, i) + to;
		changed = true;
		last = i + 1;
	}
	chars.push(bits);
	return changed ? out + text.slice(last) : text;
}

/** The bits of the folded line a rule reads: the engine's, or computed here for a hand-made context. */
export function charsOf(ctx: { chars?: number }, folded: string): number {
	return ctx.chars ?? lineChars(folded);
}
