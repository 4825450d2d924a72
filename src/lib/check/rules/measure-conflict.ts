/**
 * Number consistency across the report: one measure given two values (营业收入12.38亿元 here,
 * 12.83亿元 there), or the same digits 10ⁿ times off (12.38亿元 / 12.38万元: a 万/亿 slip). The
 * finding sits on the later figure and names the earlier one with its line.
 *
 * Only plain statements count: the words before the figure name the measure (generic subjects
 * and reporting verbs stripped: 公司实现营业收入 = 全年营业收入 = 营业收入), and figures that
 * are changes, comparisons, bounds, parts, other periods, targets, other years or in a plan
 * section are left out. One finding per measure: when more figures of it differ from the earlier
 * one, the finding counts them and names their lines (a measure stated with many values would
 * otherwise underline every one of them). The report year is `options.year`, else the year in the title line, else
 * the year of the first paragraph opening "2026年，".
 */
import { documentLines } from '../text/lines';
import { escapeRe } from '../text/regex';
import { CHANGE_VERBS } from '../lexicon';
import { quantitiesIn, type Quantity } from '../text/quantity';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { GENERIC_SUBJECTS, ITEM_ATTRIBUTES, NOT_A_VALUE, OTHER_PERIOD, PLAN_HEADING, REPORTING_VERBS } from './data/figures';
import { LineCache } from '../line-cache';
import { runsOn } from '../text/continuation';

