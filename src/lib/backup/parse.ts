import * as v from 'valibot';
import { BackupSchema, BACKUP_TYPE, BACKUP_VERSION, LIMITS, type Backup } from './schema';
import { backupErrors, issueText, valueKinds } from '../messages/app';

/** The outcome of reading a backup file: the data, or a Chinese error and the details. */
export type ParseResult = { ok: true; backup: Backup } | { ok: false; error: string; details: string[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DETAILS = 12;

function fail(error: string, details: string[] = []): ParseResult {
	return { ok: false, error, details };
}

/** `drafts[3].sections[0].body` from a list of keys. */
export function formatPath(keys: ReadonlyArray<string | number>): string {
	let out = '';
	for (const k of keys) {
		if (typeof k === 'number') out += `[${k}]`;
		else out += /^[A-Za-z_$][\w$]*$/.test(k) ? (out ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
	}
	return out || issueText.root;
}

function kindOf(value: unknown): string {
	if (value === null) return valueKinds.null!;
	if (Array.isArray(value)) return valueKinds.array!;
	return valueKinds[typeof value] ?? typeof value;
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

function describeIssue(issue: v.BaseIssue<unknown>): string {
	const keys = (issue.path ?? []).map((p) => p.key as string | number);
	const path = formatPath(keys);
	const received = issue.input;
	let what: string;
	if (issue.kind === 'schema' && issue.type === 'object' && received === undefined) what = issueText.missing;
	else if (issue.type === 'literal' || issue.type === 'picklist') what = issueText.oneOf(issue.expected ?? '');
	else if (issue.type === 'max_length') what = issueText.tooLong(String(issue.requirement ?? ''));
	else if (issue.type === 'min_length') what = issueText.tooShort;
	else if (issue.type === 'integer') what = issueText.notInteger;
	else if (issue.type === 'finite') what = issueText.notFinite;
	else if (issue.type === 'min_value' || issue.type === 'max_value') what = issueText.outOfRange(String(issue.requirement ?? ''));
	else if (issue.kind === 'schema') what = issueText.expected(valueKinds[issue.type] ?? issue.type, kindOf(received));
	else what = issueText.other(issue.message);
	return issueText.at(path, what);
}

/** Validates already-parsed JSON as a backup. Writes nothing. */
export function validateBackup(data: unknown): ParseResult {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(backupErrors.notObject);
	const envelope = data as Record<string, unknown>;
	if (envelope.type !== BACKUP_TYPE) return fail(backupErrors.wrongType);
	if (typeof envelope.version === 'number' && envelope.version > BACKUP_VERSION) {
		return fail(backupErrors.newerVersion(String(envelope.version)));
	}
	const forbidden = findForbidden(data);
	if (forbidden) return forbidden;
	const result = v.safeParse(BackupSchema, data, { abortEarly: false, abortPipeEarly: true });
	if (!result.success) {
		const details = result.issues.slice(0, MAX_DETAILS).map(describeIssue);
		return fail(backupErrors.invalid(result.issues.length), details);
	}
	return { ok: true, backup: result.output };
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
