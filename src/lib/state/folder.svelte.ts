/**
 * 文件夹模式, as the writer meets it: off (the browser's storage), waiting at the gate (the
 * folder needs 打开文件夹 / 重新授权 before anything is shown — never an empty list from the
 * shared storage instead), or on (the database in memory, written to the folder's data file).
 * Moving in and out goes through a backup, so nothing is lost either way.
 *
 * One tab at a time: a tab in 文件夹模式 holds an exclusive Web Lock, and each tab on the
 * browser's storage holds a shared one, so the mode is switched only with no other tab open
 * (two in-memory copies would overwrite each other's file).
 */
import { buildBackup, restoreBackup, type Backup } from '../backup';
import { GaojiangDb, db, useDatabase } from '../db';
import { DATA_FILE, folderText, type FolderProblem } from '../messages/folder';
import { dataFileText, errorText, fileStamp, folderProblem, readDataFile, readJournalFile, writeText, type FolderDir } from './folder-files';
import { deleteFolderRecord, loadFolderRecord, saveFolderRecord } from './folder-handle';
import { FolderJournal, FolderStore, fillDatabase, memoryDatabase, type FolderSaveStatus } from './folder-store';
import { redirectJournal, deleteJournalDatabase } from './journal';
import { redirectRescue, clearAllRescues } from './rescue';

/** The exclusive lock of the tab in 文件夹模式. */
const FOLDER_LOCK = 'gaojiang-folder-mode';
/** The lock every tab on the browser's storage holds shared. */
const TAB_LOCK = 'gaojiang-tab';

type Picker = (options: { mode: 'readwrite'; id?: string }) => Promise<FolderDir>;

function picker(): Picker | null {
	const w = typeof window === 'undefined' ? null : (window as unknown as { showDirectoryPicker?: Picker });
	return typeof w?.showDirectoryPicker === 'function' ? w.showDirectoryPicker.bind(window) : null;
}

interface Locks {
	request(name: string, options: { mode?: 'shared' | 'exclusive'; ifAvailable?: boolean }, cb: (lock: unknown) => Promise<void> | void): Promise<unknown>;
}

function locks(): Locks | null {
	const n = typeof navigator === 'undefined' ? null : (navigator as unknown as { locks?: Locks });
	return n?.locks ?? null;
}

/** A held lock: `release()` resolves once the browser has let go of it. */
type Release = () => Promise<void>;

/** Takes a lock and holds it until released; null when someone else holds it. */
function holdLock(name: string, mode: 'shared' | 'exclusive'): Promise<Release | null> {
	const l = locks();
	if (!l) return Promise.resolve(async () => {});
	return new Promise((resolve) => {
		let letGo!: () => void;
		const done = l
			.request(name, { mode, ifAvailable: true }, (lock) => {
				if (!lock) {
					resolve(null);
					return;
				}
				resolve(async () => {
					letGo();
					await done;
				});
				return new Promise<void>((r) => (letGo = r));
			})
			.catch(() => resolve(async () => {}));
	});
}

export type FolderStatus = 'off' | 'gate' | 'on';

export class FolderMode {
	/** True where the browser can let the writer pick a folder (Chromium's File System Access). */
	get supported(): boolean {
		return picker() !== null;
	}
	status = $state<FolderStatus>('off');
	/** The folder's name (as the browser tells it: the last part of its path). */
	folderName = $state('');
	/** What went wrong last, in Chinese (gate, move in/out, writing). */
	message = $state('');
	problem = $state<FolderProblem | null>(null);
	/** A move in/out or an opening in progress. */
	busy = $state(false);
	/** A note after a move (what was merged, a damaged journal moved aside). */
	note = $state('');
	save = $state<FolderSaveStatus | null>(null);

	#handle: FolderDir | null = null;
	#store: FolderStore | null = null;
	#releaseFolder: Release | null = null;
	#releaseTab: Release | null = null;
	#opened: { promise: Promise<void>; resolve: () => void };

	constructor() {
		let resolve!: () => void;
		const promise = new Promise<void>((r) => (resolve = r));
		this.#opened = { promise, resolve };
	}

	/** Resolves once the folder is open (the gate passed). */
	get opened(): Promise<void> {
		return this.#opened.promise;
	}

	/**
	 * At start, before any database is opened: 'off' when no folder is remembered; 'on' when it
	 * is and the browser still grants it; 'gate' when the writer must open it first.
	 */
	async start(): Promise<FolderStatus> {
		const record = await loadFolderRecord();
		if (!record) {
			this.#releaseTab = await holdLock(TAB_LOCK, 'shared');
			return (this.status = 'off');
		}
		this.#handle = record.handle;
		this.folderName = record.name;
		this.status = 'gate';
		let permission: string = 'prompt';
		try {
			permission = (await record.handle.queryPermission?.({ mode: 'readwrite' })) ?? 'prompt';
		} catch {
			permission = 'prompt';
		}
		if (permission === 'granted') await this.#open(record.handle);
		return this.status;
	}

