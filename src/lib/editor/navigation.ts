/**
 * F8 / Shift+F8: where the next / previous blank is, across the whole report. Pure, so the rule
 * (strictly after the cursor, wrapping around the report) is tested without a browser.
 */
import type { Range } from './findings';

export interface SectionBlanks {
	sectionId: string;
	/** Blank ranges of this section, in document order. */
	ranges: readonly Range[];
}

export interface BlankTarget extends Range {
	sectionId: string;
}

/**
 * The blank after (dir 1) or before (dir -1) `pos` in section `sectionId`; when there is none in
 * that section, the first (last) blank of the following (preceding) sections, wrapping around.
 */
export function findBlank(
	sections: readonly SectionBlanks[],
	current: { sectionId: string; pos: number },
	dir: 1 | -1
): BlankTarget | null {
	const n = sections.length;
	if (n === 0) return null;
	let start = sections.findIndex((s) => s.sectionId === current.sectionId);
	if (start < 0) start = dir === 1 ? n - 1 : 0;
	const here = sections[start];
	if (here && sections.some((s) => s.sectionId === current.sectionId)) {
		const hit = dir === 1 ? here.ranges.find((r) => r.from > current.pos) : findLast(here.ranges, (r) => r.from < current.pos);
		if (hit) return { sectionId: here.sectionId, from: hit.from, to: hit.to };
	}
	// Walk the other sections, then come back round to the current one (wrap-around).
	for (let step = 1; step <= n; step++) {
		const s = sections[(((start + dir * step) % n) + n) % n];
		if (!s || s.ranges.length === 0) continue;
		const r = dir === 1 ? s.ranges[0] : s.ranges[s.ranges.length - 1];
		if (r) return { sectionId: s.sectionId, from: r.from, to: r.to };
	}
	return null;
}

function findLast<T>(items: readonly T[], pred: (item: T) => boolean): T | undefined {
	for (let i = items.length - 1; i >= 0; i--) {
		const item = items[i] as T;
		if (pred(item)) return item;
	}
	return undefined;
}
