import type { Draft } from '../model';

/**
 * Characters as a Chinese writer counts them: every code point except whitespace (full-width
 * 　 indentation included). Runs on every keystroke, so it leans on native regex work.
 */
export function countChars(text: string): number {
	const stripped = text.replace(/\s+/g, '');
	const pairs = stripped.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
	return stripped.length - (pairs ? pairs.length : 0);
}

export function draftChars(draft: Pick<Draft, 'sections'>): number {
	let n = 0;
	for (const s of draft.sections) n += countChars(s.body);
	return n;
}

/** A short excerpt around the first match of `query` in `text`, for search results. */
export function excerpt(text: string, query: string, radius = 18): string | null {
	const at = text.indexOf(query);
	if (at < 0) return null;
	const start = Math.max(0, at - radius);
	const end = Math.min(text.length, at + query.length + radius);
	return (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : '');
}
