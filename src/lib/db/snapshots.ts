import type { Draft } from '../model';
import { db, type SnapshotReason, type SnapshotRow } from './database';
import { newId } from './ids';
import { announceDraftChange } from './events';
import { nextRevision } from './revision';
import { checkDraft, checkedOrThrow, sortRows } from './read';

/** Automatic snapshots kept per draft; older automatic ones are pruned. Others are kept. */
export const MAX_AUTO_SNAPSHOTS = 50;

/**
 * Takes a snapshot of a draft: the given content, or the stored draft when none is given.
 * Returns null when there is nothing to snapshot.
 */
export async function snapshot(
	draftId: string,
	reason: SnapshotReason,
	content?: Draft
): Promise<SnapshotRow | null> {
	const d = db();
	const draft = content ? structuredClone(content) : checkedOrThrow<Draft>('drafts', await d.drafts.get(draftId));
	if (!draft) return null;
	const row: SnapshotRow = { id: newId(), draftId, takenAt: Date.now(), reason, draft };
	await d.transaction('rw', d.snapshots, async () => {
		await d.snapshots.add(row);
		if (reason === 'auto') {
			const autos = await d.snapshots
				.where('[draftId+takenAt]')
				.between([draftId, -Infinity], [draftId, Infinity])
				.filter((s) => s.reason === 'auto')
				.primaryKeys();
			// Keys come oldest first (index order); drop the oldest beyond the cap.
			const excess = autos.length - MAX_AUTO_SNAPSHOTS;
			if (excess > 0) await d.snapshots.bulkDelete(autos.slice(0, excess));
		}
	});
	return row;
}

/** A draft's snapshots, newest first; damaged ones are left out (listed with listDamaged). */
export async function listSnapshots(draftId: string): Promise<SnapshotRow[]> {
	return (await draftHistory(draftId)).snapshots;
}

/** A draft's readable snapshots, newest first, and how many of its snapshot rows are damaged. */
export async function draftHistory(draftId: string): Promise<{ snapshots: SnapshotRow[]; damaged: number }> {
	const rows = await db().snapshots.where('draftId').equals(draftId).toArray();
	const { good, damaged } = sortRows<SnapshotRow>('snapshots', rows);
	return { snapshots: good.sort((a, b) => b.takenAt - a.takenAt), damaged: damaged.length };
}

export async function getSnapshot(id: string): Promise<SnapshotRow | undefined> {
	return checkedOrThrow<SnapshotRow>('snapshots', await db().snapshots.get(id));
}

/** How a snapshot is restored: whose title the draft keeps (default: the current one). */
export interface RestoreOptions {
	title?: 'current' | 'snapshot';
}

/**
 * Restores a snapshot's content into its draft. The current state is snapshotted first, so
 * the restore itself can be undone from the history. Keeps the draft's id and moves its
 * revision forward (other tabs see a normal newer revision). The title stays the draft's
 * current one unless `title: 'snapshot'` (the writer chose the old one); a restore is about
 * the text, and a title renamed since should not silently go back.
 */
export async function restoreSnapshot(snapshotId: string, options: RestoreOptions = {}): Promise<Draft> {
	const d = db();
	const restored = await d.transaction('rw', d.drafts, d.snapshots, async () => {
		const snap = checkedOrThrow<SnapshotRow>('snapshots', await d.snapshots.get(snapshotId));
		if (!snap) throw new Error(`历史版本不存在：${snapshotId}`);
		// Restoring over a damaged draft is a way to repair it: its raw row is kept as the
		// before-restore snapshot (listed as damaged, downloadable), nothing is lost.
		const raw = (await d.drafts.get(snap.draftId)) as unknown;
		const checked = raw === undefined ? undefined : checkDraft(raw);
		const current = checked?.ok ? checked.row : undefined;
		const now = Date.now();
		if (raw !== undefined) {
			await d.snapshots.add({
				id: newId(),
				draftId: snap.draftId,
				takenAt: now,
				reason: 'before-restore',
				draft: structuredClone(raw) as Draft
			});
		}
		const next: Draft = {
			...structuredClone(snap.draft),
			id: snap.draftId,
			revision: nextRevision((raw as { revision?: unknown } | undefined)?.revision ?? snap.draft.revision),
			updatedAt: now,
			title: options.title === 'snapshot' || !current ? snap.draft.title : current.title,
			createdAt: current?.createdAt ?? snap.draft.createdAt,
			deletedAt: current?.deletedAt ?? null
		};
		await d.drafts.put(next);
		return next;
	});
	announceDraftChange(restored.id, restored.revision);
	return restored;
}
