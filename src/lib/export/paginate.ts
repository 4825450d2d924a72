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
	/** Line pitch in pt when the standard's tightening applies to its page (§7.3.5.4). */
	pitch?: number;
}

export interface PreviewPage {
	lines: PreviewLine[];
}

/** Characters that may not start a line; they hang at the end of the previous one. */
const NO_START = new Set('，。、；：？！）》」』】〕”’…—%,.;:?!)]}');

export function layoutMetrics(layout: PageLayout) {
	const textWidthPt = ((layout.pageMm.width - layout.marginMm.left - layout.marginMm.right) * 72) / 25.4;
	const textHeightPt = ((layout.pageMm.height - layout.marginMm.top - layout.marginMm.bottom) * 72) / 25.4;
	const linePt = layout.lineTwips / 20;
	return {
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
		// Characters of the table's size that fit a column (less a little cell padding).
		const colChars = Math.max(1, Math.floor((ctx.m.textWidthPt / cols - 8) / ctx.layout.tablePt));
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
		const ind = signatureIndents(b.lines.map((l) => widthChars(l.text)), b.date ? widthChars(b.date.text) : null);
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

/** The 版头's lines (organ mark over two lines, 发文字号 with the red rule under it, two empty lines). */
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
		{ ...base, segments: numberSegs, align: signer ? 'right' : 'center', right: signer ? 1 : 0, decor: 'red-rule' },
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
			lines.push({ segments: plain(tl, 'title', markBlanks), align: 'center', indent: 0, right: 0, last: true, title: true, block: -1, rows: 1 });
		}
		lines.push(spacer(-1));
	}
	lines.push(...buildBlocks(previewBuilders, doc.blocks, { m, layout, markBlanks }));
	return lines;
}

/** Kinds that form the 落款 end of a report, kept on the page of the last body lines. */
const TAIL_KINDS = new Set<Block['kind']>(['attachments', 'signature', 'note']);

/** The page-end decision the .docx repeats: from which block on the last page is tightened, and to what pitch. */
export interface Tightening {
	fromBlock: number;
	lineTwips: number;
}

export interface Pagination {
	pages: PreviewPage[];
	tight: Tightening | null;
	/** Empty grid lines before the 版记 so it sits at the foot of the last page. */
	recordGap: number;
}

/** The smallest line pitch the tightening may use, as a multiple of the body size. */
const MIN_PITCH = 1.25;

/**
 * The document as pages. Table rows stay whole and a table running onto a new page gets its
 * header row again; the 落款 (with the 附件说明 and 附注 around it) stays with the last body lines:
 * when it does not fit under them, the page's lines are set closer (GB/T 9704 §7.3.5.4: adjust
 * line spacing so the signature and date share the page with the body) or, when that would set
 * them too close, the last two body lines move over with it.
 */
export function layoutPages(doc: ExportDocument, layout: PageLayout, markBlanks = false, settings?: Pick<ExportSettings, 'head' | 'record'>): Pagination {
	const m = layoutMetrics(layout);
	const all = documentLines(doc, layout, markBlanks, settings);
	const per = m.linesPerPage;
	let tailStart = all.length;
	if (doc.blocks.length && TAIL_KINDS.has((doc.blocks[doc.blocks.length - 1] as Block).kind)) {
		let b = doc.blocks.length - 1;
		while (b > 0 && TAIL_KINDS.has((doc.blocks[b - 1] as Block).kind)) b--;
		const idx = all.findIndex((l) => l.block === b);
		if (idx > 0) tailStart = idx;
	}
	const tailRows = all.slice(tailStart).reduce((n, l) => n + l.rows, 0);

	const pages: PreviewPage[] = [];
	let page: PreviewLine[] = [];
	let used = 0;
	let tight: Tightening | null = null;
	let header: PreviewLine | null = null;
	const newPage = () => {
		pages.push({ lines: page });
		page = [];
		used = 0;
	};
	for (let i = 0; i < all.length; i++) {
		const line = all[i] as PreviewLine;
		if (i === tailStart && used > 0 && used + tailRows > per) {
			// Lines on this page that belong to a block begun on an earlier page keep their pitch.
			const first = page.findIndex((l) => l.block >= 0 && (pages.length === 0 || !pages[pages.length - 1]!.lines.some((p) => p.block === l.block)));
			const carried = first < 0 ? used : page.slice(0, first).reduce((n, l) => n + l.rows, 0);
			const free = per * m.linePt - carried * m.linePt;
			const rows = used - carried + tailRows;
			const pitch = Math.floor((free / rows) * 20) / 20;
			const fromBlock = first < 0 ? -1 : (page[first] as PreviewLine).block;
			if (first >= 0 && fromBlock >= 0 && pitch >= layout.bodyPt * MIN_PITCH) {
				tight = { fromBlock, lineTwips: Math.floor(pitch * 20) };
				for (const l of page.slice(first)) l.pitch = tight.lineTwips / 20;
				for (const l of all.slice(tailStart)) l.pitch = tight.lineTwips / 20;
				for (const l of all.slice(tailStart)) page.push(l);
				used = per;
				break;
			}
			// Keep-with-next: the last lines of the block before the 落款 move over with it.
			const prevBlock = (all[i - 1] as PreviewLine).block;
			let k = 0;
			while (k < page.length && (page[page.length - 1 - k] as PreviewLine).block === prevBlock) k++;
			const startedEarlier = k === page.length;
			const move = startedEarlier || k - 2 >= 2 ? Math.min(2, k) : k;
			const moved = move < page.length ? page.splice(page.length - move, move) : [];
			newPage();
			for (const l of moved) {
				page.push(l);
				used += l.rows;
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
		// The 版记 goes at the foot of the last page (a new page when it does not fit).
		if (used + record.length > per) newPage();
		recordGap = Math.max(0, per - used - record.length);
		for (let g = 0; g < recordGap; g++) page.push(spacer(-1));
		page.push(...record);
	}
	if (page.length || !pages.length) pages.push({ lines: page });
	return { pages, tight, recordGap };
}

/** The document as pages of `linesPerPage` lines. */
export function paginate(doc: ExportDocument, layout: PageLayout, markBlanks = false, settings?: Pick<ExportSettings, 'head' | 'record'>): PreviewPage[] {
	return layoutPages(doc, layout, markBlanks, settings).pages;
}
