/**
 * Which lines continue a sentence broken across lines (text extracted from PDF, wrapped by
 * hand): a line that closes with a figure or a mask (营业收入⏎xx⏎万元) reads on into the next,
 * and a line that opens with a unit (余额⏎亿元) reads on from the previous one. Only those get
 * their neighbours as context, so every other line stays cached on its own text.
 */
import { CLASSIFIERS, FIGURE_ONLY_UNITS, STRONG_UNITS, LOOSE_COUNTS } from '../lexicon';
import { escapeRe } from './chars';

const OPENS_WITH_UNIT = new RegExp(`^[ \\t]*(?:${[...FIGURE_ONLY_UNITS, ...STRONG_UNITS, ...LOOSE_COUNTS].map(escapeRe).join('|')}|[${CLASSIFIERS}])`);

/** Whether the line opens with a unit or classifier (its figure may end the previous line). */
export const opensWithUnit = (line: string): boolean => OPENS_WITH_UNIT.test(line);
/** Whether the line closes with a figure or a mask (its unit may open the next line). */
export function closesWithFigure(line: string): boolean {
	let i = line.length - 1;
	while (i >= 0 && (line[i] === ' ' || line[i] === '\t')) i--;
	return i >= 0 && FIGURE_END.includes(line[i]!);
}
const FIGURE_END = '0123456789xX×*_○.';
