/**
 * A small journal of unsaved edits, written on every edit, so a kill at any moment (power cut,
 * crash, SIGKILL) loses nothing that reached the page. The autosave waits for a pause in
 * typing; localStorage, which the rescue copy uses, is committed to disk by the browser
 * seconds later. The journal is an IndexedDB write issued synchronously inside the edit's own
 * event: the browser has the text before the keystroke's event is over, and writes it out at
 * once (relaxed durability: in the OS's hands, which a killed browser does not lose).
 *
 * A separate tiny database, so journaling never contends with, or needs a schema version of,
 * the main one; the name is distinctive because every file:// page shares an origin.
 */
import type { Rescue } from './rescue';
import { parseRescue } from './rescue';

export const JOURNAL_DB = 'gaojiang-journal';
const STORE = 'edits';

let opening: Promise<IDBDatabase | null> | null = null;
let handle: IDBDatabase | null = null;

function openJournal(): Promise<IDBDatabase | null> {
	opening ??= new Promise((resolve) => {
		try {
			if (typeof indexedDB === 'undefined') return resolve(null);
			const req = indexedDB.open(JOURNAL_DB, 1);
			req.onupgradeneeded = () => req.result.createObjectStore(STORE);
			req.onsuccess = () => {
				handle = req.result;
				// Another tab deleting or upgrading it: let go, reopen on next use.
				handle.onversionchange = () => {
					handle?.close();
					handle = null;
					opening = null;
				};
				resolve(handle);
			};
			req.onerror = () => resolve(null);
			req.onblocked = () => resolve(null);
		} catch {
			resolve(null);
		}
	});
	return opening;
}

/** Opens the journal early (the first edit then writes synchronously). */
export function prepareJournal(): Promise<void> {
	return openJournal().then(() => undefined);
}

function put(key: string, value: string | undefined): void {
	const db = handle;
	if (!db) {
		// Not open yet (the first edit of a page): write as soon as it is.
		void openJournal().then((d) => d && put(key, value));
		return;
	}
	try {
		const tx = db.transaction(STORE, 'readwrite', { durability: 'relaxed' });
		const store = tx.objectStore(STORE);
		if (value === undefined) store.delete(key);
		else store.put(value, key);
		// Commit now rather than at the end of the task: the request is on its way at once.
		tx.commit?.();
	} catch {
		// A full or blocked storage: the in-memory text and the autosave's own error handling remain.
	}
}

/** Records the unsaved state of a draft (the whole draft: it replaces the previous entry). */
export function writeJournal(rescue: Rescue): void {
	let text: string;
	try {
		text = JSON.stringify(rescue);
	} catch {
		return;
	}
	put(rescue.draft.id, text);
}

/** Forgets a draft's entry (its edits are confirmed in the database). */
export function clearJournal(draftId: string): void {
	put(draftId, undefined);
}

/** A draft's journal entry, checked like a rescue record; null when none or malformed. */
export async function readJournal(draftId: string): Promise<Rescue | null> {
	const db = await openJournal();
	if (!db) return null;
	return new Promise((resolve) => {
		try {
			const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(draftId);
			req.onsuccess = () => resolve(typeof req.result === 'string' ? parseRescue(req.result, draftId) : null);
			req.onerror = () => resolve(null);
		} catch {
			resolve(null);
		}
	});
}
