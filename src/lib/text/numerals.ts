/**
 * Chinese numerals read as numbers: the ONE converter (section numbers in export, dates, the
 * values typed into 逐项填空). Pure: no DOM, no Svelte, no database.
 *
 *   一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105, 两千 → 2000, 三万五千 → 35000,
 *   一亿二千万 → 120000000, 十二点五 → 12.5, 零点三 → 0.3, 负三 → -3
 *
 * Digit strings without a unit character ("一二", "二〇二六") are not read as amounts: "三五" may
 * mean three to five. Years written digit by digit have their own pair: 二〇二六 ⇄ 2026.
 */

const DIGIT: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** The characters of Chinese numerals, for other modules' patterns: the digits (〇零一二两…九) and the units (十百千万亿). */
export const NUMERAL_DIGIT_CHARS = Object.keys(DIGIT).join('');
export const NUMERAL_UNIT_CHARS = Object.keys(SMALL).join('') + Object.keys(BIG).join('');

/** A whole number in Chinese numerals (一百零五), or null. */
function parseWhole(s: string): number | null {
	if (s === '') return null;
	if (s.length === 1 && DIGIT[s] === 0) return 0;
	let high = 0; // the 亿 part
	let mid = 0; // the 万 part
	let section = 0; // below 万
	let pending: number | null = null; // a digit waiting for its unit
	let lastSmall = Infinity; // units within a section fall: 千 > 百 > 十
	let lastBig = Infinity; // and 亿 > 万
	let lastUnit = 0;
	let zero = false; // 一百零五: a 零 stands for the units skipped
	for (const [i, c] of [...s].entries()) {
		const d = DIGIT[c];
		if (d !== undefined) {
			if (pending !== null) return null; // 一二: two digits in a row
			if (d === 0) {
				if (zero || i === 0) return null;
				zero = true;
			} else pending = d;
			continue;
		}
		const small = SMALL[c];
		if (small !== undefined) {
			if (small >= lastSmall) return null;
			// A 十 with no digit of its own means 一十: 十二, 一千零十.
			const digit = pending ?? (small === 10 && (i === 0 || zero) ? 1 : null);
			if (digit === null) return null;
			section += digit * small;
			pending = null;
			zero = false;
			lastSmall = lastUnit = small;
			continue;
		}
		const big = BIG[c];
		if (big === undefined || big >= lastBig) return null;
		const part = section + (pending ?? 0);
		if (part === 0) return null;
		if (big === 1e8) {
			high = part;
		} else mid = part;
		section = 0;
		pending = null;
		zero = false;
		lastSmall = Infinity;
		lastBig = lastUnit = big;
	}
	let tail = pending ?? 0;
	// 一百五 (= 150), 三万五 (= 35000): a last digit right after a unit counts in the unit below.
	if (pending !== null && !zero && lastUnit >= 100) tail = pending * (lastUnit / 10);
	return high * 1e8 + mid * 1e4 + section + tail;
}

/**
 * A Chinese numeral as an exact decimal string in Arabic figures ("十二点五" → "12.5"), or null
 * when the text is not a numeral.
 */
export function chineseNumeralToArabic(text: string): string | null {
	let s = text.trim();
	let sign = '';
	if (s.startsWith('负')) {
		sign = '-';
		s = s.slice(1);
	}
	const dot = s.indexOf('点');
	const wholePart = dot < 0 ? s : s.slice(0, dot);
	const whole = parseWhole(wholePart);
	if (whole === null || !Number.isSafeInteger(whole)) return null;
	if (dot < 0) return sign + String(whole);
	const frac = s.slice(dot + 1);
	if (frac === '') return null;
	let digits = '';
	for (const c of frac) {
		const d = DIGIT[c];
		if (d === undefined) return null;
		digits += String(d);
	}
	return `${sign}${whole}.${digits}`;
}

/** 一 → 1, 十二 → 12, 一百零五 → 105, 十二点五 → 12.5; null when not a numeral. */
export function parseChineseNumeral(text: string): number | null {
	const arabic = chineseNumeralToArabic(text);
	return arabic === null ? null : Number(arabic);
}

const YEAR_DIGITS = '〇一二三四五六七八九';

/** Each Chinese digit (〇/零 一 … 九) as its Arabic digit, other characters kept: 二〇xx → 20xx. */
export function chineseDigitsToArabic(text: string): string {
	return text.replace(/[〇零一二三四五六七八九]/g, (c) => String(DIGIT[c]));
}

/** A number read digit by digit, as years are written: 二〇二六 → 2026, 二零二六 → 2026; null if not one. */
export function parseChineseDigits(text: string): number | null {
	return /^[〇零一二三四五六七八九]+$/.test(text) ? Number(chineseDigitsToArabic(text)) : null;
}

/** Arabic digits written digit by digit in Chinese: 2026 → 二〇二六 (the inverse of parseChineseDigits). */
export function arabicToChineseDigits(digits: string | number): string {
	return String(digits).replace(/[0-9]/g, (d) => YEAR_DIGITS[Number(d)]!);
}
