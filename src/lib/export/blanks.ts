/**
 * Open blanks for export. The checker (`checkText` from $lib/check) finds them; export only needs
 * their ranges, so it takes any function from text to ranges, which keeps this module testable
 * and independent of the checker's configuration.
 */
import type { Span } from './document';

/** Finds the open blanks in one text (a section body or a title), as UTF-16 ranges. */
export type BlankFinder = (text: string) => Span[];

/** A finder that reports nothing (export without a check). */
export const noBlanks: BlankFinder = () => [];

/** Keeps the blanks that fall into [start, end) and makes them relative to `start`. */
export function blanksIn(blanks: readonly Span[], start: number, end: number): Span[] {
	const out: Span[] = [];
	for (const b of blanks) {
		const zero = b.from === b.to;
		const inside = zero ? b.from >= start && b.from <= end : b.from < end && b.to > start;
		if (inside) out.push({ from: Math.max(b.from, start) - start, to: Math.min(b.to, end) - start });
	}
	return out;
}

/**
 * Text with a map back to the offsets of the text it was cleaned from, so blanks found in the
 * original still land on the right characters after markers and indentation are stripped.
 */
export interface MappedText {
	text: string;
	/** map[i] is the original offset of text[i]; map[text.length] is the original end. */
	map: number[];
}

export function mapped(text: string, start: number): MappedText {
	const map: number[] = [];
	for (let i = 0; i <= text.length; i++) map.push(start + i);
	return { text, map };
}

/** Removes [from, to) from a mapped text. */
export function cut(m: MappedText, from: number, to: number): MappedText {
	return { text: m.text.slice(0, from) + m.text.slice(to), map: [...m.map.slice(0, from), ...m.map.slice(to)] };
}

/** Moves original-offset blanks onto a mapped text. */
export function remap(m: MappedText, blanks: readonly Span[]): Span[] {
	const out: Span[] = [];
	const first = m.map[0] ?? 0;
	const last = m.map[m.map.length - 1] ?? 0;
	for (const b of blanks) {
		if (b.to < first || b.from > last) continue;
		if (b.from !== b.to && (b.to <= first || b.from >= last)) continue;
		const from = indexAtOrAfter(m.map, b.from);
		const to = b.from === b.to ? from : indexAtOrAfter(m.map, b.to);
		out.push({ from, to: Math.max(from, to) });
	}
	return out;
}

function indexAtOrAfter(map: readonly number[], offset: number): number {
	for (let i = 0; i < map.length; i++) if ((map[i] as number) >= offset) return i;
	return map.length - 1;
}
