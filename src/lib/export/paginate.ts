/**
 * Lays the export document out into official pages for the preview, the print copy and the
 * .docx's page-end decisions: lines broken at the grid's characters per line (CJK one, ASCII half,
 * numbers kept whole, closing punctuation allowed to hang as Word does), 22 lines a page, table
 * rows whole with the header row repeated on each page, and the 落款 kept on the page of the last
 * body lines. An estimate of Word's layout, fast enough to redo on every keystroke for a
 * 60,000-character report.
 */
import type { Block, ExportDocument, HeadingLevel, Line } from './document';
import { segmentLine } from './document';
import { attachmentIndents, isHalfWidth, signatureIndents, widthChars } from './measure';
import type { ExportSettings, PageLayout } from './settings';
import { type Builders, buildBlocks } from './registry';
import { titleLines } from './title';

export type PreviewRole = 'title' | 'body' | 'table' | 'head' | HeadingLevel;

export interface PreviewSegment {
	text: string;
	role: PreviewRole;
	blank: boolean;
}

/** One cell of a table row: its wrapped lines. */
export interface PreviewCell {
	lines: PreviewSegment[][];
	align: 'left' | 'center' | 'right';
}

export interface PreviewLine {
	segments: PreviewSegment[];
	align: 'justify' | 'center' | 'right' | 'left';
	/** Left indent of this line in body characters (first-line indent, hanging indent). */
	indent: number;
	/** Right indent in body characters (落款). */
	right: number;
	/** The last line of its paragraph (not stretched to the full width). */
	last: boolean;
	title: boolean;
	/** Index of the block this line belongs to (-1 for the title, 版头, 版记 and spacer lines before them). */
	block: number;
	/** Height in grid lines (a table row of several text lines takes several). */
	rows: number;
	/** A table row's cells (the line's own segments are then empty). */
	cells?: PreviewCell[];
	/** The table's header row (repeated at the top of each page the table runs onto). */
	header?: boolean;
	/** Rules and colours of the 版头 and 版记. */
	decor?: 'organ' | 'red-rule' | 'record-first' | 'record-last' | 'record-only';
	/** Characters per line when the standard's tightening set this block closer (§7.3.5.4). */
	chars?: number;
}

export interface PreviewPage {
	lines: PreviewLine[];
}

/** A CJK font's natural line height as a multiple of its size (Noto/Source Han: ascent + descent ≈ 1.45). */
const CJK_LINE_HEIGHT = 1.45;

/** Characters that may not start a line; they hang at the end of the previous one. */
const NO_START = new Set('，。、；：？！）》」』】〕”’…—%,.;:?!)]}');

export function layoutMetrics(layout: PageLayout) {
	const textWidthPt = ((layout.pageMm.width - layout.marginMm.left - layout.marginMm.right) * 72) / 25.4;
	const textHeightPt = ((layout.pageMm.height - layout.marginMm.top - layout.marginMm.bottom) * 72) / 25.4;
	const linePt = layout.lineTwips / 20;
	return {
		// Type larger than the pitch takes whole lines of the grid (LibreOffice does so on its own;
		// the .docx spaces the title so that Word does the same).
		titleRows: Math.max(1, Math.ceil((layout.titlePt * CJK_LINE_HEIGHT) / linePt)),
		charsPerLine: layout.grid?.chars ?? Math.floor(textWidthPt / layout.bodyPt),
		titleChars: Math.floor(textWidthPt / layout.titlePt),
		linesPerPage: layout.grid?.lines ?? Math.floor(textHeightPt / linePt),
		linePt,
		textWidthPt,
		textHeightPt
	};
}

type Metrics = ReturnType<typeof layoutMetrics>;

interface Token {
	text: string;
	width: number;
	role: PreviewRole;
	blank: boolean;
}

function tokens(segments: { text: string; role: PreviewRole; blank: boolean }[]): Token[] {
	const out: Token[] = [];
	for (const s of segments) {
		// ASCII words and numbers stay whole; everything else breaks per character.
		for (const m of s.text.matchAll(/[A-Za-z0-9.%_]+|[\s\S]/gu)) {
			const text = m[0];
			out.push({ text, width: text.length > 1 ? text.length * 0.5 : isHalfWidth(text) ? 0.5 : 1, role: s.role, blank: s.blank });
		}
	}
	return out;
}

