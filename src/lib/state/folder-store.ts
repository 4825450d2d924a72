/**
 * 文件夹模式 at run time. The app's code stays as it is: the database is the same GaojiangDb,
 * on an in-memory IndexedDB (fake-indexeddb) filled from the folder's data file; every write to
 * it marks the folder dirty, and the whole database is written back as one backup file
 * (debounced, one write at a time, flushed on pagehide). Nothing of the text goes to the
 * browser's own storage, which every file:// page shares.
 *
 * The journal and the rescue copy would write the text into that shared storage, so here the
 * journal goes to a second file in the folder (FolderJournal) and the rescue copy is off: the
 * journal already holds what it would. A journal entry is dropped only once a data-file write
 * that began after the draft's save has finished, so a kill between the database save (in
 * memory) and the data file never finds both without the edit.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { GaojiangDb, DB_NAME, rawKey, TABLE_NAMES } from '../db';
import type { Backup } from '../backup';
import type { Draft } from '../model';
import type { PendingSave, Rescue } from './rescue';
import { DATA_FILE, JOURNAL_FILE, conflictDataName, type FolderProblem } from '../messages/folder';
import { folderProblem, errorText, fileStamp, journalText, fileInfo, writeText, type FolderDir } from './folder-files';
import { retryDelay } from './retry';

/** A fresh in-memory database; `onWrite` runs after every successful write to any table. */
export function memoryDatabase(onWrite: () => void): GaojiangDb {
	return new GaojiangDb(`${DB_NAME}-folder`, { indexedDB: new IDBFactory(), IDBKeyRange, onWrite });
}

/** Puts a validated backup's rows into an empty database as they are (damaged rows raw). */
export async function fillDatabase(d: GaojiangDb, backup: Backup): Promise<void> {
	await d.transaction('rw', d.drafts, d.snapshots, d.packs, d.settings, async () => {
		await d.drafts.bulkAdd(backup.drafts);
		await d.snapshots.bulkAdd(backup.snapshots);
		await d.packs.bulkAdd(backup.packs);
		await d.settings.bulkAdd(backup.settings);
		for (const x of backup.damaged) {
			if (!TABLE_NAMES.includes(x.table) || rawKey(x.table, x.raw) === null) continue;
			await d.table(x.table).put(structuredClone(x.raw));
		}
	});
}

/** How the folder's writing stands, for the status line and the banner. */
export type FolderSaveStatus =
	| { kind: 'saved'; at: number }
	| { kind: 'pending' }
	| { kind: 'writing' }
	| { kind: 'error'; problem: FolderProblem; detail: string; conflictFile?: string };

/** Injected timers (tests run on fake time). */
export interface Timers {
	setTimeout(fn: () => void, ms: number): unknown;
	clearTimeout(id: unknown): void;
}

const realTimers: Timers = {
	setTimeout: (fn, ms) => setTimeout(fn, ms),
	clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>)
};

/**
 * Writes one file of the folder, whole, one write at a time: a request during a write makes
 * one more write after it with the newest content. Failures retry with backoff.
 */
class FileWriter {
	#writing: Promise<void> | null = null;
	#again = false;
	#timer: unknown = null;
	#failures = 0;

	constructor(
		private readonly run: () => Promise<void>,
		private readonly onError: (e: unknown) => void,
		private readonly timers: Timers
	) {}

	/** Starts a write now (or right after the one in progress). */
	request(): Promise<void> {
		if (this.#timer !== null) {
			this.timers.clearTimeout(this.#timer);
			this.#timer = null;
		}
		if (this.#writing) {
			this.#again = true;
			return this.#writing;
		}
		this.#writing = (async () => {
			do {
				this.#again = false;
				try {
					await this.run();
					this.#failures = 0;
				} catch (e) {
					this.onError(e);
					this.#retryLater();
					break;
				}
			} while (this.#again);
			this.#writing = null;
		})();
		return this.#writing;
	}

	/** Waits for the write in progress, if any. */
	idle(): Promise<void> {
		return this.#writing ?? Promise.resolve();
	}

