/**
 * Lays the export document out into official pages for the preview: lines broken at the grid's
 * characters per line (CJK one, ASCII half, numbers kept whole, closing punctuation allowed to
 * hang as Word does), 22 lines a page. An estimate of Word's layout, fast enough to redo on every
 * keystroke for a 60,000-character report.
 */
import type { Block, ExportDocument, HeadingLevel, Line } from './document';
import { segmentLine } from './document';
import { isHalfWidth, signatureIndents, widthChars } from './measure';
import type { PageLayout } from './settings';

export type PreviewRole = 'title' | 'body' | HeadingLevel;

export interface PreviewSegment {
	text: string;
	role: PreviewRole;
	blank: boolean;
}

export interface PreviewLine {
	segments: PreviewSegment[];
	align: 'justify' | 'center' | 'right';
	/** Left indent of this line in body characters (first-line indent). */
	indent: number;
	/** Right indent in body characters (落款). */
	right: number;
	/** The last line of its paragraph (not stretched to the full width). */
	last: boolean;
	title: boolean;
	/** Index of the block this line belongs to (-1 for the title and spacer lines). */
	block: number;
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
		linePt
	};
}

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

function blockLines(block: Block, index: number, m: ReturnType<typeof layoutMetrics>, markBlanks: boolean): PreviewLine[] {
	const base = { title: false, block: index };
	if (block.kind === 'signature') {
		const ind = signatureIndents(block.lines.map((l) => widthChars(l.text)), block.date ? widthChars(block.date.text) : null);
		const one = (l: Line, right: number): PreviewLine => ({
			...base,
			segments: segmentLine(l, 0, markBlanks).map((s) => ({ text: s.text, role: 'body', blank: s.blank })),
			align: 'right',
			indent: 0,
			right,
			last: true
		});
		const lines = [{ ...base, segments: [], align: 'justify', indent: 0, right: 0, last: true } as PreviewLine];
		block.lines.forEach((l, i) => lines.push(one(l, ind.signature[i] ?? 2)));
		if (block.date) lines.push(one(block.date, ind.date));
		return lines;
	}
	const role: PreviewRole = block.kind === 'heading' ? block.level : 'body';
	const leadRole: PreviewRole = block.kind === 'paragraph' && block.lead ? block.lead.level : role;
	const leadEnd = block.kind === 'paragraph' ? (block.lead?.end ?? 0) : 0;
	const segs = segmentLine(block, leadEnd, markBlanks).map((s) => ({ text: s.text, role: s.lead ? leadRole : role, blank: s.blank }));
	const broken = breakLines(tokens(segs), m.charsPerLine - 2, m.charsPerLine);
	return broken.map((toks, i) => ({
		...base,
		segments: merge(toks),
		align: 'justify',
		indent: i === 0 ? 2 : 0,
		right: 0,
		last: i === broken.length - 1
	}));
}

/** All lines of the document in reading order. */
export function documentLines(doc: ExportDocument, layout: PageLayout, markBlanks = false): PreviewLine[] {
	const m = layoutMetrics(layout);
	const lines: PreviewLine[] = [];
	if (doc.title.text) {
		const segs = segmentLine(doc.title, 0, markBlanks).map((s) => ({ text: s.text, role: 'title' as const, blank: s.blank }));
		const broken = breakLines(tokens(segs), m.titleChars, m.titleChars);
		for (const toks of broken) lines.push({ segments: merge(toks), align: 'center', indent: 0, right: 0, last: true, title: true, block: -1 });
		lines.push({ segments: [], align: 'justify', indent: 0, right: 0, last: true, title: false, block: -1 });
	}
	doc.blocks.forEach((b, i) => lines.push(...blockLines(b, i, m, markBlanks)));
	return lines;
}

/** The document as pages of `linesPerPage` lines. */
export function paginate(doc: ExportDocument, layout: PageLayout, markBlanks = false): PreviewPage[] {
	const per = layoutMetrics(layout).linesPerPage;
	const lines = documentLines(doc, layout, markBlanks);
	const pages: PreviewPage[] = [];
	for (let i = 0; i < lines.length; i += per) pages.push({ lines: lines.slice(i, i + per) });
	if (!pages.length) pages.push({ lines: [] });
	return pages;
}
