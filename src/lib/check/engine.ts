/**
 * The engine: resolves the configured rules, runs paragraph rules line by line (caching their
 * findings by line text so unchanged paragraphs are reused) and document rules on the whole
 * text, then turns reports into findings with line, column and a stable key. Re-checking an
 * edited text, it keeps the lines before and after the edit as they were (same strings, same
 * flags) and folds and splits only the edited stretch.
 */
import type { CheckConfig, DocumentLines, Finding, Report, Rule, Severity, TextEdit } from './types';
import { closesWithFigure, isRunningHead, opensWithUnit } from './text/continuation';
import { formatMessage } from './messages';
import { findingKey, findingKeyAgain, keyWithin, type KeyMemo } from './keys';
import { foldLines } from './tagger/line-chars';
import { lineOf } from '$lib/text/line-index';

interface ActiveRule {
	rule: Rule;
	severity: Severity;
	options: Readonly<Record<string, unknown>>;
}

/** A finding before it knows where its paragraph sits: offsets relative to the unit checked. */
interface RawFinding {
	rule: ActiveRule;
	from: number;
	to: number;
	messageId: string;
	message: string;
	fix?: TextEdit[];
	blank?: Finding['blank'];
	/** The base key, when its context lies inside the paragraph (computed once, cached with it). */
	key?: string;
	/** Else the base key last made for it, with the characters around it then. */
	edge?: KeyMemo;
}

const EMPTY_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

function resolveRules(builtin: readonly Rule[], config: CheckConfig | undefined): ActiveRule[] {
	const all = [...builtin, ...(config?.extraRules ?? [])];
	const active: ActiveRule[] = [];
	for (const rule of all) {
		const setting = config?.rules?.[rule.meta.id];
		let severity: Severity | 'off' = rule.meta.defaultSeverity;
		let options = EMPTY_OPTIONS;
		if (typeof setting === 'string') severity = setting;
		else if (setting) {
			severity = setting.severity;
			options = setting.options ?? EMPTY_OPTIONS;
		}
		if (severity !== 'off') active.push({ rule, severity, options });
	}
	return active;
}

const NO_FINDINGS: RawFinding[] = [];

/** The context a rule's `create` receives, kept per rule and refilled for each text it reads. */
interface Runner {
	active: ActiveRule;
	/** Where the rule's reports go for the text being read. */
	out: RawFinding[];
	ctx: { text: string; folded: string; before: string; after: string; chars: number | undefined; lines: DocumentLines | undefined; options: Readonly<Record<string, unknown>>; report: (r: Report) => void };
}

/** One context and one report function per rule and engine, not per rule and line. */
function runner(active: ActiveRule): Runner {
	const { rule } = active;
	const self: Runner = { active, out: NO_FINDINGS, ctx: { text: '', folded: '', before: '', after: '', chars: undefined, lines: undefined, options: active.options, report: () => {} } };
	self.ctx.report = (r: Report) => {
		const template = rule.meta.messages[r.messageId] ?? r.messageId;
		// Every field in the literal: one shape for all, no property added later.
		const raw: RawFinding = {
			rule: active,
			from: r.from,
			to: r.to,
			messageId: r.messageId,
			message: formatMessage(template, r.data),
			fix: r.fix ? (Array.isArray(r.fix) ? r.fix : [r.fix]) : undefined,
			blank: r.blank || undefined,
			key: undefined,
			edge: undefined
		};
		self.out.push(raw);
	};
	return self;
}

/**
 * Runs one rule on one text. The context keeps the text until `release` (once per check, not per
 * rule and line: this runs for every paragraph rule on every line).
 */
function run(r: Runner, text: string, folded: string, out: RawFinding[], before = '', after = '', lines?: DocumentLines, chars?: number): void {
	const { ctx } = r;
	ctx.text = text;
	ctx.folded = folded;
	ctx.before = before;
	ctx.after = after;
	ctx.lines = lines;
	ctx.chars = chars;
	r.out = out;
	r.active.rule.create(ctx);
}

/** Nothing of the checked text stays reachable from the rule's context. */
function release(r: Runner): void {
	const { ctx } = r;
	r.out = NO_FINDINGS;
	ctx.text = ctx.folded = ctx.before = ctx.after = '';
	ctx.lines = undefined;
	ctx.chars = undefined;
}

