import type { Draft, DraftSource, Section } from '../model';
import { db } from './database';
import { newId } from './ids';
import { announceDraftChange } from './events';
import { settingKeys } from './settings';
import { nextRevision } from './revision';
import { checkedOrThrow, sortRows } from './read';
import { defaultDraft, copyTitle } from '../messages/app';

/** What createDraft needs; sections may come from a template pack (ids are optional). */
export interface NewDraft {
	title: string;
	year?: number | null;
	packId?: string | null;
	sections?: Array<Omit<Section, 'id'> & { id?: string }>;
	/** The 范文 an imported draft came from. */
	source?: DraftSource;
}

/** Result of a compare-and-set save. */
export type SaveResult =
	| { ok: true; draft: Draft }
	| { ok: false; conflict: true; current: Draft | null };

function cloneDraft(d: Draft): Draft {
	// Plain data by contract; structuredClone also strips Svelte proxies.
	return structuredClone(d);
}

/** "2026年度工作总结" → 2026: the year a new draft covers, when its title says so. */
export function yearFromTitle(title: string): number | null {
	const m = /(?:^|[^\d])((?:19|20)\d{2})\s*年/.exec(title);
	return m ? Number(m[1]) : null;
}

/** A draft built in memory (not stored): used by createDraft and by the in-memory fallback. */
export function buildDraft(input: NewDraft, now = Date.now()): Draft {
	const source: NewDraft['sections'] = input.sections ?? defaultDraft.sections;
	const sections: Section[] = (source ?? []).map((s) => ({
		id: s.id ?? newId(),
		kind: s.kind,
		title: s.title,
		body: s.body
	}));
	const title = input.title.trim() || defaultDraft.title;
	return {
		id: newId(),
		title,
		year: input.year !== undefined ? input.year : yearFromTitle(title),
		packId: input.packId ?? null,
		sections,
		createdAt: now,
		updatedAt: now,
		revision: 1,
		deletedAt: null,
		...(input.source ? { source: structuredClone(input.source) } : {})
	};
}

/** Creates and stores a new draft. */
export async function createDraft(input: NewDraft): Promise<Draft> {
	const draft = buildDraft(input);
	await db().drafts.add(draft);
	announceDraftChange(draft.id, draft.revision);
	return draft;
}

/**
 * Stores a complete draft under a fresh id (copies, imports, conflict copies). Section ids are
 * renewed unless `keepSectionIds` (a conflict copy keeps them so an open editor stays attached).
 */
export async function insertDraftCopy(source: Draft, title: string, keepSectionIds = false): Promise<Draft> {
	const now = Date.now();
	const copy: Draft = {
		...cloneDraft(source),
		id: newId(),
		title,
		sections: source.sections.map((s) => ({ ...s, id: keepSectionIds ? s.id : newId() })),
		createdAt: now,
		updatedAt: now,
		revision: 1,
		deletedAt: null
	};
	const d = db();
	await d.transaction('rw', d.drafts, d.settings, async () => {
		await d.drafts.add(copy);
		// Per-draft settings (export options, ignored findings) travel with the copy.
		for (const key of [settingKeys.export, settingKeys.ignore]) {
			const row = await d.settings.get(key(source.id));
			if (row) await d.settings.put({ key: key(copy.id), value: row.value });
		}
	});
	announceDraftChange(copy.id, copy.revision);
	return copy;
}

/** Stores a draft again under its own id after another tab destroyed it (revision restarts). */
export async function putBackDraft(draft: Draft): Promise<Draft> {
	const d = db();
	const back = await d.transaction('rw', d.drafts, async () => {
		const existing = (await d.drafts.get(draft.id)) as { revision?: unknown } | undefined;
		const next: Draft = {
			...cloneDraft(draft),
			revision: nextRevision(existing?.revision ?? 0),
			updatedAt: Date.now(),
			deletedAt: null
		};
		await d.drafts.put(next);
		return next;
	});
	announceDraftChange(back.id, back.revision);
	return back;
}

