import type { CliIo } from './io';
import { isImportError, openFile, type FileFormat, type ImportSource } from '$lib/import';

/** A report file as every command reads it: text files decoded, .docx and .html turned into text. */
export type Input =
	| { ok: true; text: string; source: ImportSource }
	| { ok: false; reason: 'io'; error: string }
	| { ok: false; reason: 'format'; format: FileFormat; message: string };

/**
 * Reads a report for check, export and import: the ONE decoding policy of the import module
 * (BOMs, UTF-8, GBK/GB18030, UTF-16; .docx through mammoth; .html through the HTML walker).
 */
export async function readInput(io: CliIo, file: string): Promise<Input> {
	let bytes: Uint8Array;
	try {
		bytes = await io.readFile(file);
	} catch (e) {
		return { ok: false, reason: 'io', error: e instanceof Error ? e.message : String(e) };
	}
	const src = await openFile(bytes, file);
	if (isImportError(src)) return { ok: false, reason: 'format', format: src.format, message: src.message };
	return { ok: true, text: src.text, source: src };
}
