/**
 * Missing numbers: the figure was deleted and its frame is left — a unit with nothing before it
 * (实现工业总产值亿元), a verb of change with nothing after it (同比增长，), a share or plan
 * ratio cut off (完成计划数的；, 占全县比重。), a date with its month and day gone (于月日),
 * a decimal with its integer gone (.5%). Everything zero-width where the number belongs. The
 * phrasings are frames (../frames), read with the lexicon (../lexicon).
 */
import { foldedOf } from '../text/normalize';
import { charsOf } from '../tagger/line-chars';
import type { BlankInfo, RuleContext } from '../types';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { FRAMES, runFrames } from '../frames';
import { headerRow, labelLine, rowLabel, runInTitleEnd, tableNames } from '../text/cells';
import { joinsLines } from '../text/continuation';
import { NUMERAL_DIGIT_CHARS, NUMERAL_UNIT_CHARS } from '$lib/text/numerals';
import { classifierInSystemName, countingManner, itemOfNameList, placeAfterOpener } from '../text/lists';

/**
 * A gap at the very start of a line that the line before already reports at its end
 * (同比增长⏎﹪, 比重达⏎%, 产值达到⏎亿元, 同比提高⏎个百分点): one blank, reported once, where the
 * sentence broke. The unit does not matter: the frame on the line before had no unit or guessed
 * one (a change guesses %). The line before is read from its last characters, as the engine passes
 * them when the sentence runs on.
 */
function reportedOnLineBefore(s: string, from: number, before: string): boolean {
	if (!before || s.slice(0, from).trim() !== '') return false;
	let again = false;
	runFrames(FRAMES, before, {
		gap(f, to) {
			if (f === to && before.slice(f).trim() === '') again = true;
		},
		date() {}
	});
	return again;
}

/**
 * A gap at the very end of a line whose sentence runs on into the next line with the words of the
 * same phrase, which state their figure further on (降幅⏎较一季度收窄1.6个百分点) or lose it there
 * (降幅⏎较一季度收窄个百分点): read across the break, the figure's place is there, not at the break. Where the joined sentence shows the gap at the
 * break (同比增长⏎个百分点) or none at all (产值突破⏎下一步，…: punctuation lost between two
 * sentences), the line's own gap stands.
 */
const FIGURE_IN_CLAUSE = /^[^，。；：,;:]*[0-9]/;
/** 提高⏎两个百分点, 增长⏎三成: a figure in Chinese numerals opens the next line (not a heading's 二、; not a magnitude alone, 达到⏎万棒: its figure is gone). */
const CN_FIGURE_OPENS = new RegExp(`^[ \\t　]*[${NUMERAL_DIGIT_CHARS}十半几][${NUMERAL_DIGIT_CHARS}${NUMERAL_UNIT_CHARS}]*[^、.．，。）)\\s\\d]`);
function gapFurtherOn(s: string, from: number, after: string): boolean {
	if (!after) return false;
	for (let i = from; i < s.length; i++) if (s[i] !== ' ' && s[i] !== '\t' && s[i] !== '\r') return false;
	if (!joinsLines(s, after)) return false;
	const end = s.trimEnd().length;
	const joined = s.slice(0, end) + after;
	let atBreak = false;
	let further = false;
	const seen = (f: number) => {
		if (f <= end + 1) atBreak ||= f >= end - 1;
		else further = true;
	};
	runFrames(FRAMES, joined, { gap: seen, date: seen });
	// 降幅⏎较前三季度收窄1.6个百分点: the phrase's figure stands in the next line's first clause.
	return !atBreak && (further || FIGURE_IN_CLAUSE.test(after) || CN_FIGURE_OPENS.test(after));
}

const DATE_PART: Record<'year' | 'month' | 'day', string> = { year: '年份', month: '月份', day: '日期' };

