/**
 * Matches findings to gold holes with the project's scoring rule (../shared/tools/score-blanks.mjs):
 * a finding at most 24 characters long can match a gold span within 2 characters of it, one to
 * one, nearest first (gap, then distance between midpoints, then position).
 */
export interface Span {
	start: number;
	end: number;
}

const TOLERANCE = 2;
const MAX_LENGTH = 24;

const near = (p: Span, g: Span) => p.start - TOLERANCE <= g.end && g.start <= p.end + TOLERANCE;
const gap = (p: Span, g: Span) => Math.max(0, g.start - p.end, p.start - g.end);

/** For each gold index the index of the finding it matched, and the reverse. */
export function match(found: readonly Span[], gold: readonly Span[]): { goldToFound: Map<number, number>; foundToGold: Map<number, number> } {
	const pairs: { i: number; j: number; d: number; mid: number }[] = [];
	found.forEach((p, i) => {
		if (p.end - p.start > MAX_LENGTH) return;
		gold.forEach((g, j) => {
			if (!near(p, g)) return;
			pairs.push({ i, j, d: gap(p, g), mid: Math.abs((p.start + p.end) / 2 - (g.start + g.end) / 2) });
		});
	});
	pairs.sort((a, b) => a.d - b.d || a.mid - b.mid || a.j - b.j || a.i - b.i);
	const goldToFound = new Map<number, number>();
	const foundToGold = new Map<number, number>();
	for (const { i, j } of pairs) {
		if (foundToGold.has(i) || goldToFound.has(j)) continue;
		foundToGold.set(i, j);
		goldToFound.set(j, i);
	}
	return { goldToFound, foundToGold };
}
