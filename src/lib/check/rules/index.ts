/** The built-in rules in the order they run. Blanks first: they are what the writer must fix. */
import type { Rule } from '../types';
import { maskedName, maskedNumber, maskedYear } from './masked';
import { missingNumber } from './missing-number';
import { lostChar, negativeGrowth, percentLost } from './format';
import { leftover } from './leftover';
import { numbering } from './numbering';
import { columnTableGap } from './column-table';
import { pipeTableGap } from './pipe-table';
import { halfWidthPunct } from './half-width-punct';
import { mixedQuotes } from './mixed-quotes';
import { yearNumerals } from './year-numerals';
import { staleYear } from './stale-year';
import { partsExceedTotal } from './parts-exceed-total';
import { rateMismatch } from './rate-mismatch';
import { shareOver100 } from './share-over-100';
import { measureConflict } from './measure-conflict';
import { sourceResidue } from './source-residue';

export const builtinRules: readonly Rule[] = [
	maskedYear,
	maskedName,
	maskedNumber,
	missingNumber,
	columnTableGap,
	pipeTableGap,
	lostChar,
	percentLost,
	negativeGrowth,
	leftover,
	numbering,
	halfWidthPunct,
	mixedQuotes,
	yearNumerals,
	staleYear,
	partsExceedTotal,
	rateMismatch,
	shareOver100,
	measureConflict,
	sourceResidue
];
