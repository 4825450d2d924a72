/**
 * Heading levels from the writer's own 公文 numbering, and the decision between a real heading
 * ("二、强化服务，优化环境") and a numbered running paragraph ("1.新建高标准农田5000亩，完成……。",
 * "一是摸清底数，明确方向。……"), which stays body text with only its lead-in in the heading font.
 */
import type { HeadingLevel } from './document';
import { parseChineseNumeral } from '$lib/text/numerals';

const CN = '一二三四五六七八九十百零〇';

/** Numbering markers by level, tried in order (（1） before 1. so "（1）" is not read as level 3). */
const MARKERS: { level: HeadingLevel; re: RegExp }[] = [
	{ level: 2, re: new RegExp(`^[（(][${CN}]+[）)]`) },
	{ level: 4, re: /^[（(][0-9０-９]{1,3}[）)]/ },
	{ level: 1, re: new RegExp(`^[${CN}]+[、．.]`) },
	// "1." but not a decimal number such as "1.5亿元" at the start of a sentence.
	{ level: 3, re: /^[0-9０-９]{1,3}(?:[.．、](?![0-9０-９])|\s)/ }
];

/** "一是", "二是" … enumerations inside a paragraph; their lead-in is set like a level-3 heading. */
const ORDINAL = new RegExp(`^(?:[${CN}]+是|第[${CN}]+[，,、])`);

/** Sentence stops that end a lead-in phrase. */
const STOP = /[。！？；：!?;:]/;

/** The longest text (after the marker) still read as a heading rather than a paragraph. */
const MAX_HEADING_CHARS = 40;

export type LineRole =
	| { kind: 'heading'; level: HeadingLevel }
	| { kind: 'paragraph'; lead: { end: number; level: HeadingLevel } | null };

/** The numbering marker at the start of a line, if any. */
export function numberingOf(text: string): { level: HeadingLevel; length: number } | null {
	for (const m of MARKERS) {
		const hit = m.re.exec(text);
		if (hit) return { level: m.level, length: hit[0].length };
	}
	return null;
}

/**
 * Classifies one line (already trimmed). A numbered line is a heading when it is short and has no
 * sentence stop before its end; a numbered line that goes on after its first sentence is a
 * paragraph whose lead-in is that first sentence; a numbered single long sentence is a paragraph
 * with only its number as the lead-in.
 */
export function classifyLine(text: string): LineRole {
	const marker = numberingOf(text);
	if (marker) {
		const rest = text.slice(marker.length);
		const stop = STOP.exec(rest);
		if (!stop) {
			if (rest.length <= MAX_HEADING_CHARS) return { kind: 'heading', level: marker.level };
			return { kind: 'paragraph', lead: { end: marker.length, level: marker.level } };
		}
		const stopEnd = marker.length + stop.index + 1;
		if (stopEnd >= text.length) {
			// One sentence: a heading ending in 。/： when short and without inner commas,
			// otherwise a running sentence whose only lead-in is its number.
			const commas = /[，,、]/.test(rest);
			if (rest.length <= 20 && !commas) return { kind: 'heading', level: marker.level };
			return { kind: 'paragraph', lead: { end: marker.length, level: marker.level } };
		}
		return { kind: 'paragraph', lead: { end: stopEnd, level: marker.level } };
	}
	const ordinal = ORDINAL.exec(text);
	if (ordinal) {
		const stop = STOP.exec(text);
		const end = stop ? stop.index + 1 : ordinal[0].length;
		return { kind: 'paragraph', lead: { end: end >= text.length ? ordinal[0].length : end, level: 3 } };
	}
	return { kind: 'paragraph', lead: null };
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十 (enough for section numbers). */
export function chineseNumeral(n: number): string {
	if (n <= 0 || n >= 100 || !Number.isInteger(n)) return String(n);
	if (n < 10) return DIGITS[n] as string;
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** The one numeral converter lives in text/numerals; export reads section numbers with it. */
export { parseChineseNumeral };

/** The value of a level-1 marker ("三、存在问题" → 3), or null. */
export function level1Number(text: string): number | null {
	const m = /^([零〇一二三四五六七八九十]+)[、．.]/.exec(text);
	return m ? parseChineseNumeral(m[1] as string) : null;
}
