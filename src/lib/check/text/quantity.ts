/**
 * Figures with their units, read as values: 12.38亿元 → 1.238e9 元, 8960万元 → 8.96e7 元,
 * 35家 → 35 家. The units are the lexicon's (ALL_UNITS, CLASSIFIERS); what is derived here is
 * only each unit's magnitude prefix (亿元 = 亿 × 元, 万千瓦时 = 万 × 千瓦时, 千米 = 千 × 米, while
 * 千瓦时 stays a unit of its own), so figures in 万元 and 亿元 compare. Runs on folded text.
 */
import { ALL_UNITS, CLASSIFIERS } from '../lexicon';

/** Magnitude characters a unit may start with. */
export const MAGNITUDES: Readonly<Record<string, number>> = { 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2, 十: 10 };

/** A unit split into its magnitude and base: 亿元 → { scale: 1e8, base: '元' }. */
export interface UnitScale {
	scale: number;
	base: string;
}

const KNOWN = new Set<string>([...ALL_UNITS, ...CLASSIFIERS]);
const scales = new Map<string, UnitScale>();

/** The magnitude and base of `unit` (a unit the lexicon knows, or any word: then scale 1). */
export function unitScale(unit: string): UnitScale {
	let hit = scales.get(unit);
	if (hit) return hit;
	let scale = 1;
	let base = unit;
	// Peel magnitude characters while what remains is still a unit (万千瓦时 → 万 · 千瓦时; 千瓦时 stays).
	while (base.length > 1 && MAGNITUDES[base[0]!] && KNOWN.has(base.slice(1))) {
		scale *= MAGNITUDES[base[0]!]!;
		base = base.slice(1);
	}
	// A bare magnitude (人口1.2亿) counts things of no named unit.
	if (MAGNITUDES[base] && base === unit) {
		scale = MAGNITUDES[base]!;
		base = '';
	}
	hit = { scale, base };
	scales.set(unit, hit);
	return hit;
}

/** A figure as written, with its value in the base unit. */
export interface Quantity {
	/** [from, to) of the whole figure and unit; the number alone is [from, numberTo). */
	from: number;
	numberTo: number;
	to: number;
	/** The number times the unit's magnitude. */
	value: number;
	/** Half a unit in the last written digit, in the base unit: how far rounding may have moved it. */
	error: number;
	unit: string;
	base: string;
}

/**
 * The units a figure may carry (ALL_UNITS, longest first, then the classifiers), by their first
 * character: at a position, the first of its list that stands there is the longest unit there —
 * what an alternation of them all, tried in that order, would match — found without a regex, a
 * slice or a lookup by string. Each entry carries its magnitude and base.
 */
interface UnitEntry {
	unit: string;
	scale: number;
	base: string;
}
const UNITS_BY_FIRST = new Map<number, UnitEntry[]>();
for (const unit of [...ALL_UNITS, ...CLASSIFIERS]) {
	const c = unit.charCodeAt(0);
	const list = UNITS_BY_FIRST.get(c) ?? [];
	if (!UNITS_BY_FIRST.has(c)) UNITS_BY_FIRST.set(c, list);
	if (!list.some((e) => e.unit === unit)) list.push({ unit, ...unitScale(unit) });
}
const UNIT_FIRST = new Uint8Array(65536);
for (const c of UNITS_BY_FIRST.keys()) UNIT_FIRST[c] = 1;

/** The longest unit starting at `at` and ending by `end`, or null. */
function unitAt(s: string, at: number, end: number): UnitEntry | null {
	if (at >= end || UNIT_FIRST[s.charCodeAt(at)] !== 1) return null;
	const list = UNITS_BY_FIRST.get(s.charCodeAt(at))!;
	for (let k = 0; k < list.length; k++) {
		const { unit } = list[k]!;
		const n = unit.length;
		if (at + n > end) continue;
		let i = 1;
		while (i < n && s.charCodeAt(at + i) === unit.charCodeAt(i)) i++;
		if (i === n) return list[k]!;
	}
	return null;
}

/** 10 ** d, exact, for the decimals a figure may have. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * The value of the number written at [from, to) of `s` (digits, thousands commas, one decimal
 * point), and how many decimals it has — read from the characters. The digits as one integer
 * divided by an exact power of ten is the correctly rounded value, as Number() of the text is,
 * while the integer is exact; longer numbers are read by Number().
 */
