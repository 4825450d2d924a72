import 'fake-indexeddb/auto';
import Dexie, { type EntityTable } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { applyImport, deletePack, duplicatePack, findPack, listPacks, prepareImport, type StoredPack } from '$lib/packs/repository';
import { builtinPacks, exportPackJson, validatePackValue, type TemplatePack } from '$lib/packs';
import { hostileCases, validPack } from './hostile-cases';

// A database with the app's `packs` table shape, so the repository is tested on real Dexie.
class TestDb extends Dexie {
	packs!: EntityTable<StoredPack, 'id'>;
	constructor(name: string) {
		super(name);
		this.version(1).stores({ packs: 'id, name, updatedAt' });
	}
}

let db: TestDb;
let n = 0;
beforeEach(() => {
	db = new TestDb(`packs-test-${n++}`);
});
afterEach(async () => {
	await db.delete();
});

const COPY = '（副本）';

function pack(version: string, name = '测试用模板包'): TemplatePack {
	const r = validatePackValue({ ...validPack(), version, name });
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	return r.pack;
}

async function importText(text: string, decision: Parameters<typeof applyImport>[2]) {
	const prepared = await prepareImport(db.packs, text);
	if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
	return { prepared, id: await applyImport(db.packs, prepared, decision, COPY, 1000) };
}

describe('pack repository', () => {
	test('a new pack installs; listing shows it before the built-ins', async () => {
		const { prepared, id } = await importText(exportPackJson(pack('1.0.0')), 'install');
		expect(prepared.ok && prepared.situation).toEqual({ kind: 'new' });
		expect(id).toBe('test-pack');
		const list = await listPacks(db.packs);
		expect(list[0]).toMatchObject({ source: 'installed', pack: { id: 'test-pack' } });
		expect(list.filter((e) => e.source === 'builtin')).toHaveLength(builtinPacks().length);
	});

	test('a newer version offers upgrade, and upgrading replaces it', async () => {
		await importText(exportPackJson(pack('1.0.0')), 'install');
		const prepared = await prepareImport(db.packs, exportPackJson(pack('1.1.0', '新版')));
		expect(prepared.ok && prepared.situation).toEqual({ kind: 'newer', installed: '1.0.0', incoming: '1.1.0' });
		expect(prepared.ok && prepared.decisions).toEqual(['upgrade', 'keep-both', 'cancel']);
		// Nothing changed before deciding.
		expect((await db.packs.get('test-pack'))?.version).toBe('1.0.0');
		if (!prepared.ok) return;
		await applyImport(db.packs, prepared, 'upgrade', COPY, 2000);
		const row = await db.packs.get('test-pack');
		expect(row).toMatchObject({ version: '1.1.0', name: '新版', installedAt: 1000, updatedAt: 2000 });
	});

	test.each([
		['same', '1.0.0'],
		['older', '0.9.0']
	])('the %s version asks replace / keep both / cancel', async (kind, version) => {
		await importText(exportPackJson(pack('1.0.0')), 'install');
		const prepared = await prepareImport(db.packs, exportPackJson(pack(version, '另一份')));
		expect(prepared.ok && prepared.situation.kind).toBe(kind);
		expect(prepared.ok && prepared.decisions).toEqual(['replace', 'keep-both', 'cancel']);
		if (!prepared.ok) return;
		await expect(applyImport(db.packs, prepared, 'upgrade', COPY)).rejects.toThrow();
		expect(await applyImport(db.packs, prepared, 'cancel', COPY)).toBeNull();
		expect((await db.packs.toArray()).map((r) => [r.id, r.version, r.name])).toEqual([['test-pack', '1.0.0', '测试用模板包']]);
		const copyId = await applyImport(db.packs, prepared, 'keep-both', COPY);
		expect(copyId).toBe('test-pack-2');
		expect((await db.packs.get('test-pack-2'))?.name).toBe('另一份（副本）');
		await applyImport(db.packs, prepared, 'replace', COPY);
		expect((await db.packs.get('test-pack'))?.version).toBe(version);
	});

	test('importing over a built-in id is a conflict too; deleting the import brings the built-in back', async () => {
		const builtin = builtinPacks()[0]!;
		const mine = { ...builtin, name: '我改过的' };
		const prepared = await prepareImport(db.packs, exportPackJson(mine));
		expect(prepared.ok && prepared.situation.kind).toBe('same');
		if (!prepared.ok) return;
		await applyImport(db.packs, prepared, 'replace', COPY);
		expect((await findPack(db.packs, builtin.id))?.name).toBe('我改过的');
		const list = await listPacks(db.packs);
		expect(list.filter((e) => e.pack.id === builtin.id)).toHaveLength(1);
		expect(list[0]!.shadowsBuiltin).toBe(true);
		await deletePack(db.packs, builtin.id);
		expect((await findPack(db.packs, builtin.id))?.name).toBe(builtin.name);
	});

	test('duplicate to edit makes an installed copy with a new id', async () => {
		const builtin = builtinPacks()[1]!;
		const copy = await duplicatePack(db.packs, builtin, COPY);
		expect(copy.id).toBe(`${builtin.id}-2`);
		const again = await duplicatePack(db.packs, builtin, COPY);
		expect(again.id).toBe(`${builtin.id}-3`);
		expect((await findPack(db.packs, copy.id))?.sections).toEqual(builtin.sections);
	});

	test('a damaged row is skipped, not shown', async () => {
		await db.packs.put({ id: 'broken', version: '1.0.0', name: '坏的', pack: { type: 'x' }, installedAt: 1, updatedAt: 1 });
		expect((await listPacks(db.packs)).some((e) => e.pack.id === 'broken')).toBe(false);
		expect(await findPack(db.packs, 'broken')).toBeUndefined();
	});

	test('export of a stored pack gives back the JSON that was imported', async () => {
		const text = exportPackJson(pack('2.3.4'));
		await importText(text, 'install');
		const stored = await findPack(db.packs, 'test-pack');
		expect(exportPackJson(stored!)).toBe(text);
	});

	test('every hostile pack is refused and the database is unchanged', async () => {
		await importText(exportPackJson(pack('1.0.0')), 'install');
		const before = JSON.stringify(await db.packs.toArray());
		for (const c of hostileCases()) {
			const prepared = await prepareImport(db.packs, c.text);
			expect(prepared.ok, c.name).toBe(false);
			if (!prepared.ok) expect(prepared.problems.map((p) => p.path), c.name).toContain(c.path);
		}
		expect(JSON.stringify(await db.packs.toArray())).toBe(before);
	});
});

describe('copies', () => {
	test('a copy of a copy counts on; a year in the id is kept', async () => {
		const { asCopy } = await import('$lib/packs');
		const p = pack('1.0.0');
		expect(asCopy({ ...p, id: 'summary-2026' }, new Set(), '（副本）').id).toBe('summary-2026-2');
		expect(asCopy({ ...p, id: 'summary-2' }, new Set(['summary-2']), '（副本）').id).toBe('summary-3');
	});
});
