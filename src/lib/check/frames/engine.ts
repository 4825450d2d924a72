/**
 * The frame engine: runs frames over one folded line and passes their findings on. Generic —
 * it knows no frame by name; which frames exist and what they read is data (index.ts). Pattern
 * frames are matched by the tagger's pattern matcher; code frames run their own `find`.
 */
import type { At, CodeFrame, Frame, FrameOutput, Line, PatternFrame, ReportText } from './types';
import { SITE_CHARS, siteAt } from './sites';
import { lineChars } from '../tagger/line-chars';
import { tag, type Token } from '../tagger';
import { CompiledPattern, TokenIndex, type LazyTokens, type Match } from '../tagger/pattern';
import { measureBefore } from '../text/measure';
import { endsWithUnit, joinsLines, opensWithFigure, wordRunsAcross } from '../text/continuation';
import { closeUp, letterSpaced } from '../text/letter-spacing';
import type { BlankInfo } from '../types';

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
	/** Which bit of which word of a line's lead mask stands for this pattern (-1: none, always run). */
	word: number;
	bit: number;
	/** For a code frame naming its `starts`: which set of first characters is its (-1: none). */
	set: number;
}

/**
 * What one run over a line fills: the lead mask and the positions of each set of first
 * characters. Taken from a pool per run, so a frame that runs the frames again on another line
 * from inside its `find` (missing-number reads the line before) does not overwrite the outer run's.
 */
interface Scratch {
	/** Per word, the bits of a line's mask computed for it. */
	mask: Uint32Array;
	/** Per set of first characters, their positions in the line (the first counts[k]). */
	at: Int32Array[];
	counts: Int32Array;
}

/**
 * A frame list as run: its frames ready, and tables of what the anchored patterns' candidates
 * start with (CompiledPattern.leads), so one pass over a line tells which patterns can have a
 * candidate there at all; the others are skipped without running their anchor scan. A table is
 * indexed by a hash of a character (a one-character lead) or of two (a lead of two), 4,096
 * entries a word: a hash that two characters share only makes a pattern run where it finds
 * nothing. The same pass collects, for the code frames that name their `starts`, where those
 * characters stand (Line.at), so each such frame reads its candidates and not every character.
 */
interface ReadyList {
	items: readonly Ready[];
	/** How many 32-bit words a line's mask takes (one bit per anchored pattern). */
	words: number;
	/** words × TABLE entries: the patterns having a one-character lead c, at [w * TABLE + oneHash(c)]. */
	one: Uint32Array;
	/** The same by the hash of a two-character lead (pairHash). */
	two: Uint32Array;
	/**
	 * Per character: LEAD when some lead starts with it, START when some code frame's `starts`
	 * holds it, and the site bits it may set (sites.ts); most characters of a line are none of
	 * these, and the one pass over the line skips them.
	 */
	flags: Uint8Array;
	/**
	 * Per character, the sets of first characters that hold it: 32 sets a word, the word w of
	 * character c at [w * 65536 + c] (bit b: set 32w + b).
	 */
	sets: Uint32Array;
	/** How many sets of first characters there are, and how many words of `sets` they take. */
	setCount: number;
	setWords: number;
	/** Scratch not in use by a run. */
	free: Scratch[];
	/** The latest runs (findAll), and where the next one is kept. */
	recent: Run[];
	next: number;
}

/** Entries of a lead table per word of the mask. */
const TABLE = 4096;
const oneHash = (c: number): number => (c ^ (c >>> 12)) & (TABLE - 1);
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e37) ^ b ^ (b >>> 12)) & (TABLE - 1);

