/**
 * Cells of a table as a line shows them: what stands on its own in a cell (| xx |, a figure
 * between runs of spaces in a column layout, a value between tabs). One reading of "fills a
 * cell", for the table frames and the mask rules alike.
 */

/**
 * A cell opening with a deadline whose month is gone (| 月底前 |, ⇥月中旬⇥): no cell opens with 月
 * in these words but after its number (每月底前 opens with 每).
 */
export const MONTH_GONE_CELL = /^( *)月(?:底|初|中旬|上旬|下旬)/;

const space = (c: string | undefined) => c === ' ' || c === '\t';

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
 * a line opening with | (| 指标 | 本年 |), or a row typed without the outer pipes whose first cell
 * holds Chinese and that has two pipes at least (指标名称 | 全年目标 | 完成进度). A cell after the
 * last pipe counts when it holds text, and always in a row without the outer pipes (售电量|||: the
 * last figure gone too). The delimiter row (|---|:---:|) is no row of cells.
 */
export function pipeCells(s: string): Array<[number, number]> | null {
	const led = s.charCodeAt(0) === 124;
	if (!led && s.indexOf('|') < 1) return null;
	const cells: Array<[number, number]> = [];
	let start = led ? 1 : 0;
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
