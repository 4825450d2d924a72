/**
 * The engine: resolves the configured rules, runs paragraph rules line by line (caching their
 * findings by line text so unchanged paragraphs are reused) and document rules on the whole
 * text, then turns reports into findings with line, column and a stable key.
 */
import type { CheckConfig, Finding, Report, Rule, Severity, TextEdit } from './types';
import { fold } from './text/normalize';
import { closesWithFigure, opensWithUnit } from './text/continuation';
import { formatMessage } from './messages';
import { findingKey, keyWithin } from './keys';

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

function run(active: ActiveRule, text: string, folded: string, out: RawFinding[], before = '', after = ''): void {
	const { rule } = active;
	const report = (r: Report) => {
		const template = rule.meta.messages[r.messageId] ?? r.messageId;
		const raw: RawFinding = {
			rule: active,
			from: r.from,
			to: r.to,
			messageId: r.messageId,
			message: formatMessage(template, r.data)
		};
		if (r.fix) raw.fix = Array.isArray(r.fix) ? r.fix : [r.fix];
		if (r.blank) raw.blank = r.blank;
		out.push(raw);
	};
	rule.create({ text, folded, before, after, options: active.options, report });
}

/** Start offsets of every line of `text` (split on \n; a \r before it stays in the line). */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
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

export class Engine {
	private readonly paragraphRules: ActiveRule[];
	private readonly documentRules: ActiveRule[];
	private readonly ignore: ReadonlySet<string>;
	/** Paragraph findings by line text; null when caching is off (one-shot checks). */
	private cache: Map<string, RawFinding[]> | null;

	constructor(builtin: readonly Rule[], config: CheckConfig | undefined, cache: boolean) {
		const active = resolveRules(builtin, config);
		this.paragraphRules = active.filter((a) => a.rule.scope === 'paragraph');
		this.documentRules = active.filter((a) => a.rule.scope === 'document');
		const ig = config?.ignore;
		this.ignore = ig instanceof Set ? ig : new Set(ig ?? []);
		this.cache = cache ? new Map() : null;
	}

	private checkLine(line: string, folded: string, before: string, after: string): RawFinding[] {
		const out: RawFinding[] = [];
		if (!NOT_BLANK_LINE.test(line)) return out;
		for (const active of this.paragraphRules) run(active, line, folded, out, before, after);
		// Sorted once here (and cached sorted), so the document's findings come out in order.
		if (out.length > 1) out.sort(byPosition);
		for (const raw of out) raw.key = keyWithin(line, { rule: raw.rule.rule.meta.id, from: raw.from, to: raw.to, messageId: raw.messageId, blank: raw.blank });
		return out;
	}

	check(text: string): Finding[] {
		const starts = lineStarts(text);
		const foldedText = fold(text);
		const findings: Finding[] = [];
		const previous = this.cache;
		const next = previous ? new Map<string, RawFinding[]>() : null;
		const n = starts.length;
		const lineEndOf = (l: number) => {
			const start = starts[l]!;
			const end = l + 1 < n ? starts[l + 1]! - 1 : text.length;
			return end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
		};
		// The last non-blank line before this one, and whether its sentence runs on.
		let prevStart = -1;
		let prevEnd = -1;
		for (let l = 0; l < n; l++) {
			const start = starts[l]!;
			const lineEnd = lineEndOf(l);
			const line = text.slice(start, lineEnd);
			const blank = !NOT_BLANK_LINE.test(line);
			let before = '';
			let after = '';
			if (!blank) {
				const folded = foldedText.slice(start, lineEnd);
				if (prevStart >= 0 && opensWithUnit(folded) && !endsSentence(foldedText, prevStart, prevEnd)) {
					const [a, b] = trimmed(foldedText, prevStart, prevEnd);
					before = foldedText.slice(Math.max(a, b - CONTEXT), b);
				}
				if (closesWithFigure(folded)) {
					let m = l + 1;
					while (m < n && !NOT_BLANK_LINE.test(text.slice(starts[m]!, Math.min(lineEndOf(m), starts[m]! + 64)))) m++;
					if (m < n) {
						const [a, b] = trimmed(foldedText, starts[m]!, lineEndOf(m));
						after = foldedText.slice(a, Math.min(b, a + CONTEXT));
					}
				}
				prevStart = start;
				prevEnd = lineEnd;
			}
			const key = before || after ? `${before}\u0000${line}\u0000${after}` : line;
			let raws = previous?.get(key);
			if (!raws) raws = this.checkLine(line, foldedText.slice(start, lineEnd), before, after);
			if (next) next.set(key, raws);
			for (const raw of raws) {
				if (raw.from === line.length && wrapsToFigure(raw, foldedText, lineEnd)) continue;
				findings.push(this.toFinding(raw, start, l, start));
			}
		}
		if (next) this.cache = next;
		let all = findings;
		if (this.documentRules.length) {
			const raws: RawFinding[] = [];
			for (const active of this.documentRules) run(active, text, foldedText, raws);
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
		const f: Finding = {
			rule: rule.meta.id,
			category: rule.meta.category,
			severity,
			from,
			to: raw.to + shift,
			line: line + 1,
			column: from - lineStart + 1,
			messageId: raw.messageId,
			message: raw.message,
			key: raw.key ?? ''
		};
		if (raw.fix) f.fix = shift ? raw.fix.map((e) => ({ from: e.from + shift, to: e.to + shift, insert: e.insert })) : raw.fix;
		if (raw.blank) f.blank = raw.blank;
		return f;
	}

	private assignKeys(text: string, findings: Finding[]): void {
		const seen = new Map<string, number>();
		for (const f of findings) {
			const base = f.key || findingKey(text, f);
			const n = seen.get(base) ?? 0;
			seen.set(base, n + 1);
			f.key = n ? `${base}#${n}` : base;
		}
	}
}
