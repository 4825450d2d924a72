/**
 * The frame engine: runs frames over one folded line and passes their findings on. Generic —
 * it knows no frame by name; which frames exist and what they read is data (index.ts). Pattern
 * frames are matched by the tagger's pattern matcher; code frames run their own `find`.
 */
import type { At, CodeFrame, Frame, FrameOutput, Line, PatternFrame, ReportText } from './types';
import { lineSites } from './sites';
import { tag, type Token } from '../tagger';
import { CompiledPattern, TokenIndex, type LazyTokens, type Match } from '../tagger/pattern';
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

/** One frame ready to run: the same shape for both forms, so the loop over frames stays monomorphic. */
interface Ready {
	pattern: CompiledPattern | null;
	frame: PatternFrame | null;
	code: CodeFrame | null;
}

/** Frame lists as run, made once per list (the engine runs the same list over every line). */
const READY = new WeakMap<readonly Frame[], readonly Ready[]>();
function ready(frames: readonly Frame[]): readonly Ready[] {
	let r = READY.get(frames);
	if (!r) {
		r = frames.map((f) => ('pattern' in f ? { pattern: new CompiledPattern(f.pattern), frame: f, code: null } : { pattern: null, frame: null, code: f }));
		READY.set(frames, r);
	}
	return r;
}

function runPattern(frame: PatternFrame, pattern: CompiledPattern, s: string, lazy: LazyTokens, out: FrameOutput): void {
	const matches = pattern.match(s, lazy);
	for (let i = 0; i < matches.length; i++) {
		const m = matches[i]!;
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

/** The line every frame reads: its tokens and their index made on first use, then shared. */
class FrameLine implements Line, LazyTokens {
	readonly sites: number;
	private tokens: Token[] | undefined;
	private idx: TokenIndex | undefined;
	constructor(
		readonly s: string,
		readonly before: string,
		readonly after: string
	) {
		this.sites = lineSites(s);
	}
	tags(): readonly Token[] {
		return (this.tokens ??= tag(this.s));
	}
	index(): TokenIndex {
		return (this.idx ??= new TokenIndex(this.s, this.tags()));
	}
}

/** Runs `frames` over the folded line `s`, in order, into `out`. */
export function runFrames(frames: readonly Frame[], s: string, out: FrameOutput, before = '', after = ''): void {
	const line = new FrameLine(s, before, after);
	const list = ready(frames);
	for (let i = 0; i < list.length; i++) {
		const r = list[i]!;
		if (r.pattern !== null) {
			runPattern(r.frame!, r.pattern, s, line, out);
			continue;
		}
		const frame = r.code!;
		if (frame.applies && !frame.applies(line)) continue;
		frame.find(line, out);
	}
}
