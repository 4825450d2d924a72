/**
 * Rich-text clipboard payloads: `text/html` with inline styles (so Word and WPS keep fonts,
 * sizes and indents) plus `text/plain` in 公文 form, for a section or the whole report.
 */
import type { Block, ExportDocument } from './document';
import { blocksToHtml, documentToHtml } from './build-html';
import { countBlanks } from './document';
import { buildText, textBlock } from './build-text';
import type { ExportSettings } from './settings';
import { prepareBlocks, prepareDocument } from './prepare';

export interface ClipboardPayload {
	html: string;
	text: string;
}

/** Word recognises pasted HTML best as a small document with a UTF-8 meta. */
function wrap(fragment: string): string {
	return `<html><head><meta charset="utf-8"></head><body>${fragment}</body></html>`;
}

export function documentPayload(doc: ExportDocument, settings: ExportSettings): ClipboardPayload {
	const ready = prepareDocument(doc, settings);
	// Open blanks stay visible in the pasted text, as in an export with blanks.
	return { html: wrap(documentToHtml(ready, settings, { markBlanks: countBlanks(ready) > 0 })), text: buildText(ready, settings.page.sealed) };
}

export function blocksPayload(blocks: readonly Block[], settings: ExportSettings): ClipboardPayload {
	const ready = prepareBlocks(blocks, settings);
	const text = ready.flatMap((b) => textBlock(b, settings.page.sealed)).join('\n').replace(/^\n+/, '') + '\n';
	const markBlanks = countBlanks({ title: { text: '', blanks: [] }, blocks: [...ready] }) > 0;
	return { html: wrap(blocksToHtml(ready, settings, { markBlanks })), text };
}

/**
 * Writes both flavours; where the browser refuses rich content (no ClipboardItem, or a
 * permission error for it) falls back to plain text. Resolves to which was written.
 */
export async function writeClipboard(payload: ClipboardPayload, clipboard: Clipboard = navigator.clipboard): Promise<'rich' | 'plain'> {
	if (typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
		try {
			await clipboard.write([
				new ClipboardItem({
					'text/html': new Blob([payload.html], { type: 'text/html' }),
					'text/plain': new Blob([payload.text], { type: 'text/plain' })
				})
			]);
			return 'rich';
		} catch {
			// fall through to plain text
		}
	}
	await clipboard.writeText(payload.text);
	return 'plain';
}