const NOT_BLANK_LINE = /\S/;
const CONTEXT = 16;

/** Whether a line ends a sentence (its last non-space character is 。！？; or similar). */
function endsSentence(folded: string, start: number, end: number): boolean {
	let i = end;
	while (i > start && (folded.charCodeAt(i - 1) <= 32 || folded.charCodeAt(i - 1) === 0x3000)) i--;
	if (i === start) return true;
	return '。！？!?;；'.includes(folded[i - 1]!);
}

/** [start, end) without leading or trailing spaces. */
function trimmed(folded: string, start: number, end: number): [number, number] {
	while (start < end && folded.charCodeAt(start) <= 32) start++;
	while (end > start && folded.charCodeAt(end - 1) <= 32) end--;
	return [start, end];
}

interface Positioned {
	from: number;
	to: number;
	rule: ActiveRule | string;
}
const ruleId = (x: Positioned) => (typeof x.rule === 'string' ? x.rule : x.rule.rule.meta.id);
function byPosition(a: Positioned, b: Positioned): number {
	if (a.from !== b.from) return a.from - b.from;
	if (a.to !== b.to) return a.to - b.to;
	const ra = ruleId(a);
	const rb = ruleId(b);
	return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/** Whether `xs` is already in `order` (sort is stable, so sorting it would change nothing). */
function inOrder<T>(xs: readonly T[], order: (a: T, b: T) => number): boolean {
	for (let i = 1; i < xs.length; i++) if (order(xs[i - 1]!, xs[i]!) > 0) return false;
	return true;
}

/**
 * Sorts a line's few findings by position in place, stably (as Array.prototype.sort): an
 * insertion sort, which makes no copy of the list; a long list goes to the built-in sort.
 */
function sortByPosition<T extends Positioned>(xs: T[]): void {
	if (xs.length > 16) {
		xs.sort(byPosition);
		return;
	}
	for (let i = 1; i < xs.length; i++) {
		const x = xs[i]!;
		let j = i;
		while (j > 0 && byPosition(xs[j - 1]!, x) > 0) {
			xs[j] = xs[j - 1]!;
			j--;
		}
		xs[j] = x;
	}
}

/** Merges two lists already sorted by position. */
function merge(a: Finding[], b: Finding[]): Finding[] {
	const out: Finding[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) out.push(byPosition(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
	while (i < a.length) out.push(a[i++]!);
	while (j < b.length) out.push(b[j++]!);
	return out;
}

/**
 * A gap at the very end of a line whose figure opens the next line (产值突破⏎520亿元): the text
 * was wrapped by hand, the number is there. Checked here because paragraph rules see one line; a rule asks for it
 * with `meta.wrapsToNextLine`.
 */
function wrapsToFigure(raw: RawFinding, folded: string, lineEnd: number): boolean {
	if (raw.to !== raw.from || !raw.rule.rule.meta.wrapsToNextLine) return false;
	let i = lineEnd;
	if (folded.charCodeAt(i) === 13) i++;
	if (folded.charCodeAt(i) !== 10) return false;
	i++;
	while (folded[i] === ' ' || folded[i] === '\t') i++;
	const c = folded.charCodeAt(i);
	return c >= 48 && c <= 57;
}

/**
 * The text split at its line breaks, kept between checks: lines the edit did not touch are the
 * same strings as last time (so caches keyed by them hash nothing new) and are never folded,
 * tested or sliced again.
 */
interface Split {
	text: string;
	folded: string;
	/** Start offset of every line. */
	starts: number[];
	/** Each line as split at \n (a \r before it kept), and folded. */
	segs: string[];
	foldedSegs: string[];
	/** Each line without its \r, and folded (the same strings when there is no \r). */
	lines: string[];
	foldedLines: string[];
	/** Per line: NON_BLANK, OPENS_UNIT, CLOSES_FIGURE, HEAD_NON_BLANK bits. */
	flags: number[];
	/** Per line: the rare characters its folded text holds (tagger/line-chars.ts), for every rule. */
	chars: number[];
}
const NON_BLANK = 1;
const OPENS_UNIT = 2;
const CLOSES_FIGURE = 4;
/** Not blank within its first 64 characters (how far the look for the next line reads). */
const HEAD_NON_BLANK = 8;

function lineFlags(line: string, folded: string): number {
	if (!NOT_BLANK_LINE.test(line) || isRunningHead(folded)) return 0;
	let f = NON_BLANK;
	if (opensWithUnit(folded)) f |= OPENS_UNIT;
	if (closesWithFigure(folded)) f |= CLOSES_FIGURE;
	if (line.length <= 64 || NOT_BLANK_LINE.test(line.slice(0, 64))) f |= HEAD_NON_BLANK;
	return f;
}

/**
 * Appends the lines of `region` (folded: `foldedRegion`, with the LC_* bits of each of its folded
 * lines in `bits`: foldLines), which starts at `at` in the text.
 */
function pushLines(split: Split, region: string, foldedRegion: string, bits: readonly number[], at: number, last: boolean): void {
	let from = 0;
	for (let j = 0; ; j++) {
		const nl = region.indexOf('\n', from);
		if (nl === -1 && !last) return;
		const end = nl === -1 ? region.length : nl;
		const seg = region.slice(from, end);
		// Where folding changed nothing, the folded line is the line itself (one string, and a rule
		// can tell by identity that the writer's characters are the folded ones).
		const same = foldedRegion === region;
		const fseg = same ? seg : foldedRegion.slice(from, end);
		const cr = end > from && region.charCodeAt(end - 1) === 13;
		const line = cr ? seg.slice(0, -1) : seg;
		const fline = same ? line : cr ? fseg.slice(0, -1) : fseg;
		split.starts.push(at + from);
		split.segs.push(seg);
		split.foldedSegs.push(fseg);
		split.lines.push(line);
		split.foldedLines.push(fline);
		split.flags.push(lineFlags(line, fline));
		split.chars.push(bits[j]!);
		if (nl === -1) return;
		from = nl + 1;
	}
}

function emptySplit(text: string, folded: string): Split {
	return { text, folded, starts: [], segs: [], foldedSegs: [], lines: [], foldedLines: [], flags: [], chars: [] };
}

/** Whether `text` holds `seg` at `at` (a slice compared whole: many times faster than startsWith in V8). */
const same = (text: string, at: number, seg: string) => text.slice(at, at + seg.length) === seg;

/** Splits `text`, reusing the lines of `prev` that the edit left as they were. */
function splitText(text: string, prev: Split | null): Split {
	if (!prev || prev.segs.length < 2) {
		const bits: number[] = [];
		const folded = foldLines(text, bits);
		const split = emptySplit(text, folded);
		pushLines(split, text, folded, bits, 0, true);
		return split;
	}
	const n = prev.segs.length;
	const delta = text.length - prev.text.length;
	// Lines before the edit: same text and line break at the same place.
	let a = 0;
	while (a < n - 1) {
		const at = prev.starts[a]!;
		const seg = prev.segs[a]!;
		if (!same(text, at, seg) || text.charCodeAt(at + seg.length) !== 10) break;
		a++;
	}
	const editFrom = prev.starts[a]!;
	// Lines after it, shifted: same text, starting a line, ending one.
	let b = n;
	while (b > a) {
		const seg = prev.segs[b - 1]!;
		const at = prev.starts[b - 1]! + delta;
		if (at < editFrom || !same(text, at, seg) || (at > 0 && text.charCodeAt(at - 1) !== 10)) break;
		if (b < n && text.charCodeAt(at + seg.length) !== 10) break;
		b--;
	}
	const editTo = b < n ? prev.starts[b]! + delta : text.length;
	// A copy, not a view into `text`: the new lines live on in caches, and a view would keep the
	// whole text of every keystroke alive with them.
	const region = (' ' + text.slice(editFrom, editTo)).slice(1);
	const bits: number[] = [];
	const foldedRegion = foldLines(region, bits);
	// Where folding changes nothing in the whole text (the last check's and the edit's), the folded
	// text is the text itself: no new string of the whole document, which a rule reading it would
	// have to flatten from its pieces at every keystroke.
	const folded =
		prev.folded === prev.text && foldedRegion === region
			? text
			: b < n
				? prev.folded.slice(0, editFrom) + foldedRegion + prev.folded.slice(prev.starts[b]!)
				: prev.folded.slice(0, editFrom) + foldedRegion;
	const split = emptySplit(text, folded);
	split.starts = prev.starts.slice(0, a);
	split.segs = prev.segs.slice(0, a);
	split.foldedSegs = prev.foldedSegs.slice(0, a);
	split.lines = prev.lines.slice(0, a);
	split.foldedLines = prev.foldedLines.slice(0, a);
	split.flags = prev.flags.slice(0, a);
	split.chars = prev.chars.slice(0, a);
	pushLines(split, region, foldedRegion, bits, editFrom, b === n);
	for (let j = b; j < n; j++) {
		split.starts.push(prev.starts[j]! + delta);
		split.segs.push(prev.segs[j]!);
		split.foldedSegs.push(prev.foldedSegs[j]!);
		split.lines.push(prev.lines[j]!);
		split.foldedLines.push(prev.foldedLines[j]!);
		split.flags.push(prev.flags[j]!);
		split.chars.push(prev.chars[j]!);
	}
	return split;
}

/** A key count that lives across checks (no map rebuilt per check): counts of another check read as 0. */
interface KeyCount {
	check: number;
	n: number;
}

export class Engine {
	private readonly paragraphRules: Runner[];
	private readonly documentRules: Runner[];
	private readonly ignore: ReadonlySet<string>;
	/** Paragraph findings by line text; null when caching is off (one-shot checks). */
	private cache: Map<string, RawFinding[]> | null;
	/** The last check's lines (incremental checks only). */
	private split: Split | null = null;
	private keyCounts = new Map<string, KeyCount>();
	private checks = 0;

	constructor(builtin: readonly Rule[], config: CheckConfig | undefined, cache: boolean) {
		const active = resolveRules(builtin, config);
		this.paragraphRules = active.filter((a) => a.rule.scope === 'paragraph').map(runner);
		this.documentRules = active.filter((a) => a.rule.scope === 'document').map(runner);
		const ig = config?.ignore;
		this.ignore = ig instanceof Set ? ig : new Set(ig ?? []);
		this.cache = cache ? new Map() : null;
	}

	private checkLine(line: string, folded: string, before: string, after: string, chars: number): RawFinding[] {
		const out: RawFinding[] = [];
		for (const r of this.paragraphRules) run(r, line, folded, out, before, after, undefined, chars);
		// Sorted once here (and cached sorted), so the document's findings come out in order.
		if (out.length > 1 && !inOrder(out, byPosition)) sortByPosition(out);
		// Keys made here live on with the cached line; a one-shot check makes them all at the end.
		if (this.cache) for (const raw of out) raw.key = keyWithin(line, { rule: raw.rule.rule.meta.id, from: raw.from, to: raw.to, messageId: raw.messageId, blank: raw.blank });
		return out;
	}

	check(text: string): Finding[] {
		try {
			return this.checkAll(text);
		} finally {
			for (const r of this.paragraphRules) release(r);
			for (const r of this.documentRules) release(r);
		}
	}

	private checkAll(text: string): Finding[] {
		const previous = this.cache;
		const split = splitText(text, previous ? this.split : null);
		if (previous) this.split = split;
		const { starts, lines, foldedLines, flags, chars } = split;
		const foldedText = split.folded;
		const findings: Finding[] = [];
		const next = previous ? new Map<string, RawFinding[]>() : null;
		const n = starts.length;
		// The last non-blank line before this one.
		let prevLine = -1;
		for (let l = 0; l < n; l++) {
			const start = starts[l]!;
			const line = lines[l]!;
			const flag = flags[l]!;
			let key = line;
			let raws: RawFinding[] | undefined;
			if (!(flag & NON_BLANK)) raws = NO_FINDINGS;
			else {
				const folded = foldedLines[l]!;
				let before = '';
				let after = '';
				if (prevLine >= 0 && flag & OPENS_UNIT) {
					const p = foldedLines[prevLine]!;
					if (!endsSentence(p, 0, p.length)) {
						const [x, y] = trimmed(p, 0, p.length);
						before = p.slice(Math.max(x, y - CONTEXT), y);
					}
				}
				if (flag & CLOSES_FIGURE) {
					let m = l + 1;
					while (m < n && !(flags[m]! & HEAD_NON_BLANK)) m++;
					if (m < n) {
						const p = foldedLines[m]!;
						const [x, y] = trimmed(p, 0, p.length);
						after = p.slice(x, Math.min(y, x + CONTEXT));
					}
				}
				prevLine = l;
				if (before || after) key = `${before}\u0000${line}\u0000${after}`;
				raws = previous?.get(key);
				if (!raws) raws = this.checkLine(line, folded, before, after, chars[l]!);
			}
			if (next && flag & NON_BLANK) next.set(key, raws);
			for (const raw of raws) {
				if (raw.from === line.length && wrapsToFigure(raw, foldedText, start + line.length)) continue;
				const f = this.toFinding(raw, start, l, start);
				if (!raw.key && previous) f.key = (raw.edge = findingKeyAgain(text, f, raw.edge)).key;
				findings.push(f);
			}
		}
		if (next) this.cache = next;
		let all = findings;
		if (this.documentRules.length) {
			const raws: RawFinding[] = [];
			const docLines: DocumentLines = { starts, folded: split.foldedSegs, text: split.segs };
			for (const r of this.documentRules) run(r, text, foldedText, raws, '', '', docLines);
			if (raws.length) {
				raws.sort(byPosition);
				const doc = raws.map((raw) => {
					const l = lineOf(starts, raw.from);
					return this.toFinding(raw, 0, l, starts[l]!);
				});
				all = merge(findings, doc);
			}
		}
		this.assignKeys(text, all);
		return this.ignore.size ? all.filter((f) => !this.ignore.has(f.key)) : all;
	}

	private toFinding(raw: RawFinding, shift: number, line: number, lineStart: number): Finding {
		const { rule, severity } = raw.rule;
		const from = raw.from + shift;
		const to = raw.to + shift;
		const key = raw.key ?? '';
		const { blank } = raw;
		// The fields in the same order in each form (the order JSON shows them in), all in the
		// literal: no property added to a finding after it is made.
		if (raw.fix) {
			const fix = shift ? raw.fix.map((e) => ({ from: e.from + shift, to: e.to + shift, insert: e.insert })) : raw.fix;
			if (blank) return { rule: rule.meta.id, category: rule.meta.category, severity, from, to, line: line + 1, column: from - lineStart + 1, messageId: raw.messageId, message: raw.message, key, fix, blank };
			return { rule: rule.meta.id, category: rule.meta.category, severity, from, to, line: line + 1, column: from - lineStart + 1, messageId: raw.messageId, message: raw.message, key, fix };
		}
		if (blank) return { rule: rule.meta.id, category: rule.meta.category, severity, from, to, line: line + 1, column: from - lineStart + 1, messageId: raw.messageId, message: raw.message, key, blank };
		return { rule: rule.meta.id, category: rule.meta.category, severity, from, to, line: line + 1, column: from - lineStart + 1, messageId: raw.messageId, message: raw.message, key };
	}

	private assignKeys(text: string, findings: Finding[]): void {
		if (!this.cache) {
			// A one-shot check: its own count of each key, a number per key (no record kept for a next check).
			const seen = new Map<string, number>();
			for (const f of findings) {
				const base = f.key || findingKey(text, f);
				const n = seen.get(base);
				if (n === undefined) {
					seen.set(base, 1);
					f.key = base;
				} else {
					seen.set(base, n + 1);
					f.key = `${base}#${n}`;
				}
			}
			return;
		}
		const check = ++this.checks;
		const counts = this.keyCounts;
		// Stale keys of earlier checks are dropped now and then, not on every check.
		if (counts.size > 4 * findings.length + 1024) counts.clear();
		for (const f of findings) {
			const base = f.key || findingKey(text, f);
			let c = counts.get(base);
			if (!c) counts.set(base, (c = { check, n: 0 }));
			else if (c.check !== check) {
				c.check = check;
				c.n = 0;
			}
			const n = c.n++;
			f.key = n ? `${base}#${n}` : base;
		}
	}
}
