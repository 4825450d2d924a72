/**
 * Markdown tables read as a whole: an empty cell is a figure gone when its column holds figures
 * (other rows hold one there) or its row does (| 营业收入（万元） |  | 18,620 |), and the column is
 * not one of words (备注, or another row holds words there). The header row (the rows above the
 * delimiter, or a first row without figures), group headings (一、第一产业, 其中：) and note rows
 * (单位：万元) are never gaps. A document rule: a cell is read against the rows above and below it.
 * (What one row shows alone, a cell holding only % or a unit, is frames/tables.ts.)
 */
import { headerRow, pipeCells } from '../text/cells';
import { foldedOf } from '../text/normalize';
import { ALL_UNITS, CLASSIFIERS, FIGURE_COLUMN_ENDINGS, MEASURE_HEADER_ENDINGS, PERCENT_HEADER_ENDINGS, TEXT_COLUMN_HEADERS } from '../lexicon';
import { figureRow, holdsFigure } from '../frames/tables';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';

type Span = [number, number];
interface PipeRow {
	/** Offset of the line in the document. */
	at: number;
	s: string;
	cells: Span[];
}

/** The delimiter row under a header (|---|:---:|). */
const DELIMITER = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t]*$/;
/** A label heading a group of rows, or a note, not a row of figures (一、第一产业, （二）, 其中：, 单位：万元). */
const GROUP_OR_NOTE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|其中|注|单位)|[：:]$/;
/** A unit named in brackets in a header or a label: 件数(件), 营收（万元）. */
const BRACKET_UNIT = /[（(]([^）)]+)[）)]/;
const TEXT_HEADER = new RegExp(`(?:${TEXT_COLUMN_HEADERS.words.join('|')})$`);
const PERCENT_HEADER = new RegExp(`(?:${PERCENT_HEADER_ENDINGS.words.join('|')})$`);
/** A header naming a column of figures by its measure, its period or its unit (培训人数, 上年同期, 金额(万元)). */
const FIGURE_HEADER = new RegExp(`(?:${[...MEASURE_HEADER_ENDINGS.words, ...FIGURE_COLUMN_ENDINGS.words, ...PERCENT_HEADER_ENDINGS.words].join('|')}|[（(][^）)]+[）)])$`);
const UNIT_WORDS: ReadonlySet<string> = new Set(ALL_UNITS);
const HAN = /[\u4e00-\u9fff]/;
/** A cell holding a figure and nothing else (1,037, 51.9%, -2.1). */
const FIGURE_ONLY = /^[+\-−]?[0-9][0-9,.]*[%‰]?$/;
/** A cell holding a figure written with its unit (5,100万元, 1,200户): the column states its units in its cells. */
const FIGURE_WITH_UNIT = /^[+\-−]?[0-9][0-9,.]* *(\S+)$/;

/** A percent sign between Chinese words (控制在%以内): the figure before it is gone (a header 增减% ends in its sign). */
const SIGN_AFTER_WORDS = /[\u4e00-\u9fff]([%‰])(?=[\u4e00-\u9fff])/;
/** A unit or a classifier standing alone (万元, 户). */
const unitWord = (t: string): boolean => UNIT_WORDS.has(t) || (t.length === 1 && CLASSIFIERS.includes(t));
/** Units of two characters or more (万元, 个百分点): a cell ending in one is what is left of a figure (下降个百分点). */
const LONG_UNITS = ALL_UNITS.filter((u) => u.length >= 2);
/** A cell of words: Chinese without a figure, and not a unit alone (万元), a dash, a bound left without its figure (≤起)
 * or words ending in a unit or holding a sign whose figure is gone (增加个百分点, 控制在%以内). */
function wordsCell(t: string): boolean {
	if (!HAN.test(t) || holdsFigure(t)) return false;
	if (UNIT_WORDS.has(t) || (t.length === 1 && CLASSIFIERS.includes(t))) return false;
	if (/[%‰％]/.test(t) || LONG_UNITS.some((u) => t.endsWith(u))) return false;
	return !/[≤≥<>＜＞]/.test(t);
}

