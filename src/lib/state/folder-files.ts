/**
 * The files of 文件夹模式 in the writer's folder, read and written through the File System
 * Access API: the data file (a backup, validated with the backup's own schemas on every read)
 * and the journal file (unsaved edits, each checked like a rescue record). Writes go through
 * `createWritable()`, which writes a temporary file and puts it in place on `close()`: a kill
 * or a full disk half-way leaves the previous file whole.
 */
import { parseBackupText, type Backup } from '../backup';
import { DATA_FILE, JOURNAL_FILE, damagedJournalName, type FolderProblem } from '../messages/folder';
import { parseRescue, type Rescue } from './rescue';

/** What is used of a FileSystemWritableFileStream. */
export interface FolderWritable {
	write(data: string): Promise<void>;
	close(): Promise<void>;
	abort(): Promise<void>;
}

/** What is used of a FileSystemFileHandle. */
export interface FolderFileHandle {
	getFile(): Promise<{ text(): Promise<string>; lastModified: number; size: number }>;
	createWritable(): Promise<FolderWritable>;
}

type Permission = 'granted' | 'denied' | 'prompt';

/** What is used of a FileSystemDirectoryHandle (a real one, or a test's in-memory folder). */
export interface FolderDir {
	readonly name: string;
	getFileHandle(name: string, options?: { create?: boolean }): Promise<FolderFileHandle>;
	queryPermission?(descriptor: { mode: 'readwrite' }): Promise<Permission>;
	requestPermission?(descriptor: { mode: 'readwrite' }): Promise<Permission>;
}

/** A file's text and when it was last written; null when the folder has no such file. */
export async function readText(dir: FolderDir, name: string): Promise<{ text: string; lastModified: number } | null> {
	let handle: FolderFileHandle;
	try {
		handle = await dir.getFileHandle(name);
	} catch (e) {
		if (errorName(e) === 'NotFoundError' || errorName(e) === 'TypeMismatchError') {
			// The file is missing — or the folder itself is: that is a different story.
			if (errorName(e) === 'NotFoundError' && !(await folderExists(dir))) throw e;
			return null;
		}
		throw e;
	}
	const file = await handle.getFile();
	return { text: await file.text(), lastModified: file.lastModified };
}

/** The folder still there? (Looking up a file in a removed folder also says NotFoundError.) */
async function folderExists(dir: FolderDir): Promise<boolean> {
	const probe = dir as unknown as { keys?: () => AsyncIterator<string> };
	if (typeof probe.keys !== 'function') return true;
	try {
		await probe.keys().next();
		return true;
	} catch {
		return false;
	}
}

/** When a file was last written and its size, or null when it is not there. */
export async function fileInfo(dir: FolderDir, name: string): Promise<{ lastModified: number; size: number } | null> {
	try {
		const f = await (await dir.getFileHandle(name)).getFile();
		return { lastModified: f.lastModified, size: f.size };
	} catch (e) {
		if (errorName(e) === 'NotFoundError') return null;
		throw e;
	}
}

/** Writes a whole file atomically (temporary file, then into place); returns its new time. */
export async function writeText(dir: FolderDir, name: string, text: string): Promise<number> {
	const handle = await dir.getFileHandle(name, { create: true });
	const w = await handle.createWritable();
	try {
		await w.write(text);
		await w.close();
	} catch (e) {
		await w.abort().catch(() => {});
		throw e;
	}
	return (await handle.getFile()).lastModified;
}

/** The data file as read: absent, a valid backup, or damaged (kept as it is, never written). */
export type DataFileRead =
	| { kind: 'missing' }
	| { kind: 'ok'; backup: Backup; lastModified: number }
	| { kind: 'damaged'; error: string; details: string[] };

/** Reads and validates the data file with the same checks as restoring a backup. */
export async function readDataFile(dir: FolderDir): Promise<DataFileRead> {
	const found = await readText(dir, DATA_FILE);
	if (!found) return { kind: 'missing' };
	const parsed = parseBackupText(found.text);
	// A file the app wrote never has skipped rows (damaged rows travel in `damaged`): a partial
	// one was edited by something else, and is not used half.
	if (!parsed.ok) return { kind: 'damaged', error: parsed.error, details: parsed.details };
	return { kind: 'ok', backup: parsed.backup, lastModified: found.lastModified };
}

/** The data file's text for a backup (the same text as 下载备份). */
export function dataFileText(backup: Backup): string {
	return JSON.stringify(backup, null, 1);
}

export const JOURNAL_TYPE = 'gaojiang-journal';
export const JOURNAL_VERSION = 1;

/** The journal file's text: the unsaved edits of each draft, as rescue records. */
export function journalText(entries: Iterable<Rescue>): string {
	return JSON.stringify({ type: JOURNAL_TYPE, version: JOURNAL_VERSION, entries: [...entries] });
}

/** The journal file read back: its entries (each checked), or damaged. */
export function parseJournalText(text: string): { ok: true; entries: Rescue[] } | { ok: false } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false };
	}
	if (data === null || typeof data !== 'object') return { ok: false };
	const { type, version, entries } = data as Record<string, unknown>;
	if (type !== JOURNAL_TYPE || version !== JOURNAL_VERSION || !Array.isArray(entries)) return { ok: false };
	const out: Rescue[] = [];
	for (const e of entries) {
		const id = (e as { draft?: { id?: unknown } } | null)?.draft?.id;
		// One bad entry is skipped; the others are still edits worth having.
		const r = typeof id === 'string' ? parseRescue(JSON.stringify(e), id) : null;
		if (r) out.push(r);
	}
	return { ok: true, entries: out };
}

/**
 * Reads the journal file. A damaged one is moved aside under its own name (never overwritten
 * or deleted) and an empty journal is used; `movedAside` names the copy.
 */
export async function readJournalFile(dir: FolderDir, stamp: string): Promise<{ entries: Rescue[]; movedAside: string | null }> {
	const found = await readText(dir, JOURNAL_FILE);
	if (!found) return { entries: [], movedAside: null };
	const parsed = parseJournalText(found.text);
	if (parsed.ok) return { entries: parsed.entries, movedAside: null };
	const aside = damagedJournalName(stamp);
	await writeText(dir, aside, found.text);
	return { entries: [], movedAside: aside };
}

function errorName(e: unknown): string {
	return e && typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string' ? (e as { name: string }).name : '';
}

/** What went wrong with the folder, in the writer's terms. */
export function folderProblem(e: unknown): FolderProblem {
	const name = errorName(e);
	if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
	if (name === 'NotFoundError' || name === 'NotReadableError') return 'gone';
	if (name === 'QuotaExceededError') return 'disk-full';
	const message = e instanceof Error ? e.message : '';
	if (/space|disk|quota/i.test(message)) return 'disk-full';
	return 'failed';
}

/** The error's own words, for the messages that quote it. */
export function errorText(e: unknown): string {
	if (e instanceof Error) return e.message || e.name;
	return String(e);
}

/** A file-name-safe time stamp (local time). */
export function fileStamp(t = new Date()): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${t.getFullYear()}${p(t.getMonth() + 1)}${p(t.getDate())}-${p(t.getHours())}${p(t.getMinutes())}${p(t.getSeconds())}`;
}
