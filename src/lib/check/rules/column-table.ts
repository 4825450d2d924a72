/**
 * A plain-text table laid out in columns with spaces (as PDF extraction and template sites leave
 * them) whose figure cell is empty: the row has a label and other figures, the column has figures
 * in other rows, but nothing stands under this row's header (营业收入      56,201      ⟦⟧).
 * A document rule: a row is read against the header line above it.
 *
 * Also tables whose cells are separated by one space, by two (ideographic) spaces or by one tab,
 * the way a copied page or a spreadsheet leaves them (行动名称 1—6月 7—12月 合计 ⏎ 夏夜治安巡查␣␣␣):
 * every row splits into as many cells as the header, so an empty cell, or one holding only %, is a
 * figure gone.
 *
 * What a cell holds comes from its header (新登记(户), 完成率) or its row's label (签约(人)).
 */
import { MONTH_GONE_CELL, RANK_GONE_CELL, flatTable, pipeCells } from '../text/cells';
import { escapeClass } from '../text/regex';
import { indexWithin } from '../text/chars';
import { foldedOf } from '../text/normalize';
import { ALL_UNITS, CLASSIFIERS, COUNT_COLLOCATIONS, DIGIT_MASKS, FIGURE_COLUMN_ENDINGS, MEASURE_HEADER_ENDINGS, PERCENT_HEADER_ENDINGS, RANK_HEADER_ENDINGS, TEXT_COLUMN_HEADERS, UNIT_MAGNITUDES } from '../lexicon';
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
/** A cell holding a figure, or a masked one. */
const FIGURE = new RegExp(`[0-9${escapeClass(DIGIT_MASKS)}]`);
/** A cell holding a figure and nothing else (1037, 51.9%, -2.1). */
const FIGURE_ONLY = /^[+\-−]?[0-9][0-9,.]*[%‰]?$/;
/** A unit named in brackets in a header or a label: 新登记(户), 金额（万元）. */
const BRACKET_UNIT = /[（(]([^）)]+)[）)]/;
/** A row label that heads a group of rows, not a row of figures (一、种植业：). */
const GROUP_LABEL = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])|[：:]$/;

/** The measure a row's label names, without the unit it gives in brackets (签约(人) → 签约). */
const nameOf = (label: string, unit: string): string => (unit && BRACKET_UNIT.exec(label)?.[1] === unit ? label.replace(BRACKET_UNIT, '') : label);
/** Headers of columns that hold words, not figures (备注, 责任单位). */
const TEXT_HEADER = new RegExp(`(?:${TEXT_COLUMN_HEADERS.words.join('|')})$`);
const PERCENT_HEADER = new RegExp(`(?:${PERCENT_HEADER_ENDINGS.words.join('|')})$`);
const RANK_HEADER = new RegExp(`(?:${RANK_HEADER_ENDINGS.words.join('|')})$`);

/** What the cell under `header` in the row labelled `label` holds: the header's unit, the label's, or % for a rate. */
function unitOf(header: string, label: string): string {
	const u = BRACKET_UNIT.exec(header)?.[1] ?? BRACKET_UNIT.exec(label)?.[1];
	if (u) return u;
	return PERCENT_HEADER.test(header) ? '%' : '';
}

/**
 * Cells of a line split on runs of two or more spaces (or a tab); null when it is no column row.
 * A label followed only by spaces (合计␣␣␣…, a row whose figures are all gone) is one cell; the
 * table reads it as a row only when its spaces reach into the columns (see `spans`).
 */
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
	if (out.length === 1 && gap >= 2) return out;
	return gaps >= 1 && out.length >= 2 ? out : null;
}

/**
 * Which cell of a row stands under each header column (index 0, the label, under the first). A
 * row with as many cells as the header has one in each, in order, however far masks shorter
 * than the figures they hide have pulled it (教学设备    _     xx      ×××%); a row with fewer
 * places its cells in order where they sit nearest, the empty columns between; a row with more
 * gives each cell the column nearest to it.
 */
function place(cells: readonly Cell[], cols: readonly number[], clash: (c: Cell, j: number) => boolean = () => false): Array<Cell | undefined> {
	const out: Array<Cell | undefined> = new Array(cols.length).fill(undefined);
	out[0] = cells[0];
	const m = cells.length - 1;
	const k = cols.length - 1;
	if (m === 0) return out;
	if (m === k) {
		for (let i = 1; i <= m; i++) out[i] = cells[i];
		return out;
	}
	if (m > k) {
		for (let i = 1; i <= m; i++) {
			const c = cells[i]!;
			let best = 0;
			for (let j = 1; j < cols.length; j++) if (Math.abs(c.col - cols[j]!) < Math.abs(c.col - cols[best]!)) best = j;
			if (best > 0 && !out[best]) out[best] = c;
		}
		return out;
	}
	// Fewer cells: cell i goes to column j > the column of cell i - 1, least distance in all.
	const cost = (i: number, j: number) => Math.abs(cells[i]!.col - cols[j]!) + (clash(cells[i]!, j) ? KIND_CLASH : 0);
	const best: number[][] = [];
	const from: number[][] = [];
	for (let i = 1; i <= m; i++) {
		best[i] = new Array(k + 1).fill(Infinity);
		from[i] = new Array(k + 1).fill(0);
		let low = i === 1 ? 0 : Infinity;
		let lowAt = 0;
		for (let j = i; j <= k - (m - i); j++) {
			if (i > 1 && best[i - 1]![j - 1]! < low) {
				low = best[i - 1]![j - 1]!;
				lowAt = j - 1;
			}
			best[i]![j] = low + cost(i, j);
			from[i]![j] = lowAt;
		}
	}
	let j = 1;
	for (let x = 1; x <= k; x++) if (best[m]![x]! < best[m]![j]!) j = x;
	for (let i = m; i >= 1; i--) {
		out[j] = cells[i];
		j = from[i]![j]!;
	}
	return out;
}

/** One Chinese character (a name spread letter by letter: 险  种). */
const singleHan = (s: string, c: Cell) => c.to - c.from === 1 && /[\u4e00-\u9fff]/.test(s[c.from]!);

