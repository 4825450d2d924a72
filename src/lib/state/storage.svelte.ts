import { GaojiangDb, db, useDatabase, DB_NAME, isNewerVersionError } from '../db';
import { folderMode } from './folder.svelte';

/**
 * What the browser's storage can do for us: whether IndexedDB works at all (private mode or a
 * policy can block it), whether persistent storage was granted, how full it is.
 */
export class StorageState {
	/** null until checked. */
	persisted = $state<boolean | null>(null);
	/** False when IndexedDB could not be opened; drafts then live in memory only. */
	available = $state(true);
	/** Why IndexedDB is unavailable (the error's text), for diagnosis. */
	reason = $state('');
	/** The database exists but was written by a newer version of the app. */
	newerVersion = $state(false);
	/** The database is open for reading only (it is newer than this app). */
	readOnly = $state(false);
	usage = $state<{ usage: number; quota: number } | null>(null);
	ready = $state(false);
	#persistAsked = false;
	#init: Promise<void> | null = null;

	/** Opens the database once; on failure switches to an in-memory database. */
	init(): Promise<void> {
		this.#init ??= this.#open();
		return this.#init;
	}

	async #open(): Promise<void> {
		// 文件夹模式: the browser's database is not opened at all; nothing is shown until the
		// folder is (the gate), so an empty list from the shared storage never stands in for it.
		const folder = await folderMode.start();
		if (folder !== 'off') {
			await folderMode.opened;
			await this.refresh();
			this.ready = true;
			return;
		}
		try {
			if (typeof indexedDB === 'undefined') throw new Error('indexedDB 不存在');
			const d = db();
			await d.open();
			if (d.isNewerThanApp()) {
				d.readOnly = true;
				this.readOnly = true;
				this.newerVersion = true;
			}
		} catch (e) {
			this.available = false;
			this.reason = e instanceof Error ? e.message : String(e);
			this.newerVersion = isNewerVersionError(e);
			await this.#useMemory();
		}
		await this.refresh();
		this.ready = true;
	}

	/** Same repositories, same code paths, but nothing survives closing the page. */
	async #useMemory(): Promise<void> {
		const { indexedDB: memIdb, IDBKeyRange: memRange } = await import('fake-indexeddb');
		const mem = new GaojiangDb(`${DB_NAME}-memory`, { indexedDB: memIdb, IDBKeyRange: memRange });
		useDatabase(mem);
		await mem.open();
	}

	async refresh(): Promise<void> {
		const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
		try {
			if (s?.persisted) this.persisted = await s.persisted();
			if (s?.estimate) {
				const e = await s.estimate();
				this.usage = { usage: e.usage ?? 0, quota: e.quota ?? 0 };
			}
		} catch {
			// Some browsers refuse these on file:// — the answer stays unknown.
		}
	}

	/** Asks for persistent storage once, at the first save (browsers want a user gesture nearby). */
	async requestPersist(again = false): Promise<void> {
		if (this.#persistAsked && !again) return;
		this.#persistAsked = true;
		const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
		try {
			if (s?.persist) this.persisted = await s.persist();
		} catch {
			this.persisted = false;
		}
	}
}

/** The app's one storage state. */
export const storage = new StorageState();
