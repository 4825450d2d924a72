import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { GaojiangDb, describeDbError, isQuotaError } from '../../src/lib/db';

test('quota errors are recognised however they are wrapped', () => {
	const dom = new DOMException('full', 'QuotaExceededError');
	expect(isQuotaError(dom)).toBe(true);
	expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
	expect(isQuotaError(new Dexie.AbortError('aborted', dom))).toBe(true);
	expect(isQuotaError(new Error('other'))).toBe(false);
	expect(describeDbError(new Dexie.AbortError('aborted', dom))).toContain('存储空间已满');
});

test('a database written by a newer schema still opens (Dexie 4 adopts the installed version)', async () => {
	const name = `gaojiang-newer-${Date.now()}`;
	const newer = new Dexie(name);
	newer.version(9).stores({ drafts: 'id, updatedAt, deletedAt, packId', snapshots: 'id, draftId, [draftId+takenAt], takenAt', packs: 'id, name, updatedAt', settings: 'key' });
	await newer.open();
	await newer.table('drafts').add({ id: 'x', title: '新版写的', sections: [], revision: 1, updatedAt: 1, deletedAt: null });
	newer.close();
	const ours = new GaojiangDb(name);
	await ours.open();
	expect((await ours.drafts.get('x'))?.title).toBe('新版写的');
	ours.close();
});

test('a closed connection says to back up and reload', async () => {
	const d = new GaojiangDb(`gaojiang-closed-${Date.now()}`);
	await d.open();
	d.close();
	const error = await d.drafts.toArray().then(
		() => null,
		(e: unknown) => e
	);
	expect(describeDbError(error)).toContain('刷新页面');
});