/**
 * A short name spread to the width of its column (险  种, 合    计, 增  幅), as Chinese tables align
 * two-character names under four-character ones: single characters closer to each other than to
 * the cells around them are one cell, not several.
 */
function joinSpread(s: string, cs: Cell[]): Cell[] {
	if (cs.length < 2) return cs;
	const out: Cell[] = [];
	for (let i = 0; i < cs.length; i++) {
		const c = cs[i]!;
		if (!singleHan(s, c) || !cs[i + 1] || !singleHan(s, cs[i + 1]!)) {
			out.push(c);
			continue;
		}
		const inner = cs[i + 1]!.col - c.end;
		let j = i + 1;
		while (cs[j + 1] && singleHan(s, cs[j + 1]!) && cs[j + 1]!.col - cs[j]!.end === inner) j++;
		const before = i > 0 ? c.col - cs[i - 1]!.end : Infinity;
		const after = cs[j + 1] ? cs[j + 1]!.col - cs[j]!.end : Infinity;
		if (inner < before && inner < after) {
			out.push({ from: c.from, to: cs[j]!.to, col: c.col, end: cs[j]!.end });
			i = j;
		} else out.push(c);
	}
	return out;
}

/** Where a column's cells stand: its left edge (or right, for figures aligned right) and how wide they are. */
interface Anchor {
	at: number;
	byEnd: boolean;
	/** The usual width of its cells: how far a figure gone with its spaces kept pulls the cells after it. */
	w: number;
}
const median = (xs: number[]) => {
	const ys = [...xs].sort((a, b) => a - b);
	return ys.length === 0 ? 0 : ys.length % 2 ? ys[(ys.length - 1) / 2]! : (ys[ys.length / 2 - 1]! + ys[ys.length / 2]!) / 2;
};

/**
 * Each column's anchor, read from the rows that fill every column (their cells stand where the
 * writer aligned them, left or right, whichever they keep closer); without such rows, the header.
 */
function anchorsOf(header: readonly Cell[], rows: ReadonlyArray<readonly Cell[]>, masked: (r: readonly Cell[]) => boolean): Anchor[] {
	const k = header.length;
	// (A masked row is no guide: its masks, shorter or longer than the figures, pull its cells.)
	const full = rows.filter((r) => r.length === k && !masked(r));
	const widths = rows.flatMap((r) => r.slice(1).filter((c) => c.end - c.col > 1).map((c) => c.end - c.col));
	const w = Math.max(1, median(widths));
	return header.map((h, j) => {
		if (j === 0 || full.length === 0) return { at: h.col, byEnd: false, w };
		const starts = full.map((r) => r[j]!.col);
		const ends = full.map((r) => r[j]!.end);
		const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
		const byEnd = spread(ends) < spread(starts);
		return { at: median(byEnd ? ends : starts), byEnd, w: Math.max(1, median(full.map((r) => r[j]!.end - r[j]!.col))) };
	});
}
const posOf = (c: Cell, a: Anchor) => (a.byEnd ? c.end : c.col);
/** What the pull of figures gone before a cell costs per display column: less than a cell out of line. */
const PULL = 0.3;
/** Display columns a cell may stand off its anchor by alignment alone (a figure centred under a wider header). */
const ALIGN_SLACK = 2;
/** At most so many ways of placing a row's cells are weighed. */
const MAX_PLACINGS = 4000;

/**
 * Places a row with fewer cells than the header. A figure deleted with its spaces left around it
 * pulls every cell after it left by about its width; so a cell stands at its column's anchor, or
 * left of it by at most the widths of the columns left empty before it (cheaply), never right of
 * it (dearly). Every placing in order is weighed; null when there are too many.
 */
function placeByPull(cells: readonly Cell[], anchors: readonly Anchor[], clash: (c: Cell, j: number) => number): Array<Cell | undefined> | null {
	const m = cells.length - 1;
	const k = anchors.length - 1;
	let ways = 1;
	for (let i = 0; i < m; i++) ways = (ways * (k - i)) / (i + 1);
	if (ways > MAX_PLACINGS) return null;
	const cost = (c: Cell, j: number, pull: number) => {
		const d = posOf(c, anchors[j]!) - anchors[j]!.at;
		const off = d >= 0 ? d : -d <= pull ? PULL * -d : -d - pull + PULL * pull;
		return off + clash(c, j);
	};
	let best = Infinity;
	let bestPick: number[] = [];
	const pick: number[] = [];
	const go = (i: number, from: number, pull: number, sum: number) => {
		if (sum >= best) return;
		if (i > m) {
			best = sum;
			bestPick = pick.slice();
			return;
		}
		let p = pull;
		for (let j = from; j <= k - (m - i); j++) {
			pick[i] = j;
			go(i + 1, j + 1, p, sum + cost(cells[i]!, j, p));
			p += anchors[j]!.w;
		}
	};
	go(1, 1, 0, 0);
	const out: Array<Cell | undefined> = new Array(anchors.length).fill(undefined);
	out[0] = cells[0];
	for (let i = 1; i <= m; i++) out[bestPick[i]!] = cells[i];
	return out;
}

