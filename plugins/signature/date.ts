/** Dates in a signature, and how GB/T 9704 wants them written (2026年1月5日). */
import { parseChineseNumeral } from '$lib/text/numerals';

const CN_DIGITS: Record<string, number> = Object.fromEntries(
	[...'〇零○Ｏ一二三四五六七八九'].map((c, i) => [c, Math.max(0, i - 3)])
);

/** Reads a Chinese-numeral month or day (一, 十, 十二, 二十五, 三十一), with the one converter. */
function cnSmall(s: string): number | null {
	return /^[一二三四五六七八九十]+$/.test(s) ? parseChineseNumeral(s) : null;
}

function toHalfWidth(s: string): string {
	return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function isValidDate(y: number, m: number, d: number): boolean {
	if (m < 1 || m > 12 || d < 1) return false;
	return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function formatDate(y: number, m: number, d: number): string {
	return `${y}年${m}月${d}日`;
}

/** A date written in the text, with the GB/T 9704 form when it can be derived. */
export interface DateHit {
	from: number;
	to: number;
	problem: 'ok' | 'padded' | 'chinese' | 'short-year' | 'separators' | 'invalid' | 'full-width';
	/** The correct form, when year, month and day are known and valid. */
	fixed?: string;
}

const PATTERNS: { re: RegExp; read(m: RegExpMatchArray): DateHit['problem'] | { y: number; m: number; d: number; problem: DateHit['problem'] } }[] = [
	{
		// 2026年1月5日 (possibly full-width or zero-padded)
		re: /([0-9０-９]{2,4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日/g,
		read(m) {
			const raw = m[0];
			const [ys, ms, ds] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''].map(toHalfWidth) as [string, string, string];
			const y = ys.length === 2 ? 2000 + Number(ys) : Number(ys);
			const problem: DateHit['problem'] =
				ys.length !== 4 ? 'short-year'
				: /[０-９]/.test(raw) ? 'full-width'
				: (ms.length > 1 && ms.startsWith('0')) || (ds.length > 1 && ds.startsWith('0')) ? 'padded'
				: /\s/.test(raw) ? 'separators'
				: 'ok';
			return { y, m: Number(ms), d: Number(ds), problem };
		}
	},
	{
		// 二〇二六年一月五日
		re: /([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/g,
		read(m) {
			const y = Number([...(m[1] ?? '')].map((c) => CN_DIGITS[c] ?? 0).join(''));
			const mo = cnSmall(m[2] ?? '');
			const d = cnSmall(m[3] ?? '');
			if (mo === null || d === null) return 'chinese';
			return { y, m: mo, d, problem: 'chinese' };
		}
	},
	{
		// 2026.1.5, 2026-01-05, 2026/1/5
		re: /(?<![0-9])([0-9]{4})([.\-/．])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])/g,
		read(m) {
			return { y: Number(m[1]), m: Number(m[3]), d: Number(m[4]), problem: 'separators' };
		}
	}
];

/** Every date-like expression in the text, in order. */
export function findDates(text: string): DateHit[] {
	const hits: DateHit[] = [];
	for (const p of PATTERNS) {
		for (const m of text.matchAll(p.re)) {
			const from = m.index ?? 0;
			const to = from + m[0].length;
			if (hits.some((h) => h.from < to && from < h.to)) continue;
			const r = p.read(m);
			if (typeof r === 'string') {
				hits.push({ from, to, problem: r });
				continue;
			}
			if (!isValidDate(r.y, r.m, r.d)) hits.push({ from, to, problem: 'invalid' });
			else hits.push({ from, to, problem: r.problem, fixed: r.problem === 'ok' ? undefined : formatDate(r.y, r.m, r.d) });
		}
	}
	return hits.sort((a, b) => a.from - b.from);
}