	/** 打开文件夹 / 重新授权: asks the browser (needs the click's gesture), then opens. */
	async grant(): Promise<void> {
		const handle = this.#handle;
		if (!handle || this.busy) return;
		this.#clearMessage();
		try {
			const p = (await handle.requestPermission?.({ mode: 'readwrite' })) ?? 'granted';
			if (p !== 'granted') return this.#fail('denied');
		} catch (e) {
			return this.#fail(folderProblem(e), e);
		}
		await this.#open(handle);
	}

	/** 重新授权 while open (the browser took the permission back): write again once granted. */
	async regrant(): Promise<void> {
		const handle = this.#handle;
		if (!handle || !this.#store) return;
		try {
			if (((await handle.requestPermission?.({ mode: 'readwrite' })) ?? 'granted') !== 'granted') return;
		} catch {
			return;
		}
		this.#store.markDirty();
		await this.#store.flush();
	}

	/** 重新选择文件夹 at the gate: it must hold the data file (no silent fresh start). */
	async choose(): Promise<void> {
		const pick = picker();
		if (!pick || this.busy) return;
		this.#clearMessage();
		let dir: FolderDir;
		try {
			dir = await pick({ mode: 'readwrite', id: 'gaojiang' });
		} catch (e) {
			if ((e as { name?: string })?.name === 'AbortError') return;
			return this.#fail(folderProblem(e), e);
		}
		if (await this.#open(dir)) {
			this.#handle = dir;
			this.folderName = dir.name;
			await saveFolderRecord(dir).catch(() => {});
		}
	}

	/** 改用浏览器存储 at the gate (asked first): the folder stays as it is. */
	async useBrowser(): Promise<void> {
		await deleteFolderRecord().catch(() => {});
		location.reload();
	}

	/** Tries the remembered folder again (重试 after "another tab", a folder that was away). */
	async retry(): Promise<void> {
		if (this.#handle) await this.grant();
	}

	/** Opens a folder that holds the data file (a missing one is never a silent fresh start). */
	async #open(dir: FolderDir): Promise<boolean> {
		this.busy = true;
		try {
			this.#releaseFolder ??= await holdLock(FOLDER_LOCK, 'exclusive');
			if (!this.#releaseFolder) return this.#fail('other-tab'), false;
			const read = await readDataFile(dir);
			if (read.kind === 'damaged') return this.#fail('damaged', read.error), false;
			if (read.kind === 'missing') return this.#fail('no-data'), false;
			const journalRead = await readJournalFile(dir, fileStamp());
			const mem = memoryDatabase(() => this.#store?.markDirty());
			await mem.open();
			await fillDatabase(mem, read.backup);
			const journal = new FolderJournal(dir, journalRead.entries, (e) => this.#writeFailed(e));
			this.#store = new FolderStore(dir, async () => dataFileText(await buildBackup()), journal, read.lastModified, {
				onStatus: (s) => (this.save = s)
			});
			this.save = this.#store.status;
			redirectJournal(journal);
			redirectRescue(null);
			useDatabase(mem);
			if (journalRead.movedAside) this.note = folderText.journalMovedAside(journalRead.movedAside);
			this.#attachLifecycle();
			this.#handle = dir;
			this.folderName = dir.name;
			this.status = 'on';
			this.problem = null;
			this.message = '';
			this.#opened.resolve();
			return true;
		} catch (e) {
			this.#fail(folderProblem(e), e);
			return false;
		} finally {
			this.busy = false;
		}
	}

	#attachLifecycle(): void {
		if (typeof window === 'undefined') return;
		const flush = () => void this.#store?.flush();
		window.addEventListener('pagehide', flush);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'hidden') flush();
		});
	}

	/**
	 * From the browser's storage into a folder the writer picks. The folder's own data file, if
	 * it has one, is kept and the browser's rows are merged into it (a restore: a draft that
	 * differs on both sides is kept twice). The file is written, read back and checked before
	 * the browser's copy is removed; then the page starts again in 文件夹模式.
	 */
	async enable(): Promise<void> {
		const pick = picker();
		if (!pick || this.busy || this.status !== 'off') return;
		this.#clearMessage();
		let dir: FolderDir;
		try {
			dir = await pick({ mode: 'readwrite', id: 'gaojiang' });
		} catch (e) {
			if ((e as { name?: string })?.name === 'AbortError') return;
			return this.#fail(folderProblem(e), e);
		}
		if (db().readOnly) {
			this.problem = 'failed';
			this.message = folderText.moveFailed(folderText.browserNewer);
			return;
		}
		this.busy = true;
		let releaseAll: Release | null = null;
		try {
			// Only this tab: give up our shared hold and ask for the whole lock.
			await this.#releaseTab?.();
			this.#releaseTab = null;
			releaseAll = await holdLock(TAB_LOCK, 'exclusive');
			if (!releaseAll) {
				this.problem = 'other-tab';
				this.message = folderText.otherTabsOpen;
				return;
			}
			const read = await readDataFile(dir);
			if (read.kind === 'damaged') {
				this.problem = 'damaged';
				this.message = folderText.damagedNoMove(read.error);
				return;
			}
			const fromBrowser = await buildBackup();
			let text: string;
			if (read.kind === 'missing') text = dataFileText(fromBrowser);
			else text = await merged(read.backup, fromBrowser);
			// The file must read back whole before anything leaves the browser.
			await writeText(dir, DATA_FILE, text);
			const back = await readDataFile(dir);
			if (back.kind !== 'ok' || back.backup.drafts.length < fromBrowser.drafts.length) {
				throw new Error(back.kind === 'damaged' ? back.error : folderText.noDataFile);
			}
			await saveFolderRecord(dir);
			await clearBrowserStorage();
			// The next start opens the folder (the picker's grant lasts while the browser is open).
			location.reload();
		} catch (e) {
			this.problem = folderProblem(e);
			this.message = folderText.moveFailed(errorText(e));
		} finally {
			await releaseAll?.();
			if (!this.#releaseTab && this.status === 'off') this.#releaseTab = await holdLock(TAB_LOCK, 'shared');
			this.busy = false;
		}
	}

	/**
	 * From the folder back into the browser's storage: everything is written to the folder
	 * first, then restored into the browser's database (merged with anything there), and the
	 * mode is switched off. The folder's files stay as they are.
	 */
	async disable(): Promise<void> {
		if (this.busy || this.status !== 'on' || !this.#store) return;
		this.#clearMessage();
		this.busy = true;
		try {
			await this.#store.flush();
			const backup = await buildBackup();
			const shared = new GaojiangDb();
			await shared.open();
			if (shared.isNewerThanApp()) throw new Error(folderText.browserNewer);
			this.#store.stop();
			useDatabase(shared);
			redirectJournal(null);
			redirectRescue(undefined);
			await restoreBackup(backup);
			await deleteFolderRecord();
			await this.#releaseFolder?.();
			location.reload();
		} catch (e) {
			this.problem = folderProblem(e);
			this.message = folderText.moveFailed(errorText(e));
		} finally {
			this.busy = false;
		}
	}

	/** Writes what is pending now (before a backup download, in tests). */
	async flush(): Promise<void> {
		await this.#store?.flush();
	}

	#clearMessage(): void {
		this.message = '';
		this.problem = null;
		this.note = '';
	}

	#fail(problem: FolderProblem, detail?: unknown): void {
		this.problem = problem;
		this.message = describe(problem, detail);
	}

	#writeFailed(e: unknown): void {
		this.save = { kind: 'error', problem: folderProblem(e), detail: errorText(e) };
	}
}