/** What placing a figure under a column of the other kind (3,380 under 同比, 4.6% under 金额) costs, in display columns. */
const KIND_CLASH = 16;
/** What placing a lone sign under a column of another kind (% under 平均分) costs: more than any pull, as a sign says its kind outright. */
const SIGN_CLASH = 64;
/** A figure's kind: a percentage, or an amount. */
const isPercent = (t: string) => /[%％]$/.test(t);
/** A figure in thousands (33,418, 12500): an amount, never a rate. */
const THOUSANDS = /[0-9],[0-9]{3}|[0-9]{4}/;
/** The order of magnitude of a cell holding a figure alone (3,712 → 3.57), or null. */
function sizeOf(t: string): number | null {
	if (!/^[+\-−]?[0-9][0-9,]*(?:\.[0-9]+)?[%％]?$/.test(t)) return null;
	const v = Math.abs(Number(t.replace(/[,%％+\-−]/g, '')));
	return v > 0 ? Math.log10(v) : null;
}
/** How far (in orders of magnitude) a figure may stand off the sizes of its column's figures, and what each order more costs. */
const SIZE_SLACK = 0.5;
const SIZE_COST = 8;
/** A cell holding a masked figure (2*,***, 4X76). */
const MASKED = new RegExp(`[${escapeClass(DIGIT_MASKS)}]`);
/** A cell holding only a percent sign: its figure gone. */
const LONE_SIGN = /^[+\-−]?[%％]$/;
/** A lone % with no sign before it: the change frames read 增减 +% themselves, so only this one is reported here. */
const BARE_SIGN = /^[%％]$/;
/** A cell holding only the sign of its figure: a lone %, or a rank without its number (第名). */
const isSign = (t: string) => LONE_SIGN.test(t) || RANK_GONE_CELL.test(t);

/** The display width of s[from, to) (a tab four wide, as `cells` counts it). */
function displayWidth(s: string, from: number, to: number): number {
	let col = 0;
	for (let i = from; i < to; i++) {
		const c = s.charCodeAt(i);
		col += c === 9 ? 4 : c === 0x3000 || wide(c) ? 2 : 1;
	}
	return col;
}
let lastEnd = 0;
let lastCol = 0;

/** Whether s[from, to) is a Markdown table row (frames/tables.ts reads those). */
const isPipeRow = (s: string, from: number, to: number): boolean => {
	return indexWithin(s, '|', from, to) !== -1 && pipeCells(s.slice(from, to)) !== null;
};

/** Every table of separated cells in `s` (lines holding a space or a tab are tried as headers); returns the lines read. */
function separatedTables(s: string, emit: (at: number, label: string, unit: string) => void): Set<number> {
	const taken = new Set<number>();
	const lines: Array<[number, number]> = [];
	for (let i = 0; i <= s.length; ) {
		let e = s.indexOf('\n', i);
		if (e < 0) e = s.length;
		lines.push([i, e > i && s.charCodeAt(e - 1) === 13 ? e - 1 : e]);
		i = e + 1;
	}
	for (let l = 0; l + 2 < lines.length; l++) {
		const [a, b] = lines[l]!;
		if (indexWithin(s, ' ', a, b) === -1 && indexWithin(s, '\t', a, b) === -1) continue;
		const n = separatedTable(s, lines, l, emit);
		for (let m = l; n > 0 && m <= l + n; m++) taken.add(m);
		l += n;
	}
	return taken;
}

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

/** [start, end) of each cell of s[from, to) split on exactly `sep`. */
function split(s: string, from: number, to: number, sep: string): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	let a = from;
	for (let i = s.indexOf(sep, a); i !== -1 && i < to; i = s.indexOf(sep, a)) {
		out.push([a, i]);
		a = i + sep.length;
	}
	out.push([a, to]);
	return out;
}
/** Cells of s[from, to) split on runs of at least `min` spaces (a header may align its cells). */
function splitRuns(s: string, from: number, to: number, min: number): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	let a = from;
	for (let i = from; i < to; i++) {
		if (s[i] !== ' ') continue;
		let j = i;
		while (j < to && s[j] === ' ') j++;
		if (j - i >= min) {
			out.push([a, i]);
			a = j;
		}
		i = j - 1;
	}
	out.push([a, to]);
	return out;
}
const HAN = /[\u4e00-\u9fff]/;
/** A row's label names its measure in Chinese or by a Latin name (PM2.5, COD). */
const LABEL = /[\u4e00-\u9fffA-Za-z]/;
/** A row's label: its first cell, or the second after a row number (1⇥原创稿件⇥…). */
function labelOf(s: string, row: ReadonlyArray<[number, number]>): [number, number] {
	const [a, b] = row[0]!;
	return row.length > 2 && ROW_NUMBER.test(s.slice(a, b)) ? row[1]! : row[0]!;
}
const ROW_NUMBER = /^[0-9]{1,3}$/;
const UNIT_WORDS = new Set(ALL_UNITS);
/**
 * The unit a cell opens with when its figure is gone: the cell is only a unit or a classifier
 * (条, 万元), or one followed by the next item of a list (场、1500人次).
 */
function unitFirst(cell: string): string {
	const end = cell.search(/[、，,；;]/);
	const head = end === -1 ? cell : cell.slice(0, end);
	if (UNIT_WORDS.has(head) || (head.length === 1 && CLASSIFIERS.includes(head))) return head;
	return '';
}
const SEPARATORS = ['\t', ' ', '  '];
/** A page number left by a page break (- 1 -, —2—, 第 3 页). */
const PAGE_NUMBER = /^\s*(?:[-—–]\s*[0-9]{1,3}\s*[-—–]|第\s*[0-9]{1,3}\s*页(?:\s*共\s*[0-9]{1,3}\s*页)?)\s*$/;
const NOT_A_HEADER = /[，。；！？,;!?]/;
const MAX_SEPARATED_CELLS = 12;
const HEADER_CELL = 16;

/**
 * Tables of separated cells from line `l` on: the header's cells are all filled and short, the
 * rows that follow split into as many cells; returns the number of rows read (0: no table).
 */
