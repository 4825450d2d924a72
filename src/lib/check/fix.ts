import type { TextEdit } from './types';

/**
 * Applies edits (all offsets into the original `text`) and returns the new text. Overlapping
 * edits keep the first by position; the rest are dropped rather than corrupting the text.
 */
export function applyFix(text: string, edits: TextEdit | readonly TextEdit[]): string {
	const list = (Array.isArray(edits) ? [...edits] : [edits as TextEdit]).sort((a, b) => a.from - b.from || a.to - b.to);
	let out = '';
	let pos = 0;
	for (const e of list) {
		if (e.from < pos || e.from > e.to || e.to > text.length) continue;
		out += text.slice(pos, e.from) + e.insert;
		pos = e.to;
	}
	return out + text.slice(pos);
}
