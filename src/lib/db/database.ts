import Dexie, { type EntityTable } from 'dexie';
import type { Draft } from '../model';
import { declareSchema, LATEST_VERSION } from './schema';
import { ReadOnlyDbError } from './errors';
import { newId } from './ids';

/** Why a snapshot was taken. */
export type SnapshotReason = 'auto' | 'before-replace' | 'before-restore' | 'before-import' | 'manual';

/** A full copy of a draft at one moment (history). */
export interface SnapshotRow {
	id: string;
	draftId: string;
	takenAt: number;
	reason: SnapshotReason;
	draft: Draft;
}

/** A template pack the writer installed. `pack` is the JSON the packs module validated. */
export interface PackRow {
	id: string;
	version: string;
	name: string;
	pack: unknown;
	installedAt: number;
	updatedAt: number;
}

/**
 * App settings and per-draft settings: `export:<draftId>` (export options),
 * `ignore:<draftId>` (string[] of ignored finding keys), `fill:<draftId>` (the last 逐项填空,
 * for 撤销填空 after a reload), plain names for app settings.
 */
export interface SettingRow {
	key: string;
	value: unknown;
}

/**
 * The database name. Every file:// page shares one storage origin in Chromium, so it must not
 * collide with other single-file apps.
 */
export const DB_NAME = 'gaojiang-drafts';

/** The one Dexie subclass: typed tables over the versioned schema in schema.ts. */
export class GaojiangDb extends Dexie {
	drafts!: EntityTable<Draft, 'id'>;
	snapshots!: EntityTable<SnapshotRow, 'id'>;
	packs!: EntityTable<PackRow, 'id'>;
	settings!: EntityTable<SettingRow, 'key'>;

	/** Set when the stored database is newer than this app: every write is refused. */
	readOnly = false;

	/**
	 * `onWrite` runs after every successful write to any table (文件夹模式 saves its file then).
	 */
	constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1] & { onWrite?: () => void }) {
		const { onWrite, ...dexieOptions } = options ?? {};
		// 'strict' makes Chromium flush each commit to disk: a crash right after 已保存 keeps it.
		super(name, { chromeTransactionDurability: 'strict', ...dexieOptions });
		declareSchema(this, newId);
		// One gate for every write of every table, so no code path can slip past it.
		this.use({
			stack: 'dbcore',
			name: 'gaojiang-write-gate',
			create: (down) => ({
				...down,
				table: (tableName) => {
					const table = down.table(tableName);
					return {
						...table,
						mutate: async (req) => {
							if (this.readOnly) throw new ReadOnlyDbError();
							const res = await table.mutate(req);
							onWrite?.();
							return res;
						}
					};
				}
			})
		});
	}

	/**
	 * True when the database on disk was written by a newer gaojiang. Dexie 4 opens it anyway
	 * (adopting its version), so this is checked after open: writing to it could damage data
	 * the newer version relies on.
	 */
	isNewerThanApp(): boolean {
		// Dexie keeps version n as n × 10 natively (plus 1 when it adjusted the schema itself).
		return Math.floor(this.backendDB().version / 10) > LATEST_VERSION;
	}
}

let current: GaojiangDb | null = null;

/** The shared database instance, created on first use (no side effects at import time). */
export function db(): GaojiangDb {
	current ??= new GaojiangDb();
	return current;
}

/**
 * Swaps the shared instance: tests use a fresh name; the app uses an in-memory fallback when
 * IndexedDB is unavailable. Closes the previous instance.
 */
export function useDatabase(next: GaojiangDb): void {
	if (current && current !== next) current.close();
	current = next;
}

/**
 * Closes the shared connection and opens it again. After a storage failure (a full disk)
 * Chromium can leave a connection where every later write fails with UnknownError even once
 * space is back; a fresh connection works. Live queries reconnect by themselves (auto-open).
 */
export async function reopenDatabase(): Promise<void> {
	const d = db();
	d.close({ disableAutoOpen: false });
	await d.open();
}