function separatedTable(s: string, lines: Array<[number, number]>, l: number, emit: (at: number, label: string, unit: string) => void): number {
	const [hf, ht] = lines[l]!;
	if (ht - hf > 80 || NOT_A_HEADER.test(s.slice(hf, ht)) || isPipeRow(s, hf, ht)) return 0;
	for (const sep of SEPARATORS) {
		if (!s.slice(hf, ht).includes(sep)) continue;
		const head = sep === '\t' ? split(s, hf, ht, sep) : splitRuns(s, hf, ht, sep.length);
		const k = head.length;
		if (k < 3 || k > MAX_SEPARATED_CELLS || head.some(([a, b]) => b === a || b - a > HEADER_CELL)) continue;
		const rows: Array<Array<[number, number]>> = [];
		let last = l;
		const blank = (m: number) => s.slice(lines[m]![0], lines[m]![1]).trim() === '';
		for (let m = l + 1; m < lines.length; m++) {
			// A page break inside the table: its page number (- 1 -, 第2页) with the blank lines around
			// it, and the running head after it.
			let q = m;
			while (q < lines.length && blank(q)) q++;
			if (q < lines.length && PAGE_NUMBER.test(s.slice(lines[q]![0], lines[q]![1]))) {
				q++;
				while (q < lines.length && blank(q)) q++;
				const next = lines[q];
				if (next && split(s, next[0], next[1], sep).length !== k && next[1] - next[0] <= 30 && !NOT_A_HEADER.test(s.slice(next[0], next[1]))) q++;
				m = q - 1;
				continue;
			}
			const [rf, rt] = lines[m]!;
			const row = split(s, rf, rt, sep);
			// A row one cell short (持证率 % 95 97 under 指标 单位 目标 实绩 完成率; 合计 under 序号 without
			// its number) stopped before the last column: it reads from the left.
			const short = row.length === k - 1 && k >= 4;
			if (isPipeRow(s, rf, rt) || (row.length !== k && !short) || !LABEL.test(s.slice(...labelOf(s, row))) || row.slice(1).some(([a, b]) => b > a && (s[a] === ' ' || s[b - 1] === ' '))) break;
			rows.push(row);
			last = m;
		}
		if (rows.filter((r) => r.length === k).length < 2 || !rows.some((r) => r.slice(1).some(([a, b]) => FIGURE.test(s.slice(a, b))))) continue;
		// A column whose gone figures kept their % (完成率: 103%, %): an empty cell there, in a row that
		// still holds figures, is a rate never worked out; a row emptied of every figure lost its signs too.
		const keepsSign = head.map((_, j) => rows.some((r) => r[j] !== undefined && LONE_SIGN.test(s.slice(r[j]![0], r[j]![1]))));
		// A column of words (备注, or a row holds words there) may stay empty; any other column holds
		// figures. A cell holding only its unit (条, 场、…) is a figure gone, not words.
		// A header of words (进度) over a column whose rows hold figures alone (51.9%) heads figures.
		const figures = head.map(
			([ha, hb], j) =>
				(!TEXT_HEADER.test(s.slice(ha, hb)) || rows.some((r) => r[j] && FIGURE_ONLY.test(s.slice(r[j]![0], r[j]![1])))) &&
				!rows.some((r) => {
					if (!r[j]) return false;
					const cell = s.slice(r[j]![0], r[j]![1]);
					return HAN.test(cell) && !FIGURE.test(cell) && !unitFirst(cell);
				})
		);
		// A column headed 单位 gives each row's unit (PM2.5 ␣μg/m³␣ …).
		const unitColumn = head.findIndex(([ha, hb]) => s.slice(ha, hb) === '单位');
		for (const row of rows) {
			const [la, lb] = labelOf(s, row);
			const label = s.slice(la, lb);
			if (GROUP_LABEL.test(label)) continue;
			row.forEach(([a, b], j) => {
				if (a < lb) return;
				const cell = s.slice(a, b);
				// 月底前 with its month gone, whatever the column.
				if (MONTH_GONE_CELL.test(cell)) return emit(a, '月份', '月');
				if (!figures[j]) return;
				const unit = unitOf(s.slice(head[j]![0], head[j]![1]), label) || (unitColumn >= 0 && row[unitColumn] ? s.slice(row[unitColumn]![0], row[unitColumn]![1]) : '');
				if (cell === '') {
					if (!(keepsSign[j] && row.some(([x, y]) => x >= lb && FIGURE.test(s.slice(x, y))))) emit(a, nameOf(label, unit), unit);
				}
				else if (cell === '%' || cell === '％') emit(a, nameOf(label, '%'), '%');
				else {
					const u = unitFirst(cell);
					if (u) emit(a, label, u);
				}
			});
		}
		return last - l;
	}
	return 0;
}

/** Units a cell of words may end in (下降个百分点), longest first. */
const UNIT_ENDINGS = [...UNIT_WORDS].filter((u) => u.length > 1 || u === '%');
/** A cell of words in a flattened table (增长, 持平): it holds no figure. */
const WORDS_CELL = /^[\u4e00-\u9fff]+$/;

/**
 * A table flattened onto the line s[from, to) (税种 本年累计 上年同期 增减% 增值税 31526  8.2 …):
 * an empty cell under a column whose other rows hold figures (no fewer of them than of words) is a
 * figure gone; its unit is the row's unit cell, the header's, or % under a column of rates.
 */
function flatTableGaps(s: string, from: number, to: number, emit: (at: number, label: string, unit: string) => void): void {
	const line = s.slice(from, to);
	const table = flatTable(line);
	if (!table) return;
	const names = line.slice(table.header[0], table.header[1]).split(' ');
	const text = (c: readonly [number, number]) => line.slice(c[0], c[1]);
	for (let j = 1; j < names.length; j++) {
		let figures = 0;
		let words = 0;
		for (const r of table.rows) {
			const t = text(r[j]!);
			// 下降个百分点: a change whose figure is gone before its unit, a figure's place, not words.
			if (FIGURE.test(t) || (t !== '' && UNIT_ENDINGS.some((u) => t.endsWith(u)))) figures++;
			else if (WORDS_CELL.test(t)) words++;
		}
		if (figures === 0 || words > figures) continue;
		for (const r of table.rows) {
			if (text(r[j]!) !== '') continue;
			const label = text(r[0]!);
			const unitCell = r.slice(1).find((c) => UNIT_WORDS.has(text(c)));
			const unit = unitOf(names[j]!, label) || (unitCell ? text(unitCell) : '');
			emit(from + r[j]![0], nameOf(label, unit), unit);
		}
	}
}

