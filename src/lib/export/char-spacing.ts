import type { PageLayout } from './settings';

/**
 * The character spacing (twentieths of a point, negative = condensed) that makes exactly `chars`
 * body characters fit the text width; 0 when they already fit.
 */
export function spacingForChars(layout: PageLayout, chars: number, width: number, left: number, right: number): number {
	// A point to spare, so rounding in the word processor never drops the last character of a line.
	const perChar = (width - left - right - 20) / chars; // twips
	const delta = Math.floor(perChar - layout.bodyPt * 20);
	return Math.min(0, delta);
}

/**
 * The character spacing that makes exactly `grid.chars` body characters fit the text width; 0
 * without a grid. GB/T 9704: 156 mm / 28 = 15.79 pt per character for 16 pt type → −0.25 pt.
 */
export function bodyCharSpacing(layout: PageLayout, width: number, left: number, right: number): number {
	if (!layout.grid) return 0;
	return spacingForChars(layout, layout.grid.chars, width, left, right);
}