let readDecimals = 0;
function numberValue(s: string, from: number, to: number): number {
	let m = 0;
	let digits = 0;
	let decimals = -1;
	let commas = false;
	for (let i = from; i < to; i++) {
		const c = s.charCodeAt(i);
		if (c === 46) decimals = 0;
		else if (c === 44) commas = true;
		else {
			m = m * 10 + (c - 48);
			digits++;
			if (decimals >= 0) decimals++;
		}
	}
	readDecimals = decimals < 0 ? 0 : decimals;
	if (digits <= 15 && readDecimals < POW10.length) return readDecimals === 0 ? m : m / POW10[readDecimals]!;
	const text = s.slice(from, to);
	return Number(commas ? text.replace(/,/g, '') : text);
}

/** 10 ** -d for the decimals a figure may have, as the operator gives it (the same doubles). */
const NEG_POW10 = POW10.map((_, d) => 10 ** -d);

/** The figure whose number is [from, numberTo) in `s`, when a unit follows it (ending by `end`, default the end of `s`); else null. */
export function quantityAt(s: string, from: number, numberTo: number, end = s.length): Quantity | null {
	const hit = unitAt(s, numberTo, end);
	if (hit === null) return null;
	const { unit, scale, base } = hit;
	const value = numberValue(s, from, numberTo) * scale;
	return { from, numberTo, to: numberTo + unit.length, value, error: 0.5 * (readDecimals < NEG_POW10.length ? NEG_POW10[readDecimals]! : 10 ** -readDecimals) * scale, unit, base };
}

/**
 * The end of the number starting at `i` (a digit not after a digit, `.` or `,`): digits, then
 * thousands groups of three (1,250,000), then a decimal part — the longest such run, not past `end`.
 */
function numberEnd(s: string, i: number, end: number): number {
	let j = i + 1;
	while (digitAt(s, j, end)) j++;
	while (j < end && s.charCodeAt(j) === 44 && digitAt(s, j + 1, end) && digitAt(s, j + 2, end) && digitAt(s, j + 3, end)) j += 4;
	if (j < end && s.charCodeAt(j) === 46 && digitAt(s, j + 1, end)) {
		j += 2;
		while (digitAt(s, j, end)) j++;
	}
	return j;
}

const digitAt = (s: string, k: number, end: number): boolean => {
	if (k >= end) return false;
	const c = s.charCodeAt(k);
	return c >= 48 && c <= 57;
};

/**
 * Every figure with a unit in `s`, in order; with `from` and `to`, in s[from, to) read as if it
 * were the whole text (what quantitiesIn(s.slice(from, to)) finds, at offsets in `s`), without
 * the slice.
 */
export function quantitiesIn(s: string, from = 0, to = s.length): Quantity[] {
	const out: Quantity[] = [];
	for (let i = from; i < to; i++) {
		const c = s.charCodeAt(i);
		if (c < 48 || c > 57) continue;
		if (i > from) {
			const p = s.charCodeAt(i - 1);
			if ((p >= 48 && p <= 57) || p === 46 || p === 44) continue;
		}
		const end = numberEnd(s, i, to);
		const q = quantityAt(s, i, end, to);
		if (q) out.push(q);
		i = end - 1;
	}
	return out;
}

/** A value written back with its unit, for messages: 1.238e9 元 in 亿元 → 12.38亿元. */
export function formatQuantity(q: Pick<Quantity, 'value' | 'unit'>): string {
	const { scale } = unitScale(q.unit);
	return `${toTwelveDigits(q.value / scale)}${q.unit}`;
}

/**
 * `${Number(x.toPrecision(12))}`: x to twelve significant digits, written shortest. When the
 * shortest form of x itself has at most twelve significant digits (390.1, 5380000000), that is
 * it — x lies within half an ulp of that decimal, far from any rounding boundary of twelve digits —
 * and toPrecision, many times slower, is needed only for the rest (0.30000000000000004).
 */
function toTwelveDigits(x: number): string {
	const s = String(x);
	if (s.includes('e')) return `${Number(x.toPrecision(12))}`;
	let a = s.charCodeAt(0) === 45 ? 1 : 0;
	let b = s.length;
	// Leading and trailing zeros (and the point among them) are not significant.
	while (a < b && (s.charCodeAt(a) === 48 || s.charCodeAt(a) === 46)) a++;
	while (b > a && (s.charCodeAt(b - 1) === 48 || s.charCodeAt(b - 1) === 46)) b--;
	let digits = 0;
	for (let i = a; i < b; i++) if (s.charCodeAt(i) !== 46) digits++;
	return digits <= 12 ? s : `${Number(x.toPrecision(12))}`;
}