/** Breaks tokens into lines of `capacity` characters (the first line `firstCapacity`). */
function breakLines(toks: Token[], firstCapacity: number, capacity: number): Token[][] {
	const lines: Token[][] = [];
	let cur: Token[] = [];
	let width = 0;
	let cap = firstCapacity;
	for (const t of toks) {
		const fits = width + t.width <= cap + 1e-9;
		const hangs = !fits && NO_START.has(t.text) && cur.length > 0 && width + t.width <= cap + 1;
		if (fits || hangs || cur.length === 0) {
			cur.push(t);
			width += t.width;
			continue;
		}
		lines.push(cur);
		cur = [t];
		width = t.width;
		cap = capacity;
	}
	if (cur.length || !lines.length) lines.push(cur);
	return lines;
}

function merge(toks: Token[]): PreviewSegment[] {
	const out: PreviewSegment[] = [];
	for (const t of toks) {
		const last = out[out.length - 1];
		if (last && last.role === t.role && last.blank === t.blank) last.text += t.text;
		else out.push({ text: t.text, role: t.role, blank: t.blank });
	}
	return out;
}

/** What a preview builder needs. */
export interface PreviewContext {
	m: Metrics;
	layout: PageLayout;
	markBlanks: boolean;
}

const plain = (l: Line, role: PreviewRole, markBlanks: boolean): PreviewSegment[] =>
	segmentLine(l, 0, markBlanks).map((s) => ({ text: s.text, role, blank: s.blank }));

const spacer = (block: number): PreviewLine => ({ segments: [], align: 'justify', indent: 0, right: 0, last: true, title: false, block, rows: 1 });

/** A run of text broken into lines: first line at `first` chars in, the rest at `left`. */
function wrapped(segs: PreviewSegment[], block: number, ctx: PreviewContext, left: number, first: number, align: PreviewLine['align'] = 'justify'): PreviewLine[] {
	const cap = ctx.m.charsPerLine;
	const broken = breakLines(tokens(segs), cap - left - first, cap - left);
	return broken.map((toks, i) => ({
		segments: merge(toks),
		align,
		indent: i === 0 ? left + first : left,
		right: 0,
		last: i === broken.length - 1,
		title: false,
		block,
		rows: 1
	}));
}

