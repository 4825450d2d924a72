/**
 * A small journal of unsaved edits, written on every edit, so a kill at any moment (power cut,
 * crash, SIGKILL) loses at most the edits whose write the browser had not yet confirmed: each
 * write tells its caller when it is committed, and the draft page shows how many edits are not
 * yet safe (tests/browser/app-kill.test.ts kills the browser and holds it to that number). A
 * record written while a save was in flight carries that save (PendingSave in rescue.ts), so
 * keys typed during a save that landed just before the kill continue it in place on the next
 * open instead of becoming a 冲突副本. The autosave waits for a pause in
 * typing; localStorage, which the rescue copy uses, is committed to disk by the browser
 * seconds later. The journal is an IndexedDB write issued synchronously inside the edit's own
 * event: the browser has the text before the keystroke's event is over, and writes it out at
 * once (relaxed durability: in the OS's hands, which a killed browser does not lose).
 *
 * Each edit writes only what it changed: a small head (revision, time, title, year, pack, the
 * order of the sections) and the sections whose fields differ from what this page last wrote,
 * in one transaction, so a keystroke in a long report costs its own section, never the whole
 * draft or the 范文 it was imported from (which typing never changes, and which the journal
 * leaves out). Entries are keyed by [draft, page, section]: two tabs on one draft never mix
 * their sections; reading takes the page whose head is latest.
 *
 * A separate tiny database, so journaling never contends with, or needs a schema version of,
 * the main one; the name is distinctive because every file:// page shares an origin.
 */
import type { Draft, Section } from '../model';
import type { PendingSave, Rescue } from './rescue';
import { parseRescue } from './rescue';

export const JOURNAL_DB = 'gaojiang-journal';
const STORE = 'edits';
/** The head's place among a page's keys: section ids are never empty. */
const HEAD = '';

/** This page's name in the journal's keys. */
const PAGE = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Where the journal goes instead of the shared database (文件夹模式: a file in the folder). */
export interface JournalTarget {
	write(baseRevision: number, draft: Draft, saving: PendingSave | null, done?: JournalDone): void;
	clear(draftId: string): void;
	read(draftId: string): Rescue | null;
}

/** Told once whether a journal write is committed (true) or failed (false). */
export type JournalDone = (ok: boolean) => void;

let target: JournalTarget | null = null;

/**
 * Sends every journal write, clear and read to `next` instead of the browser's storage (null:
 * back to it). In 文件夹模式 the text must not reach storage that other file:// pages share.
 */
export function redirectJournal(next: JournalTarget | null): void {
	target = next;
}

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
					written.clear();
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
	if (target) return Promise.resolve();
	return openJournal().then(() => undefined);
}

/** Every key of one draft, all pages (array keys sort after strings: [id, []] ends the range). */
function draftRange(draftId: string): IDBKeyRange {
	return IDBKeyRange.bound([draftId], [draftId, []]);
}

/** What this page last wrote for each draft: section id → the section as written. */
const written = new Map<string, Map<string, Section>>();

/** The draft's own fields as the journal keeps them: no sections (written apart), no source. */
interface Head {
	baseRevision: number;
	at: number;
	draft: Omit<Draft, 'sections' | 'source'>;
	sectionIds: string[];
	saving?: PendingSave;
}

function sameSection(a: Section, b: Section): boolean {
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	return keys.every((k) => (a as unknown as Record<string, unknown>)[k] === (b as unknown as Record<string, unknown>)[k]);
}

/** A plain copy of a section (the live draft may be a reactive proxy; its fields are strings). */
function plainSection(s: Section): Section {
	return { ...s };
}

let pending: { baseRevision: number; draft: Draft; saving: PendingSave | null; done: JournalDone[] } | null = null;

/**
 * Records the unsaved state of a draft. `draft` may be the live (reactive) draft: only its
 * fields are read, and only the sections that changed since this page's last write are copied.
 * `saving` is the save this page is waiting for, if any (see PendingSave); `done` hears whether
 * the write was committed.
 */
