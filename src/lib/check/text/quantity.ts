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

const UNIT_RE = new RegExp(`(?:${ALL_UNITS.map((u) => u.replace(/[%‰]/g, '\\$&')).join('|')}|[${CLASSIFIERS}])`, 'y');

/** The figure whose number starts at `from` in `s`, when a unit follows it; else null. */
export function quantityAt(s: string, from: number, numberTo: number): Quantity | null {
	// A sticky test leaves the unit's end in lastIndex: no match array is made.
	UNIT_RE.lastIndex = numberTo;
	if (!UNIT_RE.test(s)) return null;
	const to = UNIT_RE.lastIndex;
	const unit = s.slice(numberTo, to);
	let digits = s.slice(from, numberTo);
	if (digits.includes(',')) digits = digits.replace(/,/g, '');
	const dot = digits.indexOf('.');
	const decimals = dot < 0 ? 0 : digits.length - dot - 1;
	const { scale, base } = unitScale(unit);
	return { from, numberTo, to, value: Number(digits) * scale, error: 0.5 * 10 ** -decimals * scale, unit, base };
}

const isDigitAt = (s: string, i: number): boolean => {
	const c = s.charCodeAt(i);
	return c >= 48 && c <= 57;
};

/**
 * The end of the number starting at `i` (a digit not after a digit, `.` or `,`): digits, then
 * thousands groups of three (1,250,000), then a decimal part — the longest such run.
 */
function numberEnd(s: string, i: number): number {
	let j = i + 1;
	while (isDigitAt(s, j)) j++;
	while (s.charCodeAt(j) === 44 && isDigitAt(s, j + 1) && isDigitAt(s, j + 2) && isDigitAt(s, j + 3)) j += 4;
	if (s.charCodeAt(j) === 46 && isDigitAt(s, j + 1)) {
		j += 2;
		while (isDigitAt(s, j)) j++;
	}
	return j;
}

/** Every figure with a unit in `s`, in order. */
export function quantitiesIn(s: string): Quantity[] {
	const out: Quantity[] = [];
	const n = s.length;
	for (let i = 0; i < n; i++) {
		if (!isDigitAt(s, i)) continue;
		const p = s.charCodeAt(i - 1);
		if ((p >= 48 && p <= 57) || p === 46 || p === 44) continue;
		const end = numberEnd(s, i);
		const q = quantityAt(s, i, end);
		if (q) out.push(q);
		i = end - 1;
	}
	return out;
}

/** A value written back with its unit, for messages: 1.238e9 元 in 亿元 → 12.38亿元. */
export function formatQuantity(q: Pick<Quantity, 'value' | 'unit'>): string {
	const { scale } = unitScale(q.unit);
	return `${Number((q.value / scale).toPrecision(12))}${q.unit}`;
}
