import Dexie from 'dexie';
import { dbErrors } from '../messages/app';
import { DamagedRowError } from './read';

/** Thrown for any write while the database is open read-only (written by a newer gaojiang). */
export class ReadOnlyDbError extends Error {
	override name = 'ReadOnlyDbError';
	constructor() {
		super(dbErrors.readOnly);
	}
}

interface Named {
	name: string;
	message: string;
}

function chain(e: unknown): Named[] {
	const out: Named[] = [];
	let cur: unknown = e;
	// Dexie wraps the DOMException; the real cause may sit one or two levels down.
	for (let depth = 0; depth < 4 && cur && typeof cur === 'object'; depth++) {
		const { name, message } = cur as { name?: unknown; message?: unknown };
		if (typeof name === 'string') out.push({ name, message: typeof message === 'string' ? message : '' });
		cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
	}
	return out;
}

function names(e: unknown): string[] {
	return chain(e).map((x) => x.name);
}

/**
 * True for "the disk / quota is full" in any of its wrappings. Chromium reports a full disk
 * (as opposed to a full quota) as `DataError: Failed to write blobs` or an UnknownError about
 * writing: the same situation for the writer.
 */
export function isQuotaError(e: unknown): boolean {
	if (e instanceof Dexie.QuotaExceededError) return true;
	return chain(e).some(
		({ name, message }) =>
			name === 'QuotaExceededError' ||
			name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
			name === 'NS_ERROR_FILE_NO_DEVICE_SPACE' ||
			((name === 'DataError' || name === 'UnknownError') && /blob|disk|space|write|IO error|commit/i.test(message))
	);
}

/** True when IndexedDB itself cannot be used (private mode, blocked, missing). */
export function isUnavailableError(e: unknown): boolean {
	return names(e).some(
		(n) =>
			n === 'MissingAPIError' ||
			n === 'InvalidStateError' ||
			n === 'SecurityError' ||
			n === 'OpenFailedError' ||
			n === 'InvalidAccessError'
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

/** The Chinese sentence for each IndexedDB / Dexie error name, checked innermost first. */
const BY_NAME: Record<string, string> = {
	ReadOnlyDbError: dbErrors.readOnly,
	VersionError: dbErrors.newerVersion,
	DatabaseClosedError: dbErrors.closed,
	InvalidStateError: dbErrors.closed,
	TransactionInactiveError: dbErrors.interrupted,
	AbortError: dbErrors.interrupted,
	TimeoutError: dbErrors.timeout,
	ConstraintError: dbErrors.constraint,
	DataCloneError: dbErrors.notStorable,
	DataError: dbErrors.notStorable,
	NotFoundError: dbErrors.schema,
	SchemaError: dbErrors.schema,
	UpgradeError: dbErrors.schema,
	ReadOnlyError: dbErrors.readOnlyTx,
	UnknownError: dbErrors.unknown,
	MissingAPIError: dbErrors.unavailable,
	SecurityError: dbErrors.unavailable,
	OpenFailedError: dbErrors.unavailable,
	InvalidAccessError: dbErrors.unavailable,
	BlockedError: dbErrors.blocked
};

/** A plain Chinese sentence for a storage error, for the save status and banners. Never raw English. */
export function describeDbError(e: unknown): string {
	if (e instanceof DamagedRowError || e instanceof ReadOnlyDbError) return e.message;
	if (isQuotaError(e)) return dbErrors.quota;
	const found = chain(e);
	for (let i = found.length - 1; i >= 0; i--) {
		const known = BY_NAME[found[i]!.name];
		if (known) return known;
	}
	// An Error thrown by our own code carries a Chinese message already.
	const msg = e instanceof Error ? e.message : String(e);
	if (/[\u4e00-\u9fff]/.test(msg)) return dbErrors.other(msg);
	return dbErrors.unexpected;
}

/**
 * Errors after which the connection itself may be unusable (a full disk, an internal error, a
 * closed connection): the retry opens a fresh one first.
 */
export function needsReopen(e: unknown): boolean {
	return isQuotaError(e) || names(e).some((n) => n === 'UnknownError' || n === 'DatabaseClosedError' || n === 'InvalidStateError' || n === 'AbortError');
}
