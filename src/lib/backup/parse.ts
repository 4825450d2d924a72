import * as v from 'valibot';
import { EnvelopeSchema, BACKUP_TYPE, BACKUP_VERSION, LIMITS, type Backup } from './schema';
import { checkBackupRows, type SkippedRow } from './meaning';
import { describeIssue, formatPath } from '../db';
import { backupErrors, issueText, skippedText } from '../messages/app';

export { formatPath };

/**
 * The outcome of reading a backup file: the data, or a Chinese error and the details. When only
 * some rows are damaged, `partial` holds the rest, for the writer to restore if they choose.
 */
export type ParseResult =
	| { ok: true; backup: Backup }
	| { ok: false; error: string; details: string[]; partial?: { backup: Backup; skipped: SkippedRow[] } };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DETAILS = 12;

function fail(error: string, details: string[] = []): ParseResult {
	return { ok: false, error, details };
}

/**
 * Walks the parsed JSON once (iteratively, so depth cannot blow the stack) and refuses keys that
 * could poison prototypes when the data is later spread or merged.
 */
function findForbidden(root: unknown): ParseResult | null {
	const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value: root, path: [] }];
	while (stack.length) {
		const { value, path } = stack.pop()!;
		if (value === null || typeof value !== 'object') continue;
		if (path.length > LIMITS.depth) return fail(backupErrors.tooDeep(formatPath(path)));
		if (Array.isArray(value)) {
			value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
			continue;
		}
		for (const key of Object.keys(value)) {
			if (FORBIDDEN_KEYS.has(key)) return fail(backupErrors.forbiddenKey(formatPath(path), key));
			stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
		}
	}
	return null;
}

/** One skipped row as lines for the writer: where it is, then its problems. */
function skippedLines(s: SkippedRow): string[] {
	const where = `${s.table}[${s.index}]`;
	const key = skippedText.key(s.key);
	return s.problems.map((p) => {
		const rel = p.startsWith(issueText.root) ? p.slice(issueText.root.length) : p.startsWith('[') ? p : `.${p}`;
		return `${where}${rel}${key}`;
	});
}

/** Validates already-parsed JSON as a backup, shape and meaning. Writes nothing. */
export function validateBackup(data: unknown): ParseResult {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(backupErrors.notObject);
	const envelope = data as Record<string, unknown>;
	if (envelope.type !== BACKUP_TYPE) return fail(backupErrors.wrongType);
	if (typeof envelope.version === 'number' && envelope.version > BACKUP_VERSION) {
		return fail(backupErrors.newerVersion(String(envelope.version)));
	}
	const forbidden = findForbidden(data);
	if (forbidden) return forbidden;
	const result = v.safeParse(EnvelopeSchema, data, { abortEarly: false, abortPipeEarly: true });
	if (!result.success) {
		const details = result.issues.slice(0, MAX_DETAILS).map((i) => describeIssue(i));
		return fail(backupErrors.invalid(result.issues.length), details);
	}
	// Rows are checked on a copy: repairs (re-keys) never touch the caller's object.
	const { backup, skipped } = checkBackupRows(structuredClone(result.output));
	if (skipped.length === 0) return { ok: true, backup };
	const details = skipped.flatMap(skippedLines).slice(0, MAX_DETAILS);
	const usable = backup.drafts.length + backup.snapshots.length + backup.packs.length + backup.settings.length;
	return {
		ok: false,
		error: backupErrors.damagedRows(skipped.length, usable),
		details,
		...(usable > 0 ? { partial: { backup, skipped } } : {})
	};
}

/** Parses and validates backup text. Size is capped before JSON.parse runs. */
export function parseBackupText(text: string): ParseResult {
	// UTF-16 length is a lower bound of the UTF-8 size; enough to refuse absurd inputs early.
	if (text.length > LIMITS.fileBytes) return fail(tooLarge(text.length));
	if (!text.trim()) return fail(backupErrors.empty);
	let data: unknown;
	try {
		data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (e) {
		return fail(backupErrors.notJson(e instanceof Error ? e.message : String(e)));
	}
	return validateBackup(data);
}

function tooLarge(bytes: number): string {
	return backupErrors.tooLarge((bytes / 1024 / 1024).toFixed(1), LIMITS.fileBytes / 1024 / 1024);
}

/** Reads a chosen file (checks its size first) and parses it. */
export async function parseBackupFile(file: Blob): Promise<ParseResult> {
	if (file.size > LIMITS.fileBytes) return fail(tooLarge(file.size));
	let text: string;
	try {
		text = await file.text();
	} catch (e) {
		return fail(backupErrors.readFailed(e instanceof Error ? e.message : String(e)));
	}
	return parseBackupText(text);
}
