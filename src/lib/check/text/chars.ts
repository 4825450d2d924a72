/** Small character predicates shared by the rules (all on folded text). */
import { CLAUSE_END, CN_NUMERAL } from '../lexicon/words';

export const isHan = (c: string | undefined): boolean => c !== undefined && c >= '\u3400' && c <= '\u9fff';
export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
export const isCnNumeral = (c: string | undefined): boolean => c !== undefined && CN_NUMERAL.includes(c);
/** End of a clause: punctuation, line end or the end of the text. */
export const isClauseEnd = (c: string | undefined): boolean => c === undefined || c === '\r' || c === '\n' || CLAUSE_END.includes(c);
export const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * Where the character `c` (one UTF-16 unit) first stands in s[from, to), or -1. Unlike
 * s.indexOf(c, from) it stops at `to`: asked of every line of a text, indexOf would read on to
 * the next line holding `c`, as far as the text's end (quadratic in lines without it).
 */
export function indexWithin(s: string, c: string, from: number, to: number): number {
	const code = c.charCodeAt(0);
	const end = Math.min(to, s.length);
	for (let i = Math.max(0, from); i < end; i++) if (s.charCodeAt(i) === code) return i;
	return -1;
}

/** A flag per UTF-16 unit for the characters of `chars`: `table[s.charCodeAt(i)]` tests one without making a string. */
export function charTable(chars: string): Uint8Array {
	const table = new Uint8Array(65536);
	for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
	return table;
}