/** Headers naming a column of figures even when one row only holds one: a measure, a period or a comparison (完成率, 户数, 新增(户), 上年同期, 完成). */
const FIGURE_COLUMN = new RegExp(`(?:${FIGURE_COLUMN_ENDINGS.words.join('|')}|${MEASURE_HEADER_ENDINGS.words.join('|')}|${PERCENT_HEADER_ENDINGS.words.join('|')}|[（(][^）)]+[）)])$`);
/** Classifiers a cell may hold after its figure (户, 只, 头). */
const CELL_CLASSIFIERS: ReadonlySet<string> = new Set([...CLASSIFIERS, ...COUNT_COLLOCATIONS.map((c) => c.classifier)]);
/** A figure and the unit written after it in its cell (612头（只）). */
const FIGURE_THEN_UNIT = /^[0-9][0-9,.]*(\S+)$/;
/** The unit a cell holds alone, an alternative in brackets after it (头（只）, 万羽, 台（套）), or ''. */
function unitOfCell(t: string): string {
	const head = t.replace(/[（(][^）)]{1,3}[）)]$/, '');
	return head && (UNIT_WORDS.has(head) || CELL_CLASSIFIERS.has(head) || (UNIT_MAGNITUDES.chars.includes(head[0]!) && head.length === 2 && CELL_CLASSIFIERS.has(head[1]!))) ? t : '';
}
/** Headers naming a column of figures by its period or comparison (实际完成, 上年同期): figures even where every row lost its own. */
const PERIOD_COLUMN = new RegExp(`(?:${FIGURE_COLUMN_ENDINGS.words.join('|')})$`);
/**
 * The display columns a figure gone with its spaces kept still pulls the cells after it by: the
 * spaces were counted for the mark written in its place (【】, two columns), then the mark went.
 */
const GONE_MARK = 2;
/** A line that names a column or a row: short, Chinese, no mark of a sentence (上半年, 门急诊人次, “四合一”改造, 优良路率（%）). */
const NAME_LINE = /^(?:[\u4e00-\u9fff（）()“”"《》]{1,12}|[\u4e00-\u9fff“”"《》]{1,12}[（(][^（()）\s]{1,8}[）)])$/;
/** A header line naming a column by its year, the year filled or masked (2025年, 20xx年, 20__年上半年). */
const YEAR_HEAD_LINE = new RegExp(`^(?:19|20)?[0-9${escapeClass(DIGIT_MASKS)}_]{2}年[\u4e00-\u9fff]{0,4}$`);
/** A cell of words under a column of words (进度: 主体完工, 已完工): short, no mark of a sentence. */
const WORDS_LINE = /^[^，。；！？,;!?]{1,12}$/;
/** A line that fills a cell with a figure alone, or a masked one (1,208, 96.1%, **, -3). */
/** A cell holding a dash for a figure that does not apply (—, ——, -, －). */
const DASH_CELL = /^(?:[—–]{1,2}|[-－])$/;
const FIGURE_LINE = new RegExp(`^[+\\-−]?(?:[0-9${escapeClass(DIGIT_MASKS)}○□_][0-9${escapeClass(DIGIT_MASKS)}○□_.,]*)[%％﹪‰]?$`);

/**
 * Tables flattened one cell per line (指标⏎上半年⏎去年同期⏎增减⏎门急诊人次⏎⏎⏎⏎出院人次⏎**⏎…): a run
 * of name lines is the header and the first row's label, each row after it a label and as many
 * lines as the header has columns but one. Two rows at least, one figure in the table at least;
 * an empty line under a column of figures (one of its rows holds one, or its name says so) is a gap.
 * A page break may fall inside the table: its page number, the blank lines around it and the
 * running head after it are no cells (a row's cells come first, so blank lines past them are the break's).
 */
