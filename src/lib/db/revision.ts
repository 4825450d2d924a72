/**
 * Revision arithmetic safe for any stored value. Saves are compare-and-set on the revision, so
 * `revision + 1` must always differ from `revision`: above 2^53 it does not (a restored or
 * hand-edited row can hold such a number), and one tab's words would silently never land.
 * Above the bound the next revision starts again at 1: still different, so the compare-and-set
 * and other tabs (which compare for equality, not order) notice the change.
 */
export const REVISION_BOUND = 2 ** 50;

/** The revision after `r`, for any stored value (NaN, negative, fractional, huge). */
export function nextRevision(r: unknown): number {
	if (typeof r === 'number' && Number.isInteger(r) && r >= 0 && r < REVISION_BOUND) return r + 1;
	return r === 1 ? 2 : 1;
}

/** A revision a backup may carry into the database unchanged. */
export function isSafeRevision(r: number): boolean {
	return Number.isInteger(r) && r >= 0 && r <= REVISION_BOUND;
}
