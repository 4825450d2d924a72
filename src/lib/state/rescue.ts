import type { Draft } from '../model';
import { checkDraft } from '../db';

/**
 * A synchronous last-moment copy of unsaved edits, for when the page closes inside the autosave
 * debounce: IndexedDB needs several round trips and the page may be gone before they finish,
 * while a localStorage write is one synchronous call. The next open of the draft applies it.
 * The prefix is distinctive because every file:// page shares one localStorage.
 */
const PREFIX = 'gaojiang-rescue:';

/** Unsaved edits of one draft, as they were when the page was hidden or closed. */
export interface Rescue {
	/** The stored revision those edits were based on. */
	baseRevision: number;
	draft: Draft;
	at: number;
	/** The save this page was waiting for when it wrote the record (see continuedRevision). */
	saving?: PendingSave;
}

/**
 * A save a page had sent from `baseRevision` and not yet heard back from: the revision it makes
 * when it lands and a digest of what it stores. A page killed after the database took the save
 * but before the page heard so leaves edits based on the revision before; with this, the next
 * open can tell that the stored draft is that page's own save, not another tab's.
 */
export interface PendingSave {
	revision: number;
	digest: string;
}

let replaced: Storage | null | undefined;

/**
 * Uses `next` instead of localStorage for rescue copies (null: none at all; undefined: back to
 * localStorage). In 文件夹模式 the folder's journal holds what the rescue copy would, and the
 * text must not reach storage that other file:// pages share.
 */
export function redirectRescue(next: Storage | null | undefined): void {
	replaced = next;
}

function store(): Storage | null {
	if (replaced !== undefined) return replaced;
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // Access can throw when storage is blocked.
	}
}

export function writeRescue(rescue: Rescue): void {
	try {
		store()?.setItem(PREFIX + rescue.draft.id, JSON.stringify(rescue));
	} catch {
		// Full or blocked: the IndexedDB flush is still running; nothing more to do here.
	}
}

/**
 * Checks a rescue record with the same draft schema as every stored row: a malformed one (a
 * hand edit, another page writing under our prefix, a half-written value) is never applied.
 */
export function parseRescue(raw: string, draftId: string): Rescue | null {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return null;
	}
	if (data === null || typeof data !== 'object') return null;
	const { baseRevision, draft, at, saving } = data as Record<string, unknown>;
	if (typeof baseRevision !== 'number' || !Number.isFinite(baseRevision)) return null;
	if (typeof at !== 'number' || !Number.isFinite(at)) return null;
	const checked = checkDraft(draft);
	if (!checked.ok || checked.row.id !== draftId) return null;
	const rescue: Rescue = { baseRevision, draft: checked.row, at };
	// A malformed marker is dropped, not the edits: without it the record is as before.
	const pending = parsePendingSave(saving);
	if (pending) rescue.saving = pending;
	return rescue;
}

function parsePendingSave(raw: unknown): PendingSave | null {
	if (raw === null || typeof raw !== 'object') return null;
	const { revision, digest } = raw as Record<string, unknown>;
	if (typeof revision !== 'number' || !Number.isFinite(revision) || typeof digest !== 'string') return null;
	return { revision, digest };
}

export function readRescue(draftId: string): Rescue | null {
	try {
		const raw = store()?.getItem(PREFIX + draftId);
		return raw ? parseRescue(raw, draftId) : null;
	} catch {
		return null;
	}
}

export function clearRescue(draftId: string): void {
	try {
		store()?.removeItem(PREFIX + draftId);
	} catch {
		// Nothing to clear.
	}
}

/** True when two drafts hold the same writing (metadata like revision ignored). */
export function sameContent(a: Draft, b: Draft): boolean {
	return contentKey(a) === contentKey(b);
}

/** The writing of a draft as one string: title, year, pack and sections, fields in name order. */
function contentKey(d: Draft): string {
	const sections = d.sections.map((s) => {
		const fields = s as unknown as Record<string, unknown>;
		return Object.keys(fields)
			.sort()
			.map((k) => [k, fields[k]]);
	});
	return JSON.stringify([d.title, d.year, d.packId, sections]);
}

/** A digest of a draft's writing (what sameContent compares), for a PendingSave. */
export function contentDigest(d: Draft): string {
	const key = contentKey(d);
	// Two 32-bit FNV-1a hashes with different offsets: 64 bits, enough to tell one draft's
	// versions apart (this is no defence against a forged record, nor meant as one).
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193 ^ key.length;
	for (let i = 0; i < key.length; i++) {
		const c = key.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
	}
	return `${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}-${key.length}`;
}

/**
 * The stored revision a record of unsaved edits continues: its base, or, when the page that
 * wrote it was waiting for a save and `stored` is exactly that save, the save's revision (the
 * edits were typed on top of it: they apply in place, not as a 冲突副本).
 */
export function continuedRevision(rescue: Rescue, stored: Draft): number {
	const s = rescue.saving;
	if (s && s.revision === stored.revision && rescue.baseRevision < stored.revision && s.digest === contentDigest(stored)) {
		return stored.revision;
	}
	return rescue.baseRevision;
}

/** Of two records of unsaved edits (rescue copy, journal), the later one. */
export function latestRescue(a: Rescue | null, b: Rescue | null): Rescue | null {
	if (!a) return b;
	if (!b) return a;
	return b.at > a.at ? b : a;
}

/** Removes every rescue copy from localStorage (their text has moved into the folder). */
export function clearAllRescues(): void {
	try {
		const s = typeof localStorage === 'undefined' ? null : localStorage;
		if (!s) return;
		const keys: string[] = [];
		for (let i = 0; i < s.length; i++) {
			const k = s.key(i);
			if (k?.startsWith(PREFIX)) keys.push(k);
		}
		for (const k of keys) s.removeItem(k);
	} catch {
		// Storage blocked: there is nothing in it.
	}
}
