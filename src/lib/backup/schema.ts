import * as v from 'valibot';
import type { Draft } from '../model';
import { LIMITS, TABLE_NAMES, type PackRow, type SettingRow, type SnapshotRow, type TableName } from '../db';

export { LIMITS };

export const BACKUP_TYPE = 'gaojiang-backup';
export const BACKUP_VERSION = 1;

/** A damaged row carried raw, so a backup never drops what the database held. */
export interface DamagedEntry {
	table: TableName;
	raw: unknown;
}

/**
 * The file's envelope. Rows are checked one by one afterwards with the database's own row
 * schemas (db/rows.ts), so one damaged row can be skipped while the rest restore.
 */
export const EnvelopeSchema = v.object({
	type: v.literal(BACKUP_TYPE),
	version: v.literal(BACKUP_VERSION),
	exportedAt: v.string(),
	drafts: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.drafts)),
	snapshots: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.snapshots)),
	packs: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.packs)),
	settings: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.settings)),
	damaged: v.optional(
		v.pipe(v.array(v.object({ table: v.picklist(TABLE_NAMES), raw: v.unknown() })), v.maxLength(LIMITS.snapshots)),
		[]
	)
});

/** A backup whose every row passed its check (and repair). */
export interface Backup {
	type: typeof BACKUP_TYPE;
	version: typeof BACKUP_VERSION;
	exportedAt: string;
	drafts: Draft[];
	snapshots: SnapshotRow[];
	packs: PackRow[];
	settings: SettingRow[];
	damaged: DamagedEntry[];
}