export function writeJournal(baseRevision: number, draft: Draft, saving: PendingSave | null = null, done?: JournalDone): void {
	if (target) return target.write(baseRevision, draft, saving, done);
	const db = handle;
	if (!db) {
		// Not open yet (the first edit of a page): write the latest state as soon as it is.
		const first = pending === null;
		pending = { baseRevision, draft, saving, done: [...(pending?.done ?? []), ...(done ? [done] : [])] };
		if (first)
			void openJournal().then((d) => {
				const p = pending;
				pending = null;
				if (!p) return;
				const all = (ok: boolean) => p.done.forEach((f) => f(ok));
				if (d) writeJournal(p.baseRevision, p.draft, p.saving, all);
				else all(false);
			});
		return;
	}
	const before = written.get(draft.id) ?? new Map<string, Section>();
	const now = new Map<string, Section>();
	const changed: Section[] = [];
	for (const s of draft.sections) {
		const old = before.get(s.id);
		if (old && sameSection(old, s)) now.set(s.id, old);
		else {
			const copy = plainSection(s);
			now.set(s.id, copy);
			changed.push(copy);
		}
	}
	const removed = [...before.keys()].filter((id) => !now.has(id));
	const { sections, source, ...own } = draft;
	void source;
	const head: Head = { baseRevision, at: Date.now(), draft: { ...own }, sectionIds: sections.map((s) => s.id) };
	if (saving) head.saving = saving;
	let told = false;
	const tell = (ok: boolean) => {
		if (told) return;
		told = true;
		done?.(ok);
	};
	try {
		const tx = db.transaction(STORE, 'readwrite', { durability: 'relaxed' });
		const store = tx.objectStore(STORE);
		store.put(JSON.stringify(head), [draft.id, PAGE, HEAD]);
		for (const s of changed) store.put(JSON.stringify(s), [draft.id, PAGE, s.id]);
		for (const id of removed) store.delete([draft.id, PAGE, id]);
		// A failed write leaves the stored entries unknown: the next edit writes everything.
		tx.onabort = tx.onerror = () => {
			written.delete(draft.id);
			tell(false);
		};
		tx.oncomplete = () => tell(true);
		written.set(draft.id, now);
		// Commit now rather than at the end of the task: the requests are on their way at once.
		tx.commit?.();
	} catch {
		// A full or blocked storage: the in-memory text and the autosave's own error handling remain.
		written.delete(draft.id);
		tell(false);
	}
}

/** Forgets a draft's entries, of every page (its edits are confirmed in the database). */
export function clearJournal(draftId: string): void {
	written.delete(draftId);
	if (target) return target.clear(draftId);
	const db = handle;
	if (!db) {
		void openJournal().then((d) => d && clearJournal(draftId));
		return;
	}
	try {
		const tx = db.transaction(STORE, 'readwrite', { durability: 'relaxed' });
		const store = tx.objectStore(STORE);
		store.delete(draftRange(draftId));
		store.delete(draftId); // an entry of the older whole-draft format
		tx.commit?.();
	} catch {
		// Nothing more to do: a stale entry is checked against the stored draft before use.
	}
}

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

/**
 * A draft's journal entry (the page that wrote last), checked like a rescue record; null when
 * none or malformed (a head whose sections are not all there, a row of another shape).
 */
export async function readJournal(draftId: string): Promise<Rescue | null> {
	if (target) return target.read(draftId);
	const db = await openJournal();
	if (!db) return null;
	try {
		const store = db.transaction(STORE, 'readonly').objectStore(STORE);
		const [keys, values, legacy] = await Promise.all([
			request(store.getAllKeys(draftRange(draftId))),
			request(store.getAll(draftRange(draftId))),
			request(store.get(draftId))
		]);
		const pages = new Map<string, Map<string, unknown>>();
		keys.forEach((key, i) => {
			if (!Array.isArray(key) || key.length !== 3) return;
			const [, page, part] = key;
			if (typeof page !== 'string' || typeof part !== 'string') return;
			let parts = pages.get(page);
			if (!parts) pages.set(page, (parts = new Map()));
			parts.set(part, values[i]);
		});
		let best: Rescue | null = typeof legacy === 'string' ? parseRescue(legacy, draftId) : null;
		for (const parts of pages.values()) {
			const found = assemble(parts, draftId);
			if (found && (!best || found.at > best.at)) best = found;
		}
		return best;
	} catch {
		return null;
	}
}

function parse(raw: unknown): unknown {
	if (typeof raw !== 'string') return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

function assemble(parts: Map<string, unknown>, draftId: string): Rescue | null {
	const head = parse(parts.get(HEAD)) as Partial<Head> | undefined;
	if (!head || typeof head !== 'object' || !Array.isArray(head.sectionIds)) return null;
	const sections: unknown[] = [];
	for (const id of head.sectionIds) {
		const s = typeof id === 'string' && id !== HEAD ? parse(parts.get(id)) : undefined;
		if (s === undefined) return null;
		sections.push(s);
	}
	const draft = head.draft && typeof head.draft === 'object' ? { ...head.draft, sections } : null;
	// The same check as every rescue record and stored row.
	return parseRescue(JSON.stringify({ baseRevision: head.baseRevision, at: head.at, draft, saving: head.saving }), draftId);
}

/**
 * Removes the browser's journal database with everything in it (its text has moved into the
 * folder). Another tab holding it open lets go (onversionchange above); nothing waits for that.
 */
export function deleteJournalDatabase(): void {
	try {
		handle?.close();
		handle = null;
		opening = null;
		written.clear();
		if (typeof indexedDB !== 'undefined') indexedDB.deleteDatabase(JOURNAL_DB);
	} catch {
		// Storage blocked: there is nothing in it to remove.
	}
}
