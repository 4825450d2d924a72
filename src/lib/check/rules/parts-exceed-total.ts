/**
 * Number consistency inside one sentence: "共有党员320名，其中女党员86名、…" — a part after 其中
 * larger than the total before it, or parts listed with 、 (same base unit) adding up to more than it.
 * Changes (同比增加300万元) and new statements (…，实现利税2亿元) are not parts.
 */
import { foldedOf } from '../text/normalize';
import { charsOf, LC_QI } from '../tagger/line-chars';
import { charTable } from '../text/chars';
import { escapeRe } from '../text/regex';
import { CHANGE_VERBS } from '../lexicon';
import { formatQuantity, quantitiesIn, type Quantity } from '../text/quantity';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';
import { NOT_A_VALUE, PART_STOPS } from './data/figures';

const SENTENCE_END = '。；;！？!?';
const CLAUSE_MARKS = '，,、；;：:（(）)';
/** Words that make a figure a change or a comparison, not a part: one regex, tested once per clause. */
const NOT_PART = new RegExp([...CHANGE_VERBS, ...NOT_A_VALUE.filter((w) => w !== '其中')].map(escapeRe).join('|'));
const PART_STOP = new RegExp(`^(?:${PART_STOPS.map(escapeRe).join('|')})`);

/** How far the scans reach: bounds keep the rule linear on long lines. */
const CLAUSE_REACH = 40;
const SENTENCE_REACH = 300;

/** Flags by UTF-16 unit: a table read with charCodeAt allocates nothing (s[i] makes a string per Chinese character). */
const IS_CLAUSE_MARK = charTable(CLAUSE_MARKS);
const IS_SENTENCE_END = charTable(SENTENCE_END);
const IS_SENTENCE_OR_CLOSE = charTable(SENTENCE_END + '）)');
const IS_OPEN_PAREN = charTable('（(');
/**
 * What may stand between the total and 其中 (120名，其中; 120名（其中): these marks and white
 * space (what a regex's \s matches: ECMAScript's white space and line terminators).
 */
const IS_TOTAL_GAP = charTable('，,（(：:\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');

/** Start of the clause holding offset `at` (after the last clause mark before it, not before `floor`). */
function clauseStart(s: string, at: number, floor: number): number {
	let i = at;
	while (i > floor && at - i < CLAUSE_REACH && !IS_CLAUSE_MARK[s.charCodeAt(i - 1)]) i--;
	return i;
}

/** The first offset from `from` (below `limit`) of a character flagged in `table`, else `limit`. */
function nextOf(table: Uint8Array, s: string, from: number, limit: number): number {
	let i = from;
	while (i < limit && table[s.charCodeAt(i)] !== 1) i++;
	return i;
}

/** Whether every character of s[from, to) is flagged in `table` (true when empty). */
function allOf(table: Uint8Array, s: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (table[s.charCodeAt(i)] !== 1) return false;
	return true;
}

export const partsExceedTotal = defineRule({
	meta: {
		id: 'parts-exceed-total',
		category: 'content',
		defaultSeverity: 'warning',
		messages: { partOver: M.partsExceedTotal.partOver, sumOver: M.partsExceedTotal.sumOver },
		description: M.partsExceedTotal.description
	},
	scope: 'paragraph',
	create(ctx) {
		const s = foldedOf(ctx);
		if (!(charsOf(ctx, s) & LC_QI)) return;
		// Figures are read only around each 其中: the total just before it, the parts up to the sentence end.
		for (let k = s.indexOf('其中'); k !== -1; k = s.indexOf('其中', k + 2)) {
			const from = Math.max(0, k - CLAUSE_REACH);
			const to = nextOf(IS_SENTENCE_END, s, k, Math.min(s.length, k + SENTENCE_REACH + 8));
			// Read as if the stretch were the whole text, at offsets in the line (no slice).
			const qs = quantitiesIn(s, from, Math.min(s.length, to + 8));
			if (qs.length < 2) continue;
			let qi = 0;
			while (qi < qs.length && qs[qi]!.to <= k) qi++;
			const total = qi > 0 ? qs[qi - 1]! : null;
			if (!total || !total.base || k - total.to > 3 || !allOf(IS_TOTAL_GAP, s, total.to, k)) continue;
			const totalClause = s.slice(clauseStart(s, total.from, 0), total.from);
			if (NOT_PART.test(totalClause)) continue;
			const paren = nextOf(IS_OPEN_PAREN, s, total.to, k) < k;
			// Without a bracket the parts end where the sentence does, as found above (the same scan, less far).
			const reach = Math.min(s.length, k + SENTENCE_REACH);
			const end = paren ? nextOf(IS_SENTENCE_OR_CLOSE, s, k, reach) : Math.min(to, reach);
			const parts: Quantity[] = [];
			// Parts listed with 、 partition the total; a part after ， may be a part of a part
			// (其中专任教师118名，研究生学历教师23名), so it is checked alone, not added up.
			let listed = 0;
			let partsFrom = -1;
			for (let j = qi; j < qs.length && qs[j]!.from < end; j++) {
				const q = qs[j]!;
				const cs = clauseStart(s, q.from, k + 2);
				const clause = s.slice(cs, q.from);
				if (cs > k + 2 && PART_STOP.test(clause)) break;
				if (q.base !== total.base || NOT_PART.test(clause)) continue;
				if (partsFrom < 0) partsFrom = cs;
				if (listed === parts.length && (parts.length === 0 || s[cs - 1] === '、')) listed++;
				parts.push(q);
			}
			if (!parts.length) continue;
			const over = parts.find((p) => p.value - total.value > p.error + total.error);
			if (over) {
				ctx.report({ from: over.from, to: over.to, messageId: 'partOver', data: { part: ctx.text.slice(over.from, over.to), total: formatQuantity(total) } });
				continue;
			}
			const list = parts.slice(0, listed);
			const sum = list.reduce((a, p) => a + p.value, 0);
			const slack = list.reduce((a, p) => a + p.error, total.error);
			if (list.length >= 2 && sum - total.value > slack) {
				const last = list[list.length - 1]!;
				ctx.report({ from: partsFrom, to: last.to, messageId: 'sumOver', data: { sum: formatQuantity({ value: sum, unit: total.unit }), total: formatQuantity(total) } });
			}
		}
	}
});
