/** Small helpers the frames share. */
import { CLAUSE_END } from '../lexicon';
import { escapeRe } from '../text/chars';

/** An alternation of literals, for building a frame's regex from a lexicon list. */
export const alt = (xs: readonly string[]): string => xs.map(escapeRe).join('|');
/** The end of a clause, as a regex piece. */
export const END = `[${escapeRe(CLAUSE_END)}]|$`;
/** The end of a clause where a colon does not count (工作量为：… introduces a list). */
export const END_NO_COLON = `[${escapeRe(CLAUSE_END.replace(/[：:]/g, ''))}]|$`;
