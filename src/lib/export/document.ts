/**
 * The one document model every export is built from (docx, Markdown, text, HTML, clipboard,
 * preview). Drafts from the app and Markdown/text reports from the command line both map to it,
 * so the browser and Node produce the same files from the same code.
 */

/** 公文 structure levels: 一、 / （一） / 1. / （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** A range of an open blank inside a line's text; `from === to` marks a zero-width gap. */
export interface Span {
	from: number;
	to: number;
}

/** A line of text with the open blanks that sit in it (offsets into `text`). */
export interface Line {
	text: string;
	blanks: Span[];
}

/** A structure heading the writer numbered (or a section title). */
export interface HeadingBlock extends Line {
	kind: 'heading';
	level: HeadingLevel;
	/** The draft section this block came from, when exported from a draft. */
	sectionId?: string;
}

/**
 * A running paragraph. `lead` is a numbered lead-in phrase ("（一）加强组织领导。", "一是…。",
 * "1.") that is set in the heading font of its level while the rest stays body text.
 */
export interface ParagraphBlock extends Line {
	kind: 'paragraph';
	lead: { end: number; level: HeadingLevel } | null;
	sectionId?: string;
}

/** 落款: the signing organisation or person (one or more lines) and the date under it. */
export interface SignatureBlock {
	kind: 'signature';
	lines: Line[];
	date: Line | null;
	sectionId?: string;
}

export type Block = HeadingBlock | ParagraphBlock | SignatureBlock;

/** A whole report ready to export. */
export interface ExportDocument {
	title: Line;
	blocks: Block[];
}

/** Counts the blanks still open in a document. */
export function countBlanks(doc: ExportDocument): number {
	let n = doc.title.blanks.length;
	for (const b of doc.blocks) {
		if (b.kind === 'signature') {
			for (const l of b.lines) n += l.blanks.length;
			if (b.date) n += b.date.blanks.length;
		} else n += b.blanks.length;
	}
	return n;
}

/** One piece of a line as builders set it: plain, lead-in (heading font) or open blank. */
export interface Segment {
	text: string;
	lead: boolean;
	blank: boolean;
}

/** What a zero-width blank shows as when blanks are marked, so it cannot hide in the page. */
export const BLANK_MARKER = '____';

/**
 * Splits a line into segments at lead-in and blank boundaries. With `markBlanks`, zero-width
 * blanks become a visible BLANK_MARKER segment; without it blanks are plain text.
 */
export function segmentLine(line: Line, leadEnd: number, markBlanks: boolean): Segment[] {
	const text = line.text;
	const cuts = new Set<number>([0, text.length]);
	if (leadEnd > 0 && leadEnd < text.length) cuts.add(leadEnd);
	const blanks = markBlanks
		? [...line.blanks]
				.map((b) => ({ from: clamp(b.from, text.length), to: clamp(b.to, text.length) }))
				.sort((a, b) => a.from - b.from || a.to - b.to)
		: [];
	for (const b of blanks) {
		cuts.add(b.from);
		cuts.add(b.to);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const out: Segment[] = [];
	const push = (s: Segment) => {
		const last = out[out.length - 1];
		if (last && last.lead === s.lead && last.blank === s.blank) last.text += s.text;
		else out.push(s);
	};
	for (let i = 0; i < points.length; i++) {
		const at = points[i] as number;
		// Zero-width blanks at this point come first, as a marker.
		for (const b of blanks) {
			if (b.from === at && b.to === at) push({ text: BLANK_MARKER, lead: at < leadEnd, blank: true });
		}
		const next = points[i + 1];
		if (next === undefined || next === at) continue;
		const piece = text.slice(at, next);
		const blank = blanks.some((b) => b.from <= at && b.to >= next && b.to > b.from);
		push({ text: piece, lead: at < leadEnd, blank });
	}
	return out;
}

function clamp(n: number, max: number): number {
	return Math.max(0, Math.min(max, n));
}