const CLAUSE_MARKS = '，,、；;：:（(）)。！？!?“”…';
const SENTENCE_END = '。！？!?；;';
const TOP_HEADING = /^\s*(?:#{1,3}\s|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]+(?:部分|章))/;
const SUB_HEADING = /^\s*(?:#{4,6}\s|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[、.．])/;
const YEAR = /(?<![0-9])((?:19|20)[0-9]{2})年/g;
const OPENING_YEAR = /^[ \t]*((?:19|20)[0-9]{2})年(?:度)?[，,]/;
const APPROX_AFTER = /^(?:以上|以下|以内|左右|多|余|上下|大关|台阶)/;
const SKIP_WORDS = new RegExp([...CHANGE_VERBS, ...NOT_A_VALUE].map(escapeRe).join('|'));
const MAX_MEASURE = 16;
const LEADING = [...GENERIC_SUBJECTS, ...REPORTING_VERBS];
const MEASURE_CHARS = /^[\u3400-\u9fffA-Za-z]{2,}$/;
const TWO_HAN = /[\u3400-\u9fff].*[\u3400-\u9fff]/;

/** The measure named by the words before a figure, or '' when they name none plainly. */
export function measureKey(clause: string): string {
	// The sentence's year was checked already: 2026年营业收入 names 营业收入.
	let k = clause.trim().replace(/^(?:19|20)[0-9]{2}年度?/, '');
	for (let changed = true; changed; ) {
		changed = false;
		for (const w of LEADING) {
			if (k.startsWith(w) && k.length > w.length + 1) {
				k = k.slice(w.length);
				changed = true;
			}
		}
		for (const w of REPORTING_VERBS) {
			if (k.endsWith(w) && k.length > w.length + 1) {
				k = k.slice(0, -w.length);
				changed = true;
			}
		}
	}
	return MEASURE_CHARS.test(k) && TWO_HAN.test(k) ? k : '';
}

interface Seen {
	q: Quantity;
	/** The line's 1-based number (its start in the text is read from the lines at report time). */
	line: number;
	/** Where it stands among the statements read: the line's place, the figure's place in it. */
	i: number;
	j: number;
}

/** The first figure of a measure that differs from its earlier statement, and the later ones. */
interface Conflict {
	earlier: Seen;
	here: Seen;
	moreLines: number[];
}
const MORE_LINES = 5;

/** Whether `ratio` is 10ⁿ (n ≥ 1) within the figures' rounding; returns 10ⁿ or 0. */
function powerOfTen(big: Quantity, small: Quantity): number {
	for (let n = 1; n <= 8; n++) {
		const p = 10 ** n;
		if (Math.abs(big.value - small.value * p) <= big.error + small.error * p) return p;
	}
	return 0;
}

/** What a line is, for the section logic: cached by line text (the rule reads every line at every keystroke). */
interface LineInfo {
	blank: boolean;
	/** A short line without sentence marks: a title or a heading. */
	short: boolean;
	top: boolean;
	sub: boolean;
	planHeading: boolean;
	/** The year of a paragraph opening "2026年，", else 0. */
	opening: number;
	/** The first year-like figure in the line, else 0 (a title's year). */
	anyYear: number;
}
const infoCache = new LineCache<string, LineInfo>();

function lineInfo(line: string): LineInfo {
	let info = infoCache.get(line);
	if (info) return info;
	const t = line.trim();
	info = {
		blank: !t,
		short: t.length <= 40 && !/[。，；,;]/.test(line),
		top: TOP_HEADING.test(line),
		sub: SUB_HEADING.test(line),
		planHeading: PLAN_HEADING.test(line),
		opening: Number(OPENING_YEAR.exec(line)?.[1] ?? 0),
		anyYear: Number(/(?:19|20)[0-9]{2}/.exec(line)?.[0] ?? 0)
	};
	infoCache.set(line, info);
	return info;
}

/** A plain statement of a measure on one line: its name and its figure (offsets in the line). */
interface LineFigure {
	key: string;
	q: Quantity;
}

/**
 * The line's plain statements, cached by line text and report year: the rule runs on the whole
 * text at every keystroke, and only the edited line has to be read again.
 */
const lineCache = new Map<number, LineCache<string, readonly LineFigure[]>>();

function figuresOf(line: string, reportYear: number, continued: boolean): readonly LineFigure[] {
	let byLine = lineCache.get(reportYear);
	if (!byLine) lineCache.set(reportYear, (byLine = new LineCache()));
	const cacheKey = continued ? `\u0001${line}` : line;
	const hit = byLine.get(cacheKey);
	if (hit) return hit;
	const out: LineFigure[] = [];
	let sentenceAt = -1;
	let sentenceSkipped = false;
	for (const q of quantitiesIn(line)) {
		if (!q.base || APPROX_AFTER.test(line.slice(q.to, q.to + 2))) continue;
		let cs = q.from;
		while (cs > 0 && q.from - cs <= MAX_MEASURE && !CLAUSE_MARKS.includes(line[cs - 1]!)) cs--;
		const clause = line.slice(cs, q.from);
		if (clause.length > MAX_MEASURE || SKIP_WORDS.test(clause)) continue;
		// The line carries on a sentence from the line before, and the words before the figure reach
		// back to the break: they are the end of the measure's name (民商事⏎案件512件), not all of it.
		if (continued && line.slice(0, cs).trim() === '') continue;
		let ss = cs;
		while (ss > 0 && q.from - ss < 200 && !SENTENCE_END.includes(line[ss - 1]!)) ss--;
		// Figures of one sentence share its verdict (other period, other year): judged once.
		if (ss !== sentenceAt) {
			sentenceAt = ss;
			let se = q.to;
			while (se < line.length && se - q.to < 200 && !SENTENCE_END.includes(line[se]!)) se++;
			const sentence = line.slice(ss, se);
			sentenceSkipped = OTHER_PERIOD.some((w) => sentence.includes(w));
			YEAR.lastIndex = 0;
			for (let y = YEAR.exec(sentence); y && !sentenceSkipped; y = YEAR.exec(sentence)) if (Number(y[1]) !== reportYear) sentenceSkipped = true;
		}
		if (sentenceSkipped) continue;
		const key = measureKey(clause);
		if (!key || ITEM_ATTRIBUTES.includes(key)) continue;
		out.push({ key, q });
	}
	byLine.set(cacheKey, out);
	return out;
}

/** Whether two lines' statements are the same measures and figures, wherever in the line they stand. */
function sameFigures(a: readonly LineFigure[], b: readonly LineFigure[]): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) {
		const x = a[i]!;
		const y = b[i]!;
		if (x.key !== y.key) return false;
		const p = x.q;
		const q = y.q;
		if (p.value !== q.value || p.error !== q.error || p.unit !== q.unit || p.base !== q.base) return false;
	}
	return true;
}

/**
 * The last statements read and their conflicts. The conflicts are a function of the statements
 * alone (each line's number and figures, in order), so a check whose statements are the same as
 * the last one's (an edit that changed no figure, no line count and no heading) takes its
 * conflicts as they were, with the figures where they stand now, instead of matching every
 * figure of the report again.
 */
let last: { year: number; lineNos: readonly number[]; figs: ReadonlyArray<readonly LineFigure[]>; conflicts: ReadonlyMap<string, Conflict> } | null = null;