function readTable(rows: readonly PipeRow[], delimiterAfter: number, report: (at: number, label: string, unit: string) => void): void {
	const text = (r: PipeRow, j: number) => (r.cells[j] ? r.s.slice(r.cells[j]![0], r.cells[j]![1]).trim() : '');
	// The header: the rows above the delimiter, or a first row of names (every cell filled, no figure).
	const first = rows[0]!;
	const named = rows.length > 1 && (headerRow(first.s) || first.cells.every((_, j) => text(first, j) !== '' && !holdsFigure(text(first, j))));
	const headerRows = delimiterAfter >= 0 ? delimiterAfter + 1 : named ? 1 : 0;
	const header = headerRows > 0 ? rows[headerRows - 1]! : null;
	const body = rows.slice(headerRows);
	if (body.length === 0) return;
	const width = Math.max(...body.map((r) => r.cells.length));
	const heads = Array.from({ length: width }, (_, j) => (header ? text(header, j) : ''));
	const figuresIn = heads.map((_, j) => body.filter((r) => holdsFigure(text(r, j))).length);
	// A header of words (完成进度) over figures alone (90%) heads figures.
	// Columns whose figures carry their unit in the cell: there a unit alone is a figure gone before it.
	const unitsWithFigures = heads.map((_, j) => body.some((r) => unitWord(FIGURE_WITH_UNIT.exec(text(r, j))?.[1] ?? '')));
	// (Under a header naming a column of figures that holds one, words state a figure: | 同比持平 | under 同比增长.)
	const wordsIn = heads.map(
		(h, j) =>
			(body.some((r) => wordsCell(text(r, j))) && !(FIGURE_HEADER.test(h) && !TEXT_HEADER.test(h) && body.some((r) => FIGURE_ONLY.test(text(r, j))))) ||
			(TEXT_HEADER.test(h) && !body.some((r) => FIGURE_ONLY.test(text(r, j))))
	);
	body.forEach((r, i) => {
		const label = text(r, 0);
		if (!label) return;
		const own = figureRow(r.s, r.cells);
		// A row without figures heading the rows under it (| 工业 |  |  | ⏎ | 其中：钢铁 | …), or a note.
		const next = body[i + 1];
		if (!own && (GROUP_OR_NOTE.test(label) || (next && /^其中/.test(text(next, 0))))) return;
		for (let j = 1; j < r.cells.length; j++) {
			const [a, b] = r.cells[j]!;
			const cell = r.s.slice(a, b);
			// | 控制在%以内 |, | 不低于‰ |: a sign right after words, its figure gone, in any column.
			const bare = SIGN_AFTER_WORDS.exec(cell);
			if (bare) report(r.at + a + bare.index + 1, own?.name ?? label.replace(BRACKET_UNIT, ''), bare[1]!);
			if (wordsIn[j]) continue;
			// | 合计 |  |  | % |: a sign left alone where no figure of the row is left (frames/tables.ts reads the rows that hold one).
			const sign = /^( *)(%|‰|个百分点) *$/.exec(cell);
			if (sign && !own && figuresIn[j]! > 0) report(r.at + a + sign[1]!.length, label.replace(BRACKET_UNIT, ''), sign[2]!);
			// | 营业收入 | 万元 | 10% | under 5,100万元: the unit is left, its figure gone (after a figure of the row, frames/tables.ts reads it).
			const t = cell.trim();
			if (t !== '%' && unitWord(t) && unitsWithFigures[j] && !r.cells.slice(1, j).some((c) => holdsFigure(r.s.slice(c[0], c[1])))) {
				report(r.at + a + cell.indexOf(t), own?.name ?? label.replace(BRACKET_UNIT, ''), t);
			}
			if (cell.trim() !== '') continue;
			// Other rows hold figures in this column, or this row holds figures in its others, or the
			// header names a column of figures in a table holding figures (| 合计 |  |  | — | under 培训人数,
			// every cell of that column gone).
			if (figuresIn[j]! === 0 && !own && !(FIGURE_HEADER.test(heads[j]!) && figuresIn.some((n) => n > 0))) continue;
			const unit = BRACKET_UNIT.exec(heads[j]!)?.[1] ?? own?.unit ?? (PERCENT_HEADER.test(heads[j]!) ? '%' : '');
			report(r.at + Math.min(a + 1, b), own?.name ?? label.replace(BRACKET_UNIT, ''), unit);
		}
	});
}

export const pipeTableGap = defineRule({
	meta: {
		id: 'pipe-table-gap',
		category: 'blank',
		defaultSeverity: 'error',
		messages: { missing: M.missingNumber.missing },
		description: M.pipeTable.description
	},
	scope: 'document',
	create(ctx) {
		const s = foldedOf(ctx);
		if (!s.includes('|')) return;
		const report = (at: number, label: string, unit: string) =>
			ctx.report({ from: at, to: at, messageId: 'missing', data: { what: unit ? `${label}（${unit}）` : label }, blank: { kind: 'missing-number', label, unit, valueKind: unit === '%' ? 'percent' : 'number' } });
		let rows: PipeRow[] = [];
		let delimiterAfter = -1;
		const flush = () => {
			if (rows.length > 0) readTable(rows, delimiterAfter, report);
			rows = [];
			delimiterAfter = -1;
		};
		for (let i = 0; i <= s.length; ) {
			let e = s.indexOf('\n', i);
			if (e < 0) e = s.length;
			const line = s.slice(i, e > i && s.charCodeAt(e - 1) === 13 ? e - 1 : e);
			const cells = line.includes('|') ? pipeCells(line) : null;
			if (cells) rows.push({ at: i, s: line, cells });
			else if (rows.length > 0 && delimiterAfter < 0 && DELIMITER.test(line)) delimiterAfter = rows.length - 1;
			else flush();
			i = e + 1;
		}
		flush();
	}
});
