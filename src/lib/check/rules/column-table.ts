/**
 * A plain-text table laid out in columns with spaces (as PDF extraction and template sites leave
 * them) whose figure cell is empty: the row has a label and other figures, the column has figures
 * in other rows, but nothing stands under this row's header (营业收入      56,201      ⟦⟧).
 * A document rule: a row is read against the header line above it.
 */
import { foldedOf } from '../text/normalize';
import { defineRule } from './define';
import { checkMessages as M } from '../messages';

interface Cell {
	from: number;
	to: number;
	/** Display columns (a Chinese character is two wide). */
	col: number;
	end: number;
}

const wide = (c: number) => (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
const FIGURE = /[0-9xX*×]/;

/** Cells of a line split on runs of two or more spaces (or a tab); null when it is no column row. */
function cells(s: string, from: number, to: number): Cell[] | null {
	const out: Cell[] = [];
	let col = 0;
	let i = from;
	let start = -1;
	let startCol = 0;
	let gap = 0;
	let gaps = 0;
	for (; i < to; i++) {
		const c = s.charCodeAt(i);
		if (c === 32 || c === 9 || c === 0x3000) {
			gap += c === 9 ? 4 : c === 0x3000 ? 2 : 1;
			col += c === 9 ? 4 : c === 0x3000 ? 2 : 1;
			continue;
		}
		if (start >= 0 && gap >= 2) {
			out.push({ from: start, to: lastEnd, col: startCol, end: lastCol });
			start = -1;
			gaps++;
		}
		if (start < 0) {
			start = i;
			startCol = col;
		}
		gap = 0;
		col += wide(c) ? 2 : 1;
		lastEnd = i + 1;
		lastCol = col;
	}
	if (start >= 0) out.push({ from: start, to: lastEnd, col: startCol, end: lastCol });
	return gaps >= 1 && out.length >= 2 ? out : null;
}
let lastEnd = 0;
let lastCol = 0;

/** The offset in [from, to) where display column `want` begins (or `to` when the line is shorter). */
function offsetAtCol(s: string, from: number, to: number, want: number): number {
	let col = 0;
	for (let i = from; i < to; i++) {
		if (col >= want) return i;
		const c = s.charCodeAt(i);
		col += c === 9 ? 4 : wide(c) ? 2 : 1;
	}
	return to;
}

export const columnTableGap = defineRule({
	meta: {
		id: 'column-table-gap',
		category: 'blank',
		defaultSeverity: 'error',
		messages: { missing: M.missingNumber.missing },
		description: M.columnTable.description
	},
	scope: 'document',
	create(ctx) {
		const s = foldedOf(ctx);
		if (!s.includes('  ') && !s.includes('\t')) return;
		type Row = { from: number; to: number; cells: Cell[] };
		let block: Row[] = [];
		const flush = () => {
			if (block.length >= 3) readBlock(block);
			block = [];
		};
		const readBlock = (rows: Row[]) => {
			const header = rows[0]!;
			// A table of at most 24 columns: each cell is placed against every column.
			if (header.cells.length < 3 || header.cells.length > 24 || FIGURE.test(s.slice(header.cells[0]!.from, header.cells[0]!.to))) return;
			const cols = header.cells.map((c) => c.col);
			const body = rows.slice(1);
			// Each cell belongs to the header column whose start is nearest to its own.
			const columnOf = (c: Cell) => {
				let best = 0;
				for (let k = 1; k < cols.length; k++) if (Math.abs(c.col - cols[k]!) < Math.abs(c.col - cols[best]!)) best = k;
				return best;
			};
			const filled = (r: Row, k: number) => r.cells.some((c, ci) => ci > 0 && columnOf(c) === k);
			for (let k = 1; k < cols.length; k++) {
				// A column of figures: most other rows hold one there.
				const withFigure = body.filter((r) => r.cells.some((c, ci) => ci > 0 && columnOf(c) === k && FIGURE.test(s.slice(c.from, c.to))));
				if (withFigure.length < 2) continue;
				for (const r of body) {
					if (filled(r, k)) continue;
					const label = s.slice(r.cells[0]!.from, r.cells[0]!.to);
					if (r.cells[0]!.col > 1 || !/[\u4e00-\u9fff]/.test(label) || !r.cells.slice(1).some((c) => FIGURE.test(s.slice(c.from, c.to)))) continue;
					const at = offsetAtCol(s, r.from, r.to, cols[k]!);
					const unit = /[（(]([^）)]+)[）)]/.exec(s.slice(header.cells[k]!.from, header.cells[k]!.to))?.[1] ?? '';
					ctx.report({ from: at, to: at, messageId: 'missing', data: { what: unit ? `${label}（${unit}）` : label }, blank: { kind: 'missing-number', label, unit, valueKind: unit === '%' ? 'percent' : 'number' } });
				}
			}
		};
		let i = 0;
		while (i <= s.length) {
			let e = s.indexOf('\n', i);
			if (e < 0) e = s.length;
			const end = e > i && s.charCodeAt(e - 1) === 13 ? e - 1 : e;
			const cs = s.charCodeAt(i) === 124 ? null : cells(s, i, end);
			if (cs) block.push({ from: i, to: end, cells: cs });
			else flush();
			i = e + 1;
		}
		flush();
	}
});
