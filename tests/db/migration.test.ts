import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { GaojiangDb, useDatabase, listDrafts, saveDraft, createDraft } from '../../src/lib/db';
import { SCHEMA_V1, type DraftV1 } from '../../src/lib/db/schema';

test('a database written by schema v1 opens with v2 and keeps every draft text', async () => {
	const name = `gaojiang-migrate-${Date.now()}`;
	// Write with the v1 schema exactly as it shipped.
	const old = new Dexie(name);
	old.version(1).stores(SCHEMA_V1);
	const rows: DraftV1[] = [
		{ id: 'a', title: '2025年度工作总结', content: '一、主要成绩\n今年完成了三件事。', createdAt: 1000, updatedAt: 2000 },
		{ id: 'b', title: '述职报告', content: '', createdAt: 1500, updatedAt: 3000 }
	];
	await old.table('drafts').bulkAdd(rows);
	old.close();

	const db = new GaojiangDb(name);
	useDatabase(db);
	await db.open();
	expect(db.verno).toBe(2);
	const drafts = await listDrafts();
	expect(drafts.map((d) => d.id)).toEqual(['b', 'a']);
	const a = drafts.find((d) => d.id === 'a')!;
	expect(a).toMatchObject({ title: '2025年度工作总结', year: null, packId: null, revision: 1, deletedAt: null, createdAt: 1000, updatedAt: 2000 });
	expect(a.sections).toHaveLength(1);
	expect(a.sections[0]).toMatchObject({ kind: 'free', title: '正文', body: '一、主要成绩\n今年完成了三件事。' });
	// The new tables exist and work after the upgrade.
	expect(await db.snapshots.count()).toBe(0);
	await db.settings.put({ key: 'x', value: 1 });
	const saved = await saveDraft({ ...a, title: '改名' }, 1);
	expect(saved.ok).toBe(true);
	const fresh = await createDraft({ title: '新稿' });
	expect(fresh.revision).toBe(1);
	db.close();
});
