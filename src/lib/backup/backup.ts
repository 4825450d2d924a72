import type { Draft } from '../model';
import {
	db,
	newId,
	announceDraftChange,
	checkRow,
	nextRevision,
	rawKey,
	sortRows,
	TABLE_NAMES,
	type PackRow,
	type SettingRow,
	type SnapshotRow
} from '../db';
import { BACKUP_TYPE, BACKUP_VERSION, type Backup, type DamagedEntry } from './schema';
import { backupFileName, restoreCopyTitle } from '../messages/app';
import { validatePackValue } from '../packs/validate';
import { asCopy } from '../packs/conflict';
import { builtinPacks } from '../packs/builtins';

/**
 * Everything in the database as one backup object. `inMemory` drafts (the open draft when the
 * database refuses writes) replace their stored versions, so an emergency backup holds the
 * latest text. Damaged rows travel raw in `damaged`. If the database cannot even be read, the
 * backup holds just those drafts.
 */
export async function buildBackup(inMemory: Draft[] = []): Promise<Backup> {
	const good: Record<string, unknown[]> = { drafts: [], snapshots: [], packs: [], settings: [] };
	const damaged: DamagedEntry[] = [];
	try {
		const d = db();
		await d.transaction('r', d.drafts, d.snapshots, d.packs, d.settings, async () => {
			for (const table of TABLE_NAMES) {
				const sorted = sortRows<unknown>(table, await d.table(table).toArray());
				good[table] = sorted.good;
				for (const x of sorted.damaged) damaged.push({ table, raw: x.raw });
			}
		});
	} catch {
		// Unreadable database: still hand the writer what is in memory.
	}
	const extra = new Map(inMemory.map((x) => [x.id, structuredClone(x)]));
	const drafts = [...(good.drafts as Draft[]).filter((x) => !extra.has(x.id)), ...extra.values()];
	return {
		type: BACKUP_TYPE,
		version: BACKUP_VERSION,
		exportedAt: new Date().toISOString(),
		drafts,
		snapshots: good.snapshots as SnapshotRow[],
		packs: good.packs as PackRow[],
		settings: good.settings as SettingRow[],
		damaged
	};
}

/** The backup as a JSON blob (pretty-printed: people open these files). */
export function backupBlob(backup: Backup): Blob {
	return new Blob([JSON.stringify(backup, null, 1)], { type: 'application/json' });
}

