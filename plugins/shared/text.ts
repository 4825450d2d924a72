/** Small text helpers the built-in plugins' rules share. */
import { countFigures } from '$lib/check/lexicon';
import { documentLines } from '$lib/check/text/lines';
import { lineMemo } from './line-cache';

/**
 * Counts quantified figures (a figure and its unit: 3000千瓦时, 120兆瓦, 5000株), read with the
 * checker's one unit table; slot marks (an unfilled `____`) are no figure.
 */
export function countQuantified(text: string): number {
	return countFigures(text);
}

// A figure and its unit never span a line break, so the text's count is its lines' counts summed.
const figuresOfLine = lineMemo(countFigures);

/**
 * countQuantified of the rule's wording (see `wording`), read line by line from the engine's
 * lines with each line's count remembered: a keystroke re-reads only the line it changed.
 */
export function countQuantifiedIn(context: { readonly text: string }): number {
	let n = 0;
	for (const line of wordingLines(context)) n += figuresOfLine(line);
	return n;
}

/** The lines of the rule's wording: the folded lines when `wording` reads the folded text. */
export function wordingLines(context: { readonly text: string }): readonly string[] {
	const c = context as { readonly text: string; readonly folded?: unknown; readonly lines?: unknown };
	const folded = typeof c.folded === 'string' && c.folded.length === c.text.length ? c.folded : undefined;
	const lines = documentLines({ text: c.text, folded: folded ?? c.text, lines: c.lines as never });
	return folded === undefined ? lines.text : lines.folded;
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