/** A stored draft, checked; undefined when absent, DamagedRowError when its row is damaged. */
export async function getDraft(id: string): Promise<Draft | undefined> {
	return checkedOrThrow<Draft>('drafts', await db().drafts.get(id));
}

/** Drafts sorted by last edit, newest first; trashed ones only when asked. */
export async function listDrafts(options: { trashed?: boolean } = {}): Promise<Draft[]> {
	// Every row, not an index walk: a row missing its updatedAt would not be in the index at all.
	const { good } = sortRows<Draft>('drafts', await db().drafts.toArray());
	const all = good.sort((a, b) => b.updatedAt - a.updatedAt);
	return all.filter((d) => (options.trashed ? d.deletedAt !== null : d.deletedAt === null));
}

/**
 * Compare-and-set save: writes `draft` only if the stored revision still equals
 * `expectedRevision`, inside one read-write transaction so two tabs cannot interleave.
 * After the commit the revision is read back to confirm the write really landed.
 */
export async function saveDraft(draft: Draft, expectedRevision: number): Promise<SaveResult> {
	const d = db();
	const next: Draft = {
		...cloneDraft(draft),
		revision: nextRevision(expectedRevision),
		updatedAt: Date.now()
	};
	const result = await d.transaction('rw', d.drafts, async (): Promise<SaveResult> => {
		const current = checkedOrThrow<Draft>('drafts', await d.drafts.get(draft.id));
		if (!current || current.revision !== expectedRevision) {
			return { ok: false, conflict: true, current: current ?? null };
		}
		await d.drafts.put(next);
		return { ok: true, draft: next };
	});
	if (result.ok) {
		const back = await d.drafts.get(next.id);
		if (!back || back.revision !== next.revision) {
			throw new Error('写入后读回的版本号不符');
		}
		announceDraftChange(next.id, next.revision);
	}
	return result;
}

/** Applies a small change to a stored draft (rename, trash…) as its own revision. */
async function updateStored(id: string, change: (d: Draft) => void, touch = true): Promise<Draft> {
	const d = db();
	const updated = await d.transaction('rw', d.drafts, async () => {
		const current = checkedOrThrow<Draft>('drafts', await d.drafts.get(id));
		if (!current) throw new Error(`草稿不存在：${id}`);
		change(current);
		current.revision = nextRevision(current.revision);
		if (touch) current.updatedAt = Date.now();
		await d.drafts.put(current);
		return current;
	});
	announceDraftChange(updated.id, updated.revision);
	return updated;
}

export async function renameDraft(id: string, title: string): Promise<Draft> {
	const clean = title.trim() || defaultDraft.title;
	return updateStored(id, (d) => {
		d.title = clean;
	});
}

/** Copies a draft (new ids, title marked as a copy). */
export async function duplicateDraft(id: string): Promise<Draft> {
	const source = await getDraft(id);
	if (!source) throw new Error(`草稿不存在：${id}`);
	return insertDraftCopy(source, copyTitle(source.title));
}

/** Moves a draft to the 回收站 (nothing is destroyed). */
export async function trashDraft(id: string): Promise<Draft> {
	return updateStored(
		id,
		(d) => {
			d.deletedAt = Date.now();
		},
		false
	);
}

export async function restoreDraft(id: string): Promise<Draft> {
	return updateStored(
		id,
		(d) => {
			d.deletedAt = null;
		},
		false
	);
}

/** Destroys a draft with its snapshots and per-draft settings (only from the 回收站). */
export async function purgeDraft(id: string): Promise<void> {
	const d = db();
	await d.transaction('rw', d.drafts, d.snapshots, d.settings, async () => {
		await d.drafts.delete(id);
		await d.snapshots.where('draftId').equals(id).delete();
		await d.settings.bulkDelete([settingKeys.export(id), settingKeys.ignore(id), settingKeys.fill(id)]);
	});
	announceDraftChange(id, null);
}
