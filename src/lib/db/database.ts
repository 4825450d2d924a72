import Dexie, { type EntityTable } from 'dexie';
import type { Draft } from '../model';
import { declareSchema } from './schema';
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
 * `ignore:<draftId>` (string[] of ignored finding keys), plain names for app settings.
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

	constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		// 'strict' makes Chromium flush each commit to disk: a crash right after 已保存 keeps it.
		super(name, { chromeTransactionDurability: 'strict', ...options });
		declareSchema(this, newId);
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
