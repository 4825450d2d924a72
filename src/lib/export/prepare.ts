/**
 * The document as the writer chose to print it, before any builder runs: half-width punctuation
 * inside Chinese text made full-width when the setting is on. The change is one character for
 * one, so blank offsets stay where they were.
 */
import type { Block, ExportDocument, Line } from './document';
import { fullWidthPunctuation } from './punctuation';
import type { ExportSettings } from './settings';

function mapLines(b: Block, f: (l: Line) => Line): Block {
	switch (b.kind) {
		case 'signature':
			return { ...b, lines: b.lines.map(f), date: b.date ? f(b.date) : null };
		case 'attachments':
			return { ...b, items: b.items.map(f) };
		case 'table':
			return { ...b, header: b.header.map(f), rows: b.rows.map((r) => r.map(f)) };
		default:
			return { ...b, ...f(b) };
	}
}

export function prepareBlocks(blocks: readonly Block[], settings: Pick<ExportSettings, 'fullWidthPunctuation'>): Block[] {
	if (!settings.fullWidthPunctuation) return [...blocks];
	const f = (l: Line): Line => ({ text: fullWidthPunctuation(l.text), blanks: l.blanks });
	return blocks.map((b) => mapLines(b, f));
}

export function prepareDocument(doc: ExportDocument, settings: Pick<ExportSettings, 'fullWidthPunctuation'>): ExportDocument {
	if (!settings.fullWidthPunctuation) return doc;
	return { title: { text: fullWidthPunctuation(doc.title.text), blanks: doc.title.blanks }, blocks: prepareBlocks(doc.blocks, settings) };
}
