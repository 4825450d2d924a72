/**
 * GB/T 9704 §7.3.1: a title too long for one line is broken where words allow and arranged as a
 * 梯形 (two lines, the upper one shorter) or a 菱形 (three lines, the middle one longest), never
 * as a long line with a stub under it.
 */
import type { Line } from './document';
import { blanksIn } from './blanks';
import { widthChars } from './measure';

/** Characters that may not start a line. */
const NO_START = /^[，。、；：？！）》」』】〕”’…—]/;

function boundaries(text: string): number[] {
	const cuts: number[] = [];
	if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
		// A title is short, so segmenting it whole is cheap.
		for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) if (s.index > 0) cuts.push(s.index);
	} else for (let i = 1; i < text.length; i++) cuts.push(i);
	return cuts.filter((k) => !NO_START.test(text.slice(k)) && !/[（《“]$/.test(text.slice(0, k)));
}

/** Where to break a title of `text` into lines of at most `capacity` characters: [from, to) ranges. */
export function titleBreaks(text: string, capacity: number): [number, number][] {
	const total = widthChars(text);
	if (total <= capacity || text.length < 2) return [[0, text.length]];
	const cuts = boundaries(text);
	const w = (a: number, b: number) => widthChars(text.slice(a, b));
	let best: { score: number; ranges: [number, number][] } | null = null;
	const offer = (score: number, ranges: [number, number][]) => {
		if (!best || score < best.score) best = { score, ranges };
	};
	// 梯形: upper line no longer than the lower one, as even as the words allow.
	for (const k of cuts) {
		const a = w(0, k);
		const b = w(k, text.length);
		if (a > capacity || b > capacity) continue;
		offer(a <= b ? b - a : 100 + a - b, [
			[0, k],
			[k, text.length]
		]);
	}
	if (best) return (best as { ranges: [number, number][] }).ranges;
	// 菱形: the middle line the longest.
	for (const i of cuts) {
		for (const j of cuts) {
			if (j <= i) continue;
			const a = w(0, i);
			const b = w(i, j);
			const c = w(j, text.length);
			if (a > capacity || b > capacity || c > capacity) continue;
			const shape = b >= a && b >= c ? 0 : 100;
			offer(shape + Math.abs(a - c) + (capacity - b) / 4, [
				[0, i],
				[i, j],
				[j, text.length]
			]);
		}
	}
	if (best) return (best as { ranges: [number, number][] }).ranges;
	// Longer than three lines: plain breaks at the capacity.
	const out: [number, number][] = [];
	let from = 0;
	let width = 0;
	for (let i = 0; i < text.length; i++) {
		const cw = widthChars(text[i] as string);
		if (width + cw > capacity && i > from) {
			out.push([from, i]);
			from = i;
			width = 0;
		}
		width += cw;
	}
	out.push([from, text.length]);
	return out;
}

/** The title as the lines it prints on, each with its own blanks. */
export function titleLines(title: Line, capacity: number): Line[] {
	return titleBreaks(title.text, capacity).map(([from, to]) => ({ text: title.text.slice(from, to), blanks: blanksIn(title.blanks, from, to) }));
}