export const previewBuilders: Builders<PreviewContext, PreviewLine> = {
	heading: (b, ctx, at) => wrapped(plain(b, b.level, ctx.markBlanks), at.index, ctx, 0, ctx.layout.indentChars),
	paragraph: (b, ctx, at) => {
		const leadRole: PreviewRole = b.lead ? b.lead.level : 'body';
		const segs = segmentLine(b, b.lead?.end ?? 0, ctx.markBlanks).map((s) => ({ text: s.text, role: s.lead ? leadRole : ('body' as const), blank: s.blank }));
		return wrapped(segs, at.index, ctx, 0, ctx.layout.indentChars);
	},
	salutation: (b, ctx, at) => wrapped(plain(b, 'body', ctx.markBlanks), at.index, ctx, 0, 0),
	note: (b, ctx, at) => wrapped(plain(b, 'body', ctx.markBlanks), at.index, ctx, 0, ctx.layout.indentChars),
	attachments: (b, ctx, at) => {
		const ind = attachmentIndents(b.items.length, ctx.layout.indentChars);
		const lines = [spacer(at.index)];
		b.items.forEach((l, i) => {
			const prefix = (i === 0 ? '附件：' : '') + (b.items.length > 1 ? `${i + 1}.` : '');
			const segs = [{ text: prefix, role: 'body' as const, blank: false }, ...plain(l, 'body', ctx.markBlanks)];
			const one = ind[i] as { left: number; first: number };
			lines.push(...wrapped(segs, at.index, ctx, one.left, one.first, 'left'));
		});
		return lines;
	},
	table: (b, ctx, at) => {
		const cols = Math.max(1, b.header.length);
		// Characters of the table's size that fit a column, less the cell padding and a quarter
		// character: rows are exactly as high as counted here, so the count errs on the side of more lines.
		const colChars = Math.max(1, Math.floor((ctx.m.textWidthPt / cols - 8) / ctx.layout.tablePt - 0.25));
		const row = (cells: readonly Line[], header: boolean): PreviewLine => {
			const laid: PreviewCell[] = cells.map((c, i) => ({
				lines: breakLines(tokens(plain(c, 'table', ctx.markBlanks)), colChars, colChars).map(merge),
				align: header ? 'center' : (b.align[i] ?? 'left')
			}));
			const rows = Math.max(1, ...laid.map((c) => c.lines.length));
			return { segments: [], align: 'left', indent: 0, right: 0, last: true, title: false, block: at.index, rows, cells: laid, header };
		};
		return [row(b.header, true), ...b.rows.map((r) => row(r, false))];
	},
	signature: (b, ctx, at) => {
		const ind = signatureIndents(b.lines.map((l) => widthChars(l.text)), b.date ? widthChars(b.date.text) : null, ctx.layout.sealed);
		const one = (l: Line, right: number): PreviewLine => ({
			segments: plain(l, 'body', ctx.markBlanks),
			align: 'right',
			indent: 0,
			right,
			last: true,
			title: false,
			block: at.index,
			rows: 1
		});
		const lines = [spacer(at.index)];
		b.lines.forEach((l, i) => lines.push(one(l, ind.signature[i] ?? 2)));
		if (b.date) lines.push(one(b.date, ind.date));
		return lines;
	}
};

/** Grid lines each row of a table takes (header first), as the preview lays them out. */
export function previewRowHeights(table: Extract<Block, { kind: 'table' }>, layout: PageLayout): number[] {
	const m = layoutMetrics(layout);
	return previewBuilders.table(table, { m, layout, markBlanks: false }, { index: 0, blocks: [table] }).map((l) => l.rows);
}

/** The 版头's lines (organ mark over two lines, 发文字号 with the red rule 4 mm under it in two, two empty lines). */
export function headLines(settings: Pick<ExportSettings, 'head'>): PreviewLine[] {
	const h = settings.head;
	if (!h.on || !h.organ.trim()) return [];
	const base = { indent: 0, right: 0, last: true, title: false, block: -1, rows: 1 } as const;
	const number = h.number.trim();
	const signer = h.signer.trim();
	const numberSegs: PreviewSegment[] = signer
		? [{ text: `${number}\u3000\u3000签发人：${signer}`, role: 'body', blank: false }]
		: [{ text: number, role: 'body', blank: false }];
	return [
		{ ...base, segments: [{ text: h.organ.trim(), role: 'head', blank: false }], align: 'center', rows: 2, decor: 'organ' },
		{ ...base, segments: [], align: 'justify' },
		{ ...base, segments: numberSegs, align: signer ? 'right' : 'center', right: signer ? 1 : 0, decor: 'red-rule', rows: 2 },
		{ ...base, segments: [], align: 'justify', rows: 2 }
	];
}

/** The 版记's lines (抄送, 印发机关和印发日期), each one grid line, between rules. */
export function recordLines(settings: Pick<ExportSettings, 'record'>): PreviewLine[] {
	const r = settings.record;
	if (!r.on || (!r.cc.trim() && !r.printer.trim())) return [];
	const base = { indent: 1, right: 1, last: true, title: false, block: -1, rows: 1 } as const;
	const out: PreviewLine[] = [];
	if (r.cc.trim()) out.push({ ...base, segments: [{ text: `抄送：${r.cc.trim()}`, role: 'table', blank: false }], align: 'left' });
	if (r.printer.trim() || r.printDate.trim()) {
		const gap = '\u3000'.repeat(2);
		out.push({ ...base, segments: [{ text: `${r.printer.trim()}${gap}${r.printDate.trim()}印发`, role: 'table', blank: false }], align: 'justify' });
	}
	if (out.length === 1) (out[0] as PreviewLine).decor = 'record-only';
	else {
		(out[0] as PreviewLine).decor = 'record-first';
		(out[1] as PreviewLine).decor = 'record-last';
	}
	return out;
}

