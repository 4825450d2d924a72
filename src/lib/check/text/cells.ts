/**
 * Cells of a table as a line shows them: what stands on its own in a cell (| xx |, a figure
 * between runs of spaces in a column layout, a value between tabs). One reading of "fills a
 * cell", for the table frames and the mask rules alike.
 */

import { ALL_UNITS, CLASSIFIERS } from '../lexicon';

/**
 * A cell opening with a deadline whose month is gone (| 月底前 |, ⇥月中旬⇥): no cell opens with 月
 * in these words but after its number (每月底前 opens with 每).
 */
export const MONTH_GONE_CELL = /^( *)月(?:底|初|中旬|上旬|下旬)/;

const space = (c: string | undefined) => c === ' ' || c === '\t';
const UNIT_SET: ReadonlySet<string> = new Set(ALL_UNITS);

/**
 * Whether [a, b) of line `s` fills a cell on its own: between | and | in a Markdown table row,
 * between tabs (one tab parts cells, as a spreadsheet pastes them: 利润总额⇥X.62⇥3.35), or between
 * runs of two or more spaces (or a line edge) in a plain-text column layout. One space on each
 * side is prose (型号 X200 的设备).
 */
export function fillsCell(s: string, a: number, b: number): boolean {
	let i = a;
	let tabBefore = false;
	while (i > 0 && space(s[i - 1])) if (s[--i] === '\t') tabBefore = true;
	let j = b;
	let tabAfter = false;
	while (j < s.length && space(s[j])) if (s[j++] === '\t') tabAfter = true;
	if (s[i - 1] === '|' && s[j] === '|') return true;
	const apartBefore = tabBefore || a - i >= 2;
	const apartAfter = tabAfter || j - b >= 2;
	return (i === 0 || apartBefore) && (j === s.length || apartAfter) && (apartBefore || apartAfter);
}

const isHan = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

/**
 * The cells of a Markdown table row as [from, to) offsets, or null when the line is no such row:
 * a line opening with | (| 指标 | 本年 |, indented or not), or a row typed without the outer pipes whose first cell
 * holds Chinese and that has two pipes at least (指标名称 | 全年目标 | 完成进度). A cell after the
 * last pipe counts when it holds text, and always in a row without the outer pipes (售电量|||: the
 * last figure gone too). The delimiter row (|---|:---:|) is no row of cells.
 */
export function pipeCells(s: string): Array<[number, number]> | null {
	// A row may be indented, as a template site leaves it (␣␣| 指标 | 计划数 |).
	let lead = 0;
	while (s[lead] === ' ' || s[lead] === '\t') lead++;
	const led = s.charCodeAt(lead) === 124;
	if (!led && s.indexOf('|') < 1) return null;
	const cells: Array<[number, number]> = [];
	let start = led ? lead + 1 : 0;
	for (let i = start; i < s.length; i++) {
		if (s.charCodeAt(i) === 124 && s[i - 1] !== '\\') {
			cells.push([start, i]);
			start = i + 1;
		}
	}
	if (!led) {
		if (cells.length < 2) return null;
		let han = false;
		for (let i = cells[0]![0]; i < cells[0]![1] && !han; i++) han = isHan(s.charCodeAt(i));
		if (!han) return null;
	}
	if (!led || s.slice(start).trim() !== '') cells.push([start, s.length]);
	for (const [a, b] of cells) for (let i = a; i < b; i++) if (!' :-\t'.includes(s[i]!)) return cells;
	return null;
}

/** Marks of a sentence or a list: a line holding one is prose or a data row, never a header. */
const NOT_HEADER_MARKS = /[，。；！？,;!?：:、]/;
/** A digit run in a header names a period (2026年, 2026 年末, 1—6月, 6月末, 20XX年), never a figure. */
const PERIOD_DIGITS = /[0-9]+(?:[xX×*]{0,2})(?= ?[年月季]|[—\-～~–][0-9]+[月年])|20[xX×*_]{2}(?= ?年)/g;
const DIGIT_OR_MASK = /[0-9xX×*_?□○]/;
const MAX_HEADER_CELL = 12;

