import type { PageLayout } from './settings';

/**
 * The character spacing (twentieths of a point, negative = condensed) that makes exactly
 * `grid.chars` body characters fit the text width; 0 without a grid or when they already fit.
 * GB/T 9704: 156 mm / 28 = 15.79 pt per character for 16 pt type → −0.25 pt.
 */
export function bodyCharSpacing(layout: PageLayout, width: number, left: number, right: number): number {
	if (!layout.grid) return 0;
	const perChar = (width - left - right) / layout.grid.chars; // twips
	const delta = Math.floor(perChar - layout.bodyPt * 20);
	return Math.min(0, delta);
}
