/**
 * Tables of figures with cells gone: a Markdown row with an empty cell, or a cell holding only
 * its unit or sign, in a row that holds other figures. A code frame: it reads the row as cells
 * split at `|`, which tokens do not show. (Tables laid out in columns are rules/column-table.ts,
 * a document rule: a row is read against the header above it.)
 */
import { ALL_UNITS, CELL_ONLY_MASKS, CLASSIFIERS, DIGIT_MASKS } from '../lexicon';
import { escapeClass } from '../text/regex';
import { MONTH_GONE_CELL, pipeCells } from '../text/cells';
import type { CodeFrame } from './types';

const UNIT_SET: ReadonlySet<string> = new Set(ALL_UNITS.filter((u) => u !== '%' && u.length > 1));
/** Units a cell may hold alone, single characters too (| 人 |). */
const CELL_UNITS: ReadonlySet<string> = new Set(ALL_UNITS);
const UNIT_WORDS = CELL_UNITS;
/**
 * A cell that is only a short mask (| * |, | ○○ |, | _ |): a lone *, or one to three of the other
 * CELL_ONLY_MASKS. The mask rules report it (rules/mask-scan.ts); here it makes the row one of figures.
 */
const MASK_CELL = new RegExp(`^( *)(\\*|[${escapeClass(CELL_ONLY_MASKS.replace('*', ''))}]{1,3}) *$`);
/** A cell holding a figure, or a masked one (XXXXX, 1**86). */
const FIGURE_CELL = new RegExp(`[0-9]|[${escapeClass(DIGIT_MASKS)}]{2}`);
/** Whether a cell's text holds a figure, a masked one, or is a short mask alone (| * |). */
export const holdsFigure = (cell: string): boolean => FIGURE_CELL.test(cell) || MASK_CELL.test(cell);

export const tableCell: CodeFrame = {
	id: 'table-cell',
	description: '表格中一行有数字，却有空单元格或只写了单位的单元格',
	starts: '|',
	find({ s }, out) {
		tableCellSlots(s, out.gap);
	},
	examples: {
		valid: [
			'| 指标 | 上年 | 本年 |',
			'| 营业收入（万元） | 16,300 | 18,620 |',
			'| 一般公共预算支出 | 万元 | 5,346 | 5,812 |',
			'| 负债总额 | — | 52,600 | -3.1% |',
			'| 项目 | 责任单位 | 备注 |',
			'| 第 2 页 | 共 9 页 |',
			// A % right after the label is the row's unit column, as 万元 is.
			'| 综合线损率 | % | 4.6 | 4.3 | -0.3个百分点 |',
			// A row without the outer pipes, filled; a span of months in full.
			'限上零售企业(家) | 42 | 45 | 107%',
			'| 1—6月 | 走访调研、形成清单 |',
			'| 每月底前 | 报送安全台账 |',
			// Page furniture and breadcrumbs set with pipes.
			'首页 | 工作总结 | 年终总结',
			'浏览次数 | 2418 | 发布时间 | 2026-11-30'
		],
		invalid: [
			'| 营业收入（万元） | ⟦⟧ | 18,620 |',
			'| 实际使用外资 | 万美元 | ⟦⟧ | ⟦⟧ |',
			// A sign left before its unit, and a row whose only figure is masked.
			'| 净利润 | 8,200 | 9,050 | +⟦⟧% |',
			'| 资产总额 | — | ⟦XXXXX⟧ | — | ⟦⟧ |',
			// A unit left alone in a cell after a figure of the row.
			'| 净利润 | 1.26亿元 | ⟦⟧亿元 | 8.1% |',
			'| 城市马拉松 | 3月24日 | ⟦⟧万人 | 金标赛事 |',
			// A cell holding only a short mask, in a row of figures: the figure is masked.
			'| 进出口总额 | ⟦*⟧ | 93.5 | 8% |',
			'| 社会消费品零售总额 | 120 | ⟦○○⟧ | ⟦_⟧ |',
			// A unit column of %, and the figure gone beside it.
			'| 综合线损率 | % | 4.6 | ⟦⟧ | -0.3个百分点 |',
			// A lone % where the row's other figures carry their own: the figure is gone.
			'| 出口增速 | ⟦⟧% | 8.1% | 6.4% |',
			// A row without the outer pipes: an empty cell, a lone %, an empty last cell.
			'招商引资到位资金(亿元) | 30 | ⟦⟧ | ⟦⟧%',
			'新增城镇就业(人) | 1500 | ⟦⟧ | ⟦⟧',
			// A row left empty or masked whole, when its label names the unit of its figures.
			'| 新增市场主体（户） | ⟦⟧ | ⟦⟧ |',
			'| 利润总额 | ⟦*⟧ | ⟦*⟧ | ⟦*⟧ |',
			// A span of months whose first end is gone.
			'| ⟦⟧—9月 | 集中宣讲、入户走访 |',
			// A deadline whose month is gone.
			'| 4 | ⟦⟧月底前 | 完成年度考核并通报 | 办公室 |'
		]
	}
};