/** What a gap report carries besides its place: the same few label/unit pairs recur on every page. */
interface GapInfo {
	data: Readonly<Record<string, string>>;
	blank: BlankInfo;
}
/** By label, then unit, then value kind: one pair of objects shared by every finding of the pair (nothing writes to them). */
const GAP_INFO = new Map<string, Map<string, Map<string, GapInfo>>>();
const GAP_INFO_MAX = 4096;
let gapInfos = 0;
function gapInfo(label: string, unit: string, valueKind: BlankInfo['valueKind']): GapInfo {
	let byUnit = GAP_INFO.get(label);
	if (!byUnit) {
		if (gapInfos >= GAP_INFO_MAX) {
			GAP_INFO.clear();
			gapInfos = 0;
		}
		GAP_INFO.set(label, (byUnit = new Map()));
	}
	let byKind = byUnit.get(unit);
	if (!byKind) byUnit.set(unit, (byKind = new Map()));
	let info = byKind.get(valueKind);
	if (!info) {
		const what = label && unit ? `${label}（${unit}）` : label || (unit ? `（${unit}）` : '数值');
		info = { data: { what }, blank: { kind: 'missing-number', label, unit, valueKind } };
		byKind.set(valueKind, info);
		gapInfos++;
	}
	return info;
}
const YEAR_BLANK: BlankInfo = { kind: 'missing-number', label: '年份', unit: '年', valueKind: 'year' };
const DATE_INFO: Record<'month' | 'day', GapInfo> = {
	month: { data: { part: DATE_PART.month }, blank: { kind: 'missing-number', label: DATE_PART.month, unit: '月', valueKind: 'date' } },
	day: { data: { part: DATE_PART.day }, blank: { kind: 'missing-number', label: DATE_PART.day, unit: '日', valueKind: 'date' } }
};

export const missingNumber = defineRule({
	meta: {
		id: 'missing-number',
		category: 'blank',
		defaultSeverity: 'error',
		messages: { missing: M.missingNumber.missing, missingDate: M.missingNumber.missingDate, missingYear: M.missingNumber.missingYear },
		description: M.missingNumber.description,
		wrapsToNextLine: true
	},
	scope: 'paragraph',
	create(ctx: RuleContext) {
		let seen: Set<number> | undefined;
		const s = foldedOf(ctx);
		// A table's header row, a row's label, a label alone on its line, the names in a table
		// flattened onto the line: names of measures and their units, where no figure ever stood. Read only once a gap is found on the line.
		let header: boolean | undefined;
		let label: readonly [number, number] | null | undefined;
		let tableSpans: ReadonlyArray<readonly [number, number]> | undefined;
		const named = (at: number) => {
			if ((header ??= headerRow(s))) return true;
			label ??= rowLabel(s);
			if ((label !== null && at > label[0] && at <= label[1]) || labelLine(s, at, ctx.before, ctx.after) || runInTitleEnd(s, at)) return true;
			// A table flattened onto the line (税种 本年累计 增减% 增值税 …), a note of units (（单位：万元，增幅为%）).
			tableSpans ??= tableNames(s);
			return tableSpans.some(([a, b]) => at > a && at <= b);
		};
		runFrames(FRAMES, s, {
			gap(from, to, label, unit, valueKind = 'number') {
				if (seen?.has(from)) return;
				if (named(from)) return;
				if (from === to && reportedOnLineBefore(s, from, ctx.before ?? '')) return;
				if (from === to && gapFurtherOn(s, from, ctx.after ?? '')) return;
				// 密封件、传感器等; "人、船、港、岸": an item of a list of names, no figure ever stood there.
				if (from === to && itemOfNameList(s, to, unit, ctx.after ?? '')) return;
				// 在供应商处: a place opened by 在, not a count of places.
				if (from === to && placeAfterOpener(s, to)) return;
				// 按场次排定, 按件计酬: a manner of counting by the unit.
				if (from === to && countingManner(s, to, unit, ctx.before ?? '')) return;
				// 党员联系户制度: the classifier belongs to a system's name.
				if (from === to && classifierInSystemName(s, to, unit)) return;
				(seen ??= new Set()).add(from);
				const info = gapInfo(label, unit, valueKind);
				ctx.report({ from, to, messageId: 'missing', data: info.data, blank: info.blank });
			},
			date(from, to, part) {
				if (seen?.has(from)) return;
				(seen ??= new Set()).add(from);
				if (part === 'year') {
					ctx.report({ from, to, messageId: 'missingYear', blank: YEAR_BLANK });
					return;
				}
				const info = DATE_INFO[part];
				ctx.report({ from, to, messageId: 'missingDate', data: info.data, blank: info.blank });
			}
		}, ctx.before, ctx.after, charsOf(ctx, s));
	}
});
