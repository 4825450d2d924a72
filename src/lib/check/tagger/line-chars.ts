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

/** xX×*_?□○: a placeholder character. */
export const LC_PLACEHOLDER = 1 << 0;
/** * or _: Markdown emphasis may be there. */
export const LC_EMPHASIS = 1 << 1;
/** a, A or 某: a name written aa, AA, 某某. */
export const LC_NAME_LETTER = 1 << 2;
/** A Latin letter that can stand for a place: b–w, y, z, A–W, Y, Z. */
export const LC_PLACE_LETTER = 1 << 3;
/** （ ( 【: an opening bracket. */
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
/** A half-width mark , ; : ? ! . ( ) ". */
export const LC_HALF_MARK = 1 << 13;
/** / @ ` ] w: a URL, an address, inline code or a Markdown link may be there. */
export const LC_VERBATIM_CUE = 1 << 14;
/** A dash between the two ends of a range (lexicon RANGE_DASHES: 2—3亿元, 5%~8%). */
export const LC_DASH = 1 << 15;

const TABLE = new Uint32Array(65536);
const mark = (chars: string, bit: number) => {
	for (let i = 0; i < chars.length; i++) TABLE[chars.charCodeAt(i)]! |= bit;
};
mark(PLACEHOLDER_CHARS, LC_PLACEHOLDER);
mark('*_', LC_EMPHASIS);
mark('aA某', LC_NAME_LETTER);
mark('bcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPQRSTUVWYZ', LC_PLACE_LETTER);
mark('（(【', LC_OPEN_BRACKET);
mark(' ', LC_SPACE);
mark('□', LC_BOX);
mark('\ufffd', LC_REPLACEMENT);
mark('-负', LC_MINUS);
mark('其', LC_QI);
mark('%', LC_PERCENT);
mark('到至', LC_TO);
mark('年', LC_YEAR);
mark(',;:?!.()"', LC_HALF_MARK);
mark('/@`]w', LC_VERBATIM_CUE);
mark(RANGE_DASHES.chars, LC_DASH);

/** The LC_* bits of the characters of `s`. */
export function lineChars(s: string): number {
	let bits = 0;
	for (let i = 0; i < s.length; i++) bits |= TABLE[s.charCodeAt(i)]!;
	return bits;
}

/** The bits of the folded line a rule reads: the engine's, or computed here for a hand-made context. */
export function charsOf(ctx: { chars?: number }, folded: string): number {
	return ctx.chars ?? lineChars(folded);
}