/** Frame lists as run, made once per list (the engine runs the same list over every line). */
const READY = new WeakMap<readonly Frame[], ReadyList>();
function ready(frames: readonly Frame[]): ReadyList {
	let r = READY.get(frames);
	if (!r) {
		let anchored = 0;
		const setOf = new Map<string, number>();
		const items: Ready[] = frames.map((f) => {
			if (!('pattern' in f)) {
				let set = -1;
				if (f.starts !== undefined) {
					set = setOf.get(f.starts) ?? setOf.size;
					setOf.set(f.starts, set);
				}
				return { pattern: null, frame: null, code: f, word: -1, bit: 0, set };
			}
			const pattern = new CompiledPattern(f.pattern);
			if (pattern.leads === null) return { pattern, frame: f, code: null, word: -1, bit: 0, set: -1 };
			const k = anchored++;
			return { pattern, frame: f, code: null, word: k >> 5, bit: 1 << (k & 31), set: -1 };
		});
		const words = (anchored + 31) >> 5;
		const one = new Uint32Array(words * TABLE);
		const two = new Uint32Array(words * TABLE);
		const flags = Uint8Array.from(SITE_CHARS);
		for (const it of items) {
			if (it.word < 0) continue;
			for (const lead of it.pattern!.leads!) {
				flags[lead.charCodeAt(0)]! |= LEAD;
				if (lead.length === 1) one[it.word * TABLE + oneHash(lead.charCodeAt(0))]! |= it.bit;
				else two[it.word * TABLE + pairHash(lead.charCodeAt(0), lead.charCodeAt(1))]! |= it.bit;
			}
		}
		const setWords = (setOf.size + 31) >> 5;
		const sets = new Uint32Array(65536 * setWords);
		for (const [chars, k] of setOf) {
			for (let i = 0; i < chars.length; i++) {
				flags[chars.charCodeAt(i)]! |= START;
				sets[(k >> 5) * 65536 + chars.charCodeAt(i)]! |= 1 << (k & 31);
			}
		}
		r = { items, words, flags, one, two, sets, setCount: setOf.size, setWords, free: [], recent: [], next: 0 };
		READY.set(frames, r);
	}
	return r;
}

/** Flags of ReadyList.flags above the site bits: a lead starts with the character; a set of first characters holds it. */
const LEAD = 128;
const START = 64;
const SITE_BITS = 63;

function takeScratch(list: ReadyList): Scratch {
	return list.free.pop() ?? { mask: new Uint32Array(list.words), at: Array.from({ length: list.setCount }, () => new Int32Array(64)), counts: new Int32Array(list.setCount) };
}

/** How many positions of a set a scratch keeps room for between runs (a longer line's lists are let go). */
const KEEP = 4096;

function giveBack(list: ReadyList, x: Scratch): void {
	for (let k = 0; k < x.at.length; k++) if (x.at[k]!.length > KEEP) x.at[k] = new Int32Array(64);
	list.free.push(x);
}

/**
 * One pass over the line: fills the scratch's mask with the anchored patterns that have a lead
 * in `s` and its position lists with where each set of first characters stands, and returns the
 * line's site bits (sites.ts) for the code frames that read them.
 */