function stamp(t = new Date()): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${t.getFullYear()}${p(t.getMonth() + 1)}${p(t.getDate())}-${p(t.getHours())}${p(t.getMinutes())}${p(t.getSeconds())}`;
}

/** Builds a backup and offers it as a download. */
export async function downloadBackup(inMemory: Draft[] = []): Promise<void> {
	const backup = await buildBackup(inMemory);
	const { saveAs } = await import('file-saver');
	saveAs(backupBlob(backup), backupFileName(stamp()));
}

/** What a restore did. */
export interface RestoreSummary {
	added: number;
	replaced: number;
	copies: number;
	unchanged: number;
	/** Packs kept twice because both sides differed (the copy has its own id and name). */
	packCopies: number;
	/** Rows of the file left out (the writer chose to restore the rest). */
	skipped: number;
	/** Damaged rows the backup carried, put back as damaged rows. */
	damagedKept: number;
}

function sameDraft(a: Draft, b: Draft): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** Newer by last edit, then by revision. */
function isNewer(a: Draft, b: Draft): boolean {
	return a.updatedAt !== b.updatedAt ? a.updatedAt > b.updatedAt : a.revision > b.revision;
}

/** A copy under a fresh id; section ids are renewed too, so no two drafts share them. */
function asDraftCopy(d: Draft, title: string): Draft {
	const copy = structuredClone(d);
	return { ...copy, id: newId(), title, revision: 1, sections: copy.sections.map((s) => ({ ...s, id: newId() })) };
}

/** Two pack rows hold the same pack when what the writer uses is equal (install times aside). */
function samePack(a: PackRow, b: PackRow): boolean {
	return a.version === b.version && a.name === b.name && JSON.stringify(a.pack) === JSON.stringify(b.pack);
}

/**
 * A pack row kept as a second copy: its own row id AND inner id (the pack list keys by the
 * inner id; two rows with one inner id emptied the 模板包 page), and a name marked as a copy.
 */
export function packCopyRow(row: PackRow, name: string, taken: Set<string>): PackRow {
	const r = validatePackValue(row.pack);
	let id: string;
	if (r.ok) id = asCopy(r.pack, taken, '').id;
	else {
		id = `${row.id.slice(0, 40)}-${newId().slice(0, 8)}`;
		while (taken.has(id)) id = `${row.id.slice(0, 40)}-${newId().slice(0, 8)}`;
	}
	taken.add(id);
	const shortName = name.slice(0, 60);
	const inner = row.pack !== null && typeof row.pack === 'object' ? { ...(row.pack as object), id, name: shortName } : row.pack;
	return { ...structuredClone(row), id, name: shortName, pack: inner };
}

/**
 * Writes a validated backup in one transaction (all or nothing). Same id on both sides: the
 * newer stays under the id, the other is kept as a copy, so nothing is lost either way.
 * `skipped` is how many damaged rows of the file the writer chose to leave out.
 */
export async function restoreBackup(backup: Backup, skipped = 0): Promise<RestoreSummary> {
	const d = db();
	const summary: RestoreSummary = { added: 0, replaced: 0, copies: 0, unchanged: 0, packCopies: 0, skipped, damagedKept: 0 };
	const touched: Array<[string, number]> = [];
	await d.transaction('rw', d.drafts, d.snapshots, d.packs, d.settings, async () => {
		for (const incoming of backup.drafts) {
			const raw: unknown = await d.drafts.get(incoming.id);
			const checked = raw === undefined ? null : checkRow('drafts', raw);
			const existing = checked?.ok ? (checked.row as Draft) : null;
			if (raw === undefined) {
				await d.drafts.add(incoming);
				summary.added++;
				touched.push([incoming.id, incoming.revision]);
			} else if (!existing) {
				// This device's row is damaged: it stays as it is (listed as damaged); the backup's
				// version comes in beside it.
				const copy = asDraftCopy(incoming, incoming.title);
				await d.drafts.add(copy);
				summary.added++;
				touched.push([copy.id, copy.revision]);
			} else if (sameDraft(existing, incoming)) {
				summary.unchanged++;
			} else if (isNewer(incoming, existing)) {
				const copy = asDraftCopy(existing, restoreCopyTitle.fromDevice(existing.title));
				// The replacing version must look different to open tabs, so its revision moves on.
				const revision = incoming.revision > existing.revision ? incoming.revision : nextRevision(existing.revision);
				const next = { ...incoming, revision };
				await d.drafts.put(next);
				await d.drafts.add(copy);
				summary.replaced++;
				summary.copies++;
				touched.push([next.id, next.revision], [copy.id, copy.revision]);
			} else {
				const copy = asDraftCopy(incoming, restoreCopyTitle.fromBackup(incoming.title));
				await d.drafts.add(copy);
				summary.copies++;
				touched.push([copy.id, copy.revision]);
			}
		}
		// Snapshots never change once taken: add the ones this device does not have (in bulk:
		// a backup can hold thousands).
		const snaps = backup.snapshots;
		const present = await d.snapshots.bulkGet(snaps.map((s) => s.id));
		await d.snapshots.bulkAdd(snaps.filter((_, i) => present[i] === undefined));

		const taken = new Set<string>([...((await d.packs.toCollection().primaryKeys()) as string[]), ...builtinPacks().map((p) => p.id)]);
		for (const p of backup.packs) {
			const raw: unknown = await d.packs.get(p.id);
			const checked = raw === undefined ? null : checkRow('packs', raw);
			const existing = checked?.ok ? (checked.row as PackRow) : null;
			if (raw === undefined) {
				await d.packs.add(p);
				taken.add(p.id);
			} else if (!existing) {
				await d.packs.add(packCopyRow(p, p.name, taken));
			} else if (samePack(existing, p)) {
				// The same pack installed on both machines: nothing to do.
			} else if (p.updatedAt > existing.updatedAt) {
				await d.packs.put(p);
				await d.packs.add(packCopyRow(existing, restoreCopyTitle.fromDevice(existing.name), taken));
				summary.packCopies++;
			} else {
				await d.packs.add(packCopyRow(p, restoreCopyTitle.fromBackup(p.name), taken));
				summary.packCopies++;
			}
		}
		// Settings on this device win; the backup only fills in what is missing.
		for (const s of backup.settings) {
			if ((await d.settings.get(s.key)) === undefined) await d.settings.add(s);
		}
		// Damaged rows go back raw where their key is free, to be looked at again here.
		for (const x of backup.damaged) {
			const key = rawKey(x.table, x.raw);
			if (key === null) continue;
			const table = d.table(x.table);
			if ((await table.get(key)) !== undefined) continue;
			await table.add(structuredClone(x.raw));
			summary.damagedKept++;
		}
	});
	for (const [id, rev] of touched) announceDraftChange(id, rev);
	return summary;
}
