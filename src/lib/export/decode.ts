/**
 * Reads a report file's bytes as text: UTF-8 (with or without BOM), else GBK/GB18030, which
 * Chinese Windows editors still write. Returns null for what is not text at all.
 */
export function decodeReport(bytes: Uint8Array): string | null {
	if (bytes.includes(0)) return null;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		try {
			return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
		} catch {
			return null;
		}
	}
}
