/**
 * Tables of figures with cells gone: a Markdown row with an empty cell, or a cell holding only
 * its unit or sign, in a row that holds other figures. A code frame: it reads the row as cells
 * split at `|`, which tokens do not show. (Tables laid out in columns are rules/column-table.ts,
 * a document rule: a row is read against the header above it.)
 */
import { ALL_UNITS } from '../lexicon';
import type { CodeFrame } from './types';

const UNIT_SET: ReadonlySet<string> = new Set(ALL_UNITS.filter((u) => u !== '%' && u.length > 1));
/** Units a cell may hold alone, single characters too (| 人 |). */
const CELL_UNITS: ReadonlySet<string> = new Set(ALL_UNITS);
/**
 * A cell that is only a short mask the mask rules leave alone (| * |, | ○○ |, | _ |): a lone *, or one
 * to three of ○ □ _ (| x |, | xx |, | ** | are the mask rules').
 */
const MASK_CELL = /^( *)(\*|[○□_]{1,3}) *$/;

export const tableCell: CodeFrame = {
	id: 'table-cell',
	description: '表格中一行有数字，却有空单元格或只写了单位的单元格',
	applies: ({ s }) => s.charCodeAt(0) === 124,
	find({ s }, out) {
		tableCellSlots(s, out.gap);
	},
	examples: {
		valid: ['| 指标 | 上年 | 本年 |', '| 营业收入（万元） | 16,300 | 18,620 |', '| 一般公共预算支出 | 万元 | 5,346 | 5,812 |', '| 负债总额 | — | 52,600 | -3.1% |', '| 项目 | 责任单位 | 备注 |', '| 第 2 页 | 共 9 页 |'],
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
			'| 社会消费品零售总额 | 120 | ⟦○○⟧ | ⟦_⟧ |'
		]
	}
};

/**
 * A Markdown table row whose figures are partly gone: an empty cell in a row that holds other
 * figures (| 营业收入（万元） |  | 18,620 |), or a cell holding only its unit (| % |).
 */
function tableCellSlots(s: string, emit: (from: number, to: number, label: string, unit: string, valueKind?: 'number' | 'percent') => void): void {
	if (s.charCodeAt(0) !== 124 || /^\|?[\s:|-]+$/.test(s)) return;
	const cells: Array<[number, number]> = [];
	let start = 1;
	for (let i = 1; i < s.length; i++) {
		if (s[i] === '|' && s[i - 1] !== '\\') {
			cells.push([start, i]);
			start = i + 1;
		}
	}
	if (cells.length < 3) return;
	const label = s.slice(cells[0]![0], cells[0]![1]).trim();
	// A row of figures: one of its cells holds a figure, or a unit alone (| 实际使用外资 | 万美元 |  |).
	const unitCell = cells.slice(1).find(([a, b]) => UNIT_SET.has(s.slice(a, b).trim()));
	// A masked figure (XXXXX, 1**86) counts as one: the row is a row of figures.
	if (!label || (!unitCell && !cells.slice(1).some(([a, b]) => /[0-9]|[xX*×]{2}/.test(s.slice(a, b))))) return;
	const unit = /[（(]([^）)]+)[）)]/.exec(label)?.[1] ?? (unitCell ? s.slice(unitCell[0], unitCell[1]).trim() : '');
	let figureBefore = false;
	for (const [a, b] of cells.slice(1)) {
		const cell = s.slice(a, b);
		const trimmed = cell.trim();
		// | 14.15亿元 | 亿元 |, | 3月6日 | 万人 |: a unit alone after a figure in the row is its figure gone
		// (a unit alone first, | 实际使用外资 | 万美元 |, names the row's unit).
		if (figureBefore && CELL_UNITS.has(trimmed) && trimmed !== '%') {
			const at = a + cell.indexOf(trimmed);
			emit(at, at, label.replace(/[（(][^）)]*[）)]/, ''), trimmed, 'number');
		}
		if (/[0-9]|[xX*×]{2}/.test(cell)) figureBefore = true;
		if (/^ *$/.test(cell)) {
			const at = Math.min(a + 1, b);
			emit(at, at, label.replace(/[（(][^）)]*[）)]/, ''), unit, 'number');
		} else {
			const u = /^( *)(%|‰|个百分点) *$/.exec(cell);
			if (u) emit(a + u[1]!.length, a + u[1]!.length, label, u[2]!, 'percent');
			// | + |, | +% |: a change whose sign (and unit) is left and its figure gone.
			const sign = /^( *)([+\-±])(%|‰|个百分点)? *$/.exec(cell);
			if (sign) emit(a + sign[1]!.length + 1, a + sign[1]!.length + 1, label, sign[3] ?? unit, sign[3] ? 'percent' : 'number');
			// | * |, | ○○ |: a figure masked whole; a longer mask (XXXXX) is the mask rules' to report.
			const mask = MASK_CELL.exec(cell);
			if (mask) emit(a + mask[1]!.length, a + mask[1]!.length + mask[2]!.length, label.replace(/[（(][^）)]*[）)]/, ''), unit, 'number');
		}
	}
}
