/** The built-in rules in the order they run. Blanks first: they are what the writer must fix. */
import type { Rule } from '../types';
import { maskedName, maskedNumber, maskedYear } from './masked';
import { missingNumber } from './missing-number';
import { lostChar, negativeGrowth, percentLost } from './format';
import { leftover } from './leftover';
import { numbering } from './numbering';
import { columnTableGap } from './column-table';

export const builtinRules: readonly Rule[] = [
	maskedYear,
	maskedName,
	maskedNumber,
	missingNumber,
	columnTableGap,
	lostChar,
	percentLost,
	negativeGrowth,
	leftover,
	numbering
];