/** All lines of the document in reading order (版头, title, body; 版记 is placed by paginate). */
export function documentLines(doc: ExportDocument, layout: PageLayout, markBlanks = false, settings?: Pick<ExportSettings, 'head'>): PreviewLine[] {
	const m = layoutMetrics(layout);
	const lines: PreviewLine[] = settings ? headLines(settings) : [];
	if (doc.title.text) {
		for (const tl of titleLines(doc.title, m.titleChars)) {
			lines.push({ segments: plain(tl, 'title', markBlanks), align: 'center', indent: 0, right: 0, last: true, title: true, block: -1, rows: m.titleRows });
		}
		lines.push(spacer(-1));
	}
	lines.push(...buildBlocks(previewBuilders, doc.blocks, { m, layout, markBlanks }));
	return lines;
}

/** Kinds that form the 落款 end of a report, kept on the page of the last body lines. */
const TAIL_KINDS = new Set<Block['kind']>(['attachments', 'signature', 'note']);
/** Kinds whose lines the tightening may set closer. */
const TEXT_KINDS = new Set<Block['kind']>(['paragraph', 'heading', 'salutation', 'note']);
/** At most this many more characters a line when tightening (28 → 30: about 1.3 pt less per character at 三号). */
const MAX_EXTRA_CHARS = 2;

/**
 * The page-end decision the .docx repeats: blocks on the 落款's page set with more characters a
 * line (GB/T 9704 §7.3.5.4: adjust character spacing so the 落款 shares the page with the body).
 */
export interface Tightening {
	/** Block index → characters per line for it. */
	chars: Map<number, number>;
}

export interface Pagination {
	pages: PreviewPage[];
	tight: Tightening | null;
	/** Empty grid lines before the 版记 so it sits at the foot of the last page. */
	recordGap: number;
	/** The paragraph whose last lines go over with the 落款, split at this offset of its text. */
	split: { block: number; at: number } | null;
}

/**
 * The document as pages. Table rows stay whole and a table running onto a new page gets its
 * header row again; the 落款 (with the 附件说明 and 附注 around it) stays with the last body lines:
 * when it does not fit under them, the paragraphs begun on that page are set a little closer
 * (one or two more characters a line, the standard's remedy) until it does, and when that is not
 * enough the last body block moves over with it (keep-with-next, as LibreOffice and Word do).
 */
