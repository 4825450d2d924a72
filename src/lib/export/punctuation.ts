/**
 * Half-width punctuation typed inside Chinese text → full-width, as 公文 text wants it. Only
 * where a CJK character is next to the mark, so "3.5", "1:2" and Latin text stay as they are.
 */
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

export function fullWidthPunctuation(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i] as string;
		const full = FULL[ch];
		if (full) {
			const prev = text[i - 1] ?? '';
			const next = text[i + 1] ?? '';
			if (CJK.test(prev) || CJK.test(next)) {
				out += full;
				continue;
			}
		}
		out += ch;
	}
	return out;
}