function lineTables(s: string, lines: ReadonlyArray<readonly [number, number]>, emit: (at: number, label: string, unit: string) => void): void {
	const t = (l: number) => (l < lines.length ? s.slice(lines[l]![0], lines[l]![1]).trim() : '\u0000');
	const blank = (l: number) => l < lines.length && t(l) === '';
	/** A line that may fill a cell: empty, a figure alone, the % its figure left, or a dash (——: nothing to state). */
	const cellLine = (l: number) => t(l) === '' || FIGURE_LINE.test(t(l)) || LONE_SIGN.test(t(l)) || DASH_CELL.test(t(l));
	/** A line holding a row's unit (亿元, 座, 万台次). */
	const unitLine = (l: number) => unitFirst(t(l)) === t(l) || (UNIT_MAGNITUDES.chars.includes(t(l)[0]!) && t(l).length > 1 && unitFirst(t(l).slice(1)) === t(l).slice(1));
	/** The running head after a page number: a line that is no cell, before the next row's label. */
	const runningHead = (l: number) => l + 1 < lines.length && !cellLine(l) && NAME_LINE.test(t(l + 1));
	/** Where the next row starts after line q - 1: past a page break standing there. */
	const pastBreak = (q: number): number => {
		let r = q;
		while (blank(r)) r++;
		if (r >= lines.length || !PAGE_NUMBER.test(t(r))) return q;
		r++;
		while (blank(r)) r++;
		return runningHead(r) ? r + 1 : r;
	};
	for (let l = 0; l < lines.length; l++) {
		// Most lines are longer than a name: test the length before the text.
		if (lines[l]![1] - lines[l]![0] > 16 || !NAME_LINE.test(t(l)) || (l > 0 && NAME_LINE.test(t(l - 1)))) continue;
		let n = 1;
		while (NAME_LINE.test(t(l + n)) || (YEAR_HEAD_LINE.test(t(l + n)) && NAME_LINE.test(t(l + n + 1)))) n++;
		// The run may open with the table's title (主要指标⏎指标⏎上半年⏎…), and it holds the first row's
		// label, unless a page break parts the header from the rows.
		const broken = pastBreak(l + n);
		const tries: Array<[number, number, number]> = [];
		for (let h = l; h <= l + 1; h++) tries.push([h, l + n - 1 - h, l + n - 1]);
		if (broken > l + n) for (let h = l; h <= l + 1; h++) tries.push([h, l + n - h, broken]);
		// The run may end with the first row's unit (门诊接诊⏎万人次⏎…) under a header naming 单位.
		if (n >= 5 && unitLine(l + n - 1)) for (let h = l; h <= l + 1; h++) tries.push([h, l + n - 2 - h, l + n - 2]);
		for (const [h, k, first] of tries) {
			if (k < 3 || k > 8) continue;
			// A column headed 单位 holds each row's unit (亿元, 公里).
			let unitCol = -1;
			for (let j = 1; j < k; j++) if (t(h + j) === '单位') unitCol = j;
			// Columns of words (进度, 备注) hold words, and may stay empty.
			const wordCol = (j: number) => j > 0 && j !== unitCol && TEXT_HEADER.test(t(h + j));
			/** Each row's lines: its label, then one per column. */
			const rows: number[][] = [];
			for (let p = first; NAME_LINE.test(t(p)); ) {
				const row = [p];
				let q = p + 1;
				while (row.length < k && q < lines.length) {
					if (PAGE_NUMBER.test(t(q))) {
						q++;
						if (q < lines.length && !cellLine(q)) q++;
						continue;
					}
					if (!cellLine(q) && !(row.length === unitCol && unitLine(q)) && !(wordCol(row.length) && WORDS_LINE.test(t(q)))) break;
					row.push(q++);
				}
				if (row.length < k) break;
				rows.push(row);
				p = pastBreak(q);
			}
			if (rows.length < 2) continue;
			const filled = (j: number) => rows.some((r) => t(r[j]!) !== '');
			if (![...Array(k).keys()].some((j) => j > 0 && filled(j))) continue;
			for (let j = 1; j < k; j++) {
				const head = t(h + j);
				if (j === unitCol || wordCol(j) || (!filled(j) && !FIGURE_COLUMN.test(head))) continue;
				for (const r of rows) {
					const c = t(r[j]!);
					if (c === '') {
						const unit = unitOf(head, t(r[0]!)) || (unitCol > 0 ? t(r[unitCol]!) : '');
						emit(lines[r[j]!]![0], nameOf(t(r[0]!), unit), unit);
					}
					else if (BARE_SIGN.test(c)) emit(s.indexOf(c, lines[r[j]!]![0]), t(r[0]!), '%');
				}
			}
			l = rows[rows.length - 1]![k - 1]!;
			break;
		}
	}
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
		// Widths are read on the writer's text: folding widens a bracket next to Han (同比(%) → 同比（%）).
		const raw = ctx.text;
		const spaced = s.includes(' ') || s.includes('\t');
		const report = (at: number, label: string, unit: string) =>
			ctx.report({ from: at, to: at, messageId: 'missing', data: { what: unit ? `${label}（${unit}）` : label }, blank: { kind: 'missing-number', label, unit, valueKind: unit === '%' ? 'percent' : 'number' } });
		// Lines read as tables of separated cells are not read again as columns.
		const taken = spaced ? separatedTables(s, report) : new Set<number>();
		const lines: Array<readonly [number, number]> = [];
		for (let i = 0, l = 0; i <= s.length; l++) {
			let e = s.indexOf('\n', i);
			if (e < 0) e = s.length;
			const end = e > i && s.charCodeAt(e - 1) === 13 ? e - 1 : e;
			lines.push([i, end]);
			if (spaced && !taken.has(l) && e - i >= 24) flatTableGaps(s, i, end, report);
			i = e + 1;
		}
		lineTables(s, lines, report);
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
			if (header.cells.length < 3 || header.cells.length > 24 || FIGURE.test(s.slice(header.cells[0]!.from, header.cells[0]!.to))) {
				// A title line above the header (20xx年收入构成表␣␣␣单位：万元): the table starts under it.
				if (header.cells.length < 3 && rows.length > 3 && rows[1]!.cells.length >= 3) readBlock(rows.slice(1));
				return;
			}
			const cols = header.cells.map((c) => c.col);
			const body = rows.slice(1);
			// A label spread within the label column (合    计 before the first column of figures) is one label.
			for (const r of body) {
				const [a, b] = r.cells;
				if (b && singleHan(raw, a!) && singleHan(raw, b) && b.end < cols[1]!) r.cells = [{ from: a!.from, to: b.to, col: a!.col, end: b.end }, ...r.cells.slice(2)];
			}
			const placed = new Map<Row, Array<Cell | undefined>>();
			const text = (c: Cell) => s.slice(c.from, c.to);
			// The kind of figure a column holds, read from the figures standing right under its header
			// (within two display columns): percentages, or amounts; else either.
			const kinds = cols.map((col, k) => {
				let pct = 0;
				let amount = 0;
				for (const r of body) {
					for (let i = k === 0 ? r.cells.length : 1; i < r.cells.length; i++) {
						const c = r.cells[i]!;
						if (Math.abs(c.col - col) > 2 || !FIGURE.test(text(c))) continue;
						if (isPercent(text(c))) pct++;
						else amount++;
					}
				}
				// Two to one at least: the drifted figure under test may stand among them.
				return pct > 0 && pct >= 2 * amount ? '%' : amount > 0 && amount >= 2 * pct ? '#' : '';
			});
			// A figure never goes under a column of the other kind while one of its kind is near.
			// Nor does an amount in thousands (33,418) go under a header naming a rate (完成率).
			const rates = header.cells.map((c, j) => j > 0 && PERCENT_HEADER.test(text(c).replace(/\s+/g, '')));
			// A sign left alone goes under a column of its kind where the header names such columns: a % under a rate, 第名 under a rank.
			const ranks = header.cells.map((c, j) => j > 0 && RANK_HEADER.test(text(c).replace(/\s+/g, '')));
			const anyRate = rates.some(Boolean);
			const anyRank = ranks.some(Boolean);
			const signClash = (c: Cell, j: number) => (anyRate && LONE_SIGN.test(text(c)) && !rates[j]) || (anyRank && RANK_GONE_CELL.test(text(c)) && !ranks[j]);
			const clash = (c: Cell, j: number) =>
				(FIGURE.test(text(c)) && ((kinds[j] !== '' && isPercent(text(c)) !== (kinds[j] === '%')) || (rates[j]! && !isPercent(text(c)) && THOUSANDS.test(text(c))))) || signClash(c, j);
			const anchors = anchorsOf(header.cells, body.map((r) => r.cells), (cs) => cs.some((c) => MASKED.test(text(c))));
			// The sizes a column's figures run to in the rows that fill every column (96.5 to 103.4 under
			// 完成率, -4.2 to 5.2 under 增速): a figure orders of magnitude off them belongs to another column.
			const sizes = cols.map((_, j) => {
				let lo = Infinity;
				let hi = -Infinity;
				let n = 0;
				for (const r of body) {
					const v = r.cells.length === cols.length && j > 0 ? sizeOf(text(r.cells[j]!)) : null;
					if (v === null) continue;
					lo = Math.min(lo, v);
					hi = Math.max(hi, v);
					n++;
				}
				return n >= 2 ? [lo, hi] : null;
			});
			const misfit = (c: Cell, j: number) => {
				const v = sizes[j] ? sizeOf(text(c)) : null;
				if (v === null) return 0;
				const [lo, hi] = sizes[j]!;
				return SIZE_COST * Math.max(0, lo! - v - SIZE_SLACK, v - hi! - SIZE_SLACK);
			};
			const cellAt = (r: Row, k: number) => {
				let at = placed.get(r);
				if (!at) placed.set(r, (at = (r.cells.length < cols.length && placeByPull(r.cells, anchors, (c, j) => (signClash(c, j) ? SIGN_CLASH : clash(c, j) ? KIND_CLASH : 0) + misfit(c, j))) || place(r.cells, cols, clash)));
				return at[k];
			};
			/**
			 * Where column k's gap stands in row r: after the label, at its column's anchor; after a
			 * figure, as far off the anchor as that figure stands off its own (masks shorter or longer
			 * than the figures they hide), or, when the figure on the right was pulled left, sharing
			 * the spaces between the two. Always between the cells on either side.
			 */
			// The usual spaces between two columns, in the header and the rows that fill every column (no figure gone there).
			const spacing = median([header, ...body].filter((r) => r === header || r.cells.length === cols.length).flatMap((r) => r.cells.slice(2).map((c, i) => c.col - r.cells[i + 1]!.end))) || 2;
			const gapCol = (r: Row, k: number): number => {
				const at = placed.get(r)!;
				let li = k - 1;
				while (li > 0 && !at[li]) li--;
				let ri = k + 1;
				while (ri < cols.length && !at[ri]) ri++;
				const L = at[li];
				const R = at[ri];
				const a = anchors[k]!;
				const lead = a.byEnd ? a.w : 0;
				const dL = li === 0 || !L ? 0 : posOf(L, anchors[li]!) - anchors[li]!.at;
				// Figures gone with their spaces kept leave the cells in line: the gap stands at its
				// anchor, as far off it as the cell on its left. Figures gone with their spaces collapsed
				// pull the figure on the right left by about their widths: after a figure (as wide as its
				// column's usually are: a dash is narrower), each gap then stands one usual spacing further
				// on (no further than the spaces left share out); after the
				// label, each gap shares the pull out. A pull of part of the widths weighs the two.
				// (Each gap between the two still pulls the cells after it left by the mark it was written over.)
				const kept = a.at - lead + dL - GONE_MARK * (k - li - 1);
				const base = a.at - lead + dL;
				let want = kept;
				// (A cell of words on the right says nothing of a pull: words stand where they like.)
				if (R && (FIGURE.test(text(R)) || isSign(text(R)))) {
					let widths = 0;
					for (let j = li + 1; j < ri; j++) widths += anchors[j]!.w;
					const dR = posOf(R, anchors[ri]!) - anchors[ri]!.at;
					// (A figure on the left standing right of its anchor is alignment, not a pull: figures centred under a wide header.)
					// (Pulled by just the marks of the gaps between: the spaces were kept.)
					const marked = dL - dR === GONE_MARK * (ri - li - 1);
					const f = marked ? 0 : Math.max(0, Math.min(1, (Math.min(dL, 0) - dR - (li > 0 ? ALIGN_SLACK : 0)) / widths));
					const t = k - li;
					const pulled = li > 0 && L ? Math.min(L.col + Math.max(L.end - L.col, anchors[li]!.w) + t * spacing, L.end + (t * (R.col - L.end)) / (ri - li)) : base - ((t - 1) * (dL - dR)) / (ri - li - 1);
					want = Math.round((1 - f) * kept + f * pulled);
				} else if (!R) {
					// At the row's end: when the row's spaces stop clearly short of the last column, the figures
					// went with part of their spaces, and the gaps share the spaces out, the last at the end.
					const end = displayWidth(raw, r.from, r.to);
					const from = L ? L.end : 0;
					// (The last column of figures: a column of words after it, 备注, stays empty.)
					let lastK = cols.length - 1;
					while (lastK > k && !(figureCols[lastK] && !(keeps[lastK] && holdsFigure(r)))) lastK--;
					const last = anchors[lastK]!.at;
					if (end <= last - 4 && end > from) want = Math.round(from + ((k - li) * (end - from)) / (lastK - li));
				}
				return Math.max(L ? L.end + 1 : 0, Math.min(R ? R.col - 1 : Infinity, want));
			};
			// Columns whose figures are written with their units in the cells (612头（只）, 3.2万羽).
			const unitsInCells = cols.map((_, j) => j > 0 && body.some((r) => {
				const c = cellAt(r, j);
				const m = c ? FIGURE_THEN_UNIT.exec(text(c)) : null;
				return !!m && !!unitOfCell(m[1]!);
			}));
			const holdsFigure = (r: Row) => r.cells.some((x, i) => i > 0 && FIGURE.test(text(x)));
			const withFigures = body.filter((r) => r.cells.some((c, ci) => ci > 0 && FIGURE.test(text(c))));
			// A row whose figures are all gone (合计␣␣␣…) reaches into the columns with its spaces.
			const spans = (r: Row) => r.cells.length === 1 && displayWidth(raw, r.from, r.to) > cols[1]!;
			const signed = (r: Row) => r.cells.some((c, ci) => ci > 0 && isSign(text(c)));
			// A table whose every figure is gone, or all but one row's: its rows only labels and the
			// spaces the figures left, or the signs they left (% and 第名), under a header naming
			// columns of figures (项目个数, 年度计划, 完成率(%)).
			const emptied =
				(withFigures.length === 0 ? body.filter(spans).length >= 2 : withFigures.length === 1 && body.filter((r) => !withFigures.includes(r) && signed(r)).length >= 1) &&
				header.cells.some((c, j) => j > 0 && FIGURE_COLUMN.test(text(c).replace(/\s+/g, '')));
			if (withFigures.length < 2 && !emptied) return;
			// Columns whose gone figures kept their signs (%, -%).
			const keeps = cols.map((_, j) => j > 0 && body.some((r) => LONE_SIGN.test(cellAt(r, j) ? text(cellAt(r, j)!) : '')));
			// Columns of words (储粮品种: 小麦, 稻谷): two rows hold words there and none a figure.
			const wordCols = cols.map((_, j) => {
				if (j === 0) return false;
				let n = 0;
				for (const r of body) {
					const c = cellAt(r, j);
					if (!c) continue;
					if (FIGURE.test(text(c)) || !HAN.test(text(c))) return false;
					n++;
				}
				return n >= 2;
			});
			// A row whose figures are all gone but whose cells of words stand (xx中心库␣␣␣…␣␣玉米、小麦):
			// a row of the table all the same, its cells under the columns of figures empty.
			const wordsOnly = (r: Row) => r.cells.length >= 2 && r.cells.slice(1).every((c) => placed.get(r)!.some((y, j) => y === c && wordCols[j]));
			// A column of figures: two rows hold one there, or one does under a header naming a measure, a
			// period or a comparison (完成率, 完  成, 上年同期); or none does under a header naming a period or
			// a comparison (实际完成: every figure of the column gone) while other columns keep theirs.
			// (A sign counts too, but not under a header of words: % under 单位 is the row's unit.)
			const figureCols = cols.map((_, k) => {
				if (k === 0) return false;
				const head = text(header.cells[k]!).replace(/\s+/g, '');
				const n = body.filter((r) => {
					const c = cellAt(r, k);
					return !!c && (FIGURE.test(text(c)) || (isSign(text(c)) && !TEXT_HEADER.test(head)) || (unitsInCells[k]! && !!unitOfCell(text(c))));
				}).length;
				// (Or one does, holding a figure alone, with no words in the column: 已整改, 平均分.)
				const lone = n === 1 && !TEXT_HEADER.test(head) && body.every((r) => {
					const c = cellAt(r, k);
					return !c || (!HAN.test(text(c)) && (!FIGURE.test(text(c)) || FIGURE_ONLY.test(text(c))));
				});
				return n >= 2 || (n === 1 && (FIGURE_COLUMN.test(head) || (lone && withFigures.length >= 2))) || (n === 0 && withFigures.length >= 2 && PERIOD_COLUMN.test(head)) || (emptied && !TEXT_HEADER.test(head));
			});
			for (let k = 1; k < cols.length; k++) {
				const head = text(header.cells[k]!).replace(/\s+/g, '');
				if (!figureCols[k]) continue;
				for (const r of body) {
					const label = text(r.cells[0]!).replace(/\s+/g, '');
					// A label indented under the one above (其中：居民 ⏎ ␣␣␣工商业) ends before the figures start.
					const lab = r.cells[0]!;
					if ((lab.col > header.cells[0]!.col + 1 && lab.end > cols[1]! - 2) || !/[\u4e00-\u9fff]/.test(label) || GROUP_LABEL.test(label)) continue;
					// A row holding figures, or only their signs (利润总额␣␣␣…␣␣%: every figure gone).
					if (!spans(r) && !r.cells.slice(1).some((c) => FIGURE.test(text(c)) || isSign(text(c))) && !wordsOnly(r)) continue;
					const unit = unitOf(head, label);
					const name = nameOf(label, unit);
					const c = cellAt(r, k);
					// 单箱销售额(万元) 6.12: a cell running over the column's start (one space apart) fills it.
					// (Not a figure placed under another column: 39,800 drifted left over 增速 is 户均收入's.)
					if (!c && r.cells.some((x) => x.col < cols[k]! && x.end > cols[k]! && !placed.get(r)!.some((y, j) => j > 0 && y === x))) continue;
					// Under a column whose gone figures kept their signs (%, -%), an empty cell in a row still
					// holding figures is a change or a rate never worked out.
					if (!c && keeps[k] && holdsFigure(r)) continue;
					if (!c) {
						// The last column's gap stands where the row ends (its figure was the row's last word).
						const at = offsetAtCol(raw, r.from, r.to, gapCol(r, k));
						report(k === cols.length - 1 && s.slice(at, r.to).trim() === '' ? r.to : at, name, unit);
					}
					// 东站  4200  4390  %: a cell holding only the percent sign.
					else if (BARE_SIGN.test(text(c))) report(c.from, name, '%');
					// 头（只） under a column whose cells give figures with their units (612头（只）): the figure gone before it.
					else if (unitsInCells[k] && unitOfCell(text(c))) report(c.from, name, unitOfCell(text(c)));
				}
			}
		};
		let i = 0;
		let l = 0;
		while (i <= s.length) {
			let e = s.indexOf('\n', i);
			if (e < 0) e = s.length;
			const end = e > i && s.charCodeAt(e - 1) === 13 ? e - 1 : e;
			const cs = taken.has(l) || isPipeRow(s, i, end) ? null : cells(raw, i, end);
			if (cs && !(cs.length === 1 && block.length === 0)) block.push({ from: i, to: end, cells: joinSpread(raw, cs) });
			else flush();
			i = e + 1;
			l++;
		}
		flush();
	}
});
