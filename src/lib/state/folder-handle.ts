/**
 * Which folder 文件夹模式 uses, remembered across visits: the directory handle itself, kept in a
 * tiny IndexedDB database of its own. This is the one thing the mode keeps in the browser's
 * (shared) storage: a handle holds no text and grants nothing by itself — reading the folder
 * again needs the writer to say 允许 in the browser's prompt.
 */
import type { FolderDir } from './folder-files';

export const FOLDER_DB = 'gaojiang-folder';
const STORE = 'folder';
const KEY = 'current';

/** The remembered folder. */
export interface FolderRecord {
	handle: FolderDir;
	name: string;
	since: number;
}

function open(): Promise<IDBDatabase | null> {
	return new Promise((resolve) => {
		try {
			if (typeof indexedDB === 'undefined') return resolve(null);
			const req = indexedDB.open(FOLDER_DB, 1);
			req.onupgradeneeded = () => req.result.createObjectStore(STORE);
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => resolve(null);
			req.onblocked = () => resolve(null);
		} catch {
			resolve(null);
		}
	});
}

function run<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	return open().then(
		(d) =>
			new Promise<T>((resolve, reject) => {
				if (!d) return reject(new Error('IndexedDB 不可用'));
				try {
					const tx = d.transaction(STORE, mode);
					const req = fn(tx.objectStore(STORE));
					tx.oncomplete = () => {
						d.close();
						resolve(req.result);
					};
					tx.onerror = tx.onabort = () => {
						d.close();
						reject(tx.error ?? req.error);
					};
				} catch (e) {
					d.close();
					reject(e);
				}
			})
	);
}

/** The remembered folder, or null (never chosen, or storage unreadable). */
export async function loadFolderRecord(): Promise<FolderRecord | null> {
	try {
		const r = (await run('readonly', (s) => s.get(KEY))) as Partial<FolderRecord> | undefined;
		if (!r || typeof r !== 'object' || !r.handle || typeof r.handle.getFileHandle !== 'function') return null;
		return { handle: r.handle, name: typeof r.name === 'string' ? r.name : r.handle.name, since: Number(r.since) || 0 };
	} catch {
		return null;
	}
}

export async function saveFolderRecord(handle: FolderDir): Promise<void> {
	const record: FolderRecord = { handle, name: handle.name, since: Date.now() };
	await run('readwrite', (s) => s.put(record, KEY));
}

export async function deleteFolderRecord(): Promise<void> {
	await run('readwrite', (s) => s.delete(KEY));
}
