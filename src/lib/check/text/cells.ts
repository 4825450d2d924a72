/**
 * Cells of a table as a line shows them: what stands on its own in a cell (| xx |, a figure
 * between runs of spaces in a column layout, a value between tabs). One reading of "fills a
 * cell", for the table frames and the mask rules alike.
 */

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
