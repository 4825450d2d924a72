/**
 * .docx → structured text through mammoth (Word heading styles → Markdown `#`, lists, tables),
 * then the same HTML walker as web pages. mammoth is loaded on first use (it is ~94 KB gzip).
 */
import { htmlToText } from './html';

/** Word style names (English and the Chinese names WPS and Chinese Word write) → headings. */
const STYLE_MAP = [
	"p[style-name='Title'] => h1:fresh",
	"p[style-name='标题'] => h1:fresh",
	...[1, 2, 3, 4, 5, 6].flatMap((n) => [`p[style-name='标题 ${n}'] => h${n}:fresh`, `p[style-name='标题${n}'] => h${n}:fresh`])
];

/** Thrown when the bytes are not a readable .docx. */
export class CorruptDocxError extends Error {}

/** Reads a .docx file's text, its headings as Markdown `#` lines. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
	const mammoth = (await import('mammoth')).default ?? (await import('mammoth'));
	const copy = bytes.slice();
	// Node's mammoth reads `buffer`, the browser build `arrayBuffer`; both accept the bytes.
	const input = { buffer: copy, arrayBuffer: copy.buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
	let html: string;
	try {
		html = (await mammoth.convertToHtml(input, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true })).value;
	} catch (e) {
		throw new CorruptDocxError(e instanceof Error ? e.message : String(e));
	}
	return htmlToText(html);
}