/** A span of months or days whose first end is gone (| —6月 |, | ～15日 |). */
const RANGE_CELL = /^( *)[—～~–](?=[0-9]+[月日号])/;
/** A figure written with its own percent sign (8.1%): the row states its rates so. */
const OWN_PERCENT = new RegExp(`[0-9${escapeClass(DIGIT_MASKS)}] *[%‰]`);
/** The unit a label names in brackets (新增就业（人）, 营业收入（万元））. */
const BRACKET = /[（(]([^）)]+)[）)]/;
/** A bound whose figure is gone before its unit (≤起, ≥次, 不超过%): a sign of comparison, then the unit. */
const BOUND_SIGNS = '≤≥<>＜＞';

/** What a Markdown row says of its own figures: the measure its label names, their unit, and the cell holding the row's unit. */
export interface FigureRow {
	name: string;
	unit: string;
	unitCell: [number, number] | undefined;
}

/**
 * Whether the Markdown row `s` (its `cells`) is a row of figures by its own cells: one of them holds
 * a figure, or a unit alone (| 实际使用外资 | 万美元 |  |), or its label names the unit of its
 * figures (| 新增市场主体（户） |  |  |). Null when it is none. A % right after the label is the
 * row's unit column (| 综合线损率 | % | 4.6 |), unless the row's figures carry their own % (| 出口增速
 * | % | 8.1% |: there it is a figure gone).
 */
export function figureRow(s: string, cells: ReadonlyArray<[number, number]>): FigureRow | null {
	if (cells.length < 3) return null;
	const label = s.slice(cells[0]![0], cells[0]![1]).trim();
	if (!label) return null;
	const labelUnit = BRACKET.exec(label)?.[1];
	const rest = cells.slice(1);
	const text = ([a, b]: readonly [number, number]) => s.slice(a, b);
	const first = text(rest[0]!).trim();
	const percentColumn = (first === '%' || first === '‰') && !rest.some((c) => OWN_PERCENT.test(text(c)));
	const unitCell = percentColumn ? rest[0] : rest.find((c) => UNIT_SET.has(text(c).trim()));
	// A masked figure (XXXXX, 1**86, a lone *) counts as one; so does a label naming the unit of its figures.
	const figures = rest.some((c) => holdsFigure(text(c)));
	if (!unitCell && !figures && !(labelUnit && (CELL_UNITS.has(labelUnit) || (labelUnit.length === 1 && CLASSIFIERS.includes(labelUnit))))) return null;
	return { name: label.replace(/[（(][^）)]*[）)]/, ''), unit: labelUnit ?? (unitCell ? text(unitCell).trim() : ''), unitCell };
}

/**
 * A Markdown table row whose figures are partly gone: a cell holding only its unit (| % |), only a
 * sign, a unit alone after the row's figures, a bound without its figure (≤起). An empty cell is read
 * against its column, which one row does not show (rules/pipe-table.ts).
 */
function tableCellSlots(s: string, emit: (from: number, to: number, label: string, unit: string, valueKind?: 'number' | 'percent') => void): void {
	const cells = pipeCells(s);
	if (!cells) return;
	for (const [a, b] of cells) {
		const r = RANGE_CELL.exec(s.slice(a, b)) ?? MONTH_GONE_CELL.exec(s.slice(a, b));
		if (r) emit(a + r[1]!.length, a + r[1]!.length, '月份', '月', 'number');
	}
	const row = figureRow(s, cells);
	const label = cells.length >= 3 ? s.slice(cells[0]![0], cells[0]![1]).trim() : '';
	for (const [a, b] of cells.slice(1)) {
		// | ≤起 |, | 演练≥次 |: a bound whose figure is gone, in any row of a table.
		for (let i = a; i < b; i++) {
			if (!BOUND_SIGNS.includes(s[i]!)) continue;
			const u = s.slice(i + 1, b).trim();
			const unit = UNIT_WORDS.has(u) || (u.length === 1 && CLASSIFIERS.includes(u)) ? u : '';
			if (unit && s[i + 1] !== ' ') emit(i + 1, i + 1, label.replace(/[（(][^）)]*[）)]/, ''), unit, unit === '%' ? 'percent' : 'number');
		}
	}
	if (!row) return;
	const { name, unit, unitCell } = row;
	const text = ([a, b]: readonly [number, number]) => s.slice(a, b);
	let figureBefore = false;
	for (const c of cells.slice(1)) {
		const [a] = c;
		const cell = text(c);
		const trimmed = cell.trim();
		// | 14.15亿元 | 亿元 |, | 3月6日 | 万人 |: a unit alone after a figure in the row is its figure gone
		// (a unit alone first, | 实际使用外资 | 万美元 |, names the row's unit).
		if (figureBefore && CELL_UNITS.has(trimmed) && trimmed !== '%') {
			const at = a + cell.indexOf(trimmed);
			emit(at, at, name, trimmed, 'number');
		}
		if (FIGURE_CELL.test(cell)) figureBefore = true;
		if (c !== unitCell && !/^ *$/.test(cell)) {
			const u = /^( *)(%|‰|个百分点) *$/.exec(cell);
			if (u) emit(a + u[1]!.length, a + u[1]!.length, name, u[2]!, 'percent');
			// | + |, | +% |: a change whose sign (and unit) is left and its figure gone.
			const sign = /^( *)([+\-±])(%|‰|个百分点)? *$/.exec(cell);
			if (sign) emit(a + sign[1]!.length + 1, a + sign[1]!.length + 1, name, sign[3] ?? unit, sign[3] ? 'percent' : 'number');
		}
	}
}