	#retryLater(): void {
		if (this.#timer !== null) return;
		this.#timer = this.timers.setTimeout(() => {
			this.#timer = null;
			void this.request();
		}, retryDelay(this.#failures++));
	}

	stop(): void {
		if (this.#timer !== null) this.timers.clearTimeout(this.#timer);
		this.#timer = null;
	}
}

/**
 * The journal of 文件夹模式: the latest unsaved state of each draft, kept in memory and written
 * to the journal file after every edit (one write at a time, the newest state each time).
 */
export class FolderJournal {
	readonly #entries = new Map<string, { rescue: Rescue; seq: number }>();
	/** Drafts saved to the database: their entries go once the data file holds that save. */
	#clears = new Map<string, number>();
	#seq = 0;
	/** Every entry up to this seq is in the journal file. */
	#writtenSeq = 0;
	readonly #writer: FileWriter;

	/**
	 * `initial` are the entries of the journal file; `fileRevisions` the revision of each draft in
	 * the data file read with it. An entry based on a later revision than the file's was typed
	 * on top of a save that reached the in-memory database but not the file before the page
	 * died; this tab was the only writer (the lock), so the entry continues the file's version
	 * and is based on it: the draft page then applies it in place (after a snapshot) instead of
	 * setting it aside as a 冲突副本.
	 */
	constructor(
		private readonly dir: FolderDir,
		initial: Rescue[],
		onError: (e: unknown) => void,
		timers: Timers = realTimers,
		fileRevisions: ReadonlyMap<string, number> = new Map()
	) {
		for (const r of initial) {
			const inFile = fileRevisions.get(r.draft.id);
			const rescue = inFile !== undefined && r.baseRevision > inFile ? { ...r, baseRevision: inFile } : r;
			this.#entries.set(r.draft.id, { rescue, seq: ++this.#seq });
		}
		this.#writer = new FileWriter(() => this.#write(), onError, timers);
	}

