/**
 * Every frame, in the order they run (the first report at a position wins). Adding a phrasing
 * is adding a frame here with its examples.
 */
import type { Frame } from './types';
import { unitWithoutFigure } from './unit-without-figure';
import { changeWithoutFigure } from './change';
import { ageBound, countAfterFrame, countAfterVerb, householdsAndPeople, ordinal, peopleSent, rankBound, prizeGrade, timeSpan, timeSpanFrom } from './counts';
import { decimalWithoutInteger, planShare, rateValue, ratioTerms, shareOfTotal, shareRatio } from './ratios';
import { tableCell } from './tables';
import { monthAfterYear, monthAndDay, monthGap, monthInCell, monthInDeadline, monthInRange, monthOnly } from './dates';
import { spacedFigureGap } from './spaced';
import { rangeWithoutFigures } from './ranges';

export type * from './types';
export { runFrames } from './engine';

export const FRAMES: readonly Frame[] = [
	unitWithoutFigure,
	changeWithoutFigure,
	countAfterVerb,
	countAfterFrame,
	timeSpan,
	timeSpanFrom,
	peopleSent,
	householdsAndPeople,
	prizeGrade,
	ageBound,
	ordinal,
	rankBound,
	ratioTerms,
	shareOfTotal,
	tableCell,
	rateValue,
	planShare,
	shareRatio,
	decimalWithoutInteger,
	monthAndDay,
	monthOnly,
	monthGap,
	monthAfterYear,
	monthInRange,
	monthInCell,
	monthInDeadline,
	rangeWithoutFigures,
	spacedFigureGap
];
