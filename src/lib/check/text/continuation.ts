/**
 * Sentences broken across lines (text extracted from PDF, wrapped by hand): which lines run on
 * into the next one and which continue the one before, so the frames read the sentence whole
 * (访问量⏎万次, 取水总⏎量万立方米, 城乡居民人⏎均可支配收入). Only those lines get their neighbours
 * as context, so every other line stays cached on its own text.
 *
 * A line runs on when it does not end its sentence: it closes with a figure or a mask
 * (营业收入⏎xx⏎万元), a Han character or a list mark. A line continues the one before when it opens
 * as a sentence goes on: not with a heading's or a list's number (一、, （二）, 3．, 一是), a Markdown
 * mark or a table row; an indented line only with a unit (    万元，). A heading does not run on. A line of columns (cells apart by two spaces or a tab) runs on only with a
 * figure at its end, as before: its words are cells, not a sentence.
 */
import { CLASSIFIERS, FIGURE_ONLY_UNITS, MASK, STRONG_UNITS, LOOSE_COUNTS } from '../lexicon';
import { pipeCells } from './cells';
import { escapeRe } from './regex';
import { breaksBetween, wordAt } from './segment';

const UNITS = [...FIGURE_ONLY_UNITS, ...STRONG_UNITS, ...LOOSE_COUNTS].map(escapeRe).join('|');
/**
 * An indented line continues the one before only when it opens with a unit (    亿元，) or a
 * classifier closing its clause (    个，): an indent otherwise opens a paragraph (    本学期…).
 */
const INDENTED_UNIT = new RegExp(`^[ \\t]+(?:${UNITS}|%|[${CLASSIFIERS}](?=[，。；、,.;]|$))`);
const FIGURE_END = '0123456789xX×*_○.';
/**
 * What else a line may end in and still run on: a list mark or a sign a figure follows; a closing
 * quote or bracket a figure follows too (评选"文明家庭"⏎户, 同比多(少)⏎万元, 上升（下降）⏎个百分点).
 */
const RUNS_ON_END = '，、—～~-%（(“”"）)';
/**
 * How a new block opens: a heading's or a list's number (一、 （二） 3． (4) 第一章 一是), a
 * Markdown heading, quote, list item or table row.
 */
