/**
 * Official style: one report writes its years one way. 二〇二六年 and 2026年 in the same text →
 * the minority is flagged with its year rewritten the majority's way (Arabic on a tie: GB/T
 * 9704—2012 writes dates in Arabic digits). The message names where the majority form is.
 */
import { documentLines } from '../text/lines';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { cnDigitsToInt, intToCnDigits } from './numbering';
import { ARABIC_YEAR, CHINESE_YEAR } from './data/years';
import { LineCache } from '../line-cache';

interface YearAt {
	from: number;
	to: number;
	year: number;
}

function collect(s: string, re: RegExp, read: (t: string) => number): YearAt[] {
	const out: YearAt[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(s); m; m = re.exec(s)) {
		const year = read(m[1]!);
		if (year >= 1900 && year < 2100) out.push({ from: m.index, to: m.index + m[1]!.length, year });
	}
	return out;
}

/** The years of one line both ways (offsets in the line), read once per line text. */
interface LineYears {
	chinese: YearAt[];
	arabic: YearAt[];
}
const NO_YEARS: LineYears = { chinese: [], arabic: [] };
const cache = new LineCache<string, LineYears>();

function yearsOf(line: string): LineYears {
	let v = cache.get(line);
	if (v) return v;
	v = line.includes('年') ? { chinese: collect(line, CHINESE_YEAR, cnDigitsToInt), arabic: collect(line, ARABIC_YEAR, Number) } : NO_YEARS;
	if (!v.chinese.length && !v.arabic.length) v = NO_YEARS;
	cache.set(line, v);
	return v;
}

export const yearNumerals = defineRule({
	meta: {
		id: 'year-numerals',
		category: 'style',
		defaultSeverity: 'info',
		messages: { mixed: M.yearNumerals.mixed },
		description: M.yearNumerals.description
	},
	scope: 'document',
	create(ctx) {
		const doc = documentLines(ctx);
		const chinese: YearAt[] = [];
		const arabic: YearAt[] = [];
		/** The 1-based line of each year in `arabic` and `chinese`, by the same index. */
		const arabicLines: number[] = [];
		const chineseLines: number[] = [];
		for (let l = 0; l < doc.folded.length; l++) {
			const years = yearsOf(doc.folded[l]!);
			if (years === NO_YEARS) continue;
			const at = doc.starts[l]!;
			for (const y of years.chinese) {
				chinese.push({ from: at + y.from, to: at + y.to, year: y.year });
				chineseLines.push(l + 1);
			}
			for (const y of years.arabic) {
				arabic.push({ from: at + y.from, to: at + y.to, year: y.year });
				arabicLines.push(l + 1);
			}
		}
		if (!chinese.length || !arabic.length) return;
		const arabicWins = arabic.length >= chinese.length;
		const [major, minor] = arabicWins ? [arabic, chinese] : [chinese, arabic];
		const first = major[0]!;
		const data = { major: ctx.text.slice(first.from, first.to + 1), line: (arabicWins ? arabicLines : chineseLines)[0]! };
		for (const y of minor) {
			const insert = arabicWins ? String(y.year) : intToCnDigits(y.year);
			ctx.report({ from: y.from, to: y.to + 1, messageId: 'mixed', data: { ...data, got: ctx.text.slice(y.from, y.to + 1) }, fix: { from: y.from, to: y.to, insert } });
		}
	}
});
