/** Small helpers the frames share. */
import { CLAUSE_END, DIGIT_MASKS } from '../lexicon';
import { isDigit } from '../text/chars';
import { escapeClass, escapeRe } from '../text/regex';

/** An alternation of literals, for building a frame's regex from a lexicon list. */
export const alt = (xs: readonly string[]): string => xs.map(escapeRe).join('|');
/** The end of a clause, as a regex piece. */
export const END = `[${escapeClass(CLAUSE_END)}]|$`;
/** The end of a clause where a colon does not count (工作量为：… introduces a list). */
export const END_NO_COLON = `[${escapeClass(CLAUSE_END.replace(/[：:]/g, ''))}]|$`;

/**
 * The unit stands as a cell of a flattened table row, its figures in the cells after it: spaces, as
 * many as a column's width, then a figure, a masked one or a signed one (保障性住房开工  套            3860,
 * 林业总产值 亿元 xx.0 48.6, 合格率  %   +6.5%, 全员劳动生产率   万元/人   18.6), or three spaces and more
 * before anything but punctuation (the row's figures all gone: 水质综合合格率  %             , then the
 * line's end or, lines joined, the next row). Prose puts its figure before the unit, punctuation after it.
 */
export function cellsAfterUnit(s: string, j: number): boolean {
	// 万元/人, 元/吨: a per-unit tail belongs to the unit's cell.
	if (s[j] === '/' || s[j] === '／') {
		const tail = ++j;
		while (j < s.length && j - tail < 4 && /[\u4e00-\u9fffA-Za-z²³]/.test(s[j]!)) j++;
	}
	let q = j;
	while (s[q] === ' ' && q - j < 40) q++;
	if (q === j) return false;
	const c = s[q];
	// Three spaces or more: a column's gap, before the next cell or (lines joined) the next row.
	if (c === undefined || c === '\r' || (q - j >= 3 && !CLAUSE_END.includes(c))) return q - j >= 3;
	return isDigit(c) || (DIGIT_MASKS.includes(c) && maskedFigureAt(s, q)) || c === '_' || ((c === '+' || c === '-') && isDigit(s[q + 1]));
}
/**
 * A masked figure the mask rule reads as one starts at `q` (xx.0, 4X.36, **,**0: a mask run with a
 * decimal point, a comma or a digit). A bare run (XX, **, ××) one space from a unit is not read as a
 * figure there (rules/mask-scan.ts reads cells two spaces wide): the unit's own gap, two characters
 * before it, stays the report of that cell.
 */
function maskedFigureAt(s: string, q: number): boolean {
	let r = q;
	while (r < s.length && r - q < 6 && DIGIT_MASKS.includes(s[r]!)) r++;
	return s[r] === '.' || s[r] === ',' || isDigit(s[r]);
}
