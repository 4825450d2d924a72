/** Small text helpers the built-in plugins' rules share. */

/** An Arabic (half- or full-width) figure followed by a unit or a percent sign. */
export const QUANTIFIED =
	/[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:%|％|个百分点|倍|亿元|万元|千元|元|万吨|吨|万人次|人次|万人|名|人|个|家|项|件|次|户|亩|公顷|公里|千米|米|平方米|平方公里|万平方米|座|所|篇|期|场|台|套|条|批|天|小时|万|亿)/g;

/** Counts quantified figures, ignoring slot marks (an unfilled `____` is not a figure). */
export function countQuantified(text: string): number {
	return [...text.matchAll(QUANTIFIED)].length;
}

/** The span of the first non-empty line, so a whole-section finding has somewhere to point. */
export function firstLineSpan(text: string): { from: number; to: number } {
	const start = text.search(/\S/);
	if (start < 0) return { from: 0, to: 0 };
	const end = text.indexOf('\n', start);
	return { from: start, to: end < 0 ? text.length : end };
}

/** True when the text has nothing but whitespace (an empty section is not judged). */
export function isBlankText(text: string): boolean {
	return text.trim() === '';
}

/**
 * The text to match wording against: the engine's `folded` copy when it provides one
 * (traditional characters as simplified, full-width as half-width; same offsets as `text`),
 * else the text itself. Spans found in it are valid in `text`.
 */
export function wording(context: { readonly text: string }): string {
	const folded = (context as { readonly folded?: unknown }).folded;
	return typeof folded === 'string' && folded.length === context.text.length ? folded : context.text;
}
