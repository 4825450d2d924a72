import { beforeEach, expect, test, vi } from 'vitest';
import { dumpTables, freshDb } from '../db/helpers';
import {
	createDraft,
	getDraft,
	listDrafts,
	saveDraft,
	snapshot,
	setSetting,
	putPack,
	settingKeys,
	type GaojiangDb
} from '../../src/lib/db';
import { buildBackup, parseBackupText, parseBackupFile, restoreBackup, LIMITS, type Backup } from '../../src/lib/backup';

let db: GaojiangDb;
beforeEach(() => {
	db = freshDb();
});

async function seed() {
	const a = await createDraft({
		title: '2026年度工作总结',
		year: 2026,
		packId: 'annual',
		sections: [
			{ kind: 'overview', title: '概述', body: '这一年，我们把三件事做扎实了。' },
			{ kind: 'achievements', title: '主要成绩', body: '一是完成了示范项目。\n二是引进企业12家。' }
		]
	});
	const b = await createDraft({ title: '述职报告' });
	await snapshot(a.id, 'manual');
	await setSetting(settingKeys.export(a.id), { font: '仿宋_GB2312', size: 16 });
	await setSetting(settingKeys.ignore(a.id), ['k1']);
	await putPack({ id: 'annual', version: '1.0.0', name: '年度总结', pack: { sections: ['overview'] } });
	return { a, b };
}

const strip = (b: Backup) => ({ ...b, exportedAt: '' });

test('backup round-trip: export → empty database → restore → identical export', async () => {
	await seed();
	const before = await buildBackup();
	expect(before.drafts).toHaveLength(2);
	const text = JSON.stringify(before);
	db.close();
	freshDb();
	const parsed = parseBackupText(text);
	expect(parsed.ok).toBe(true);
	if (!parsed.ok) return;
	const summary = await restoreBackup(parsed.backup);
	expect(summary).toEqual({ added: 2, replaced: 0, copies: 0, unchanged: 0, packCopies: 0, skipped: 0, damagedKept: 0 });
	const after = await buildBackup();
	const sortById = <T extends { id?: string; key?: string }>(xs: T[]) => [...xs].sort((x, y) => String(x.id ?? x.key).localeCompare(String(y.id ?? y.key)));
	expect(sortById(after.drafts)).toEqual(sortById(before.drafts));
	expect(sortById(after.snapshots)).toEqual(sortById(before.snapshots));
	expect(sortById(after.packs)).toEqual(sortById(before.packs));
	expect(sortById(after.settings)).toEqual(sortById(before.settings));
	// Restoring the same file again changes nothing.
	const again = await restoreBackup(parsed.backup);
	expect(again).toEqual({ added: 0, replaced: 0, copies: 0, unchanged: 2, packCopies: 0, skipped: 0, damagedKept: 0 });
	expect(strip(await buildBackup()).drafts).toHaveLength(2);
});

test('same id on both sides: the newer stays, the other is kept as a copy', async () => {
	const { a, b } = await seed();
	const backup = await buildBackup();
	// After the backup: A edited on this device (device newer), B edited only in the backup.
	const edited = structuredClone(a);
	edited.sections[0]!.body = '本机后来改的';
	await saveDraft(edited, a.revision);
	const bInBackup = backup.drafts.find((d) => d.id === b.id)!;
	bInBackup.sections[0]!.body = '备份里更新的';
	bInBackup.updatedAt = Date.now() + 60_000;
	const summary = await restoreBackup(backup);
	expect(summary).toMatchObject({ replaced: 1, copies: 2 });
	expect((await getDraft(a.id))!.sections[0]!.body).toBe('本机后来改的');
	expect((await getDraft(b.id))!.sections[0]!.body).toBe('备份里更新的');
	const titles = (await listDrafts()).map((d) => d.title).sort();
	expect(titles).toEqual(['2026年度工作总结', '2026年度工作总结（备份中的旧版本）', '述职报告', '述职报告（本机旧版本）'].sort());
});

const good = async () => JSON.parse(JSON.stringify(await buildBackup())) as Record<string, unknown> & { drafts: Array<Record<string, unknown>> };

