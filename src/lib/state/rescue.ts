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
	const { baseRevision, draft, at } = data as Record<string, unknown>;
	if (typeof baseRevision !== 'number' || !Number.isFinite(baseRevision)) return null;
	if (typeof at !== 'number' || !Number.isFinite(at)) return null;
	const checked = checkDraft(draft);
	if (!checked.ok || checked.row.id !== draftId) return null;
	return { baseRevision, draft: checked.row, at };
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
	return (
		a.title === b.title &&
		a.year === b.year &&
		a.packId === b.packId &&
		JSON.stringify(a.sections) === JSON.stringify(b.sections)
	);
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
