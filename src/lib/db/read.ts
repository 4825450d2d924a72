/**
 * The validate-and-repair read layer: every row read back from IndexedDB goes through here,
 * with the same schemas a backup file is checked with (rows.ts). A row that fails is never
 * handed to the app (one bad row must not empty a list or white-screen a page): it is left
 * where it is, untouched, and listed as damaged with its raw content, so the writer can look
 * at it, download it and decide. Repairs are only the ones that lose nothing.
 */
import * as v from 'valibot';
import type { Draft } from '../model';
import type { PackRow, SettingRow, SnapshotRow } from './database';
import { DraftSchema, PackRowSchema, PREFERENCES_KEY, PreferencesSchema, SettingSchema, SnapshotSchema, TABLES, type TableName } from './rows';
import { describeIssue } from './describe';
import { newId } from './ids';
import { damagedText } from '../messages/app';

/** A row that passed, possibly repaired; or the reasons it did not. */
export type RowCheck<T> = { ok: true; row: T; repaired: boolean } | { ok: false; problems: string[] };

/** A stored row that failed its check, kept as it was. */
export interface DamagedRow {
	table: TableName;
	/** The row's key, when it has a usable one. */
	key: string | null;
	problems: string[];
	raw: unknown;
}

const MAX_PROBLEMS = 8;

function shape<T>(schema: v.GenericSchema<unknown, T>, raw: unknown): RowCheck<T> {
	const r = v.safeParse(schema, raw, { abortPipeEarly: true });
	if (r.success) return { ok: true, row: r.output, repaired: false };
	return { ok: false, problems: r.issues.slice(0, MAX_PROBLEMS).map((i) => describeIssue(i)) };
}

/**
 * Two sections with one id would give the editor two cards under one key (the draft never
 * opens): the later ones get fresh ids, their text kept.
 */
function uniqueSectionIds(draft: Draft): boolean {
	const seen = new Set<string>();
	let changed = false;
	for (const s of draft.sections) {
		if (seen.has(s.id)) {
			s.id = newId();
			changed = true;
		}
		seen.add(s.id);
	}
	return changed;
}

export function checkDraft(raw: unknown): RowCheck<Draft> {
	const r = shape(DraftSchema, raw);
	if (!r.ok) return r;
	const draft = r.row as Draft;
	return { ok: true, row: draft, repaired: uniqueSectionIds(draft) };
}

export function checkSnapshot(raw: unknown): RowCheck<SnapshotRow> {
	const r = shape(SnapshotSchema, raw);
	if (!r.ok) return r;
	const snap = r.row as SnapshotRow;
	return { ok: true, row: snap, repaired: uniqueSectionIds(snap.draft) };
}

/**
 * A pack row whose inner id differs from its row id would list under one id and be deleted
 * under another (or stand in for a built-in): the row id is the one the database keys it by,
 * so the pack is read under it.
 */
export function checkPackRow(raw: unknown): RowCheck<PackRow> {
	const r = shape(PackRowSchema, raw);
	if (!r.ok) return r;
	const row = r.row as PackRow;
	const inner = row.pack;
	if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) {
		return { ok: false, problems: [damagedText.packNotObject] };
	}
	if ((inner as { id?: unknown }).id !== row.id) {
		return { ok: true, row: { ...row, pack: { ...inner, id: row.id } }, repaired: true };
	}
	return { ok: true, row, repaired: false };
}

export function checkSetting(raw: unknown): RowCheck<SettingRow> {
	const row = shape(SettingSchema, raw) as RowCheck<SettingRow>;
	// The preferences row has a known value: a damaged one is listed, and reads as the defaults.
	if (row.ok && (row.row as SettingRow).key === PREFERENCES_KEY) {
		const value = shape(PreferencesSchema, (row.row as SettingRow).value);
		if (!value.ok) return value as RowCheck<SettingRow>;
	}
	return row;
}

const CHECKS: { [T in TableName]: (raw: unknown) => RowCheck<unknown> } = {
	drafts: checkDraft,
	snapshots: checkSnapshot,
	packs: checkPackRow,
	settings: checkSetting
};

/** Checks one row of a table. */
export function checkRow(table: TableName, raw: unknown): RowCheck<unknown> {
	return CHECKS[table](raw);
}

/** The key of a raw row, if it has a string one. */
export function rawKey(table: TableName, raw: unknown): string | null {
	if (raw === null || typeof raw !== 'object') return null;
	const k = (raw as Record<string, unknown>)[TABLES[table].key];
	return typeof k === 'string' ? k : null;
}

/** Splits raw rows into the good (checked, repaired) and the damaged. */
export function sortRows<T>(table: TableName, rows: readonly unknown[]): { good: T[]; damaged: DamagedRow[] } {
	const good: T[] = [];
	const damaged: DamagedRow[] = [];
	for (const raw of rows) {
		const r = CHECKS[table](raw);
		if (r.ok) good.push(r.row as T);
		else damaged.push({ table, key: rawKey(table, raw), problems: r.problems, raw });
	}
	return { good, damaged };
}

/** Thrown when the one row asked for is damaged; the message is for the writer. */
export class DamagedRowError extends Error {
	override name = 'DamagedRowError';
	constructor(readonly damaged: DamagedRow) {
		super(damagedText.openFailed);
	}
}

/** A single row by key: undefined when absent; DamagedRowError when present but damaged. */
export function checkedOrThrow<T>(table: TableName, raw: unknown): T | undefined {
	if (raw === undefined) return undefined;
	const r = CHECKS[table](raw);
	if (r.ok) return r.row as T;
	throw new DamagedRowError({ table, key: rawKey(table, raw), problems: r.problems, raw });
}
