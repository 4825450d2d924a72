import type { Draft } from '../model';
import { db, newId, announceDraftChange, type PackRow, type SettingRow, type SnapshotRow } from '../db';
import { BACKUP_TYPE, BACKUP_VERSION, type Backup } from './schema';
import { backupFileName, restoreCopyTitle } from '../messages/app';

/**
 * Everything in the database as one backup object. `inMemory` drafts (the open draft when the
 * database refuses writes) replace their stored versions, so an emergency backup holds the
 * latest text. If the database cannot even be read, the backup holds just those drafts.
 */
export async function buildBackup(inMemory: Draft[] = []): Promise<Backup> {
	let drafts: Draft[] = [];
	let snapshots: SnapshotRow[] = [];
	let packs: PackRow[] = [];
	let settings: SettingRow[] = [];
	try {
		const d = db();
		await d.transaction('r', d.drafts, d.snapshots, d.packs, d.settings, async () => {
			drafts = await d.drafts.toArray();
			snapshots = await d.snapshots.toArray();
			packs = await d.packs.toArray();
			settings = await d.settings.toArray();
		});
	} catch {
		// Unreadable database: still hand the writer what is in memory.
	}
	const extra = new Map(inMemory.map((x) => [x.id, structuredClone(x)]));
	drafts = [...drafts.filter((x) => !extra.has(x.id)), ...extra.values()];
	return {
		type: BACKUP_TYPE,
		version: BACKUP_VERSION,
		exportedAt: new Date().toISOString(),
		drafts,
		snapshots,
		packs,
		settings
	} as Backup;
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
}

function sameDraft(a: Draft, b: Draft): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** Newer by last edit, then by revision. */
function isNewer(a: Draft, b: Draft): boolean {
	return a.updatedAt !== b.updatedAt ? a.updatedAt > b.updatedAt : a.revision > b.revision;
}

/** A copy under a fresh id; section ids are renewed too, so no two drafts share them. */
function asCopy(d: Draft, title: string): Draft {
	const copy = structuredClone(d);
	return { ...copy, id: newId(), title, revision: 1, sections: copy.sections.map((s) => ({ ...s, id: newId() })) };
}

/**
 * Writes a validated backup in one transaction (all or nothing). Same id on both sides: the
 * newer stays under the id, the other is kept as a copy, so nothing is lost either way.
 */
export async function restoreBackup(backup: Backup): Promise<RestoreSummary> {
	const d = db();
	const summary: RestoreSummary = { added: 0, replaced: 0, copies: 0, unchanged: 0 };
	const touched: Array<[string, number]> = [];
	await d.transaction('rw', d.drafts, d.snapshots, d.packs, d.settings, async () => {
		for (const incoming of backup.drafts as Draft[]) {
			const existing = await d.drafts.get(incoming.id);
			if (!existing) {
				await d.drafts.add(incoming);
				summary.added++;
				touched.push([incoming.id, incoming.revision]);
			} else if (sameDraft(existing, incoming)) {
				summary.unchanged++;
			} else if (isNewer(incoming, existing)) {
				const copy = asCopy(existing, restoreCopyTitle.fromDevice(existing.title));
				// The replacing version must look newer to open tabs, so its revision moves on.
				const next = { ...incoming, revision: Math.max(incoming.revision, existing.revision + 1) };
				await d.drafts.put(next);
				await d.drafts.add(copy);
				summary.replaced++;
				summary.copies++;
				touched.push([next.id, next.revision], [copy.id, copy.revision]);
			} else {
				const copy = asCopy(incoming, restoreCopyTitle.fromBackup(incoming.title));
				await d.drafts.add(copy);
				summary.copies++;
				touched.push([copy.id, copy.revision]);
			}
		}
		// Snapshots never change once taken: add the ones this device does not have (in bulk:
		// a backup can hold thousands).
		const snaps = backup.snapshots as SnapshotRow[];
		const present = await d.snapshots.bulkGet(snaps.map((s) => s.id));
		const missing = snaps.filter((_, i) => present[i] === undefined);
		const seen = new Set<string>();
		await d.snapshots.bulkAdd(missing.filter((s) => !seen.has(s.id) && seen.add(s.id)));
		for (const p of backup.packs as PackRow[]) {
			const existing = await d.packs.get(p.id);
			if (!existing) await d.packs.add(p);
			else if (p.updatedAt > existing.updatedAt) {
				await d.packs.put(p);
				await d.packs.add({ ...existing, id: `${existing.id}~${newId().slice(0, 8)}`, name: restoreCopyTitle.fromDevice(existing.name) });
			} else if (p.updatedAt < existing.updatedAt) {
				await d.packs.add({ ...p, id: `${p.id}~${newId().slice(0, 8)}`, name: restoreCopyTitle.fromBackup(p.name) });
			}
		}
		// Settings on this device win; the backup only fills in what is missing.
		for (const s of backup.settings as SettingRow[]) {
			if ((await d.settings.get(s.key)) === undefined) await d.settings.add(s);
		}
	});
	for (const [id, rev] of touched) announceDraftChange(id, rev);
	return summary;
}
