/**
 * The import's public API: the same pure code in the browser and in the command line.
 *
 *   openFile(bytes, name, options?)  → ImportSource (text + encoding) or ImportError (Chinese message)
 *   openPaste(text, html?, options?) → ImportSource from the clipboard
 *   importText(source, enabled?)     → cleaned text, changes, page title, samples with sections
 *   readDocument(bytes, name)        → the text a command reads (check/export accept .docx/.html)
 */
import { clean, CHANGE_KINDS, REMOVAL_KINDS, type Cleaned } from './clean';
import { decodeText, sniffFormat } from './decode';
import { CorruptDocxError, docxToText } from './docx';
import { htmlToText } from './html';
import { importMessages as m } from './messages';
import { splitSamples } from './split';
import type { ChangeKind, Decoding, ImportError, ImportedSample as ImportSample, ImportSource } from './types';

export type * from './types';
export { CHANGE_KINDS, REMOVAL_KINDS, clean } from './clean';
export { importMessages } from './messages';
export { sniffFormat, decodeText } from './decode';
export { htmlToText } from './html';

/** Files larger than this are refused before decoding. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface OpenOptions {
	/** Sanitises HTML before it is read (DOMPurify in the browser); identity in Node. */
	sanitizeHtml?: (html: string) => string;
}

const fail = (error: ImportError['error'], format: ImportError['format'], message: string): ImportError => ({ error, format, message });

/** Whether open/paste gave an error. */
export function isImportError(x: ImportSource | ImportError): x is ImportError {
	return 'error' in x;
}

/** Reads a file's bytes into text, or says in Chinese why it cannot. */
export async function openFile(bytes: Uint8Array, fileName: string | null, options: OpenOptions = {}): Promise<ImportSource | ImportError> {
	if (bytes.length > MAX_IMPORT_BYTES) return fail('too-large', 'binary', m.unsupported.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024));
	const format = sniffFormat(bytes, fileName);
	switch (format) {
		case 'doc':
		case 'wps':
		case 'pdf':
		case 'image':
			return fail('unsupported', format, m.unsupported[format]);
		case 'binary':
			return fail('unsupported', format, m.unsupported.binary);
		case 'docx': {
			let text: string;
			try {
				text = await docxToText(bytes);
			} catch (e) {
				if (e instanceof CorruptDocxError) return fail('corrupt', 'docx', m.unsupported.corruptDocx);
				throw e;
			}
			if (!text.trim()) return fail('empty', 'docx', m.unsupported.empty);
			return { fileName, format: 'docx', encoding: 'utf-8', text, alternatives: [] };
		}
		case 'html':
		case 'text': {
			const decodings = decodeText(bytes);
			const best = decodings[0];
			if (!best) return fail('unsupported', 'binary', m.unsupported.binary);
			const toText = (d: Decoding) => (format === 'html' ? { ...d, text: htmlToText((options.sanitizeHtml ?? ((h: string) => h))(d.text)) } : d);
			const chosen = toText(best);
			if (!chosen.text.trim()) return fail('empty', format, m.unsupported.empty);
			return { fileName, format, encoding: chosen.encoding, text: chosen.text, alternatives: decodings.slice(1).map(toText) };
		}
	}
}

/** The clipboard's content: its text/html when there is structure to keep, else its text. */
export function openPaste(text: string, html: string | null = null, options: OpenOptions = {}): ImportSource {
	let t = text;
	if (html && /<(?:p|h[1-6]|li|br|div|table|tr)\b/i.test(html)) {
		const fromHtml = htmlToText((options.sanitizeHtml ?? ((h: string) => h))(html));
		if (fromHtml.trim()) t = fromHtml;
	}
	return { fileName: null, format: 'paste', encoding: 'utf-8', text: t.replace(/\r\n?/g, '\n'), alternatives: [] };
}

/** What an import proposes: the cleaned text, its changes, the page title and the samples. */
export interface ImportResult {
	source: ImportSource;
	cleaned: Cleaned;
	title: string;
	samples: ImportSample[];
}

/** Cleans and splits a source (all change kinds on unless `enabled` says otherwise). */
export function importText(source: ImportSource, enabled: ReadonlySet<ChangeKind> = new Set(CHANGE_KINDS)): ImportResult {
	const text = source.text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
	const cleaned = clean(text, enabled);
	const { title, samples } = splitSamples(cleaned);
	return { source: { ...source, text }, cleaned, title, samples };
}

/** The CLI's JSON shape (see the import command). */
export function importJson(r: ImportResult) {
	return {
		encoding: r.source.encoding,
		/** Other decodings that read nearly as well (the writer may want one of them). */
		alternatives: r.source.alternatives.map((a) => a.encoding),
		format: r.source.format,
		title: r.title,
		samples: r.samples.map((s) => ({ title: s.title, year: s.year, sections: s.sections.map((x) => ({ title: x.title, kind: x.kind, body: x.body })) })),
		removed: r.cleaned.changes.filter((c) => REMOVAL_KINDS.has(c.kind)).map((c) => ({ kind: c.kind, text: c.text.trim() })),
		changes: Object.fromEntries(CHANGE_KINDS.map((k) => [k, r.cleaned.changes.filter((c) => c.kind === k).length]))
	};
}

/** A text file's bytes as text with the best decoding (BOM, UTF-8, GBK/GB18030, UTF-16); null for binary. */
export function decodeBytes(bytes: Uint8Array): string | null {
	return decodeText(bytes)[0]?.text ?? null;
}

/**
 * The text a command reads from a file: .docx and .html through the import, text files with the
 * import's decoding. Returns the ImportError for what it cannot read.
 */
export async function readDocument(bytes: Uint8Array, fileName: string | null): Promise<ImportSource | ImportError> {
	return openFile(bytes, fileName);
}
