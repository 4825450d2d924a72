/** Plain text (.txt) and Markdown (.md) from the export document model. */
import type { Block, ExportDocument } from './document';
import { signatureIndents, widthChars } from './measure';
import { fullWidthPunctuation } from './punctuation';

/** Characters per line the plain text lays the 落款 out against (the 公文 grid). */
const LINE_CHARS = 28;
const INDENT = '\u3000\u3000';

/**
 * Plain text: 公文 numbering kept, paragraphs indented with two ideographic spaces, full-width
 * punctuation, the 落款 pushed right with ideographic spaces as it sits on the page.
 */
export function buildText(doc: ExportDocument): string {
	const out: string[] = [];
	if (doc.title.text) out.push(fullWidthPunctuation(doc.title.text), '');
	for (const b of doc.blocks) out.push(...textBlock(b));
	return out.join('\n').replace(/\n+$/, '') + '\n';
}

export function textBlock(b: Block): string[] {
	if (b.kind !== 'signature') return [INDENT + fullWidthPunctuation(b.text)];
	const widths = b.lines.map((l) => widthChars(l.text));
	const dateWidth = b.date ? widthChars(b.date.text) : null;
	const ind = signatureIndents(widths, dateWidth);
	const pad = (text: string, width: number, right: number) => '\u3000'.repeat(Math.max(0, Math.floor(LINE_CHARS - right - width))) + text;
	const lines = b.lines.map((l, i) => pad(fullWidthPunctuation(l.text), widths[i] ?? 0, ind.signature[i] ?? 2));
	if (b.date && dateWidth !== null) lines.push(pad(b.date.text, dateWidth, ind.date));
	return ['', ...lines];
}

/** Markdown: the title as `#`, levels 1–4 as `##`–`#####`, paragraphs as they are. */
export function buildMarkdown(doc: ExportDocument): string {
	const out: string[] = [];
	if (doc.title.text) out.push(`# ${doc.title.text}`, '');
	for (const b of doc.blocks) out.push(...markdownBlock(b));
	return out.join('\n').replace(/\n+$/, '') + '\n';
}

export function markdownBlock(b: Block): string[] {
	if (b.kind === 'heading') return [`${'#'.repeat(b.level + 1)} ${b.text}`, ''];
	if (b.kind === 'paragraph') return [b.text, ''];
	const lines = b.lines.map((l) => l.text);
	if (b.date) lines.push(b.date.text);
	// A hard line break (two trailing spaces) keeps signature and date on their own lines.
	return [lines.join('  \n'), ''];
}