function scanLine(list: ReadyList, x: Scratch, s: string): number {
	const { flags, one, two, words, sets, setWords } = list;
	const { mask, at, counts } = x;
	const n = s.length;
	mask.fill(0);
	counts.fill(0);
	let sites = 0;
	// The first two words of the mask in locals (the frame list has up to 64 anchored patterns), the rest in place.
	let m0 = 0;
	let m1 = 0;
	for (let i = 0; i < n; i++) {
		const c = s.charCodeAt(i);
		const f = flags[c]!;
		if (f === 0) continue;
		if (f & LEAD) {
			const single = oneHash(c);
			const pair = i + 1 < n ? pairHash(c, s.charCodeAt(i + 1)) : -1;
			m0 |= one[single]! | (pair < 0 ? 0 : two[pair]!);
			if (words > 1) {
				m1 |= one[TABLE + single]! | (pair < 0 ? 0 : two[TABLE + pair]!);
				for (let w = 2; w < words; w++) {
					const base = w * TABLE;
					mask[w]! |= one[base + single]! | (pair < 0 ? 0 : two[base + pair]!);
				}
			}
		}
		if (f & START) {
			for (let w = 0, base = c; w < setWords; w++, base += 65536) {
				for (let b = sets[base]!; b !== 0; ) {
					const bit = 31 - Math.clz32(b);
					b ^= 1 << bit;
					const k = (w << 5) | bit;
					// Lists grow as positions come (room for what the line holds, not for its length).
					let positions = at[k]!;
					const m = counts[k]!;
					if (m === positions.length) {
						const grown = new Int32Array(2 * m);
						grown.set(positions);
						at[k] = positions = grown;
					}
					positions[m] = i;
					counts[k] = m + 1;
				}
			}
		}
		if (f & SITE_BITS && i > 0) sites |= siteAt(s, i, f & SITE_BITS);
	}
	if (words > 0) mask[0] = m0;
	if (words > 1) mask[1] = m1;
	return sites;
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

const NO_POSITIONS = new Int32Array(0);

/**
 * The line every frame reads: its tokens and their index made on first use, then shared. It
 * notes whether a frame read `before` or `chars`: a run that read neither found what it found
 * from `s` alone, and stands for a run over the same line with any other end of the line before.
 */
class FrameLine implements Line, LazyTokens {
	readonly sites: number;
	readonly after = '';
	at: Int32Array = NO_POSITIONS;
	atCount = 0;
	readBefore = false;
	readChars = false;
	private tokens: Token[] | undefined;
	private idx: TokenIndex | undefined;
	#before: string;
	#chars: number;
	constructor(
		readonly s: string,
		before: string,
		sites: number,
		chars = -1
	) {
		this.sites = sites;
		this.#before = before;
		this.#chars = chars;
	}
	get before(): string {
		this.readBefore = true;
		return this.#before;
	}
	/** The line's LC_* bits: the engine's when this is the rule's line as it is, else read on first use. */
	get chars(): number {
		this.readChars = true;
		if (this.#chars < 0) this.#chars = lineChars(this.s);
		return this.#chars;
	}
	tags(): readonly Token[] {
		return (this.tokens ??= tag(this.s));
	}
	index(): TokenIndex {
		return (this.idx ??= new TokenIndex(this.s, this.tags()));
	}
}

/** One finding of a frame, kept to be passed on after the run (or placed after the whole sentence is read). */
type Found =
	| { from: number; to: number; gap: [label: string, unit: string, valueKind: BlankInfo['valueKind'] | undefined] }
	| { from: number; to: number; date: 'year' | 'month' | 'day' };

/**
 * One run of a frame list over a line, kept for the runs right after it: a sentence broken
 * across lines is read whole and again in parts (runFrames), and missing-number reads the line
 * before and the sentence run on (rules/missing-number.ts); the same line comes back within a few
 * runs, and is answered from here when what the frames read of it is the same.
 */
interface Run {
	s: string;
	before: string;
	chars: number;
	/** Whether a frame read `before` (`chars`): if not, the run stands for any other. */
	readBefore: boolean;
	readChars: boolean;
	found: Found[];
}
/** How many of a frame list's latest runs are kept (the runs over one line and its neighbours). */
const RECENT = 8;

/** A kept run over `s` that stands for this one (the same line; what its frames read of the rest the same), if any. */
function recentRun(list: ReadyList, s: string, before: string, chars: number): Found[] | undefined {
	const { recent } = list;
	for (let k = 0; k < recent.length; k++) {
		const r = recent[k]!;
		if (r.s === s && (r.before === before || !r.readBefore) && (r.chars === chars || !r.readChars)) return r.found;
	}
	return undefined;
}

/** Runs the frame list over the folded line `s` into `out`; returns the line as the frames saw it (what they read of it). */
function runInto(list: ReadyList, s: string, before: string, chars: number, out: FrameOutput): FrameLine {
	const x = takeScratch(list);
	try {
		const line = new FrameLine(s, before, scanLine(list, x, s), chars);
		const { items } = list;
		const { mask, at, counts } = x;
		for (let i = 0; i < items.length; i++) {
			const r = items[i]!;
			if (r.pattern !== null) {
				if (r.word >= 0 && (mask[r.word]! & r.bit) === 0) continue;
				runPattern(r.frame!, r.pattern, s, line, out);
				continue;
			}
			const frame = r.code!;
			if (r.set >= 0) {
				const count = counts[r.set]!;
				if (count === 0) continue;
				line.at = at[r.set]!;
				line.atCount = count;
			} else {
				line.at = NO_POSITIONS;
				line.atCount = 0;
			}
			if (frame.applies && !frame.applies(line)) continue;
			frame.find(line, out);
		}
		return line;
	} finally {
		giveBack(list, x);
	}
}

/**
 * What `frames` find on the folded line `s` alone (with the end of the line before it, for code
 * frames that read it), kept for the next runs; `chars` is the line's LC_* bits when known.
 * Shared: not to be changed.
 */
function findAll(list: ReadyList, s: string, before: string, chars: number): Found[] {
	const known = recentRun(list, s, before, chars);
	if (known !== undefined) return known;
	const found: Found[] = [];
	const line = runInto(
		list,
		s,
		before,
		chars,
		{
			gap: (from, to, label, unit, valueKind) => void found.push({ from, to, gap: [label, unit, valueKind] }),
			date: (from, to, part) => void found.push({ from, to, date: part })
		}
	);
	const { recent } = list;
	const run: Run = { s, before, chars, readBefore: line.readBefore, readChars: line.readChars, found };
	if (recent.length < RECENT) recent.push(run);
	else recent[list.next] = run;
	list.next = (list.next + 1) % RECENT;
	return found;
}

/**
 * Runs `frames` over the folded line `s` alone (with the end of the line before it, for code
 * frames that read it), in order, into `out`; `chars` is the line's LC_* bits when known. A line
 * one of the latest runs read (a sentence's parts, runFrames) is answered from it; a line read
 * on its own is passed on as found, not kept (most lines are read once).
 */
function runLine(frames: readonly Frame[], s: string, out: FrameOutput, before = '', chars = -1): void {
	const list = ready(frames);
	const found = recentRun(list, s, before, chars);
	if (found === undefined) {
		runInto(list, s, before, chars, out);
		return;
	}
	for (let i = 0; i < found.length; i++) {
		const f = found[i]!;
		if ('gap' in f) out.gap(f.from, f.to, f.gap[0], f.gap[1], f.gap[2]);
		else out.date(f.from, f.to, f.date);
	}
}

function collect(frames: readonly Frame[], s: string, before = ''): Found[] {
	return findAll(ready(frames), s, before, -1);
}

function emit(out: FrameOutput, f: Found, shift: number, max: number): void {
	const from = f.from - shift;
	const to = Math.min(f.to - shift, max);
	if ('gap' in f) out.gap(from, to, f.gap[0], f.gap[1], f.gap[2] ?? 'number');
	else out.date(from, to, f.date);
}

const isSpace = (c: number): boolean => c === 32 || c === 9;

/**
 * Runs `frames` over the folded line `s`, in order, into `out`. When the sentence runs on from
 * the line before (`before`, its end) or into the next one (`after`, its start) — the line broke
 * inside it (../text/continuation.ts) — the frames read it whole: 城乡居民人⏎均可支配收入 is
 * prose, 访问量⏎万次 a count gone. Where the line broke, a gap the earlier line shows on its own
 * (同比增长⏎%) stays at its end; one only the whole sentence shows (访问量⏎万次) is the later
 * line's, at its start; a gap at the end of a line whose next line carries on another way
 * (突破⏎下一步) stays, unless a word runs across the break (办理率达⏎到85%). A letter-spaced line
 * (../text/letter-spacing.ts) is read closed up. `chars` is the line's LC_* bits
 * (../tagger/line-chars.ts) when the caller has them (the engine's RuleContext.chars).
 */
export function runFrames(frames: readonly Frame[], line: string, to: FrameOutput, lineBefore = '', lineAfter = '', chars = -1): void {
	// A letter-spaced line (监 测 点 位  个 ，) is read closed up, and what it reports mapped back.
	const spaced = letterSpaced(line) ? closeUp(line) : undefined;
	const s = spaced ? spaced.text : line;
	const before = letterSpaced(lineBefore) ? closeUp(lineBefore).text : lineBefore;
	const after = letterSpaced(lineAfter) ? closeUp(lineAfter).text : lineAfter;
	const out: FrameOutput = spaced
		? {
				gap: (a, b, label, unit, valueKind) => to.gap(spaced.at[a]!, spaced.at[b]!, label, unit, valueKind),
				date: (a, b, part) => to.date(spaced.at[a]!, spaced.at[b]!, part)
			}
		: to;
	const tail = before && joinsLines(before, s) ? before : '';
	const head = after && joinsLines(s, after) ? after : '';
	if (!tail && !head) {
		runLine(frames, s, out, before, spaced ? -1 : chars);
		return;
	}
	const shift = tail.length;
	let lead = 0;
	while (lead < s.length && isSpace(s.charCodeAt(lead))) lead++;
	let end = s.length;
	while (end > lead && isSpace(s.charCodeAt(end - 1))) end--;
	const whole = collect(frames, tail + s + head);
	// Does the line before show the gap at the break on its own? Asked only when it matters.
	let shows = -1;
	const beforeShows = (): boolean => {
		if (shows < 0) shows = tail !== '' && collect(frames, tail).some((f) => f.from >= tail.trimEnd().length) ? 1 : 0;
		return shows === 1;
	};
	let seamAfter = false;
	for (const f of whole) {
		const at = f.from - shift;
		if (at < 0 || at > s.length) continue;
		if (tail && at <= lead) {
			if (!beforeShows()) emit(out, f, shift, s.length);
		} else if (head && at >= end) seamAfter = true;
		else emit(out, f, shift, s.length);
	}
	// A unit opening the line after a word (就业意向⏎人。) as frames read it at a line's start,
	// unless the break splits a word or a unit (立⏎方米, 设备台⏎套: the figure goes before 台).
	if (tail && !endsWithUnit(tail) && !wordRunsAcross(tail.trimEnd(), s.slice(lead)) && !beforeShows()) {
		for (const f of collect(frames, s, tail)) if (f.from <= lead) emit(out, f, 0, s.length);
	}
	// The line's own gap at its end stands when the joined sentence has one at the seam too, or when
	// the next line neither opens with a figure nor carries on a word (the line alone is read only then).
	if (!head || !(seamAfter || (!opensWithFigure(head) && !wordRunsAcross(s.slice(0, end), head)))) return;
	for (const f of collect(frames, s)) if (f.from >= end) emit(out, f, 0, s.length);
}
