/**
 * The frame engine: runs frames over one folded line and passes their findings on. Generic —
 * it knows no frame by name; which frames exist and what they read is data (index.ts). Pattern
 * frames are matched by the tagger's pattern matcher; code frames run their own `find`.
 */
import type { At, Frame, FrameOutput, Line, PatternFrame, ReportText } from './types';
import { lineSites } from './sites';
import { tag, type Token } from '../tagger';
import { matchPattern, TokenIndex, type Match } from '../tagger/pattern';
import { measureBefore } from '../text/measure';

function position(m: Match, at: At): readonly [number, number] {
	const [a, b] = m.spans[at.step]!;
	if (at.edge === 'span') return [a, b];
	const p = at.edge === 'end' ? b : a;
	return [p, p];
}

function text(s: string, m: Match, t: ReportText): string {
	if (typeof t === 'string') return t;
	if ('measureBefore' in t) return measureBefore(s, m.spans[t.measureBefore]![0]);
	const [a, b] = m.spans[t.textOf]!;
	const x = s.slice(a, b);
	return t.last !== undefined ? x.slice(-t.last) : x;
}

function runPattern(frame: PatternFrame, s: string, index: () => TokenIndex, out: FrameOutput): void {
	for (const m of matchPattern(frame.pattern, s, index)) {
		for (const r of frame.report) {
			if ('gap' in r) {
				const [from, to] = position(m, r.gap);
				out.gap(from, to, text(s, m, r.label), text(s, m, r.unit), r.valueKind);
			} else {
				const [from, to] = position(m, r.date);
				out.date(from, to, r.part);
			}
		}
	}
}

/** Runs `frames` over the folded line `s`, in order, into `out`. */
export function runFrames(frames: readonly Frame[], s: string, out: FrameOutput, before = '', after = ''): void {
	let tokens: Token[] | undefined;
	let idx: TokenIndex | undefined;
	const line: Line = { s, sites: lineSites(s), before, after, tags: () => (tokens ??= tag(s)) };
	const index = () => (idx ??= new TokenIndex(s, line.tags()));
	for (const frame of frames) {
		if ('pattern' in frame) {
			runPattern(frame, s, index, out);
			continue;
		}
		if (frame.applies && !frame.applies(line)) continue;
		frame.find(line, out);
	}
}
