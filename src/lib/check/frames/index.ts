/**
 * Every frame, in the order they run (the first report at a position wins). Adding a phrasing
 * is adding a frame here with its examples.
 */
import type { Frame } from './types';
import { unitWithoutFigure } from './unit-without-figure';
import { amountCompared, changeWithoutFigure, differenceCompared, departureInTenths } from './change';
import { ageBound, ageStated, countAfterFrame, countAfterObject, countAfterVerb, householdsAndPeople, householdsAndVisits, batchesAndVisits, householdsAndPeopleGoOn, householdsBeforePeople, householdsBeforeVisits, batchesBeforePeople, peopleAfterHouseholds, partAchieved, peopleAchieved, peopleSent, peopleThenAct, peopleCountedAfterWord, prizeGrade, timeSpan, timeSpanFrom, timesActed } from './counts';
import { countClosingClause } from './count-close';
import { classNumber, classNumberInList, gradeGiven, gradeLevel, gradeReached, ordinal, ordinalNumbered, rankBound, rankBoundInClause, rankShift, rankTop, rankingList, streakPeriods, streakResult } from './ordinals';
import { tenthsAfterBound } from './tenths';
import { documentNumberGone } from './document-numbers';
import { changeToValue, decimalWithoutInteger, listOfFiguresGone, estimateWithoutFigure, fractionWithoutFigure, perBaseWithoutFigure, planShare, rateNamed, rateValue, ratioTerms, scorePair, scoreWithOutcome, scoreWithoutFigure, shareOfTotal, shareRatio } from './ratios';
import { tableCell } from './tables';
import { dayInRange, monthRangeEnd, monthBeforeEvent, monthDeadlineAfterWord, monthInList, monthOpeningSpan, monthRangeGone, monthSpaced, monthAfterYear, monthAndDay, monthBeforeDay, monthGap, monthInCell, monthInDeadline, monthAsOf, monthInRange, monthOpeningClause, monthOnly } from './dates';
import { spacedFigureGap } from './spaced';
import { boundAfterWord, boundWithoutFigure, changeBare, changeFrom, changeFromCount, changeTo, pairFirst, rangeOneEnd, rangeSecondEnd, rangeWithoutFigures } from './ranges';
import { multipleSpaced, multipleWithoutFigure } from './multiples';
import { anniversary, daysExcepted, daysSpent, unbrokenSpan, durationPart, hoursOfDuty, monthSpan, spanAfter, spanFromEvent, spanNamedByUnit, spanWithin, timeChange } from './durations';
import { emptyQuotes } from './quotes';
import { householdsAndPeopleListed, partAchievedWhere, peopleServed, pledgeBound, workMarked } from './people';
import { careerSpanGone, experienceYears, lessonsAWeek, notesWritten, lifeEventYear, lifeEventYearMonth, lifeEventYearMonthSpaced, lifeEventYearSpaced, serviceYears, stintLength, stintYearsAndMonths, studyHours, termLength, yearsInPost, yearsInPostSince, yearsUntilNow } from './career';

import { countBeforeCountedNoun } from './count-before-noun';
import { countOfKind } from './count-of-kind';
export type * from './types';
export { runFrames } from './engine';

export const FRAMES: readonly Frame[] = [
	unitWithoutFigure,
	changeWithoutFigure,
	departureInTenths,
	amountCompared,
	differenceCompared,
	countAfterVerb,
	countAfterFrame,
	countAfterObject,
	timeSpan,
	timeSpanFrom,
	peopleSent,
	householdsAndPeople,
	householdsAndVisits,
	batchesAndVisits,
	householdsAndPeopleGoOn,
	householdsAndPeopleListed,
	peopleServed,
	workMarked,
	pledgeBound,
	partAchievedWhere,
	householdsBeforePeople,
	householdsBeforeVisits,
	batchesBeforePeople,
	peopleAfterHouseholds,
	prizeGrade,
	ageBound,
	ageStated,
	ordinal,
	ordinalNumbered,
	rankBound,
	rankBoundInClause,
	rankShift,
	rankTop,
	rankingList,
	classNumber,
	classNumberInList,
	streakPeriods,
	streakResult,
	gradeLevel,
	gradeReached,
	gradeGiven,
	tenthsAfterBound,
	documentNumberGone,
	countClosingClause,
	timesActed,
	peopleAchieved,
	partAchieved,
	peopleThenAct,
	peopleCountedAfterWord,
	ratioTerms,
	shareOfTotal,
	tableCell,
	rateValue,
	planShare,
	shareRatio,
	rateNamed,
	scoreWithoutFigure,
	scorePair,
	scoreWithOutcome,
	multipleWithoutFigure,
	multipleSpaced,
	decimalWithoutInteger,
	// lines8 (session 16)
	perBaseWithoutFigure,
	fractionWithoutFigure,
	estimateWithoutFigure,
	listOfFiguresGone,
	monthAndDay,
	monthOnly,
	monthGap,
	monthAfterYear,
	monthInRange,
	monthInCell,
	monthInDeadline,
	monthAsOf,
	monthOpeningClause,
	monthBeforeDay,
	monthOpeningSpan,
	monthSpaced,
	monthRangeGone,
	monthDeadlineAfterWord,
	monthBeforeEvent,
	dayInRange,
	monthRangeEnd,
	monthInList,
	rangeWithoutFigures,
	rangeSecondEnd,
	rangeOneEnd,
	changeFrom,
	changeFromCount,
	changeTo,
	changeBare,
	pairFirst,
	boundWithoutFigure,
	boundAfterWord,
	durationPart,
	hoursOfDuty,
	anniversary,
	monthSpan,
	daysSpent,
	daysExcepted,
	unbrokenSpan,
	timeChange,
	spanNamedByUnit,
	spanWithin,
	spanAfter,
	spanFromEvent,
	lifeEventYear,
	lifeEventYearMonth,
	lifeEventYearMonthSpaced,
	lifeEventYearSpaced,
	careerSpanGone,
	serviceYears,
	yearsInPostSince,
	yearsUntilNow,
	yearsInPost,
	experienceYears,
	studyHours,
	notesWritten,
	lessonsAWeek,
	termLength,
	stintYearsAndMonths,
	stintLength,
	emptyQuotes,
	spacedFigureGap,
	// counts7 (session 15)
	countBeforeCountedNoun,
	// counts8 (session 16)
	countOfKind,
	// lines8 (session 16): last, so the change and range frames' readings (and labels) of the same place win.
	changeToValue
];