/** The measures stated with two values, by measure, from the statements of the lines in order. */
function conflictsOf(year: number, lineNos: number[], figs: Array<readonly LineFigure[]>): ReadonlyMap<string, Conflict> {
	if (last && last.year === year && last.lineNos.length === lineNos.length) {
		let same = true;
		for (let i = 0; i < lineNos.length && same; i++) same = last.lineNos[i] === lineNos[i] && sameFigures(last.figs[i]!, figs[i]!);
		if (same) {
			const now = (e: Seen): Seen => ({ q: figs[e.i]![e.j]!.q, line: e.line, i: e.i, j: e.j });
			const conflicts = new Map<string, Conflict>();
			for (const [k, c] of last.conflicts) conflicts.set(k, { earlier: now(c.earlier), here: now(c.here), moreLines: c.moreLines });
			last = { year, lineNos, figs, conflicts };
			return conflicts;
		}
	}
	const seen = new Map<string, Seen[]>();
	const conflicts = new Map<string, Conflict>();
	for (let i = 0; i < lineNos.length; i++) {
		const line = lineNos[i]!;
		const fs = figs[i]!;
		for (let j = 0; j < fs.length; j++) {
			const { key, q } = fs[j]!;
			const list = seen.get(key);
			if (!list) {
				seen.set(key, [{ q, line, i, j }]);
				continue;
			}
			const earlier = list.find((e) => e.q.base === q.base);
			if (!earlier) {
				list.push({ q, line, i, j });
				continue;
			}
			const a = earlier.q;
			if (Math.abs(a.value - q.value) <= a.error + q.error) continue;
			const conflict = conflicts.get(key);
			if (!conflict) conflicts.set(key, { earlier, here: { q, line, i, j }, moreLines: [] });
			else if (conflict.earlier === earlier) conflict.moreLines.push(line);
		}
	}
	last = { year, lineNos, figs, conflicts };
	return conflicts;
}

export const measureConflict = defineRule({
	meta: {
		id: 'measure-conflict',
		category: 'content',
		defaultSeverity: 'warning',
		messages: {
			twoValues: M.measureConflict.twoValues,
			unitSlip: M.measureConflict.unitSlip,
			twoValuesMore: M.measureConflict.twoValues + M.measureConflict.more,
			unitSlipMore: M.measureConflict.unitSlip + M.measureConflict.more
		},
		description: M.measureConflict.description
	},
	scope: 'document',
	create(ctx) {
		// What each line is (cached by line text): the report year first, then the statements.
		const doc = documentLines(ctx);
		const n = doc.folded.length;
		let reportYear = typeof ctx.options.year === 'number' ? ctx.options.year : 0;
		// Without a year given, a paragraph opening "2026年，…" tells the report's year.
		for (let i = 0; i < n && !reportYear; i++) {
			const info = lineInfo(doc.folded[i]!);
			if (!info.blank && info.opening) reportYear = info.opening;
		}
		// The lines whose statements count, in order, with their figures (cached by line text).
		const lineNos: number[] = [];
		const figs: Array<readonly LineFigure[]> = [];
		let plan = false;
		let first = true;
		for (let i = 0; i < n; i++) {
			const line = doc.folded[i]!;
			const info = lineInfo(line);
			if (info.blank) continue;
			const { short } = info;
			if (first) {
				first = false;
				if (short) {
					if (!reportYear) reportYear = info.anyYear;
					continue;
				}
			}
			// Top headings open a section (a plan section's figures are targets); sub-headings may open one too.
			if (info.top || (short && !info.sub)) plan = info.planHeading;
			else if (info.sub && short && info.planHeading) plan = true;
			if (short || plan) continue;
			// The line before (no blank between) runs its sentence on into this one: not a title or heading.
			const before = i > 0 ? doc.folded[i - 1]! : '';
			const continued = before.trim() !== '' && !lineInfo(before).short && runsOn(before);
			const f = figuresOf(line, reportYear, continued);
			if (f.length === 0) continue;
			lineNos.push(i + 1);
			figs.push(f);
		}
		const conflicts = conflictsOf(reportYear, lineNos, figs);
		const figure = (e: Seen) => {
			const at = doc.starts[e.line - 1]!;
			return ctx.text.slice(at + e.q.from, at + e.q.to);
		};
		for (const [measure, { earlier, here, moreLines }] of conflicts) {
			const a = earlier.q;
			const q = here.q;
			const at = doc.starts[here.line - 1]!;
			const ratio = a.value > q.value ? powerOfTen(a, q) : powerOfTen(q, a);
			const data: Record<string, string | number> = { measure, line: earlier.line, other: figure(earlier), value: figure(here) };
			if (ratio) data.ratio = ratio;
			let messageId = ratio ? 'unitSlip' : 'twoValues';
			if (moreLines.length) {
				messageId += 'More';
				data.more = moreLines.length;
				data.lines = moreLines.slice(0, MORE_LINES).join('、');
				data.etc = moreLines.length > MORE_LINES ? M.measureConflict.etc : '';
			}
			ctx.report({ from: at + q.from, to: at + q.to, messageId, data });
		}
	}
});