export function layoutPages(doc: ExportDocument, layout: PageLayout, markBlanks = false, settings?: Pick<ExportSettings, 'head' | 'record'>): Pagination {
	const m = layoutMetrics(layout);
	const ctx: PreviewContext = { m, layout, markBlanks };
	const all = documentLines(doc, layout, markBlanks, settings);
	const per = m.linesPerPage;
	let tailStart = all.length;
	if (doc.blocks.some((b) => b.kind === 'signature') && TAIL_KINDS.has((doc.blocks[doc.blocks.length - 1] as Block).kind)) {
		let b = doc.blocks.length - 1;
		while (b > 0 && TAIL_KINDS.has((doc.blocks[b - 1] as Block).kind)) b--;
		const idx = all.findIndex((l) => l.block === b);
		if (idx > 0) tailStart = idx;
	}
	const rowsOf = (ls: readonly PreviewLine[]) => ls.reduce((n, l) => n + l.rows, 0);
	const tailRows = rowsOf(all.slice(tailStart));
	const relayout = (index: number, chars: number) =>
		buildBlocks(previewBuilders, [doc.blocks[index] as Block], { ...ctx, m: { ...m, charsPerLine: chars } }).map((l) => ({ ...l, block: index, chars }));

	const pages: PreviewPage[] = [];
	let page: PreviewLine[] = [];
	let used = 0;
	let tight: Tightening | null = null;
	let split: Pagination['split'] = null;
	let header: PreviewLine | null = null;
	const newPage = () => {
		pages.push({ lines: page });
		page = [];
		used = 0;
	};
	for (let i = 0; i < all.length; i++) {
		const line = all[i] as PreviewLine;
		if (i === tailStart && used > 0 && used + tailRows > per) {
			const need = used + tailRows - per;
			const prev = pages[pages.length - 1];
			// Text blocks begun on this page (a block carried over from the page before keeps its setting).
			const candidates = [...new Set(page.map((l) => l.block))].filter(
				(b) => b >= 0 && TEXT_KINDS.has((doc.blocks[b] as Block).kind) && !prev?.lines.some((l) => l.block === b)
			);
			const plan = condensePlan(candidates, need, (b) => page.filter((l) => l.block === b).length, (b, extra) => relayout(b, m.charsPerLine + extra).length);
			if (plan) {
				tight = { chars: new Map([...plan].map(([b, extra]) => [b, m.charsPerLine + extra])) };
				page = page.flatMap((l, k) => {
					const chars = tight!.chars.get(l.block);
					if (chars === undefined) return [l];
					return page.findIndex((x) => x.block === l.block) === k ? relayout(l.block, chars) : [];
				});
				used = rowsOf(page);
			} else {
				// Keep-with-next: the last body lines move over with the 落款 — the last two of a
				// paragraph with four or more on this page (the .docx splits it there, so Word and
				// LibreOffice move the same two), otherwise the whole block.
				const prevBlock = (all[i - 1] as PreviewLine).block;
				let from = page.findIndex((l) => l.block === prevBlock);
				if (from >= 0 && page.length - from >= 4 && doc.blocks[prevBlock]?.kind === 'paragraph') {
					from = page.length - 2;
					const before = all.slice(0, i).filter((l) => l.block === prevBlock);
					const at = before.slice(0, before.length - 2).reduce((n, l) => n + l.segments.reduce((m, x) => m + x.text.length, 0), 0);
					split = { block: prevBlock, at };
				}
				const moved = from > 0 ? page.splice(from) : [];
				newPage();
				page.push(...moved);
				used = rowsOf(moved);
			}
		}
		if (line.cells) {
			if (line.header) header = line;
			else if (header && header.block !== line.block) header = null;
		}
		if (used + line.rows > per && used > 0) {
			newPage();
			// A table continuing onto the new page starts with its header row again.
			if (line.cells && !line.header && header && header.block === line.block) {
				page.push(header);
				used += header.rows;
			}
		}
		page.push(line);
		used += line.rows;
	}
	const record = settings ? recordLines(settings) : [];
	let recordGap = 0;
	if (record.length) {
		// The 版记 goes at the foot of the last page (a new page when it does not fit), over the
		// one empty line Word needs after it.
		if (used + record.length + 1 > per) newPage();
		recordGap = Math.max(0, per - used - record.length - 1);
		for (let g = 0; g < recordGap; g++) page.push(spacer(-1));
		page.push(...record, spacer(-1));
	}
	if (page.length || !pages.length) pages.push({ lines: page });
	return { pages, tight, recordGap, split };
}

/**
 * Which blocks to set closer, and by how many characters a line, to save `need` lines: the
 * fewest blocks from the end at one more character, else at two; null when even that is short.
 */
function condensePlan(
	blocks: readonly number[],
	need: number,
	linesNow: (b: number) => number,
	linesAt: (b: number, extra: number) => number
): Map<number, number> | null {
	for (let extra = 1; extra <= MAX_EXTRA_CHARS; extra++) {
		const plan = new Map<number, number>();
		let saved = 0;
		for (let k = blocks.length - 1; k >= 0 && saved < need; k--) {
			const b = blocks[k] as number;
			const gain = linesNow(b) - linesAt(b, extra);
			if (gain > 0) {
				plan.set(b, extra);
				saved += gain;
			}
		}
		if (saved >= need) return plan;
	}
	return null;
}

/** The document as pages of `linesPerPage` lines. */
export function paginate(doc: ExportDocument, layout: PageLayout, markBlanks = false, settings?: Pick<ExportSettings, 'head' | 'record'>): PreviewPage[] {
	return layoutPages(doc, layout, markBlanks, settings).pages;
}
