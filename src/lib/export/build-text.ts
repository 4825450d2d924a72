/** Plain text (.txt) and Markdown (.md) from the export document model, one builder per block kind. */
import type { Block, ExportDocument, Line } from './document';
import { signatureIndents, widthChars } from './measure';
import { type Builders, buildBlocks } from './registry';

/** Characters per line the plain text lays the 落款 out against (the 公文 grid). */
const LINE_CHARS = 28;
const INDENT = '\u3000\u3000';
/** "附件：" is three characters wide; later items align under the first item's number. */
const ATTACHMENT_LABEL = '附件：';

/** What a text builder needs: characters per line for the 落款. */
export interface TextContext {
	lineChars: number;
	/** 落款 laid out for a seal (§7.3.5.1). */
	sealed: boolean;
}

const number = (items: readonly Line[], i: number) => (items.length > 1 ? `${i + 1}.` : '');

/**
 * Plain text: 公文 numbering kept, paragraphs indented with two ideographic spaces, the 落款
 * pushed right with ideographic spaces as it sits on the page.
 */
export const textBuilders: Builders<TextContext, string> = {
	heading: (b) => [INDENT + b.text],
	paragraph: (b) => [INDENT + b.text],
	salutation: (b) => [b.text],
	note: (b) => [INDENT + b.text],
	attachments: (b) => [
		'',
		...b.items.map((l, i) => (i === 0 ? INDENT + ATTACHMENT_LABEL : INDENT + '\u3000'.repeat(ATTACHMENT_LABEL.length)) + number(b.items, i) + l.text)
	],
	table: (b) => [b.header.map((c) => c.text).join('\t'), ...b.rows.map((r) => r.map((c) => c.text).join('\t'))],
	signature: (b, ctx) => {
		const widths = b.lines.map((l) => widthChars(l.text));
		const dateWidth = b.date ? widthChars(b.date.text) : null;
		const ind = signatureIndents(widths, dateWidth, ctx.sealed);
		const pad = (text: string, width: number, right: number) => '\u3000'.repeat(Math.max(0, Math.floor(ctx.lineChars - right - width))) + text;
		const lines = b.lines.map((l, i) => pad(l.text, widths[i] ?? 0, ind.signature[i] ?? 2));
		if (b.date && dateWidth !== null) lines.push(pad(b.date.text, dateWidth, ind.date));
		return ['', ...lines];
	}
};

export function buildText(doc: ExportDocument, sealed = false, builders: Builders<TextContext, string> = textBuilders): string {
	const out: string[] = [];
	if (doc.title.text) out.push(doc.title.text, '');
	out.push(...buildBlocks(builders, doc.blocks, { lineChars: LINE_CHARS, sealed }));
	return out.join('\n').replace(/\n+$/, '') + '\n';
}

export function textBlock(b: Block, sealed = false): string[] {
	return buildBlocks(textBuilders, [b], { lineChars: LINE_CHARS, sealed });
}

/**
 * Markdown inline text with everything Markdown (and the HTML inside it) would act on escaped:
 * typed `<b>` stays text, `**集团` and `20__` stay as typed, a line never turns into a list or
 * heading by accident. The parser drops the escapes again, so a .md round-trips.
 */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_[\]<>~|&]/g, (c) => `\\${c}`)
		.replace(/^([#=+-])/, '\\$1')
		.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

const md = (l: Line) => escapeMarkdown(l.text);

/** Markdown: the title as `#`, levels 1–4 as `##`–`#####`, tables as GFM tables. */
export const markdownBuilders: Builders<null, string> = {
	heading: (b) => [`${'#'.repeat(b.level + 1)} ${md(b)}`, ''],
	paragraph: (b) => [md(b), ''],
	salutation: (b) => [md(b), ''],
	note: (b) => [md(b), ''],
	// Hard line breaks (two trailing spaces) keep each attachment on its own line.
	attachments: (b) => [b.items.map((l, i) => (i === 0 ? ATTACHMENT_LABEL : '') + number(b.items, i) + md(l)).join('  \n'), ''],
	table: (b) => {
		const row = (cells: readonly Line[]) => `| ${cells.map((c) => md(c).replace(/\n/g, ' ') || ' ').join(' | ')} |`;
		const rule = `| ${b.align.map((a) => (a === 'center' ? ':---:' : a === 'right' ? '---:' : a === 'left' ? ':---' : '---')).join(' | ')} |`;
		return [row(b.header), rule, ...b.rows.map(row), ''];
	},
	signature: (b) => {
		const lines = b.lines.map(md);
		if (b.date) lines.push(md(b.date));
		return [lines.join('  \n'), ''];
	}
};

export function buildMarkdown(doc: ExportDocument, builders: Builders<null, string> = markdownBuilders): string {
	const out: string[] = [];
	if (doc.title.text) out.push(`# ${escapeMarkdown(doc.title.text)}`, '');
	out.push(...buildBlocks(builders, doc.blocks, null));
	return out.join('\n').replace(/\n+$/, '') + '\n';
}

export function markdownBlock(b: Block): string[] {
	return buildBlocks(markdownBuilders, [b], null);
}
