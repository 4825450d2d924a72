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

/** 主送机关 ("县委、县政府："): flush left, full-width colon, above the body. */
export interface SalutationBlock extends Line {
	kind: 'salutation';
	sectionId?: string;
}

/**
 * 附件说明 ("附件：1.……"): the attachment names without the 附件： label and without their
 * numbers, which builders write (1. 2. … when there are several).
 */
export interface AttachmentsBlock {
	kind: 'attachments';
	items: Line[];
	sectionId?: string;
}

/** 附注 ("（此件公开发布）"), under the 成文日期; `text` keeps its brackets. */
export interface NoteBlock extends Line {
	kind: 'note';
	sectionId?: string;
}

/** Column alignment of a Markdown table (null: as the format sets text). */
export type CellAlign = 'left' | 'center' | 'right' | null;

/** A table (a Markdown table in a section): one header row and body rows of cells. */
export interface TableBlock {
	kind: 'table';
	header: Line[];
	rows: Line[][];
	align: CellAlign[];
	sectionId?: string;
}

export type Block = HeadingBlock | ParagraphBlock | SignatureBlock | SalutationBlock | AttachmentsBlock | NoteBlock | TableBlock;

/** A block kind, and the block of that kind. */
export type BlockKind = Block['kind'];
export type BlockOf<K extends BlockKind> = Extract<Block, { kind: K }>;

/** A whole report ready to export. */
export interface ExportDocument {
	title: Line;
	blocks: Block[];
}

/** Every line of text a block holds (for counting blanks and plain listings). */
export function linesOf(b: Block): Line[] {
	switch (b.kind) {
		case 'signature':
			return b.date ? [...b.lines, b.date] : b.lines;
		case 'attachments':
			return b.items;
		case 'table':
			return [...b.header, ...b.rows.flat()];
		default:
			return [b];
	}
}

/** Counts the blanks still open in a document. */
export function countBlanks(doc: ExportDocument): number {
	let n = doc.title.blanks.length;
	for (const b of doc.blocks) for (const l of linesOf(b)) n += l.blanks.length;
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
	const cuts: number[] = [0, text.length];
	if (leadEnd > 0 && leadEnd < text.length) cuts.push(leadEnd);
	// One sweep over sorted cut points (blank ranges as +1/−1 depth, zero-width blanks counted by
	// position), so a line with many blanks costs O(n log n), not blanks × cuts.
	const zeros = new Map<number, number>();
	const depthAt = new Map<number, number>();
	const bump = (m: Map<number, number>, at: number, by: number) => m.set(at, (m.get(at) ?? 0) + by);
	if (markBlanks) {
		for (const raw of line.blanks) {
			const from = clamp(raw.from, text.length);
			const to = clamp(raw.to, text.length);
			cuts.push(from, to);
			if (from === to) bump(zeros, from, 1);
			else if (to > from) {
				bump(depthAt, from, 1);
				bump(depthAt, to, -1);
			}
		}
	}
	const points = [...new Set(cuts)].sort((a, b) => a - b);
	const out: Segment[] = [];
	const push = (s: Segment) => {
		const last = out[out.length - 1];
		if (last && last.lead === s.lead && last.blank === s.blank) last.text += s.text;
		else out.push(s);
	};
	let depth = 0;
	for (let i = 0; i < points.length; i++) {
		const at = points[i] as number;
		depth += depthAt.get(at) ?? 0;
		// Zero-width blanks at this point come first, as a marker.
		for (let z = zeros.get(at) ?? 0; z > 0; z--) push({ text: BLANK_MARKER, lead: at < leadEnd, blank: true });
		const next = points[i + 1];
		if (next === undefined) continue;
		push({ text: text.slice(at, next), lead: at < leadEnd, blank: depth > 0 });
	}
	return out;
}

function clamp(n: number, max: number): number {
	return Math.max(0, Math.min(max, n));
}
