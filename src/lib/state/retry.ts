/**
 * When to try a failed save again: 1 s, 2 s, 4 s … at most 30 s apart, so a full disk that gets
 * space back is noticed soon without hammering a storage that keeps failing.
 */
export const RETRY_FIRST_MS = 1000;
export const RETRY_MAX_MS = 30_000;

/** The wait before retry number `attempt` (0 for the first retry). */
export function retryDelay(attempt: number): number {
	const n = Math.max(0, Math.min(30, Math.floor(attempt)));
	return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** n);
}
