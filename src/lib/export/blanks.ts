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
	return cutMany(m, [[from, to]]);
}

/** Removes several sorted, non-overlapping [from, to) ranges in one pass. */
export function cutMany(m: MappedText, ranges: readonly (readonly [number, number])[]): MappedText {
	if (!ranges.length) return m;
	let text = '';
	const map: number[] = [];
	let at = 0;
	for (const [from, to] of ranges) {
		text += m.text.slice(at, from);
		for (let i = at; i < from; i++) map.push(m.map[i] as number);
		at = to;
	}
	text += m.text.slice(at);
	for (let i = at; i < m.map.length; i++) map.push(m.map[i] as number);
	return { text, map };
}

/**
 * Blanks sorted by start, so each line takes only the blanks in its own range (a body of many
 * lines and many blanks stays linear instead of lines × blanks).
 */
export interface SortedBlanks {
	spans: readonly Span[];
	/** Largest `to` among spans[0..i], to find every span that may still reach a line. */
	reach: readonly number[];
}

export function sortBlanks(blanks: readonly Span[]): SortedBlanks {
	const spans = [...blanks].sort((a, b) => a.from - b.from || a.to - b.to);
	const reach: number[] = [];
	let max = -Infinity;
	for (const b of spans) reach.push((max = Math.max(max, b.to)));
	return { spans, reach };
}

/** Moves original-offset blanks onto a mapped text. */
export function remap(m: MappedText, blanks: readonly Span[] | SortedBlanks): Span[] {
	const out: Span[] = [];
	const first = m.map[0] ?? 0;
	const last = m.map[m.map.length - 1] ?? 0;
	const sorted = 'spans' in blanks ? blanks : sortBlanks(blanks);
	// Spans that start after `last` cannot touch this text; those whose reach ends before `first` neither.
	const end = upperBound(sorted.spans, last);
	let i = lowerBoundReach(sorted.reach, first, end);
	for (; i < end; i++) {
		const b = sorted.spans[i] as Span;
		if (b.to < first || b.from > last) continue;
		if (b.from !== b.to && (b.to <= first || b.from >= last)) continue;
		const from = indexAtOrAfter(m.map, b.from);
		const to = b.from === b.to ? from : indexAtOrAfter(m.map, b.to);
		out.push({ from, to: Math.max(from, to) });
	}
	return out;
}

/** First index whose span starts after `offset`. */
function upperBound(spans: readonly Span[], offset: number): number {
	let lo = 0;
	let hi = spans.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((spans[mid] as Span).from <= offset) lo = mid + 1;
		else hi = mid;
	}
	return hi;
}

/** First index (below `end`) whose running reach is at least `offset`. */
function lowerBoundReach(reach: readonly number[], offset: number, end: number): number {
	let lo = 0;
	let hi = end;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((reach[mid] as number) < offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The first index whose original offset is at or after `offset` (the map never decreases). */
function indexAtOrAfter(map: readonly number[], offset: number): number {
	let lo = 0;
	let hi = map.length - 1;
	if ((map[hi] as number) < offset) return hi;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((map[mid] as number) >= offset) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}
