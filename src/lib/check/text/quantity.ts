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
const NUMBER = /(?<![0-9.,])[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?/g;

/** The figure whose number starts at `from` in `s`, when a unit follows it; else null. */
export function quantityAt(s: string, from: number, numberTo: number): Quantity | null {
	UNIT_RE.lastIndex = numberTo;
	const u = UNIT_RE.exec(s);
	if (!u) return null;
	let digits = s.slice(from, numberTo);
	if (digits.includes(',')) digits = digits.replace(/,/g, '');
	const dot = digits.indexOf('.');
	const decimals = dot < 0 ? 0 : digits.length - dot - 1;
	const { scale, base } = unitScale(u[0]);
	return { from, numberTo, to: numberTo + u[0].length, value: Number(digits) * scale, error: 0.5 * 10 ** -decimals * scale, unit: u[0], base };
}

/** Every figure with a unit in `s`, in order. */
export function quantitiesIn(s: string): Quantity[] {
	const out: Quantity[] = [];
	NUMBER.lastIndex = 0;
	for (let m = NUMBER.exec(s); m; m = NUMBER.exec(s)) {
		const q = quantityAt(s, m.index, m.index + m[0].length);
		if (q) out.push(q);
	}
	return out;
}

/** A value written back with its unit, for messages: 1.238e9 元 in 亿元 → 12.38亿元. */
export function formatQuantity(q: Pick<Quantity, 'value' | 'unit'>): string {
	const { scale } = unitScale(q.unit);
	return `${Number((q.value / scale).toPrecision(12))}${q.unit}`;
}
