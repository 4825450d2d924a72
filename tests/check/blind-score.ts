/**
 * Scores checker findings against gold labels the way the project's evaluation does: only
 * category "blank" counts; a finding at most 24 characters long matches a gold blank within
 * 2 characters of it, one to one, nearest first; unmatched findings on an "ambiguous" span are
 * not counted either way.
 */
export interface GoldSpan {
	start: number;
	end: number;
}
export interface Gold {
	blanks: GoldSpan[];
	ambiguous?: GoldSpan[];
}
export interface Score {
	tp: number;
	fp: number;
	fn: number;
	/** Unmatched findings and gold blanks, for a readable failure message. */
	alarms: GoldSpan[];
	misses: GoldSpan[];
}

const TOLERANCE = 2;
const MAX_LENGTH = 24;

const near = (s: number, e: number, g: GoldSpan) => s - TOLERANCE <= g.end && g.start <= e + TOLERANCE;
const distance = (s: number, e: number, g: GoldSpan) => Math.max(0, g.start - e, s - g.end);

export function scoreFile(found: GoldSpan[], gold: Gold): Score {
	const candidates: { i: number; j: number; d: number; mid: number }[] = [];
	found.forEach((p, i) => {
		if (p.end - p.start > MAX_LENGTH) return;
		gold.blanks.forEach((g, j) => {
			if (!near(p.start, p.end, g)) return;
			const mid = Math.abs((p.start + p.end) / 2 - (g.start + g.end) / 2);
			candidates.push({ i, j, d: distance(p.start, p.end, g), mid });
		});
	});
	candidates.sort((a, b) => a.d - b.d || a.mid - b.mid || a.j - b.j || a.i - b.i);
	const usedFound = new Set<number>();
	const usedGold = new Set<number>();
	for (const c of candidates) {
		if (usedFound.has(c.i) || usedGold.has(c.j)) continue;
		usedFound.add(c.i);
		usedGold.add(c.j);
	}
	const alarms = found.filter(
		(p, i) => !usedFound.has(i) && !(gold.ambiguous ?? []).some((a) => near(p.start, p.end, a))
	);
	const misses = gold.blanks.filter((_, j) => !usedGold.has(j));
	return { tp: usedGold.size, fp: alarms.length, fn: misses.length, alarms, misses };
}
