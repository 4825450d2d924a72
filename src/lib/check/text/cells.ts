/**
 * Cells of a table as a line shows them: what stands on its own in a cell (| xx |, a figure
 * between runs of spaces in a column layout, a value between tabs). One reading of "fills a
 * cell", for the table frames and the mask rules alike.
 */

import { ALL_UNITS, CLASSIFIERS, RANK_AFTER_ORDINAL, UNIT_SCALE_NAMES } from '../lexicon';
import { escapeRe } from './regex';

/**
 * A cell opening with a deadline whose month is gone (| 月底前 |, ⇥月中旬⇥): no cell opens with 月
 * in these words but after its number (每月底前 opens with 每).
 */
export const MONTH_GONE_CELL = /^( *)月(?:底|初|中旬|上旬|下旬)/;

/** A cell holding a rank whose figure is gone (第名, 第位): a figure's place, never a header's name. */
export const RANK_GONE_CELL = new RegExp(`^第[${RANK_AFTER_ORDINAL.chars}]$`);

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
/** A cell holding only a signed percent sign (-%, +﹪): a change whose figure is gone, never a column's name. */
const SIGNED_SIGN_CELL = /^[+\-−±][%％‰]$/;

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
 * 1—6月完成), no mask, no cell that is a deadline with its month gone (月底前) or a signed lone % (-%). A header names
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
		if (c === '' || c.length > MAX_HEADER_CELL || (single && c.length < 2) || MONTH_GONE_CELL.test(c) || RANK_GONE_CELL.test(c) || SIGNED_SIGN_CELL.test(c)) return false;
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
 * sentence broken off, not a label). Also a unit alone on its line under such a label alone on
 * the line `before`, a cell or the next row's label on the line `after`: the unit's own cell under 单位.
 */
export function labelLine(s: string, at: number, before?: string, after?: string): boolean {
	if (s.length > 24) return false;
	let a = 0;
	while (a < s.length && (s[a] === ' ' || s[a] === '\t')) a++;
	const t = s.trim();
	const unit = s.slice(at).trim();
	// A unit alone on its line between the label alone on the line before and a cell (empty, or a
	// figure) or the next row's label on the line after, in a column of units (交通固定资产投资⏎亿元⏎⏎⏎): the unit is its own
	// cell, no figure was before it. (年末存款余额⏎亿元⏎，较年初…: a sentence going on.)
	if (at <= a && before !== undefined && isUnit(t)) return /^[\u4e00-\u9fff]{2,12}$/.test(before.trim()) && (after === undefined || CELL_AFTER_UNIT.test(after) || NAME_AFTER_UNIT.test(after.trim()));
	if (t.length > 8 || at - a < 2 || !/^[\u4e00-\u9fff]+$/.test(t)) return false;
	return unit !== '' && isUnit(unit);
}
/**
 * lines8 (session 16): a run-in heading — a list number, a short title, then 。 or ： and the
 * paragraph (1.药占比。全院药占比由上年的29.6%下降到27.1%): the title names the measure its paragraph
 * states with a figure, so no figure stood at the title's end. A title holding a unit or a verb's
 * figure (1.全年完成产值亿元。) has its gap inside, not at its end, and still shows it.
 */
const RUN_IN_TITLE = /^[ \t\u3000]*(?:[0-9]{1,2}[.．、]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])[\u4e00-\u9fff]{2,10}$/;
const TITLE_END = '。：:';
/** Whether a gap at `at` of line `s` closes a run-in heading's title whose paragraph, on the same line, states a figure. */
export function runInTitleEnd(s: string, at: number): boolean {
	return TITLE_END.includes(s[at] ?? '') && RUN_IN_TITLE.test(s.slice(0, at)) && /[0-9]/.test(s.slice(at + 1));
}
/** A line filling a cell: empty, or a figure or a mask alone (3.2, 8X, -%). */
const CELL_AFTER_UNIT = /^[\s0-9.,%％+\-−xX*×]*$/;
/** A line naming the next row (新改建农村公路): short, Chinese, no mark of a sentence. */
const NAME_AFTER_UNIT = /^[\u4e00-\u9fff（）()]{1,12}$/;
/** A unit or a one-character classifier, alone (万元, 座). */
const isUnit = (u: string): boolean => UNIT_SET.has(u) || (u.length === 1 && CLASSIFIERS.includes(u));

/** A table laid out on one line, cells parted by single spaces (as a copied page leaves it): its header and its rows. */
export interface FlatTable {
	/** [from, to) of the header's cells, the names of the columns. */
	header: readonly [number, number];
	/** Each row's cells as [from, to) (an empty cell is [at, at)); cell 0 is the row's label. */
	rows: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
}

const FLAT_FIGURE = /[0-9]|[xX×*]{2}|^[*○□_]{1,3}$/;
const FLAT_MARKS = /[，。；！？,;!?、：:]/;
/** A column's name: short, Chinese, no figure but the digits of a period (本年累计, 2026年, 增减%). */
function columnName(c: string): boolean {
	return c.length > 0 && c.length <= 8 && /[\u4e00-\u9fff]/.test(c) && !FLAT_MARKS.test(c) && !DIGIT_OR_MASK.test(c.replace(PERIOD_DIGITS, ''));
}
/** A row's label: the name of a measure, without a figure (增值税, 净资产收益率). */
function rowName(c: string): boolean {
	return c.length > 0 && c.length <= 12 && /^[\u4e00-\u9fff（）()]+$/.test(c) && !UNIT_SET.has(c);
}
/** A cell of a row: empty, a figure, a unit, or a few words (增长, 提高0.4个百分点). */
function rowCell(c: string): boolean {
	return c.length <= 10 && !FLAT_MARKS.test(c);
}