test('at least 10 malformed backups are refused with a Chinese message naming the problem; database unchanged', async () => {
	await seed();
	const before = await dumpTables(db);
	const base = await good();
	const withDraft = (f: (d: Record<string, unknown>) => void) => {
		const copy = structuredClone(base);
		f(copy.drafts[0]!);
		return JSON.stringify(copy);
	};
	const hugeSections = Array.from({ length: LIMITS.sections + 1 }, (_, i) => ({ id: `s${i}`, kind: 'free', title: '', body: '' }));
	const cases: Array<[string, string, RegExp]> = [
		['not JSON', '这不是JSON', /不是有效的 JSON/],
		['empty', '   ', /空的/],
		['truncated', JSON.stringify(base).slice(0, 200), /不是有效的 JSON.*截断|截断/],
		['array at top', '[]', /应为一个对象/],
		['wrong type', JSON.stringify({ ...base, type: 'something-else' }), /不是稿匠备份文件/],
		['newer version', JSON.stringify({ ...base, version: 9 }), /更新版本.*9/],
		['missing drafts', JSON.stringify({ ...base, drafts: undefined }), /drafts：缺少此项/],
		['title is a number', withDraft((d) => (d.title = 42)), /drafts\[0\]\.title：应为文字，实际是数字/],
		['sections not an array', withDraft((d) => (d.sections = '正文')), /drafts\[0\]\.sections：应为列表/],
		['body is null', withDraft((d) => ((d.sections as Array<Record<string, unknown>>)[0]!.body = null)), /drafts\[0\]\.sections\[0\]\.body：应为文字，实际是空值/],
		['revision negative', withDraft((d) => (d.revision = -1)), /drafts\[0\]\.revision：超出范围/],
		['year fractional', withDraft((d) => (d.year = 2026.5)), /drafts\[0\]\.year：应为整数/],
		['huge section array', withDraft((d) => (d.sections = hugeSections)), /drafts\[0\]\.sections：过长或过多/],
		['__proto__ key', JSON.stringify(base).replace('"packs":[{', '"packs":[{"__proto__":{"polluted":true},'), /packs\[0\].*__proto__/],
		['constructor key in a setting value', JSON.stringify({ ...base, settings: [{ key: 'x', value: { constructor: { prototype: {} } } }] }), /settings\[0\]\.value.*constructor/],
		['bad snapshot reason', JSON.stringify({ ...base, snapshots: [{ ...(base.snapshots as object[])[0], reason: 'whim' }] }), /snapshots\[0\]\.reason：应为/]
	];
	expect(cases.length).toBeGreaterThanOrEqual(10);
	for (const [name, text, pattern] of cases) {
		const r = parseBackupText(text);
		expect(r.ok, name).toBe(false);
		if (r.ok) continue;
		expect([r.error, ...r.details].join('\n'), name).toMatch(pattern);
		expect(r.error, name).toMatch(/[\u4e00-\u9fff]/);
	}
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	expect(await dumpTables(db)).toBe(before);
});

test('a 50 MB file is refused before it is read', async () => {
	const before = await dumpTables(db);
	const big = new Blob([new Uint8Array(50 * 1024 * 1024)]);
	const text = vi.spyOn(big, 'text');
	const r = await parseBackupFile(big);
	expect(r.ok).toBe(false);
	if (!r.ok) expect(r.error).toMatch(/太大（50\.0 MB）/);
	expect(text).not.toHaveBeenCalled();
	expect(await dumpTables(db)).toBe(before);
});

test('a write failure halfway through a restore leaves the database unchanged', async () => {
	await seed();
	const backup = await buildBackup();
	db.close();
	const target = freshDb();
	await createDraft({ title: '本机已有的' });
	const before = await dumpTables(target);
	// Packs are written after drafts and snapshots: a failure there must undo those too.
	vi.spyOn(target.packs, 'add').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
	await expect(restoreBackup(backup)).rejects.toThrow();
	expect(await dumpTables(target)).toBe(before);
});

test('emergency backup carries the in-memory text when the stored one is older', async () => {
	const { a } = await seed();
	const inMemory = structuredClone(a);
	inMemory.sections[0]!.body = '还没存进去的字';
	const backup = await buildBackup([inMemory]);
	expect(backup.drafts.find((d) => d.id === a.id)!.sections[0]!.body).toBe('还没存进去的字');
	expect(backup.drafts).toHaveLength(2);
});

test('an imported draft keeps its source (file name and text) through backup and restore', async () => {
	const source = { fileName: '范文.txt', text: '示例范文：全年新建项目个。', importedAt: 1_700_000_000_000 };
	const a = await createDraft({ title: '导入的草稿', sections: [{ kind: 'free', title: '', body: '全年新建项目个。' }], source });
	expect((await getDraft(a.id))?.source).toEqual(source);
	const text = JSON.stringify(await buildBackup());
	db.close();
	freshDb();
	const parsed = parseBackupText(text);
	expect(parsed.ok).toBe(true);
	if (!parsed.ok) return;
	await restoreBackup(parsed.backup);
	expect((await getDraft(a.id))?.source).toEqual(source);
	// A draft without a source stays without one.
	const b = await createDraft({ title: '手写的草稿' });
	expect((await getDraft(b.id))?.source).toBeUndefined();
});
