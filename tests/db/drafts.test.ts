import { beforeEach, expect, test } from 'vitest';
import { freshDb } from './helpers';
import {
	createDraft,
	getDraft,
	listDrafts,
	saveDraft,
	renameDraft,
	duplicateDraft,
	trashDraft,
	restoreDraft,
	purgeDraft,
	snapshot,
	listSnapshots,
	restoreSnapshot,
	getSetting,
	setSetting,
	settingKeys,
	putPack,
	listPacks,
	onDraftChange,
	type GaojiangDb
} from '../../src/lib/db';

let db: GaojiangDb;
beforeEach(() => {
	db = freshDb();
});

test('createDraft fills ids, defaults and revision 1', async () => {
	const d = await createDraft({ title: '  2026年半年总结 ', year: 2026, packId: 'p1', sections: [{ kind: 'overview', title: '概述', body: '上半年' }] });
	expect(d).toMatchObject({ title: '2026年半年总结', year: 2026, packId: 'p1', revision: 1, deletedAt: null });
	expect(d.sections[0]!.id).toMatch(/^[0-9a-f]{32}$/);
	expect(await getDraft(d.id)).toEqual(d);
	expect((await createDraft({ title: '2025年上半年工作总结' })).year).toBe(2025);
	expect((await createDraft({ title: '20__年述职报告' })).year).toBeNull();
	expect((await createDraft({ title: '2026年度总结', year: null })).year).toBeNull();
	const blank = await createDraft({ title: '' });
	expect(blank.title).toBe('未命名草稿');
	expect(blank.sections).toHaveLength(1);
});

test('compare-and-set: a save on a stale revision is refused and returns the stored draft', async () => {
	const d = await createDraft({ title: '稿' });
	const tabA = structuredClone(d);
	const tabB = structuredClone(d);
	tabA.sections[0]!.body = '甲窗口写的';
	tabB.sections[0]!.body = '乙窗口写的';
	const a = await saveDraft(tabA, 1);
	expect(a.ok).toBe(true);
	if (a.ok) expect(a.draft.revision).toBe(2);
	const b = await saveDraft(tabB, 1);
	expect(b.ok).toBe(false);
	if (!b.ok) expect(b.current?.sections[0]!.body).toBe('甲窗口写的');
	expect((await getDraft(d.id))!.sections[0]!.body).toBe('甲窗口写的');
	// With the right revision it goes through.
	const b2 = await saveDraft(tabB, 2);
	expect(b2.ok && b2.draft.revision).toBe(3);
});

test('two concurrent saves on the same revision: exactly one wins', async () => {
	const d = await createDraft({ title: '稿' });
	const results = await Promise.all([
		saveDraft({ ...d, title: '甲' }, 1),
		saveDraft({ ...d, title: '乙' }, 1)
	]);
	expect(results.filter((r) => r.ok)).toHaveLength(1);
	expect((await getDraft(d.id))!.revision).toBe(2);
});

test('list sorts by last edit; rename, duplicate, trash, restore, purge', async () => {
	const a = await createDraft({ title: '甲' });
	await new Promise((r) => setTimeout(r, 5));
	const b = await createDraft({ title: '乙' });
	expect((await listDrafts()).map((d) => d.title)).toEqual(['乙', '甲']);
	await new Promise((r) => setTimeout(r, 5));
	await renameDraft(a.id, '甲改');
	expect((await listDrafts()).map((d) => d.title)).toEqual(['甲改', '乙']);
	await setSetting(settingKeys.ignore(b.id), ['k']);
	const copy = await duplicateDraft(b.id);
	expect(await getSetting(settingKeys.ignore(copy.id))).toEqual(['k']);
	expect(copy.title).toBe('乙（副本）');
	expect(copy.id).not.toBe(b.id);
	expect(copy.sections[0]!.id).not.toBe(b.sections[0]!.id);
	await trashDraft(b.id);
	expect((await listDrafts()).map((d) => d.id)).not.toContain(b.id);
	expect((await listDrafts({ trashed: true })).map((d) => d.id)).toEqual([b.id]);
	await restoreDraft(b.id);
	expect((await listDrafts()).map((d) => d.id)).toContain(b.id);
	await setSetting(settingKeys.export(b.id), { font: '仿宋' });
	await setSetting(settingKeys.fill(b.id), { version: 1, count: 0, sections: [] });
	await snapshot(b.id, 'manual');
	await trashDraft(b.id);
	await purgeDraft(b.id);
	expect(await getDraft(b.id)).toBeUndefined();
	expect(await listSnapshots(b.id)).toEqual([]);
	expect(await getSetting(settingKeys.export(b.id))).toBeUndefined();
	expect(await getSetting(settingKeys.fill(b.id))).toBeUndefined();
});

test('restoreSnapshot snapshots the current state first, so a restore can be undone', async () => {
	const d = await createDraft({ title: '稿', sections: [{ kind: 'free', title: '正文', body: '第一版' }] });
	const first = await snapshot(d.id, 'manual');
	const v2 = structuredClone(d);
	v2.sections[0]!.body = '第二版';
	await saveDraft(v2, 1);
	const restored = await restoreSnapshot(first!.id);
	expect(restored.sections[0]!.body).toBe('第一版');
	expect(restored.revision).toBe(3);
	const history = await listSnapshots(d.id);
	expect(history[0]!.reason).toBe('before-restore');
	expect(history[0]!.draft.sections[0]!.body).toBe('第二版');
	const undone = await restoreSnapshot(history[0]!.id);
	expect(undone.sections[0]!.body).toBe('第二版');
});

test('restoreSnapshot brings the text back and keeps the current title unless the old one is chosen', async () => {
	const d = await createDraft({ title: '2025年工作总结（初稿）', sections: [{ kind: 'free', title: '正文', body: '第一版' }] });
	const first = await snapshot(d.id, 'manual');
	const v2 = structuredClone(d);
	v2.title = '2025年工作总结（定稿）';
	v2.sections[0]!.body = '第二版';
	await saveDraft(v2, 1);
	const kept = await restoreSnapshot(first!.id);
	expect(kept.sections[0]!.body).toBe('第一版');
	expect(kept.title).toBe('2025年工作总结（定稿）');
	const old = await restoreSnapshot(first!.id, { title: 'snapshot' });
	expect(old.title).toBe('2025年工作总结（初稿）');
});

test('settings and packs store plain values', async () => {
	expect(await getSetting('theme', 'light')).toBe('light');
	await setSetting(settingKeys.ignore('x'), ['k1', 'k2']);
	expect(await getSetting<string[]>(settingKeys.ignore('x'))).toEqual(['k1', 'k2']);
	await putPack({ id: 'p', version: '1.0.0', name: '年度总结', pack: { sections: [] } });
	const packs = await listPacks();
	expect(packs).toHaveLength(1);
	expect(packs[0]!.installedAt).toBeGreaterThan(0);
});

test('every write announces the change', async () => {
	const seen: Array<[string, number | null]> = [];
	const off = onDraftChange((c) => seen.push([c.draftId, c.revision]));
	const d = await createDraft({ title: '稿' });
	await renameDraft(d.id, '新名');
	off();
	expect(seen).toEqual([
		[d.id, 1],
		[d.id, 2]
	]);
	void db;
});