/**
 * The table laid out on line `s` (folded), or null: a header of three to eight column names parted
 * by single spaces, then rows of as many cells, each opening with a label (税种 本年累计 上年同期
 * 增减% 增值税 31526 28471 10.7 企业所得税 12604  8.2 …: two spaces stand around an empty cell).
 * The header may follow a lead closed by a colon (主要运输指标: 指标 单位 完成 增幅 …). Two rows at
 * least, each holding a figure; what follows the last full row is left unread.
 */
export function flatTable(s: string): FlatTable | null {
	if (s.length < 24 || s.length > 2000) return null;
	let spaces = 0;
	for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) spaces++;
	if (spaces < 8) return null;
	const tokens: Array<[number, number]> = [];
	let a = 0;
	for (let i = 0; i <= s.length; i++) {
		if (i === s.length || s[i] === ' ') {
			tokens.push([a, i]);
			a = i + 1;
		}
	}
	const t = (i: number) => s.slice(tokens[i]![0], tokens[i]![1]);
	for (let h = 0; h <= 1 && h < tokens.length; h++) {
		if (h === 1 && !/[：:]$/.test(t(0))) break;
		for (let k = 3; k <= 8; k++) {
			let ok = true;
			for (let j = h; j < h + k && ok; j++) ok = j < tokens.length && columnName(t(j));
			if (!ok) break;
			const rows: Array<Array<[number, number]>> = [];
			for (let p = h + k; p + k <= tokens.length; p += k) {
				if (!rowName(t(p))) break;
				let figure = false;
				let cells = true;
				for (let j = p + 1; j < p + k && cells; j++) {
					cells = rowCell(t(j));
					figure ||= FLAT_FIGURE.test(t(j));
				}
				if (!cells || !figure) break;
				rows.push(tokens.slice(p, p + k));
			}
			if (rows.length >= 2) return { header: [tokens[h]![0], tokens[h + k - 1]![1]], rows };
		}
	}
	return null;
}

/**
 * Where line `s` (folded) names columns and measures in a table flattened onto it: the header, and
 * each row's label with the unit cell after it (客运量 万人次). No figure was ever written there.
 */
export function flatTableNames(s: string): Array<readonly [number, number]> {
	const table = flatTable(s);
	if (!table) return [];
	const out: Array<readonly [number, number]> = [table.header];
	for (const row of table.rows) {
		const unit = row[1] && UNIT_SET.has(s.slice(row[1][0], row[1][1])) ? row[1] : row[0]!;
		out.push([row[0]![0], unit[1]]);
	}
	return out;
}

/** A note giving a table's units in brackets: （单位：万盒、吨，增幅为%）. */
const UNIT_NOTE = /[（(]单位[：:][^（()）\n]*[）)]/g;
/** In a note under a table (注：…), a column's unit stated: 增减为百分点；, 一栏为%。 */
const NOTE_LINE = /^\s*注[：:]/;
const NOTE_UNIT = /为(?:%|‰|个百分点|百分点)(?=[；;。，,）)]|\s*$)/g;

/**
 * A scale named with its unit (纵轴为万千瓦时, y轴为万立方米, 金额单位为万元): the unit is what a
 * measure is counted in. The scale's names are UNIT_SCALE_NAMES; what follows must be a unit of the
 * table alone, up to the clause's end.
 */
const SCALE_UNIT = new RegExp(`(?:${UNIT_SCALE_NAMES.words.map(escapeRe).join('|')})(?:为|是|[：:])([^，,；;。！？、（()）\\s]{1,8})(?=[，,；;。！？、）)]|\\s|$)`, 'g');

/**
 * Where line `s` (folded) states units rather than figures: a bracketed note of units
 * (（单位：万元，增幅为%）), a scale named with its unit (纵轴为万千瓦时), and in a note opened by 注：
 * the unit a column is given in (继续率一栏的增减为百分点). A figure gone elsewhere in the note is
 * still a gap (注：另有企业家).
 */
export function unitNotes(s: string): Array<readonly [number, number]> {
	const out: Array<readonly [number, number]> = [];
	if (s.includes('单位')) for (const m of s.matchAll(UNIT_NOTE)) out.push([m.index, m.index + m[0].length]);
	for (const m of s.matchAll(SCALE_UNIT)) if (UNIT_SET.has(m[1]!)) out.push([m.index, m.index + m[0].length]);
	if (NOTE_LINE.test(s)) for (const m of s.matchAll(NOTE_UNIT)) out.push([m.index, m.index + m[0].length]);
	return out;
}

/** Where line `s` (folded) names columns, measures or units of a table, not figures: flatTableNames and unitNotes. */
export function tableNames(s: string): Array<readonly [number, number]> {
	return [...flatTableNames(s), ...unitNotes(s)];
}
