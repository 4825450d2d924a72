/**
 * The figures a filled text states, each with what it is — the inverse of a blank: where the
 * checker would call "实现工业总产值亿元" a blank labelled 工业总产值 in 亿元, this lists
 * "实现工业总产值12.38亿元" as the figure 12.38 of 工业总产值 in 亿元. The same readers do the
 * work (quantity.ts for the figure and its unit, measure.ts for the measure's name, the one unit
 * table for the unit's kind), so a figure is labelled the way its blank would be. Used to turn a
 * finished report back into a skeleton (明年再写, 存为模板包). Pure.
 */
import { UNIT_BY_TEXT } from '../lexicon';
import { measureBefore } from './measure';
import { fold } from './normalize';
import { quantitiesIn } from './quantity';

/** What a figure site holds: a measured value, a percentage, a year, or a month or day of a date. */
export type FigureSiteKind = 'number' | 'percent' | 'year' | 'date';

/** One figure of a text. Offsets are UTF-16 into the text given, end exclusive. */
export interface FigureSite {
	kind: FigureSiteKind;
	/** The digits as written (12.38, 2025, 8). */
	from: number;
	to: number;
	value: string;
	/** The unit right after the digits (亿元, %, 家, 年, 月, 日). */
	unit: string;
	/** The measure the figure belongs to (工业总产值), 年份 / 月份 / 日期 for dates; '' when unknown. */
	label: string;
}

const YEAR = /(?<![0-9０-９.])((?:19|20)[0-9]{2})(?=年|[—–\-~～至到](?:19|20)[0-9]{2}年)/g;
const MONTH_DAY = /(?<![0-9.])([0-9]{1,2})(月(?:份)?)(?:([0-9]{1,2})(日|号))?/g;

/** Every figure the text states, in text order. */
export function figureSites(text: string): FigureSite[] {
	const s = fold(text);
	const out: FigureSite[] = [];
	const taken: [number, number][] = [];
	const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && x < b);
	const push = (site: FigureSite) => {
		out.push(site);
		taken.push([site.from, site.to]);
	};
	for (const m of s.matchAll(YEAR)) push({ kind: 'year', from: m.index, to: m.index + 4, value: m[1]!, unit: s[m.index + 4] === '年' ? '年' : '', label: '年份' });
	for (const m of s.matchAll(MONTH_DAY)) {
		const month = Number(m[1]);
		if (month < 1 || month > 12) continue;
		const at = m.index;
		push({ kind: 'date', from: at, to: at + m[1]!.length, value: m[1]!, unit: '月', label: '月份' });
		if (m[3]) {
			const dayAt = at + m[1]!.length + m[2]!.length;
			push({ kind: 'date', from: dayAt, to: dayAt + m[3].length, value: m[3], unit: m[4]!, label: '日期' });
		}
	}
	for (const q of quantitiesIn(s)) {
		if (!free(q.from, q.numberTo)) continue;
		const percent = UNIT_BY_TEXT.get(q.unit)?.kind === 'percent';
		push({ kind: percent ? 'percent' : 'number', from: q.from, to: q.numberTo, value: text.slice(q.from, q.numberTo), unit: q.unit, label: measureBefore(s, q.from) });
	}
	return out.sort((a, b) => a.from - b.from);
}
