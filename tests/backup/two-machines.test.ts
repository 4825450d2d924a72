import { expect, test } from 'vitest';
import { freshDb } from '../db/helpers';
import { db } from '../../src/lib/db';
import { buildBackup, parseBackupText, restoreBackup } from '../../src/lib/backup';
import { applyImport, deletePack, listPacks, prepareImport } from '../../src/lib/packs/repository';
import { builtinPacks, validatePackValue } from '../../src/lib/packs';
import { validPack } from '../packs/hostile-cases';

async function importPack(text: string, now: number) {
	const prepared = await prepareImport(db().packs, text);
	if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
	return applyImport(db().packs, prepared, prepared.situation.kind === 'new' ? 'install' : 'replace', '（副本）', now);
}

async function backupText() {
	return JSON.stringify(await buildBackup());
}

function restore(text: string) {
	const r = parseBackupText(text);
	if (!r.ok) throw new Error(r.error);
	return restoreBackup(r.backup);
}

function expectListSound(entries: Awaited<ReturnType<typeof listPacks>>) {
	const ids = entries.map((e) => e.pack.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const b of builtinPacks()) expect(ids).toContain(b.id);
}

test('the same pack imported on two machines, then A’s backup restored on B: one pack, built-ins kept', async () => {
	const file = JSON.stringify(validPack());
	freshDb();
	await importPack(file, 1000);
	const fromA = await backupText();
	freshDb();
	await importPack(file, 2000);
	await restore(fromA);
	const entries = await listPacks(db().packs);
	expectListSound(entries);
	expect(entries.filter((e) => e.source === 'installed')).toHaveLength(1);
});

test('the same pack changed on one machine: the other version is kept as a copy with its own id and name', async () => {
	freshDb();
	await importPack(JSON.stringify(validPack()), 1000);
	const fromA = await backupText();
	freshDb();
	await importPack(JSON.stringify({ ...validPack(), description: '在 B 上改过的说明。' }), 2000);
	const summary = await restore(fromA);
	expect(summary.packCopies).toBe(1);
	const entries = await listPacks(db().packs);
	expectListSound(entries);
	const installed = entries.filter((e) => e.source === 'installed');
	expect(installed).toHaveLength(2);
	const copy = installed.find((e) => e.pack.id !== 'test-pack')!;
	expect(copy.pack.name).toMatch(/备份中的旧版本/);
	// The copy is a pack in its own right: it validates, and deleting it deletes it.
	const rows = await db().packs.toArray();
	for (const row of rows) expect((row.pack as { id: string }).id).toBe(row.id);
	expect(validatePackValue(rows.find((r) => r.id === copy.pack.id)!.pack).ok).toBe(true);
	await deletePack(db().packs, copy.pack.id);
	expect((await listPacks(db().packs)).filter((e) => e.source === 'installed')).toHaveLength(1);
});

test('a database already holding an old-style copy (row id~xxxx, inner id of the original) lists and deletes it', async () => {
	freshDb();
	await importPack(JSON.stringify(validPack()), 1000);
	const row = (await db().packs.get('test-pack'))!;
	await db().packs.add({ ...row, id: 'test-pack~1a2b3c4d', name: '测试用模板包（本机旧版本）' });
	const entries = await listPacks(db().packs);
	expectListSound(entries);
	expect(entries.filter((e) => e.source === 'installed')).toHaveLength(2);
	await deletePack(db().packs, 'test-pack~1a2b3c4d');
	expect((await listPacks(db().packs)).filter((e) => e.source === 'installed')).toHaveLength(1);
});

test('a row whose inner id is a built-in’s does not replace the built-in and goes away when deleted', async () => {
	freshDb();
	const builtin = builtinPacks()[0]!;
	await db().packs.add({ id: 'my-pack', version: builtin.version, name: '我的', pack: { ...builtin, name: '我的' }, installedAt: 1, updatedAt: 1 });
	let entries = await listPacks(db().packs);
	expectListSound(entries);
	expect(entries.find((e) => e.pack.id === builtin.id)!.source).toBe('builtin');
	await deletePack(db().packs, 'my-pack');
	entries = await listPacks(db().packs);
	expect(entries.some((e) => e.pack.id === 'my-pack')).toBe(false);
});
