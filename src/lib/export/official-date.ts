/**
 * 成文日期 as GB/T 9704-2012 §7.3.5 writes it: Arabic numerals, the year in full, months and days
 * without padding ("2026年1月5日", not "2026年01月05日" or "二〇二六年一月五日").
 */
import { parseChineseNumeral } from './numbering';

const YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function part(s: string, year: boolean): string | null {
	const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
	if (/^\d+$/.test(ascii)) return year ? ascii : String(Number(ascii));
	if (year && [...s].every((c) => c in YEAR_DIGITS)) return [...s].map((c) => YEAR_DIGITS[c]).join('');
	const n = parseChineseNumeral(s);
	return n === null ? null : String(n);
}

/** The date in official form, or the text unchanged when it is not a plain full date. */
export function officialDate(text: string): string {
	const m = /^([0-9０-９〇零一二三四五六七八九]{4})年([0-9０-９零〇一二三四五六七八九十]{1,3})月([0-9０-９零〇一二三四五六七八九十]{1,3})日$/.exec(text);
	if (!m) return text;
	const y = part(m[1] as string, true);
	const mo = part(m[2] as string, false);
	const d = part(m[3] as string, false);
	if (y === null || mo === null || d === null) return text;
	if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return text;
	return `${y}年${mo}月${d}日`;
}