/** The folder's data with the browser's merged in (restoreBackup's rules, in memory). */
async function merged(folder: Backup, fromBrowser: Backup): Promise<string> {
	const before = db();
	const mem = memoryDatabase(() => {});
	await mem.open();
	await fillDatabase(mem, folder);
	useDatabase(mem);
	try {
		await restoreBackup(fromBrowser);
		return dataFileText(await buildBackup());
	} finally {
		useDatabase(before);
	}
}

/** Empties the browser's own copies: the database's tables, the journal, the rescue copies. */
async function clearBrowserStorage(): Promise<void> {
	const d = db();
	await d.transaction('rw', d.drafts, d.snapshots, d.packs, d.settings, async () => {
		await Promise.all([d.drafts.clear(), d.snapshots.clear(), d.packs.clear(), d.settings.clear()]);
	});
	deleteJournalDatabase();
	clearAllRescues();
}

/** A problem as the writer reads it. */
export function describe(problem: FolderProblem, detail?: unknown): string {
	const why = detail === undefined ? '' : typeof detail === 'string' ? detail : errorText(detail);
	switch (problem) {
		case 'denied':
			return folderText.denied;
		case 'gone':
			return folderText.gone;
		case 'no-data':
			return folderText.noDataFile;
		case 'damaged':
			return folderText.damaged(why);
		case 'disk-full':
			return folderText.diskFull;
		case 'other-tab':
			return folderText.otherTab;
		case 'changed':
			return folderText.changedOutside(why);
		default:
			return folderText.readFailed(why);
	}
}

/** The save status as one line for the writer. */
export function describeSave(s: FolderSaveStatus): string {
	switch (s.kind) {
		case 'saved': {
			const t = new Date(s.at);
			const p = (n: number) => String(n).padStart(2, '0');
			return folderText.savedAt(`${p(t.getHours())}:${p(t.getMinutes())}:${p(t.getSeconds())}`);
		}
		case 'pending':
			return folderText.pending;
		case 'writing':
			return folderText.writing;
		default:
			if (s.problem === 'disk-full') return folderText.diskFull;
			if (s.problem === 'denied') return folderText.writeDenied;
			if (s.problem === 'changed') return folderText.changedOutside(s.conflictFile ?? '');
			return folderText.writeFailed(s.detail);
	}
}

/** The app's one 文件夹模式 state. */
export const folderMode = new FolderMode();