const NEW_BLOCK = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．](?![0-9])|第[一二三四五六七八九十]+[章节部分条]|[一二三四五六七八九十]是|[#>|]|[-*+] )/;
/** A line holding only a note of units (单位：户, （单位：万元、%）). */
const UNIT_NOTE_LINE = /^[（(]?单位[：:][^，。；,;]{1,12}[）)]?[ \t]*$/;
/** Three cells apart by tabs or runs of spaces: a row of a column table (one run is a figure's place in prose). */
const COLUMNS = /\S(?:\t| {2,})\S.*\S(?:\t| {2,})\S/;

const isHan = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

/** Whether the text (a line, or the start of the next line without its indent) continues a sentence. */
export function continuesSentence(text: string): boolean {
	const c = text.charCodeAt(0);
	if (c === 32 || c === 9) return INDENTED_UNIT.test(text);
	return text !== '' && !NEW_BLOCK.test(text) && !isPipeRow(text);
}

/** A table row typed without its outer pipes (指标名称 | 全年目标 | 完成进度): cells, not a sentence. */
const isPipeRow = (line: string): boolean => line.indexOf('|') > 0 && pipeCells(line) !== null;

/** A line closed by a unit alone in a cell of its own, past wide spaces (事故起数␣␣␣␣起, 直接损失␣␣␣␣万元). */
const UNIT_CELL_END = new RegExp(`\\S(?:\t| {2,}|\u3000+)(?:${UNITS}|%|[${CLASSIFIERS}])[ \\t]*$`);
/** A line with cells apart by wide spaces or a tab (死亡人数␣␣␣␣人, 死亡率␣␣␣␣同比下降 %). */
const CELLS_APART = /\S(?:\t| {2,}|\u3000+)\S/;

/**
 * Whether a line ending in `end` and the next one, `next`, are one sentence broken between them.
 * A row closed by its unit's cell over a row of cells (事故起数␣␣␣␣起⏎死亡人数␣␣␣␣人: a list of
 * measures, each figure gone from between its label and its unit) are two rows, not one sentence.
 */
export const joinsLines = (end: string, next: string): boolean => runsOn(end) && continuesSentence(next) && !rowsApart(end, next);
/** Whether a line ending in `end` is a row closed by its unit's cell, and `next` a row of cells after it (see joinsLines). */
export const rowsApart = (end: string, next: string): boolean =>
	end.trim().length <= ROW_MAX && next.trim().length <= ROW_MAX && !SENTENCE_MARKS.test(end) && UNIT_CELL_END.test(end) && CELLS_APART.test(next);
/** How long a row of such a list runs at most; marks of a sentence say the line is prose (共有脱贫户␣␣户␣␣人，…). */
const ROW_MAX = 40;
const SENTENCE_MARKS = /[，。；,;]/;

const ENDS_WITH_UNIT = new RegExp(`(?:${UNITS}|[${CLASSIFIERS}])[ \\t]*$`);
/** Whether the text ends with a unit or a classifier (设备台⏎套: a unit split by the break). */
export const endsWithUnit = (text: string): boolean => ENDS_WITH_UNIT.test(text);

/** Whether the text opens with a figure or a mask (占比仅为⏎xx.4%: the figure is there, masked). */
export const opensWithFigure = (text: string): boolean => text !== '' && (FIGURE_END.includes(text[0]!) || MASK.includes(text[0]!)) && text[0] !== '.';

/** The window wordRunsAcross reads around a break: six characters back, four on. */
const WORD_BACK = 6;
const WORD_ON = 4;

/** Whether the segmenter reads a word across the break between `end` and `next` (达⏎到, 项⏎目). */
export function wordRunsAcross(end: string, next: string): boolean {
	if (!end || !next) return false;
	// wordAt reads six characters back and four on: only those are joined, not the whole line.
	const tail = end.length > WORD_BACK ? end.slice(-WORD_BACK) : end;
	// Characters the rules always part (a Han character and a figure, a mark after a word) need no segmenter.
	if (breaksBetween(tail.charCodeAt(tail.length - 1), next.charCodeAt(0))) return false;
	return wordAt(tail + next.slice(0, WORD_ON), tail.length, WORD_BACK, WORD_ON)[0] < tail.length;
}

/** Whether the line (or the end of it) does not end its sentence: the next line may carry it on. */
export function runsOn(line: string): boolean {
	let i = line.length - 1;
	while (i >= 0 && (line[i] === ' ' || line[i] === '\t')) i--;
	if (i < 0) return false;
	const c = line[i]!;
	if (FIGURE_END.includes(c)) return true;
	if (!isHan(c.charCodeAt(0)) && !RUNS_ON_END.includes(c)) return false;
	// A date closes its line (the signing date, 2026年12月日): it never runs on into a watermark.
	if ((c === '日' || c === '号') && /月[ \t]*$/.test(line.slice(Math.max(0, i - 4), i))) return false;
	// 总结（三）, 篇（2）: a bracket closing a number ends a heading, no figure after it.
	if ((c === '）' || c === ')') && /[（(][一二三四五六七八九十0-9]+[）)]$/.test(line.slice(Math.max(0, i - 6), i + 1))) return false;
	const t = line.trimStart();
	// 单位：户, （单位：万元）: a table's note of units is a line of its own, never a sentence going on.
	if (UNIT_NOTE_LINE.test(t)) return false;
	// A heading (四、下步计划, ## 成绩) is a block of its own; a numbered paragraph runs on.
	if (NEW_BLOCK.test(t) && !/[，。；：,;:]/.test(t)) return false;
	return t[0] !== '|' && t[0] !== '#' && !(COLUMNS.test(line) && !PROSE_MARKS.test(line)) && !isPipeRow(t);
}
/** Full-width marks of a sentence: runs of spaces on a line that holds them are figures' places in prose (项目  个，投资额  亿元，其中亿⏎元以上), not a row's columns (quiet6). */
const PROSE_MARKS = /[，。；]/;

/**
 * The engine's names for the two tests (engine.ts asks each line once and keeps the answer in
 * the line's flags): a line that may continue the one before gets its end as `before`, a line
 * that runs on gets the next line's start as `after`.
 */
export const opensWithUnit = continuesSentence;
export const closesWithFigure = runsOn;

/**
 * A running head or a page number on a line of its own (- 2 -, — 3 —, 第 4 页, 第2页 共9页), as PDF
 * extraction leaves it inside a sentence broken across pages: the engine reads the lines around it
 * as if it were blank, so the sentence reads whole past it. A lone figure is no page number (营业
 * 收入⏎xx⏎万元: the figure, on its own line).
 */
const RUNNING_HEAD = /^[ \t\u3000]*(?:[-—–][ \t]*[0-9]{1,4}[ \t]*[-—–]|第[ \t]*[0-9]{1,4}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*[0-9]{1,4}[ \t]*页)?)[ \t\u3000]*$/;
export function isRunningHead(line: string): boolean {
	if (line.length > 80) return false;
	let i = 0;
	while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9 || line.charCodeAt(i) === 0x3000) i++;
	const c = line[i];
	return (c === '-' || c === '—' || c === '–' || c === '第') && RUNNING_HEAD.test(line);
}
