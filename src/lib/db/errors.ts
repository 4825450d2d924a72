import Dexie from 'dexie';
import { dbErrors } from '../messages/app';
import { DamagedRowError } from './read';

function names(e: unknown): string[] {
	const out: string[] = [];
	let cur: unknown = e;
	// Dexie wraps the DOMException; the real cause may sit one or two levels down.
	for (let depth = 0; depth < 4 && cur && typeof cur === 'object'; depth++) {
		const name = (cur as { name?: unknown }).name;
		if (typeof name === 'string') out.push(name);
		cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
	}
	return out;
}

/** True for "the disk / quota is full" in any of its wrappings. */
export function isQuotaError(e: unknown): boolean {
	if (e instanceof Dexie.QuotaExceededError) return true;
	return names(e).some((n) => n === 'QuotaExceededError' || n === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** True when IndexedDB itself cannot be used (private mode, blocked, missing). */
export function isUnavailableError(e: unknown): boolean {
	return names(e).some(
		(n) =>
			n === 'MissingAPIError' ||
			n === 'InvalidStateError' ||
			n === 'SecurityError' ||
			n === 'OpenFailedError'
	);
}

/** The database was written by a newer gaojiang (an old copy of gaojiang.html, say). */
export function isNewerVersionError(e: unknown): boolean {
	return names(e).includes('VersionError');
}

/** Another tab upgraded the database and this tab's connection was closed. */
export function isClosedError(e: unknown): boolean {
	return names(e).includes('DatabaseClosedError');
}

/** A plain Chinese sentence for a storage error, for the save status and banners. */
export function describeDbError(e: unknown): string {
	if (e instanceof DamagedRowError) return e.message;
	if (isQuotaError(e)) return dbErrors.quota;
	if (isNewerVersionError(e)) return dbErrors.newerVersion;
	if (isClosedError(e)) return dbErrors.closed;
	if (isUnavailableError(e)) return dbErrors.unavailable;
	const msg = e instanceof Error ? e.message : String(e);
	return dbErrors.other(msg);
}