/** The cells of a line split as a table shows them: pipes, tabs, runs of two spaces, or single spaces; null when none split it. */
function lineCells(s: string): string[] | null {
	const pipes = pipeCells(s);
	if (pipes) return pipes.map(([a, b]) => s.slice(a, b).trim());
	const t = s.trim();
	if (t.includes('\t')) return t.split(/\t+/).map((c) => c.trim());
	if (/ {2}/.test(t)) return t.split(/ {2,}/).map((c) => c.trim());
	if (t.includes(' ')) return t.split(' ');
	return null;
}

/**
 * Whether line `s` (folded) is a table's header row: three cells at least, every one filled
 * and short, no mark of a sentence, no figure (a digit only in the name of a period: 2026年,
 * 1—6月完成), no mask, no cell that is a deadline with its month gone (月底前). A header names
 * the columns and their units (| 指标 | 本年 | 上年 | 增减% |, 产品名称␣␣计划产量␣␣同比增幅):
 * no figure was ever written in it, so none is gone. Cells split by single spaces must hold two
 * characters at least (监 测 点 位 is a line typed letter-spaced, not a header).
 */
export function headerRow(s: string): boolean {
	if (s.length > 120 || NOT_HEADER_MARKS.test(s)) return false;
	const cells = lineCells(s);
	if (!cells || cells.length < 3) return false;
	const single = pipeCells(s) === null && !s.includes('\t') && !/ {2}/.test(s.trim());
	for (const c of cells) {
		if (c === '' || c.length > MAX_HEADER_CELL || (single && c.length < 2) || MONTH_GONE_CELL.test(c)) return false;
		if (DIGIT_OR_MASK.test(c.replace(PERIOD_DIGITS, ''))) return false;
	}
	return true;
}

/**
 * The label of a table row in line `s` (folded), as [from, to) without its spaces, or null: the
 * first cell of a Markdown or tab-separated row with other cells after it, short and without a
 * mark of a sentence (| 入馆人次 | 万人次 | 186.4 |: 人次 ends the measure's name). A label names
 * its measure; its figures stand in the other cells, so no figure is gone inside it past its
 * first character. Read once per line (a long line is no row of a table).
 */
export function rowLabel(s: string): readonly [number, number] | null {
	if (s.length > 400) return null;
	const pipes = pipeCells(s);
	let a: number;
	let b: number;
	if (pipes) {
		if (pipes.length < 2) return null;
		[a, b] = pipes[0]!;
	} else {
		const tab = s.indexOf('\t');
		if (tab < 0) return null;
		a = 0;
		b = tab;
	}
	while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
	while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
	return b - a <= 16 && !NOT_HEADER_MARKS.test(s.slice(a, b)) ? [a, b] : null;
}

/**
 * Whether the gap at `at` of line `s` stands in a short label alone on its line, before the unit
 * or classifier that ends it: a table laid out one cell per line (门急诊人次⏎⏎⏎出院人次), where
 * the name of each row stands alone and its figures on the lines after. Eight characters at
 * most, all Han, two of them at least before the unit (营业收入同比增长 ends in no unit: a
 * sentence broken off, not a label).
 */
export function labelLine(s: string, at: number): boolean {
	if (s.length > 24) return false;
	let a = 0;
	while (a < s.length && (s[a] === ' ' || s[a] === '\t')) a++;
	const t = s.trim();
	if (t.length > 8 || at - a < 2 || !/^[\u4e00-\u9fff]+$/.test(t)) return false;
	const unit = s.slice(at).trim();
	return unit !== '' && (UNIT_SET.has(unit) || (unit.length === 1 && CLASSIFIERS.includes(unit)));
}