	/** Records a draft's unsaved state (the live draft may be passed: it is copied here). */
	write(baseRevision: number, draft: Draft, saving: PendingSave | null = null, done?: (ok: boolean) => void): void {
		const { sections, source, ...own } = draft;
		void source; // the 范文 never changes by typing; the stored draft keeps it
		const rescue: Rescue = { baseRevision, at: Date.now(), draft: { ...own, sections: sections.map((s) => ({ ...s })) } };
		if (saving) rescue.saving = saving;
		const seq = ++this.#seq;
		this.#entries.set(draft.id, { rescue, seq });
		this.#clears.delete(draft.id);
		const written = this.#writer.request();
		// The request resolves after a write that started after it: done or failed (then retried).
		if (done) void written.then(() => done(this.#writtenSeq >= seq));
	}

	read(draftId: string): Rescue | null {
		const e = this.#entries.get(draftId);
		return e ? structuredClone(e.rescue) : null;
	}

	/** The draft's edits are in the database: drop them once the data file has them too. */
	clear(draftId: string): void {
		const e = this.#entries.get(draftId);
		if (e) this.#clears.set(draftId, e.seq);
	}

	/** The clears a data-file write starting now will make good. */
	takeClears(): Map<string, number> {
		const taken = this.#clears;
		this.#clears = new Map();
		return taken;
	}

	/** That data-file write finished: the entries it covers go. */
	confirmClears(taken: Map<string, number>): void {
		let changed = false;
		for (const [id, seq] of taken) {
			const e = this.#entries.get(id);
			// A newer edit since the clear keeps its entry.
			if (e && e.seq <= seq) {
				this.#entries.delete(id);
				changed = true;
			}
		}
		if (changed) void this.#writer.request();
	}

	/** That data-file write failed: the clears wait for the next one. */
	returnClears(taken: Map<string, number>): void {
		for (const [id, seq] of taken) if (!this.#clears.has(id)) this.#clears.set(id, seq);
	}

	/** How many drafts have edits in the journal. */
	get size(): number {
		return this.#entries.size;
	}

	flush(): Promise<void> {
		return this.#writer.idle();
	}

	stop(): void {
		this.#writer.stop();
	}

	async #write(): Promise<void> {
		const upTo = this.#seq;
		await writeText(this.dir, JOURNAL_FILE, journalText([...this.#entries.values()].map((e) => e.rescue)));
		this.#writtenSeq = Math.max(this.#writtenSeq, upTo);
	}
}

/** Options of a FolderStore (tests shorten the debounce and inject time). */
export interface FolderStoreOptions {
	debounceMs?: number;
	timers?: Timers;
	now?: () => number;
	onStatus?: (s: FolderSaveStatus) => void;
}

/**
 * Writes the database to the folder's data file after writes to it (debounced). Before each
 * write it checks that the file is still the one it last read or wrote: when another program
 * or browser changed it meanwhile, this page's data goes to a separate conflict file instead,
 * and the data file is left alone from then on.
 */
export class FolderStore {
	status: FolderSaveStatus;
	#known: number | null;
	#timer: unknown = null;
	#stopped = false;
	readonly #writer: FileWriter;
	readonly #debounceMs: number;
	readonly #timers: Timers;
	readonly #now: () => number;
	readonly #onStatus: (s: FolderSaveStatus) => void;

	constructor(
		private readonly dir: FolderDir,
		private readonly serialize: () => Promise<string>,
		private readonly journal: FolderJournal | null,
		/** The data file's time when it was read (null: it did not exist). */
		lastModified: number | null,
		options: FolderStoreOptions = {}
	) {
		this.#known = lastModified;
		this.#debounceMs = options.debounceMs ?? 300;
		this.#timers = options.timers ?? realTimers;
		this.#now = options.now ?? Date.now;
		this.#onStatus = options.onStatus ?? (() => {});
		this.status = { kind: 'saved', at: this.#now() };
		this.#writer = new FileWriter(() => this.#write(), (e) => this.#failed(e), this.#timers);
	}

	/** Something in the database changed: write the file after a short pause. */
	markDirty(): void {
		if (this.#stopped) return;
		if (this.status.kind !== 'error') this.#set({ kind: 'pending' });
		if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
		this.#timer = this.#timers.setTimeout(() => {
			this.#timer = null;
			void this.#writer.request();
		}, this.#debounceMs);
	}

	/** Writes now what is pending (pagehide, before leaving 文件夹模式). */
	async flush(): Promise<void> {
		if (this.#timer !== null) {
			this.#timers.clearTimeout(this.#timer);
			this.#timer = null;
			await this.#writer.request();
		}
		await this.#writer.idle();
		await this.journal?.flush();
	}

	/** True when nothing is waiting to be written. */
	get clean(): boolean {
		return this.#timer === null && this.status.kind === 'saved';
	}

	stop(): void {
		this.#stopped = true;
		if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
		this.#timer = null;
		this.#writer.stop();
		this.journal?.stop();
	}

	#set(s: FolderSaveStatus): void {
		this.status = s;
		this.#onStatus(s);
	}

	async #write(): Promise<void> {
		if (this.#stopped) return;
		this.#set({ kind: 'writing' });
		const clears = this.journal?.takeClears() ?? new Map<string, number>();
		try {
			const onDisk = (await fileInfo(this.dir, DATA_FILE))?.lastModified ?? null;
			if (onDisk !== this.#known) {
				// Someone else wrote it (or removed it): keep theirs, put ours beside it.
				const name = conflictDataName(fileStamp(new Date(this.#now())));
				await writeText(this.dir, name, await this.serialize());
				this.#stopped = true;
				this.journal?.returnClears(clears);
				this.#set({ kind: 'error', problem: 'changed', detail: '', conflictFile: name });
				return;
			}
			this.#known = await writeText(this.dir, DATA_FILE, await this.serialize());
		} catch (e) {
			this.journal?.returnClears(clears);
			// The first write of a new file failed after creating it empty: that empty file is ours.
			if (this.#known === null) {
				const now = await fileInfo(this.dir, DATA_FILE).catch(() => null);
				if (now && now.size === 0) this.#known = now.lastModified;
			}
			throw e;
		}
		this.journal?.confirmClears(clears);
		this.#set({ kind: 'saved', at: this.#now() });
	}

	#failed(e: unknown): void {
		this.#set({ kind: 'error', problem: folderProblem(e), detail: errorText(e) });
	}
}
